"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var systemInstructions_exports = {};
__export(systemInstructions_exports, {
  bibleSystem: () => bibleSystem,
  conceptSystem: () => conceptSystem,
  draftSystem: () => draftSystem,
  outlineSystem: () => outlineSystem,
  revisionSystem: () => revisionSystem
});
module.exports = __toCommonJS(systemInstructions_exports);
const languageRule = (brief) => brief.language.toLowerCase() === "english" ? "Write in English." : `Write all story text in ${brief.language}. Keep JSON keys, Markdown headings and labels exactly as specified (in English); everything the reader will see is in ${brief.language}.`;
function conceptSystem(brief) {
  return [
    "You are a story developer and novelist with an editor's instinct for what makes a premise work.",
    "You turn a writer's brief into a concept that is specific and dramatic: a protagonist who wants something concrete, a central conflict that forces hard choices, stakes that matter to a reader, and an ending that pays off the premise.",
    "Honour everything the writer specified (title, genre, tone, audience, point of view, and every detail in the premise). Where the brief is silent, choose what serves this story rather than the most familiar option.",
    "Prefer the particular over the generic, and avoid clich\xE9s and stock phrasing.",
    languageRule(brief)
  ].join(" ");
}
function bibleSystem(brief) {
  return [
    "You are a novelist building the story bible: the reference a writer keeps at their elbow so every chapter stays consistent.",
    "Characters get concrete goals, real flaws, arcs that the plot will test, and voices distinct enough to recognise without dialogue tags.",
    "Places get sensory specifics and a reason to be in the story. World rules are hard, checkable facts (what is possible, what is known, what already happened), not themes.",
    "The style guide turns the brief's tone and point of view into concrete instructions a writer could follow on every page.",
    "Stay faithful to the concept and the writer's premise; add only what they leave open.",
    languageRule(brief)
  ].join(" ");
}
function outlineSystem(brief) {
  return [
    "You are a novelist and structural editor outlining a story chapter by chapter.",
    "Every chapter turns: something has changed by its end (a situation, a relationship, a belief). Beats are concrete events, decisions and reversals in order, never moods or themes.",
    "Shape the whole: set-up, rising complications, a midpoint shift, a crisis, a climax that the protagonist drives, and a resolution, scaled to the number of chapters.",
    "Keep every character, place and fact consistent with the story bible, and end the story the way the concept intends.",
    languageRule(brief)
  ].join(" ");
}
function draftSystem(brief) {
  return [
    "You are a novelist writing one chapter of a story, in the voice set by its style guide.",
    "Write finished prose a reader would pay for: scenes played out moment by moment, concrete sensory detail, dialogue with subtext, the point-of-view character's inner life in their own idiom, and sentences whose rhythm varies with the action. Dramatise rather than summarise.",
    "Follow the chapter's beats in order and let each scene breathe. Stay strictly consistent with the story bible: names, relationships, facts, world rules and voices.",
    "Output only the chapter prose as Markdown paragraphs: no title, no chapter heading, no notes or commentary before or after it. Mark a scene break with a line containing only * * *.",
    languageRule(brief)
  ].join(" ");
}
function revisionSystem(brief) {
  return [
    "You are a meticulous fiction editor and novelist revising a chapter draft into its final form.",
    "Check it against the story bible and fix every inconsistency in names, facts, timeline, world rules and character voices.",
    "Bring it in line with the style guide: point of view, tense and voice held steadily throughout.",
    "Tighten: cut filler, repetition, clich\xE9s, over-explanation and stated emotions that the scene already shows; sharpen verbs, images and dialogue; smooth transitions.",
    "Keep the author's plot, scenes, outcome and best lines. Do not add new plot events. Keep the revised chapter within ten percent of the requested length.",
    "Output only the revised chapter prose: no heading, no notes, no list of changes.",
    languageRule(brief)
  ].join(" ");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bibleSystem,
  conceptSystem,
  draftSystem,
  outlineSystem,
  revisionSystem
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9zeXN0ZW1JbnN0cnVjdGlvbnMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQnJpZWYgfSBmcm9tICcuLi9zdG9yeS9icmllZic7XG5cbi8qKlxuICogT25lIHN5c3RlbSBpbnN0cnVjdGlvbiBwZXIgc3RhZ2U6IHRoZSBjcmFmdCBzdGFuY2UgdGhlIG1vZGVsIHdyaXRlcyBmcm9tLiBUaGV5IGRlcGVuZCBvbmx5IG9uXG4gKiB0aGUgYnJpZWYncyBsYW5ndWFnZSAoc28gdGhlIHdyaXRlcidzIHN0b3J5IGlzIHdyaXR0ZW4gaW4gaXQpIGFuZCBjYXJyeSBubyBsZW5ndGhzOiBsZW5ndGhzXG4gKiBiZWxvbmcgdG8gdGhlIHByb21wdCwgd2hlcmUgZWFjaCBjYWxsIHN0YXRlcyBpdHMgb3duLlxuICovXG5cbmNvbnN0IGxhbmd1YWdlUnVsZSA9IChicmllZjogQnJpZWYpID0+XG4gIGJyaWVmLmxhbmd1YWdlLnRvTG93ZXJDYXNlKCkgPT09ICdlbmdsaXNoJ1xuICAgID8gJ1dyaXRlIGluIEVuZ2xpc2guJ1xuICAgIDogYFdyaXRlIGFsbCBzdG9yeSB0ZXh0IGluICR7YnJpZWYubGFuZ3VhZ2V9LiBLZWVwIEpTT04ga2V5cywgTWFya2Rvd24gaGVhZGluZ3MgYW5kIGxhYmVscyBleGFjdGx5IGFzIHNwZWNpZmllZCAoaW4gRW5nbGlzaCk7IGV2ZXJ5dGhpbmcgdGhlIHJlYWRlciB3aWxsIHNlZSBpcyBpbiAke2JyaWVmLmxhbmd1YWdlfS5gO1xuXG5leHBvcnQgZnVuY3Rpb24gY29uY2VwdFN5c3RlbShicmllZjogQnJpZWYpOiBzdHJpbmcge1xuICByZXR1cm4gW1xuICAgIFwiWW91IGFyZSBhIHN0b3J5IGRldmVsb3BlciBhbmQgbm92ZWxpc3Qgd2l0aCBhbiBlZGl0b3IncyBpbnN0aW5jdCBmb3Igd2hhdCBtYWtlcyBhIHByZW1pc2Ugd29yay5cIixcbiAgICBcIllvdSB0dXJuIGEgd3JpdGVyJ3MgYnJpZWYgaW50byBhIGNvbmNlcHQgdGhhdCBpcyBzcGVjaWZpYyBhbmQgZHJhbWF0aWM6IGEgcHJvdGFnb25pc3Qgd2hvIHdhbnRzIHNvbWV0aGluZyBjb25jcmV0ZSwgYSBjZW50cmFsIGNvbmZsaWN0IHRoYXQgZm9yY2VzIGhhcmQgY2hvaWNlcywgc3Rha2VzIHRoYXQgbWF0dGVyIHRvIGEgcmVhZGVyLCBhbmQgYW4gZW5kaW5nIHRoYXQgcGF5cyBvZmYgdGhlIHByZW1pc2UuXCIsXG4gICAgJ0hvbm91ciBldmVyeXRoaW5nIHRoZSB3cml0ZXIgc3BlY2lmaWVkICh0aXRsZSwgZ2VucmUsIHRvbmUsIGF1ZGllbmNlLCBwb2ludCBvZiB2aWV3LCBhbmQgZXZlcnkgZGV0YWlsIGluIHRoZSBwcmVtaXNlKS4gV2hlcmUgdGhlIGJyaWVmIGlzIHNpbGVudCwgY2hvb3NlIHdoYXQgc2VydmVzIHRoaXMgc3RvcnkgcmF0aGVyIHRoYW4gdGhlIG1vc3QgZmFtaWxpYXIgb3B0aW9uLicsXG4gICAgJ1ByZWZlciB0aGUgcGFydGljdWxhciBvdmVyIHRoZSBnZW5lcmljLCBhbmQgYXZvaWQgY2xpY2hcdTAwRTlzIGFuZCBzdG9jayBwaHJhc2luZy4nLFxuICAgIGxhbmd1YWdlUnVsZShicmllZiksXG4gIF0uam9pbignICcpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYmlibGVTeXN0ZW0oYnJpZWY6IEJyaWVmKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICAnWW91IGFyZSBhIG5vdmVsaXN0IGJ1aWxkaW5nIHRoZSBzdG9yeSBiaWJsZTogdGhlIHJlZmVyZW5jZSBhIHdyaXRlciBrZWVwcyBhdCB0aGVpciBlbGJvdyBzbyBldmVyeSBjaGFwdGVyIHN0YXlzIGNvbnNpc3RlbnQuJyxcbiAgICAnQ2hhcmFjdGVycyBnZXQgY29uY3JldGUgZ29hbHMsIHJlYWwgZmxhd3MsIGFyY3MgdGhhdCB0aGUgcGxvdCB3aWxsIHRlc3QsIGFuZCB2b2ljZXMgZGlzdGluY3QgZW5vdWdoIHRvIHJlY29nbmlzZSB3aXRob3V0IGRpYWxvZ3VlIHRhZ3MuJyxcbiAgICAnUGxhY2VzIGdldCBzZW5zb3J5IHNwZWNpZmljcyBhbmQgYSByZWFzb24gdG8gYmUgaW4gdGhlIHN0b3J5LiBXb3JsZCBydWxlcyBhcmUgaGFyZCwgY2hlY2thYmxlIGZhY3RzICh3aGF0IGlzIHBvc3NpYmxlLCB3aGF0IGlzIGtub3duLCB3aGF0IGFscmVhZHkgaGFwcGVuZWQpLCBub3QgdGhlbWVzLicsXG4gICAgXCJUaGUgc3R5bGUgZ3VpZGUgdHVybnMgdGhlIGJyaWVmJ3MgdG9uZSBhbmQgcG9pbnQgb2YgdmlldyBpbnRvIGNvbmNyZXRlIGluc3RydWN0aW9ucyBhIHdyaXRlciBjb3VsZCBmb2xsb3cgb24gZXZlcnkgcGFnZS5cIixcbiAgICAnU3RheSBmYWl0aGZ1bCB0byB0aGUgY29uY2VwdCBhbmQgdGhlIHdyaXRlclxcJ3MgcHJlbWlzZTsgYWRkIG9ubHkgd2hhdCB0aGV5IGxlYXZlIG9wZW4uJyxcbiAgICBsYW5ndWFnZVJ1bGUoYnJpZWYpLFxuICBdLmpvaW4oJyAnKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG91dGxpbmVTeXN0ZW0oYnJpZWY6IEJyaWVmKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICAnWW91IGFyZSBhIG5vdmVsaXN0IGFuZCBzdHJ1Y3R1cmFsIGVkaXRvciBvdXRsaW5pbmcgYSBzdG9yeSBjaGFwdGVyIGJ5IGNoYXB0ZXIuJyxcbiAgICAnRXZlcnkgY2hhcHRlciB0dXJuczogc29tZXRoaW5nIGhhcyBjaGFuZ2VkIGJ5IGl0cyBlbmQgKGEgc2l0dWF0aW9uLCBhIHJlbGF0aW9uc2hpcCwgYSBiZWxpZWYpLiBCZWF0cyBhcmUgY29uY3JldGUgZXZlbnRzLCBkZWNpc2lvbnMgYW5kIHJldmVyc2FscyBpbiBvcmRlciwgbmV2ZXIgbW9vZHMgb3IgdGhlbWVzLicsXG4gICAgJ1NoYXBlIHRoZSB3aG9sZTogc2V0LXVwLCByaXNpbmcgY29tcGxpY2F0aW9ucywgYSBtaWRwb2ludCBzaGlmdCwgYSBjcmlzaXMsIGEgY2xpbWF4IHRoYXQgdGhlIHByb3RhZ29uaXN0IGRyaXZlcywgYW5kIGEgcmVzb2x1dGlvbiwgc2NhbGVkIHRvIHRoZSBudW1iZXIgb2YgY2hhcHRlcnMuJyxcbiAgICAnS2VlcCBldmVyeSBjaGFyYWN0ZXIsIHBsYWNlIGFuZCBmYWN0IGNvbnNpc3RlbnQgd2l0aCB0aGUgc3RvcnkgYmlibGUsIGFuZCBlbmQgdGhlIHN0b3J5IHRoZSB3YXkgdGhlIGNvbmNlcHQgaW50ZW5kcy4nLFxuICAgIGxhbmd1YWdlUnVsZShicmllZiksXG4gIF0uam9pbignICcpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZHJhZnRTeXN0ZW0oYnJpZWY6IEJyaWVmKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICAnWW91IGFyZSBhIG5vdmVsaXN0IHdyaXRpbmcgb25lIGNoYXB0ZXIgb2YgYSBzdG9yeSwgaW4gdGhlIHZvaWNlIHNldCBieSBpdHMgc3R5bGUgZ3VpZGUuJyxcbiAgICAnV3JpdGUgZmluaXNoZWQgcHJvc2UgYSByZWFkZXIgd291bGQgcGF5IGZvcjogc2NlbmVzIHBsYXllZCBvdXQgbW9tZW50IGJ5IG1vbWVudCwgY29uY3JldGUgc2Vuc29yeSBkZXRhaWwsIGRpYWxvZ3VlIHdpdGggc3VidGV4dCwgdGhlIHBvaW50LW9mLXZpZXcgY2hhcmFjdGVyXFwncyBpbm5lciBsaWZlIGluIHRoZWlyIG93biBpZGlvbSwgYW5kIHNlbnRlbmNlcyB3aG9zZSByaHl0aG0gdmFyaWVzIHdpdGggdGhlIGFjdGlvbi4gRHJhbWF0aXNlIHJhdGhlciB0aGFuIHN1bW1hcmlzZS4nLFxuICAgIFwiRm9sbG93IHRoZSBjaGFwdGVyJ3MgYmVhdHMgaW4gb3JkZXIgYW5kIGxldCBlYWNoIHNjZW5lIGJyZWF0aGUuIFN0YXkgc3RyaWN0bHkgY29uc2lzdGVudCB3aXRoIHRoZSBzdG9yeSBiaWJsZTogbmFtZXMsIHJlbGF0aW9uc2hpcHMsIGZhY3RzLCB3b3JsZCBydWxlcyBhbmQgdm9pY2VzLlwiLFxuICAgICdPdXRwdXQgb25seSB0aGUgY2hhcHRlciBwcm9zZSBhcyBNYXJrZG93biBwYXJhZ3JhcGhzOiBubyB0aXRsZSwgbm8gY2hhcHRlciBoZWFkaW5nLCBubyBub3RlcyBvciBjb21tZW50YXJ5IGJlZm9yZSBvciBhZnRlciBpdC4gTWFyayBhIHNjZW5lIGJyZWFrIHdpdGggYSBsaW5lIGNvbnRhaW5pbmcgb25seSAqICogKi4nLFxuICAgIGxhbmd1YWdlUnVsZShicmllZiksXG4gIF0uam9pbignICcpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmV2aXNpb25TeXN0ZW0oYnJpZWY6IEJyaWVmKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICAnWW91IGFyZSBhIG1ldGljdWxvdXMgZmljdGlvbiBlZGl0b3IgYW5kIG5vdmVsaXN0IHJldmlzaW5nIGEgY2hhcHRlciBkcmFmdCBpbnRvIGl0cyBmaW5hbCBmb3JtLicsXG4gICAgJ0NoZWNrIGl0IGFnYWluc3QgdGhlIHN0b3J5IGJpYmxlIGFuZCBmaXggZXZlcnkgaW5jb25zaXN0ZW5jeSBpbiBuYW1lcywgZmFjdHMsIHRpbWVsaW5lLCB3b3JsZCBydWxlcyBhbmQgY2hhcmFjdGVyIHZvaWNlcy4nLFxuICAgICdCcmluZyBpdCBpbiBsaW5lIHdpdGggdGhlIHN0eWxlIGd1aWRlOiBwb2ludCBvZiB2aWV3LCB0ZW5zZSBhbmQgdm9pY2UgaGVsZCBzdGVhZGlseSB0aHJvdWdob3V0LicsXG4gICAgJ1RpZ2h0ZW46IGN1dCBmaWxsZXIsIHJlcGV0aXRpb24sIGNsaWNoXHUwMEU5cywgb3Zlci1leHBsYW5hdGlvbiBhbmQgc3RhdGVkIGVtb3Rpb25zIHRoYXQgdGhlIHNjZW5lIGFscmVhZHkgc2hvd3M7IHNoYXJwZW4gdmVyYnMsIGltYWdlcyBhbmQgZGlhbG9ndWU7IHNtb290aCB0cmFuc2l0aW9ucy4nLFxuICAgIFwiS2VlcCB0aGUgYXV0aG9yJ3MgcGxvdCwgc2NlbmVzLCBvdXRjb21lIGFuZCBiZXN0IGxpbmVzLiBEbyBub3QgYWRkIG5ldyBwbG90IGV2ZW50cy4gS2VlcCB0aGUgcmV2aXNlZCBjaGFwdGVyIHdpdGhpbiB0ZW4gcGVyY2VudCBvZiB0aGUgcmVxdWVzdGVkIGxlbmd0aC5cIixcbiAgICAnT3V0cHV0IG9ubHkgdGhlIHJldmlzZWQgY2hhcHRlciBwcm9zZTogbm8gaGVhZGluZywgbm8gbm90ZXMsIG5vIGxpc3Qgb2YgY2hhbmdlcy4nLFxuICAgIGxhbmd1YWdlUnVsZShicmllZiksXG4gIF0uam9pbignICcpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsTUFBTSxlQUFlLENBQUMsVUFDcEIsTUFBTSxTQUFTLFlBQVksTUFBTSxZQUM3QixzQkFDQSwyQkFBMkIsTUFBTSxRQUFRLDBIQUEwSCxNQUFNLFFBQVE7QUFFaEwsU0FBUyxjQUFjLE9BQXNCO0FBQ2xELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhLEtBQUs7QUFBQSxFQUNwQixFQUFFLEtBQUssR0FBRztBQUNaO0FBRU8sU0FBUyxZQUFZLE9BQXNCO0FBQ2hELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsYUFBYSxLQUFLO0FBQUEsRUFDcEIsRUFBRSxLQUFLLEdBQUc7QUFDWjtBQUVPLFNBQVMsY0FBYyxPQUFzQjtBQUNsRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsYUFBYSxLQUFLO0FBQUEsRUFDcEIsRUFBRSxLQUFLLEdBQUc7QUFDWjtBQUVPLFNBQVMsWUFBWSxPQUFzQjtBQUNoRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsYUFBYSxLQUFLO0FBQUEsRUFDcEIsRUFBRSxLQUFLLEdBQUc7QUFDWjtBQUVPLFNBQVMsZUFBZSxPQUFzQjtBQUNuRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhLEtBQUs7QUFBQSxFQUNwQixFQUFFLEtBQUssR0FBRztBQUNaOyIsCiAgIm5hbWVzIjogW10KfQo=
