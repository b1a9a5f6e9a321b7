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
var chapterPrompts_exports = {};
__export(chapterPrompts_exports, {
  CONTINUE_CONTEXT_CHARS: () => CONTINUE_CONTEXT_CHARS,
  continueChapterPrompt: () => continueChapterPrompt,
  draftChapterPrompt: () => draftChapterPrompt,
  reviseChapterPrompt: () => reviseChapterPrompt
});
module.exports = __toCommonJS(chapterPrompts_exports);
var import_wordCount = require("../stages/wordCount");
var import_brief = require("../story/brief");
var import_stagePrompt = require("./stagePrompt");
var import_storyContext = require("./storyContext");
var import_systemInstructions = require("./systemInstructions");
function draftChapterPrompt(input) {
  const { brief, bible, outline, chapterNumber, previousSummary } = input;
  const chapter = (0, import_storyContext.findChapter)(outline, chapterNumber);
  const last = (0, import_storyContext.isLastChapter)(outline, chapterNumber);
  const prompt = [
    `Write about ${chapter.targetWords} words: Chapter ${chapterNumber} of the story "${brief.title}".`,
    (0, import_storyContext.chapterBrief)(chapter),
    ...previousSummary?.trim() ? [(0, import_storyContext.tagged)("previous_chapter_ending", previousSummary)] : [],
    (0, import_storyContext.tagged)("story_parameters", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.chapterPlan)(outline, chapterNumber),
    (0, import_storyContext.bibleMaterial)(bible),
    (0, import_storyContext.tagged)("writer_premise", (0, import_storyContext.premiseText)(brief, import_storyContext.CHAPTER_PROMPT_PREMISE_CHARS)),
    [
      "Instructions:",
      `- Length: about ${chapter.targetWords} words; let the beats, not padding, fill it.`,
      `- Point of view: ${import_brief.POINT_OF_VIEW_WORDS[brief.pointOfView]}${chapter.pov ? `, through ${chapter.pov}` : ""}; tense and voice as the style guide says.`,
      ...brief.tone ? [`- Tone: ${brief.tone}.`] : [],
      ...brief.audience ? [`- Audience: ${brief.audience}; keep content and vocabulary right for them.`] : [],
      "- Play the beats in order as scenes; you may add connective moments, but no new plot events, and nothing that belongs to a later chapter of the plan.",
      previousSummary?.trim() ? "- Pick up where the previous chapter ends (place, time, mood) without recapping it." : chapterNumber === outline.chapters[0]?.number ? "- This chapter opens the story: start in a concrete moment and establish the protagonist, the world and the hook quickly." : "- Open in scene, oriented in time and place, without recapping earlier chapters.",
      last ? "- This is the final chapter: resolve the central conflict and close the protagonist's arc; do not set up anything further." : "- End on a turn that makes the reader want the next chapter, without a cliffhanger for its own sake.",
      `- Output only the chapter's prose in ${brief.language}: no heading, no title, no notes.`
    ].join("\n")
  ].join("\n\n");
  return (0, import_stagePrompt.stagePrompt)("draft", "main", (0, import_systemInstructions.draftSystem)(brief), prompt);
}
const CONTINUE_CONTEXT_CHARS = 24e3;
function continueChapterPrompt(input) {
  const { brief, bible, outline, chapterNumber, textSoFar, stage = "draft" } = input;
  const wordsMissing = Math.max(1, Math.round(input.wordsMissing));
  const chapter = (0, import_storyContext.findChapter)(outline, chapterNumber);
  const last = (0, import_storyContext.isLastChapter)(outline, chapterNumber);
  const shown = textSoFar.length > CONTINUE_CONTEXT_CHARS ? `[\u2026 earlier part of the chapter omitted \u2026]

${textSoFar.slice(-CONTINUE_CONTEXT_CHARS).replace(/^\S*\s/, "")}` : textSoFar;
  const endsMidSentence = !/[.!?…"”’)*]\s*$/.test(textSoFar.trim());
  const prompt = [
    `Continue Chapter ${chapterNumber}: write about ${wordsMissing} words more, starting exactly where the text below stops. The story is "${brief.title}".`,
    (0, import_storyContext.tagged)("chapter_so_far", shown),
    (0, import_storyContext.chapterBrief)(chapter),
    (0, import_storyContext.tagged)("story_parameters", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.bibleMaterial)(bible),
    [
      "Instructions:",
      "- Continue seamlessly: same voice, tense, point of view and scene, as if no one had paused.",
      endsMidSentence ? "- The text stops mid-sentence: begin with the very next word of that sentence." : "- Begin with the very next sentence.",
      "- Do not repeat, summarise or rephrase any of the text above, and do not add a heading or a title.",
      "- Cover the chapter's remaining beats in order, and only those.",
      last ? "- Bring the story to its resolution." : "- Bring the chapter to its ending, leading into the next chapter.",
      `- Output only the new prose in ${brief.language}.`
    ].join("\n")
  ].join("\n\n");
  return (0, import_stagePrompt.stagePrompt)(stage, "continue", stage === "revision" ? (0, import_systemInstructions.revisionSystem)(brief) : (0, import_systemInstructions.draftSystem)(brief), prompt);
}
function reviseChapterPrompt(input) {
  const { brief, bible, outline, chapterNumber, draftProse } = input;
  const chapter = (0, import_storyContext.findChapter)(outline, chapterNumber);
  const prompt = [
    `Revise Chapter ${chapterNumber} into its final form, about ${chapter.targetWords} words long. The story is "${brief.title}".`,
    (0, import_storyContext.tagged)("draft", draftProse),
    (0, import_storyContext.chapterBrief)(chapter),
    (0, import_storyContext.tagged)("story_parameters", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.bibleMaterial)(bible),
    (0, import_storyContext.chapterPlan)(outline, chapterNumber),
    [
      "Instructions:",
      `- Keep the length within ten percent of the target above (the draft currently has ${(0, import_wordCount.countWords)(draftProse)} words).`,
      "- Fix anything that contradicts the story bible or the chapter plan: names, facts, timeline, rules, voices.",
      `- Hold the point of view (${import_brief.POINT_OF_VIEW_WORDS[brief.pointOfView]}${chapter.pov ? `, through ${chapter.pov}` : ""}), tense and voice of the style guide throughout.`,
      ...brief.tone ? [`- Keep the tone: ${brief.tone}.`] : [],
      "- Tighten and sharpen: cut filler and repetition, replace clich\xE9s and vague words with specific ones, let scenes show what the narration explains.",
      "- Keep the plot, the order of events, the chapter's ending and the draft's strongest lines.",
      `- Output only the revised prose in ${brief.language}: no heading, no notes, no list of changes.`
    ].join("\n")
  ].join("\n\n");
  return (0, import_stagePrompt.stagePrompt)("revision", "main", (0, import_systemInstructions.revisionSystem)(brief), prompt);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CONTINUE_CONTEXT_CHARS,
  continueChapterPrompt,
  draftChapterPrompt,
  reviseChapterPrompt
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9jaGFwdGVyUHJvbXB0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBCaWJsZSB9IGZyb20gJy4uL3N0YWdlcy9iaWJsZSc7XG5pbXBvcnQgdHlwZSB7IE91dGxpbmUgfSBmcm9tICcuLi9zdGFnZXMvb3V0bGluZSc7XG5pbXBvcnQgeyBjb3VudFdvcmRzIH0gZnJvbSAnLi4vc3RhZ2VzL3dvcmRDb3VudCc7XG5pbXBvcnQgeyBQT0lOVF9PRl9WSUVXX1dPUkRTLCB0eXBlIEJyaWVmIH0gZnJvbSAnLi4vc3RvcnkvYnJpZWYnO1xuaW1wb3J0IHsgc3RhZ2VQcm9tcHQsIHR5cGUgU3RhZ2VQcm9tcHQgfSBmcm9tICcuL3N0YWdlUHJvbXB0JztcbmltcG9ydCB7XG4gIENIQVBURVJfUFJPTVBUX1BSRU1JU0VfQ0hBUlMsXG4gIGJpYmxlTWF0ZXJpYWwsXG4gIGJyaWVmUGFyYW1ldGVycyxcbiAgY2hhcHRlckJyaWVmLFxuICBjaGFwdGVyUGxhbixcbiAgZmluZENoYXB0ZXIsXG4gIGlzTGFzdENoYXB0ZXIsXG4gIHByZW1pc2VUZXh0LFxuICB0YWdnZWQsXG59IGZyb20gJy4vc3RvcnlDb250ZXh0JztcbmltcG9ydCB7IGRyYWZ0U3lzdGVtLCByZXZpc2lvblN5c3RlbSB9IGZyb20gJy4vc3lzdGVtSW5zdHJ1Y3Rpb25zJztcblxuLyoqXG4gKiBQcm9zZSBwcm9tcHRzOiBkcmFmdCBhIGNoYXB0ZXIsIGNvbnRpbnVlIG9uZSwgcmV2aXNlIG9uZS4gRWFjaCBvcGVucyB3aXRoIHRoZSB0YXNrIGFuZCB0aGVcbiAqIGNoYXB0ZXIncyBsZW5ndGggKFwiYWJvdXQgTiB3b3Jkc1wiKTogaXQgaXMgdGhlIGZpcnN0IFwiTiB3b3Jkc1wiIGluIHRoZSBwcm9tcHQsIHNvIHRoYXQgYm90aCB0aGVcbiAqIG1vZGVsIGFuZCB0aGUgbGVuZ3RoLXJlYWRpbmcgdGVzdCBzZXJ2ZXIgdGFrZSBpdCBhcyB0aGUgdGFyZ2V0LiBNYXRlcmlhbCBmb2xsb3dzIGluIHRhZ3MsIHRoZW5cbiAqIHRoZSBkZXRhaWxlZCBpbnN0cnVjdGlvbnMsIHdoaWNoIGlzIHRoZSBvcmRlciBsb25nLWNvbnRleHQgbW9kZWxzIGZvbGxvdyBiZXN0LlxuICovXG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclByb21wdElucHV0IHtcbiAgcmVhZG9ubHkgYnJpZWY6IEJyaWVmO1xuICByZWFkb25seSBiaWJsZTogQmlibGU7XG4gIHJlYWRvbmx5IG91dGxpbmU6IE91dGxpbmU7XG4gIHJlYWRvbmx5IGNoYXB0ZXJOdW1iZXI6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEcmFmdFByb21wdElucHV0IGV4dGVuZHMgQ2hhcHRlclByb21wdElucHV0IHtcbiAgLyoqIEhvdyB0aGUgcHJldmlvdXMgY2hhcHRlciBlbmRzIChzZXF1ZW50aWFsIG1vZGUpOiBhIG1vZGVsIHN1bW1hcnkgb3IgYHN1bW1hcml6ZUZvck5leHRgLiAqL1xuICByZWFkb25seSBwcmV2aW91c1N1bW1hcnk/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBkcmFmdENoYXB0ZXJQcm9tcHQoaW5wdXQ6IERyYWZ0UHJvbXB0SW5wdXQpOiBTdGFnZVByb21wdCB7XG4gIGNvbnN0IHsgYnJpZWYsIGJpYmxlLCBvdXRsaW5lLCBjaGFwdGVyTnVtYmVyLCBwcmV2aW91c1N1bW1hcnkgfSA9IGlucHV0O1xuICBjb25zdCBjaGFwdGVyID0gZmluZENoYXB0ZXIob3V0bGluZSwgY2hhcHRlck51bWJlcik7XG4gIGNvbnN0IGxhc3QgPSBpc0xhc3RDaGFwdGVyKG91dGxpbmUsIGNoYXB0ZXJOdW1iZXIpO1xuICBjb25zdCBwcm9tcHQgPSBbXG4gICAgYFdyaXRlIGFib3V0ICR7Y2hhcHRlci50YXJnZXRXb3Jkc30gd29yZHM6IENoYXB0ZXIgJHtjaGFwdGVyTnVtYmVyfSBvZiB0aGUgc3RvcnkgXCIke2JyaWVmLnRpdGxlfVwiLmAsXG4gICAgY2hhcHRlckJyaWVmKGNoYXB0ZXIpLFxuICAgIC4uLihwcmV2aW91c1N1bW1hcnk/LnRyaW0oKSA/IFt0YWdnZWQoJ3ByZXZpb3VzX2NoYXB0ZXJfZW5kaW5nJywgcHJldmlvdXNTdW1tYXJ5KV0gOiBbXSksXG4gICAgdGFnZ2VkKCdzdG9yeV9wYXJhbWV0ZXJzJywgYnJpZWZQYXJhbWV0ZXJzKGJyaWVmKSksXG4gICAgY2hhcHRlclBsYW4ob3V0bGluZSwgY2hhcHRlck51bWJlciksXG4gICAgYmlibGVNYXRlcmlhbChiaWJsZSksXG4gICAgdGFnZ2VkKCd3cml0ZXJfcHJlbWlzZScsIHByZW1pc2VUZXh0KGJyaWVmLCBDSEFQVEVSX1BST01QVF9QUkVNSVNFX0NIQVJTKSksXG4gICAgW1xuICAgICAgJ0luc3RydWN0aW9uczonLFxuICAgICAgYC0gTGVuZ3RoOiBhYm91dCAke2NoYXB0ZXIudGFyZ2V0V29yZHN9IHdvcmRzOyBsZXQgdGhlIGJlYXRzLCBub3QgcGFkZGluZywgZmlsbCBpdC5gLFxuICAgICAgYC0gUG9pbnQgb2YgdmlldzogJHtQT0lOVF9PRl9WSUVXX1dPUkRTW2JyaWVmLnBvaW50T2ZWaWV3XX0ke2NoYXB0ZXIucG92ID8gYCwgdGhyb3VnaCAke2NoYXB0ZXIucG92fWAgOiAnJ307IHRlbnNlIGFuZCB2b2ljZSBhcyB0aGUgc3R5bGUgZ3VpZGUgc2F5cy5gLFxuICAgICAgLi4uKGJyaWVmLnRvbmUgPyBbYC0gVG9uZTogJHticmllZi50b25lfS5gXSA6IFtdKSxcbiAgICAgIC4uLihicmllZi5hdWRpZW5jZSA/IFtgLSBBdWRpZW5jZTogJHticmllZi5hdWRpZW5jZX07IGtlZXAgY29udGVudCBhbmQgdm9jYWJ1bGFyeSByaWdodCBmb3IgdGhlbS5gXSA6IFtdKSxcbiAgICAgICctIFBsYXkgdGhlIGJlYXRzIGluIG9yZGVyIGFzIHNjZW5lczsgeW91IG1heSBhZGQgY29ubmVjdGl2ZSBtb21lbnRzLCBidXQgbm8gbmV3IHBsb3QgZXZlbnRzLCBhbmQgbm90aGluZyB0aGF0IGJlbG9uZ3MgdG8gYSBsYXRlciBjaGFwdGVyIG9mIHRoZSBwbGFuLicsXG4gICAgICBwcmV2aW91c1N1bW1hcnk/LnRyaW0oKVxuICAgICAgICA/ICctIFBpY2sgdXAgd2hlcmUgdGhlIHByZXZpb3VzIGNoYXB0ZXIgZW5kcyAocGxhY2UsIHRpbWUsIG1vb2QpIHdpdGhvdXQgcmVjYXBwaW5nIGl0LidcbiAgICAgICAgOiBjaGFwdGVyTnVtYmVyID09PSBvdXRsaW5lLmNoYXB0ZXJzWzBdPy5udW1iZXJcbiAgICAgICAgICA/ICctIFRoaXMgY2hhcHRlciBvcGVucyB0aGUgc3Rvcnk6IHN0YXJ0IGluIGEgY29uY3JldGUgbW9tZW50IGFuZCBlc3RhYmxpc2ggdGhlIHByb3RhZ29uaXN0LCB0aGUgd29ybGQgYW5kIHRoZSBob29rIHF1aWNrbHkuJ1xuICAgICAgICAgIDogJy0gT3BlbiBpbiBzY2VuZSwgb3JpZW50ZWQgaW4gdGltZSBhbmQgcGxhY2UsIHdpdGhvdXQgcmVjYXBwaW5nIGVhcmxpZXIgY2hhcHRlcnMuJyxcbiAgICAgIGxhc3RcbiAgICAgICAgPyBcIi0gVGhpcyBpcyB0aGUgZmluYWwgY2hhcHRlcjogcmVzb2x2ZSB0aGUgY2VudHJhbCBjb25mbGljdCBhbmQgY2xvc2UgdGhlIHByb3RhZ29uaXN0J3MgYXJjOyBkbyBub3Qgc2V0IHVwIGFueXRoaW5nIGZ1cnRoZXIuXCJcbiAgICAgICAgOiAnLSBFbmQgb24gYSB0dXJuIHRoYXQgbWFrZXMgdGhlIHJlYWRlciB3YW50IHRoZSBuZXh0IGNoYXB0ZXIsIHdpdGhvdXQgYSBjbGlmZmhhbmdlciBmb3IgaXRzIG93biBzYWtlLicsXG4gICAgICBgLSBPdXRwdXQgb25seSB0aGUgY2hhcHRlcidzIHByb3NlIGluICR7YnJpZWYubGFuZ3VhZ2V9OiBubyBoZWFkaW5nLCBubyB0aXRsZSwgbm8gbm90ZXMuYCxcbiAgICBdLmpvaW4oJ1xcbicpLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICByZXR1cm4gc3RhZ2VQcm9tcHQoJ2RyYWZ0JywgJ21haW4nLCBkcmFmdFN5c3RlbShicmllZiksIHByb21wdCk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGludWVQcm9tcHRJbnB1dCBleHRlbmRzIENoYXB0ZXJQcm9tcHRJbnB1dCB7XG4gIC8qKiBUaGUgY2hhcHRlciBhcyBmYXIgYXMgaXQgZ290IChhIGAucGFydGlhbC5tZGAgYWZ0ZXIgYSBjdXQgc3RyZWFtLCBvciBhbiB1bmRlci1sZW5ndGggZHJhZnQpLiAqL1xuICByZWFkb25seSB0ZXh0U29GYXI6IHN0cmluZztcbiAgLyoqIFJvdWdobHkgaG93IG1hbnkgbW9yZSB3b3JkcyB0aGUgY2hhcHRlciBuZWVkcy4gKi9cbiAgcmVhZG9ubHkgd29yZHNNaXNzaW5nOiBudW1iZXI7XG4gIC8qKiBXaGljaCBzdGFnZSdzIHRleHQgaXMgYmVpbmcgY29udGludWVkOyBgcmV2aXNpb25gIG9ubHkgdG8gcmVzdW1lIGEgY3V0IHJldmlzaW9uLiAqL1xuICByZWFkb25seSBzdGFnZT86ICdkcmFmdCcgfCAncmV2aXNpb24nO1xufVxuXG4vKiogUGFzdCB0aGlzLCBvbmx5IHRoZSBlbmQgb2YgdGhlIHRleHQgc28gZmFyIGlzIHNob3duOiBlbm91Z2ggZm9yIHZvaWNlIGFuZCBjb250aW51aXR5LiAqL1xuZXhwb3J0IGNvbnN0IENPTlRJTlVFX0NPTlRFWFRfQ0hBUlMgPSAyNF8wMDA7XG5cbi8qKlxuICogQ29udGludWVzIGEgY2hhcHRlcjogdG8gcmVzdW1lIG9uZSB3aG9zZSBzdHJlYW0gd2FzIGN1dCwgb3IgdG8gZXh0ZW5kIG9uZSB0aGF0IGNhbWUgb3V0IHNob3J0LlxuICogVGhlIG1vZGVsIG11c3QgZ28gb24gZnJvbSB0aGUgbGFzdCB3b3JkIHdpdGhvdXQgcmVwZWF0aW5nIGFueXRoaW5nOyBgam9pbkNvbnRpbnVhdGlvbmAgc3RpbGxcbiAqIHJlbW92ZXMgYSByZXBlYXRlZCBzZW50ZW5jZSBpZiBpdCBkb2VzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY29udGludWVDaGFwdGVyUHJvbXB0KGlucHV0OiBDb250aW51ZVByb21wdElucHV0KTogU3RhZ2VQcm9tcHQge1xuICBjb25zdCB7IGJyaWVmLCBiaWJsZSwgb3V0bGluZSwgY2hhcHRlck51bWJlciwgdGV4dFNvRmFyLCBzdGFnZSA9ICdkcmFmdCcgfSA9IGlucHV0O1xuICBjb25zdCB3b3Jkc01pc3NpbmcgPSBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGlucHV0LndvcmRzTWlzc2luZykpO1xuICBjb25zdCBjaGFwdGVyID0gZmluZENoYXB0ZXIob3V0bGluZSwgY2hhcHRlck51bWJlcik7XG4gIGNvbnN0IGxhc3QgPSBpc0xhc3RDaGFwdGVyKG91dGxpbmUsIGNoYXB0ZXJOdW1iZXIpO1xuICBjb25zdCBzaG93biA9IHRleHRTb0Zhci5sZW5ndGggPiBDT05USU5VRV9DT05URVhUX0NIQVJTID8gYFtcdTIwMjYgZWFybGllciBwYXJ0IG9mIHRoZSBjaGFwdGVyIG9taXR0ZWQgXHUyMDI2XVxcblxcbiR7dGV4dFNvRmFyLnNsaWNlKC1DT05USU5VRV9DT05URVhUX0NIQVJTKS5yZXBsYWNlKC9eXFxTKlxccy8sICcnKX1gIDogdGV4dFNvRmFyO1xuICBjb25zdCBlbmRzTWlkU2VudGVuY2UgPSAhL1suIT9cdTIwMjZcIlx1MjAxRFx1MjAxOSkqXVxccyokLy50ZXN0KHRleHRTb0Zhci50cmltKCkpO1xuICBjb25zdCBwcm9tcHQgPSBbXG4gICAgYENvbnRpbnVlIENoYXB0ZXIgJHtjaGFwdGVyTnVtYmVyfTogd3JpdGUgYWJvdXQgJHt3b3Jkc01pc3Npbmd9IHdvcmRzIG1vcmUsIHN0YXJ0aW5nIGV4YWN0bHkgd2hlcmUgdGhlIHRleHQgYmVsb3cgc3RvcHMuIFRoZSBzdG9yeSBpcyBcIiR7YnJpZWYudGl0bGV9XCIuYCxcbiAgICB0YWdnZWQoJ2NoYXB0ZXJfc29fZmFyJywgc2hvd24pLFxuICAgIGNoYXB0ZXJCcmllZihjaGFwdGVyKSxcbiAgICB0YWdnZWQoJ3N0b3J5X3BhcmFtZXRlcnMnLCBicmllZlBhcmFtZXRlcnMoYnJpZWYpKSxcbiAgICBiaWJsZU1hdGVyaWFsKGJpYmxlKSxcbiAgICBbXG4gICAgICAnSW5zdHJ1Y3Rpb25zOicsXG4gICAgICAnLSBDb250aW51ZSBzZWFtbGVzc2x5OiBzYW1lIHZvaWNlLCB0ZW5zZSwgcG9pbnQgb2YgdmlldyBhbmQgc2NlbmUsIGFzIGlmIG5vIG9uZSBoYWQgcGF1c2VkLicsXG4gICAgICBlbmRzTWlkU2VudGVuY2VcbiAgICAgICAgPyAnLSBUaGUgdGV4dCBzdG9wcyBtaWQtc2VudGVuY2U6IGJlZ2luIHdpdGggdGhlIHZlcnkgbmV4dCB3b3JkIG9mIHRoYXQgc2VudGVuY2UuJ1xuICAgICAgICA6ICctIEJlZ2luIHdpdGggdGhlIHZlcnkgbmV4dCBzZW50ZW5jZS4nLFxuICAgICAgJy0gRG8gbm90IHJlcGVhdCwgc3VtbWFyaXNlIG9yIHJlcGhyYXNlIGFueSBvZiB0aGUgdGV4dCBhYm92ZSwgYW5kIGRvIG5vdCBhZGQgYSBoZWFkaW5nIG9yIGEgdGl0bGUuJyxcbiAgICAgIFwiLSBDb3ZlciB0aGUgY2hhcHRlcidzIHJlbWFpbmluZyBiZWF0cyBpbiBvcmRlciwgYW5kIG9ubHkgdGhvc2UuXCIsXG4gICAgICBsYXN0ID8gJy0gQnJpbmcgdGhlIHN0b3J5IHRvIGl0cyByZXNvbHV0aW9uLicgOiAnLSBCcmluZyB0aGUgY2hhcHRlciB0byBpdHMgZW5kaW5nLCBsZWFkaW5nIGludG8gdGhlIG5leHQgY2hhcHRlci4nLFxuICAgICAgYC0gT3V0cHV0IG9ubHkgdGhlIG5ldyBwcm9zZSBpbiAke2JyaWVmLmxhbmd1YWdlfS5gLFxuICAgIF0uam9pbignXFxuJyksXG4gIF0uam9pbignXFxuXFxuJyk7XG4gIHJldHVybiBzdGFnZVByb21wdChzdGFnZSwgJ2NvbnRpbnVlJywgc3RhZ2UgPT09ICdyZXZpc2lvbicgPyByZXZpc2lvblN5c3RlbShicmllZikgOiBkcmFmdFN5c3RlbShicmllZiksIHByb21wdCk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmV2aXNlUHJvbXB0SW5wdXQgZXh0ZW5kcyBDaGFwdGVyUHJvbXB0SW5wdXQge1xuICByZWFkb25seSBkcmFmdFByb3NlOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXZpc2VDaGFwdGVyUHJvbXB0KGlucHV0OiBSZXZpc2VQcm9tcHRJbnB1dCk6IFN0YWdlUHJvbXB0IHtcbiAgY29uc3QgeyBicmllZiwgYmlibGUsIG91dGxpbmUsIGNoYXB0ZXJOdW1iZXIsIGRyYWZ0UHJvc2UgfSA9IGlucHV0O1xuICBjb25zdCBjaGFwdGVyID0gZmluZENoYXB0ZXIob3V0bGluZSwgY2hhcHRlck51bWJlcik7XG4gIGNvbnN0IHByb21wdCA9IFtcbiAgICBgUmV2aXNlIENoYXB0ZXIgJHtjaGFwdGVyTnVtYmVyfSBpbnRvIGl0cyBmaW5hbCBmb3JtLCBhYm91dCAke2NoYXB0ZXIudGFyZ2V0V29yZHN9IHdvcmRzIGxvbmcuIFRoZSBzdG9yeSBpcyBcIiR7YnJpZWYudGl0bGV9XCIuYCxcbiAgICB0YWdnZWQoJ2RyYWZ0JywgZHJhZnRQcm9zZSksXG4gICAgY2hhcHRlckJyaWVmKGNoYXB0ZXIpLFxuICAgIHRhZ2dlZCgnc3RvcnlfcGFyYW1ldGVycycsIGJyaWVmUGFyYW1ldGVycyhicmllZikpLFxuICAgIGJpYmxlTWF0ZXJpYWwoYmlibGUpLFxuICAgIGNoYXB0ZXJQbGFuKG91dGxpbmUsIGNoYXB0ZXJOdW1iZXIpLFxuICAgIFtcbiAgICAgICdJbnN0cnVjdGlvbnM6JyxcbiAgICAgIGAtIEtlZXAgdGhlIGxlbmd0aCB3aXRoaW4gdGVuIHBlcmNlbnQgb2YgdGhlIHRhcmdldCBhYm92ZSAodGhlIGRyYWZ0IGN1cnJlbnRseSBoYXMgJHtjb3VudFdvcmRzKGRyYWZ0UHJvc2UpfSB3b3JkcykuYCxcbiAgICAgICctIEZpeCBhbnl0aGluZyB0aGF0IGNvbnRyYWRpY3RzIHRoZSBzdG9yeSBiaWJsZSBvciB0aGUgY2hhcHRlciBwbGFuOiBuYW1lcywgZmFjdHMsIHRpbWVsaW5lLCBydWxlcywgdm9pY2VzLicsXG4gICAgICBgLSBIb2xkIHRoZSBwb2ludCBvZiB2aWV3ICgke1BPSU5UX09GX1ZJRVdfV09SRFNbYnJpZWYucG9pbnRPZlZpZXddfSR7Y2hhcHRlci5wb3YgPyBgLCB0aHJvdWdoICR7Y2hhcHRlci5wb3Z9YCA6ICcnfSksIHRlbnNlIGFuZCB2b2ljZSBvZiB0aGUgc3R5bGUgZ3VpZGUgdGhyb3VnaG91dC5gLFxuICAgICAgLi4uKGJyaWVmLnRvbmUgPyBbYC0gS2VlcCB0aGUgdG9uZTogJHticmllZi50b25lfS5gXSA6IFtdKSxcbiAgICAgICctIFRpZ2h0ZW4gYW5kIHNoYXJwZW46IGN1dCBmaWxsZXIgYW5kIHJlcGV0aXRpb24sIHJlcGxhY2UgY2xpY2hcdTAwRTlzIGFuZCB2YWd1ZSB3b3JkcyB3aXRoIHNwZWNpZmljIG9uZXMsIGxldCBzY2VuZXMgc2hvdyB3aGF0IHRoZSBuYXJyYXRpb24gZXhwbGFpbnMuJyxcbiAgICAgIFwiLSBLZWVwIHRoZSBwbG90LCB0aGUgb3JkZXIgb2YgZXZlbnRzLCB0aGUgY2hhcHRlcidzIGVuZGluZyBhbmQgdGhlIGRyYWZ0J3Mgc3Ryb25nZXN0IGxpbmVzLlwiLFxuICAgICAgYC0gT3V0cHV0IG9ubHkgdGhlIHJldmlzZWQgcHJvc2UgaW4gJHticmllZi5sYW5ndWFnZX06IG5vIGhlYWRpbmcsIG5vIG5vdGVzLCBubyBsaXN0IG9mIGNoYW5nZXMuYCxcbiAgICBdLmpvaW4oJ1xcbicpLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICByZXR1cm4gc3RhZ2VQcm9tcHQoJ3JldmlzaW9uJywgJ21haW4nLCByZXZpc2lvblN5c3RlbShicmllZiksIHByb21wdCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBRUEsdUJBQTJCO0FBQzNCLG1CQUFnRDtBQUNoRCx5QkFBOEM7QUFDOUMsMEJBVU87QUFDUCxnQ0FBNEM7QUFxQnJDLFNBQVMsbUJBQW1CLE9BQXNDO0FBQ3ZFLFFBQU0sRUFBRSxPQUFPLE9BQU8sU0FBUyxlQUFlLGdCQUFnQixJQUFJO0FBQ2xFLFFBQU0sY0FBVSxpQ0FBWSxTQUFTLGFBQWE7QUFDbEQsUUFBTSxXQUFPLG1DQUFjLFNBQVMsYUFBYTtBQUNqRCxRQUFNLFNBQVM7QUFBQSxJQUNiLGVBQWUsUUFBUSxXQUFXLG1CQUFtQixhQUFhLGtCQUFrQixNQUFNLEtBQUs7QUFBQSxRQUMvRixrQ0FBYSxPQUFPO0FBQUEsSUFDcEIsR0FBSSxpQkFBaUIsS0FBSyxJQUFJLEtBQUMsNEJBQU8sMkJBQTJCLGVBQWUsQ0FBQyxJQUFJLENBQUM7QUFBQSxRQUN0Riw0QkFBTyx3QkFBb0IscUNBQWdCLEtBQUssQ0FBQztBQUFBLFFBQ2pELGlDQUFZLFNBQVMsYUFBYTtBQUFBLFFBQ2xDLG1DQUFjLEtBQUs7QUFBQSxRQUNuQiw0QkFBTyxzQkFBa0IsaUNBQVksT0FBTyxnREFBNEIsQ0FBQztBQUFBLElBQ3pFO0FBQUEsTUFDRTtBQUFBLE1BQ0EsbUJBQW1CLFFBQVEsV0FBVztBQUFBLE1BQ3RDLG9CQUFvQixpQ0FBb0IsTUFBTSxXQUFXLENBQUMsR0FBRyxRQUFRLE1BQU0sYUFBYSxRQUFRLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDMUcsR0FBSSxNQUFNLE9BQU8sQ0FBQyxXQUFXLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQztBQUFBLE1BQy9DLEdBQUksTUFBTSxXQUFXLENBQUMsZUFBZSxNQUFNLFFBQVEsK0NBQStDLElBQUksQ0FBQztBQUFBLE1BQ3ZHO0FBQUEsTUFDQSxpQkFBaUIsS0FBSyxJQUNsQix3RkFDQSxrQkFBa0IsUUFBUSxTQUFTLENBQUMsR0FBRyxTQUNyQyw4SEFDQTtBQUFBLE1BQ04sT0FDSSwrSEFDQTtBQUFBLE1BQ0osd0NBQXdDLE1BQU0sUUFBUTtBQUFBLElBQ3hELEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDYixFQUFFLEtBQUssTUFBTTtBQUNiLGFBQU8sZ0NBQVksU0FBUyxZQUFRLHVDQUFZLEtBQUssR0FBRyxNQUFNO0FBQ2hFO0FBWU8sTUFBTSx5QkFBeUI7QUFPL0IsU0FBUyxzQkFBc0IsT0FBeUM7QUFDN0UsUUFBTSxFQUFFLE9BQU8sT0FBTyxTQUFTLGVBQWUsV0FBVyxRQUFRLFFBQVEsSUFBSTtBQUM3RSxRQUFNLGVBQWUsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLE1BQU0sWUFBWSxDQUFDO0FBQy9ELFFBQU0sY0FBVSxpQ0FBWSxTQUFTLGFBQWE7QUFDbEQsUUFBTSxXQUFPLG1DQUFjLFNBQVMsYUFBYTtBQUNqRCxRQUFNLFFBQVEsVUFBVSxTQUFTLHlCQUF5QjtBQUFBO0FBQUEsRUFBZ0QsVUFBVSxNQUFNLENBQUMsc0JBQXNCLEVBQUUsUUFBUSxVQUFVLEVBQUUsQ0FBQyxLQUFLO0FBQzdLLFFBQU0sa0JBQWtCLENBQUMsa0JBQWtCLEtBQUssVUFBVSxLQUFLLENBQUM7QUFDaEUsUUFBTSxTQUFTO0FBQUEsSUFDYixvQkFBb0IsYUFBYSxpQkFBaUIsWUFBWSwyRUFBMkUsTUFBTSxLQUFLO0FBQUEsUUFDcEosNEJBQU8sa0JBQWtCLEtBQUs7QUFBQSxRQUM5QixrQ0FBYSxPQUFPO0FBQUEsUUFDcEIsNEJBQU8sd0JBQW9CLHFDQUFnQixLQUFLLENBQUM7QUFBQSxRQUNqRCxtQ0FBYyxLQUFLO0FBQUEsSUFDbkI7QUFBQSxNQUNFO0FBQUEsTUFDQTtBQUFBLE1BQ0Esa0JBQ0ksbUZBQ0E7QUFBQSxNQUNKO0FBQUEsTUFDQTtBQUFBLE1BQ0EsT0FBTyx5Q0FBeUM7QUFBQSxNQUNoRCxrQ0FBa0MsTUFBTSxRQUFRO0FBQUEsSUFDbEQsRUFBRSxLQUFLLElBQUk7QUFBQSxFQUNiLEVBQUUsS0FBSyxNQUFNO0FBQ2IsYUFBTyxnQ0FBWSxPQUFPLFlBQVksVUFBVSxpQkFBYSwwQ0FBZSxLQUFLLFFBQUksdUNBQVksS0FBSyxHQUFHLE1BQU07QUFDakg7QUFNTyxTQUFTLG9CQUFvQixPQUF1QztBQUN6RSxRQUFNLEVBQUUsT0FBTyxPQUFPLFNBQVMsZUFBZSxXQUFXLElBQUk7QUFDN0QsUUFBTSxjQUFVLGlDQUFZLFNBQVMsYUFBYTtBQUNsRCxRQUFNLFNBQVM7QUFBQSxJQUNiLGtCQUFrQixhQUFhLCtCQUErQixRQUFRLFdBQVcsOEJBQThCLE1BQU0sS0FBSztBQUFBLFFBQzFILDRCQUFPLFNBQVMsVUFBVTtBQUFBLFFBQzFCLGtDQUFhLE9BQU87QUFBQSxRQUNwQiw0QkFBTyx3QkFBb0IscUNBQWdCLEtBQUssQ0FBQztBQUFBLFFBQ2pELG1DQUFjLEtBQUs7QUFBQSxRQUNuQixpQ0FBWSxTQUFTLGFBQWE7QUFBQSxJQUNsQztBQUFBLE1BQ0U7QUFBQSxNQUNBLHlGQUFxRiw2QkFBVyxVQUFVLENBQUM7QUFBQSxNQUMzRztBQUFBLE1BQ0EsNkJBQTZCLGlDQUFvQixNQUFNLFdBQVcsQ0FBQyxHQUFHLFFBQVEsTUFBTSxhQUFhLFFBQVEsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUNuSCxHQUFJLE1BQU0sT0FBTyxDQUFDLG9CQUFvQixNQUFNLElBQUksR0FBRyxJQUFJLENBQUM7QUFBQSxNQUN4RDtBQUFBLE1BQ0E7QUFBQSxNQUNBLHNDQUFzQyxNQUFNLFFBQVE7QUFBQSxJQUN0RCxFQUFFLEtBQUssSUFBSTtBQUFBLEVBQ2IsRUFBRSxLQUFLLE1BQU07QUFDYixhQUFPLGdDQUFZLFlBQVksWUFBUSwwQ0FBZSxLQUFLLEdBQUcsTUFBTTtBQUN0RTsiLAogICJuYW1lcyI6IFtdCn0K
