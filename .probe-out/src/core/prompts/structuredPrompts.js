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
var structuredPrompts_exports = {};
__export(structuredPrompts_exports, {
  biblePrompt: () => biblePrompt,
  conceptPrompt: () => conceptPrompt,
  outlinePrompt: () => outlinePrompt
});
module.exports = __toCommonJS(structuredPrompts_exports);
var import_bible = require("../stages/bible");
var import_concept = require("../stages/concept");
var import_outline = require("../stages/outline");
var import_stagePrompt = require("./stagePrompt");
var import_storyContext = require("./storyContext");
var import_systemInstructions = require("./systemInstructions");
function conceptPrompt(brief) {
  const prompt = [
    `Develop the concept for a story of about ${brief.targetWords} words${brief.chapters ? ` in ${brief.chapters} chapters` : ""}, from the writer's brief and premise below.`,
    (0, import_storyContext.tagged)("brief", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.tagged)("premise", (0, import_storyContext.premiseText)(brief)),
    [
      "Guidance:",
      `- Use the title exactly as given: "${brief.title}".`,
      "- Logline: one sentence naming the protagonist, their goal, the obstacle and the stakes.",
      "- Premise: expand the writer's idea into two or three paragraphs that a collaborator could plan from, keeping every detail the writer gave.",
      "- Central conflict and stakes: concrete, and large enough to carry the whole length, but no larger.",
      "- Hook: what grips the reader on the first page.",
      "- Ending: the direction of the resolution and what it costs, not a chapter-by-chapter synopsis.",
      `- Match the tone${brief.tone ? ` ("${brief.tone}")` : ""} and the audience${brief.audience ? ` (${brief.audience})` : ""}.`,
      "Reply with JSON that follows the response schema."
    ].join("\n")
  ].join("\n\n");
  return (0, import_stagePrompt.structuredPrompt)("concept", (0, import_systemInstructions.conceptSystem)(brief), prompt, import_concept.conceptSchema);
}
function biblePrompt(brief, concept) {
  const prompt = [
    `Build the story bible for "${brief.title}" from the brief, the writer's premise and the concept below.`,
    (0, import_storyContext.tagged)("brief", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.tagged)("premise", (0, import_storyContext.premiseText)(brief)),
    (0, import_storyContext.conceptMaterial)(concept),
    [
      "Guidance:",
      `- Characters: ${(0, import_storyContext.castSize)(brief.targetWords)} who matter to the plot, protagonist first. Give each a concrete goal, a flaw that causes trouble, an arc, a recognisable voice (with a sample line of dialogue) and a short description with one telling detail.`,
      "- Setting: the world in one or two paragraphs, the era, and the key places where scenes happen, each with sensory specifics.",
      "- Rules: the hard facts every chapter must respect (how things work in this world, who knows what and when, fixed events). Keep each one a single checkable statement.",
      `- Style guide: the narrative voice, the tense, and the point of view (${brief.pointOfView}) with whose perspective it follows; add notes on dialogue, imagery and anything to avoid, in keeping with the tone.`,
      "- Keep names and facts consistent with the concept; invent only what it leaves open.",
      "Reply with JSON that follows the response schema."
    ].join("\n")
  ].join("\n\n");
  return (0, import_stagePrompt.structuredPrompt)("bible", (0, import_systemInstructions.bibleSystem)(brief), prompt, import_bible.bibleSchema);
}
function outlinePrompt(input) {
  const { brief, concept, bible, chapterCount, wordsPerChapter } = input;
  const chapters = chapterCount === 1 ? "a single chapter" : `exactly ${chapterCount} chapters`;
  const prompt = [
    `Outline "${brief.title}" in ${chapters} of about ${wordsPerChapter} words each, numbered 1 to ${chapterCount}.`,
    (0, import_storyContext.tagged)("brief", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.conceptMaterial)(concept),
    (0, import_storyContext.bibleMaterial)(bible),
    (0, import_storyContext.tagged)("premise", (0, import_storyContext.premiseText)(brief)),
    [
      "Guidance:",
      '- Each chapter: an evocative title (no "Chapter" and no number in it), a one-paragraph summary of what happens and why it matters, and its beats.',
      "- Beats: three to seven concrete events, choices or reversals per chapter, in order, one sentence each, with the characters named.",
      "- Every chapter ends changed from how it began; the last chapter resolves the central conflict as the concept intends.",
      `- Target length per chapter: vary around ${wordsPerChapter} to fit the pacing (quieter chapters shorter, the climax longer), keeping the total close to ${wordsPerChapter * chapterCount}.`,
      brief.pointOfView === "third-limited" || brief.pointOfView === "first" ? "- Name the point-of-view character of each chapter in `pov` when the story follows more than one." : "- Leave `pov` empty unless a chapter needs a particular viewpoint.",
      "Reply with JSON that follows the response schema."
    ].join("\n")
  ].join("\n\n");
  return (0, import_stagePrompt.structuredPrompt)("outline", (0, import_systemInstructions.outlineSystem)(brief), prompt, (0, import_outline.outlineSchemaFor)(chapterCount, wordsPerChapter));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  biblePrompt,
  conceptPrompt,
  outlinePrompt
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9zdHJ1Y3R1cmVkUHJvbXB0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgYmlibGVTY2hlbWEsIHR5cGUgQmlibGUsIHR5cGUgQmlibGVSZXBseSB9IGZyb20gJy4uL3N0YWdlcy9iaWJsZSc7XG5pbXBvcnQgeyBjb25jZXB0U2NoZW1hLCB0eXBlIENvbmNlcHQsIHR5cGUgQ29uY2VwdFJlcGx5IH0gZnJvbSAnLi4vc3RhZ2VzL2NvbmNlcHQnO1xuaW1wb3J0IHsgb3V0bGluZVNjaGVtYUZvciwgdHlwZSBPdXRsaW5lUmVwbHkgfSBmcm9tICcuLi9zdGFnZXMvb3V0bGluZSc7XG5pbXBvcnQgdHlwZSB7IEJyaWVmIH0gZnJvbSAnLi4vc3RvcnkvYnJpZWYnO1xuaW1wb3J0IHsgc3RydWN0dXJlZFByb21wdCwgdHlwZSBTdHJ1Y3R1cmVkUHJvbXB0IH0gZnJvbSAnLi9zdGFnZVByb21wdCc7XG5pbXBvcnQgeyBiaWJsZU1hdGVyaWFsLCBicmllZlBhcmFtZXRlcnMsIGNhc3RTaXplLCBjb25jZXB0TWF0ZXJpYWwsIHByZW1pc2VUZXh0LCB0YWdnZWQgfSBmcm9tICcuL3N0b3J5Q29udGV4dCc7XG5pbXBvcnQgeyBiaWJsZVN5c3RlbSwgY29uY2VwdFN5c3RlbSwgb3V0bGluZVN5c3RlbSB9IGZyb20gJy4vc3lzdGVtSW5zdHJ1Y3Rpb25zJztcblxuLyoqXG4gKiBQcm9tcHRzIGZvciB0aGUgc3RydWN0dXJlZCBzdGFnZXMuIEVhY2ggcmV0dXJucyB0aGUgSlNPTiBzY2hlbWEgdG8gc2VuZCB3aXRoIGl0OyB0aGUgcmVwbHkgaXNcbiAqIHZhbGlkYXRlZCB3aXRoIHRoYXQgc2NoZW1hLCBjb21wbGV0ZWQgd2l0aCBgd2l0aERlZmF1bHRzYCwgYW5kIHJlbmRlcmVkIHRvIHRoZSBzdGFnZSdzIGZpbGUuXG4gKiBUaGUgcHJlbWlzZSBpcyBnaXZlbiB3aG9sZSBoZXJlICh0aGVzZSBydW4gb25jZSBwZXIgc3RvcnkpOyBjaGFwdGVyIHByb21wdHMgZXhjZXJwdCBpdC5cbiAqL1xuXG5leHBvcnQgZnVuY3Rpb24gY29uY2VwdFByb21wdChicmllZjogQnJpZWYpOiBTdHJ1Y3R1cmVkUHJvbXB0PENvbmNlcHRSZXBseT4ge1xuICBjb25zdCBwcm9tcHQgPSBbXG4gICAgYERldmVsb3AgdGhlIGNvbmNlcHQgZm9yIGEgc3Rvcnkgb2YgYWJvdXQgJHticmllZi50YXJnZXRXb3Jkc30gd29yZHMke2JyaWVmLmNoYXB0ZXJzID8gYCBpbiAke2JyaWVmLmNoYXB0ZXJzfSBjaGFwdGVyc2AgOiAnJ30sIGZyb20gdGhlIHdyaXRlcidzIGJyaWVmIGFuZCBwcmVtaXNlIGJlbG93LmAsXG4gICAgdGFnZ2VkKCdicmllZicsIGJyaWVmUGFyYW1ldGVycyhicmllZikpLFxuICAgIHRhZ2dlZCgncHJlbWlzZScsIHByZW1pc2VUZXh0KGJyaWVmKSksXG4gICAgW1xuICAgICAgJ0d1aWRhbmNlOicsXG4gICAgICBgLSBVc2UgdGhlIHRpdGxlIGV4YWN0bHkgYXMgZ2l2ZW46IFwiJHticmllZi50aXRsZX1cIi5gLFxuICAgICAgJy0gTG9nbGluZTogb25lIHNlbnRlbmNlIG5hbWluZyB0aGUgcHJvdGFnb25pc3QsIHRoZWlyIGdvYWwsIHRoZSBvYnN0YWNsZSBhbmQgdGhlIHN0YWtlcy4nLFxuICAgICAgJy0gUHJlbWlzZTogZXhwYW5kIHRoZSB3cml0ZXJcXCdzIGlkZWEgaW50byB0d28gb3IgdGhyZWUgcGFyYWdyYXBocyB0aGF0IGEgY29sbGFib3JhdG9yIGNvdWxkIHBsYW4gZnJvbSwga2VlcGluZyBldmVyeSBkZXRhaWwgdGhlIHdyaXRlciBnYXZlLicsXG4gICAgICAnLSBDZW50cmFsIGNvbmZsaWN0IGFuZCBzdGFrZXM6IGNvbmNyZXRlLCBhbmQgbGFyZ2UgZW5vdWdoIHRvIGNhcnJ5IHRoZSB3aG9sZSBsZW5ndGgsIGJ1dCBubyBsYXJnZXIuJyxcbiAgICAgICctIEhvb2s6IHdoYXQgZ3JpcHMgdGhlIHJlYWRlciBvbiB0aGUgZmlyc3QgcGFnZS4nLFxuICAgICAgJy0gRW5kaW5nOiB0aGUgZGlyZWN0aW9uIG9mIHRoZSByZXNvbHV0aW9uIGFuZCB3aGF0IGl0IGNvc3RzLCBub3QgYSBjaGFwdGVyLWJ5LWNoYXB0ZXIgc3lub3BzaXMuJyxcbiAgICAgIGAtIE1hdGNoIHRoZSB0b25lJHticmllZi50b25lID8gYCAoXCIke2JyaWVmLnRvbmV9XCIpYCA6ICcnfSBhbmQgdGhlIGF1ZGllbmNlJHticmllZi5hdWRpZW5jZSA/IGAgKCR7YnJpZWYuYXVkaWVuY2V9KWAgOiAnJ30uYCxcbiAgICAgICdSZXBseSB3aXRoIEpTT04gdGhhdCBmb2xsb3dzIHRoZSByZXNwb25zZSBzY2hlbWEuJyxcbiAgICBdLmpvaW4oJ1xcbicpLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICByZXR1cm4gc3RydWN0dXJlZFByb21wdCgnY29uY2VwdCcsIGNvbmNlcHRTeXN0ZW0oYnJpZWYpLCBwcm9tcHQsIGNvbmNlcHRTY2hlbWEpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYmlibGVQcm9tcHQoYnJpZWY6IEJyaWVmLCBjb25jZXB0OiBDb25jZXB0KTogU3RydWN0dXJlZFByb21wdDxCaWJsZVJlcGx5PiB7XG4gIGNvbnN0IHByb21wdCA9IFtcbiAgICBgQnVpbGQgdGhlIHN0b3J5IGJpYmxlIGZvciBcIiR7YnJpZWYudGl0bGV9XCIgZnJvbSB0aGUgYnJpZWYsIHRoZSB3cml0ZXIncyBwcmVtaXNlIGFuZCB0aGUgY29uY2VwdCBiZWxvdy5gLFxuICAgIHRhZ2dlZCgnYnJpZWYnLCBicmllZlBhcmFtZXRlcnMoYnJpZWYpKSxcbiAgICB0YWdnZWQoJ3ByZW1pc2UnLCBwcmVtaXNlVGV4dChicmllZikpLFxuICAgIGNvbmNlcHRNYXRlcmlhbChjb25jZXB0KSxcbiAgICBbXG4gICAgICAnR3VpZGFuY2U6JyxcbiAgICAgIGAtIENoYXJhY3RlcnM6ICR7Y2FzdFNpemUoYnJpZWYudGFyZ2V0V29yZHMpfSB3aG8gbWF0dGVyIHRvIHRoZSBwbG90LCBwcm90YWdvbmlzdCBmaXJzdC4gR2l2ZSBlYWNoIGEgY29uY3JldGUgZ29hbCwgYSBmbGF3IHRoYXQgY2F1c2VzIHRyb3VibGUsIGFuIGFyYywgYSByZWNvZ25pc2FibGUgdm9pY2UgKHdpdGggYSBzYW1wbGUgbGluZSBvZiBkaWFsb2d1ZSkgYW5kIGEgc2hvcnQgZGVzY3JpcHRpb24gd2l0aCBvbmUgdGVsbGluZyBkZXRhaWwuYCxcbiAgICAgICctIFNldHRpbmc6IHRoZSB3b3JsZCBpbiBvbmUgb3IgdHdvIHBhcmFncmFwaHMsIHRoZSBlcmEsIGFuZCB0aGUga2V5IHBsYWNlcyB3aGVyZSBzY2VuZXMgaGFwcGVuLCBlYWNoIHdpdGggc2Vuc29yeSBzcGVjaWZpY3MuJyxcbiAgICAgICctIFJ1bGVzOiB0aGUgaGFyZCBmYWN0cyBldmVyeSBjaGFwdGVyIG11c3QgcmVzcGVjdCAoaG93IHRoaW5ncyB3b3JrIGluIHRoaXMgd29ybGQsIHdobyBrbm93cyB3aGF0IGFuZCB3aGVuLCBmaXhlZCBldmVudHMpLiBLZWVwIGVhY2ggb25lIGEgc2luZ2xlIGNoZWNrYWJsZSBzdGF0ZW1lbnQuJyxcbiAgICAgIGAtIFN0eWxlIGd1aWRlOiB0aGUgbmFycmF0aXZlIHZvaWNlLCB0aGUgdGVuc2UsIGFuZCB0aGUgcG9pbnQgb2YgdmlldyAoJHticmllZi5wb2ludE9mVmlld30pIHdpdGggd2hvc2UgcGVyc3BlY3RpdmUgaXQgZm9sbG93czsgYWRkIG5vdGVzIG9uIGRpYWxvZ3VlLCBpbWFnZXJ5IGFuZCBhbnl0aGluZyB0byBhdm9pZCwgaW4ga2VlcGluZyB3aXRoIHRoZSB0b25lLmAsXG4gICAgICAnLSBLZWVwIG5hbWVzIGFuZCBmYWN0cyBjb25zaXN0ZW50IHdpdGggdGhlIGNvbmNlcHQ7IGludmVudCBvbmx5IHdoYXQgaXQgbGVhdmVzIG9wZW4uJyxcbiAgICAgICdSZXBseSB3aXRoIEpTT04gdGhhdCBmb2xsb3dzIHRoZSByZXNwb25zZSBzY2hlbWEuJyxcbiAgICBdLmpvaW4oJ1xcbicpLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICByZXR1cm4gc3RydWN0dXJlZFByb21wdCgnYmlibGUnLCBiaWJsZVN5c3RlbShicmllZiksIHByb21wdCwgYmlibGVTY2hlbWEpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE91dGxpbmVQcm9tcHRJbnB1dCB7XG4gIHJlYWRvbmx5IGJyaWVmOiBCcmllZjtcbiAgcmVhZG9ubHkgY29uY2VwdDogQ29uY2VwdDtcbiAgcmVhZG9ubHkgYmlibGU6IEJpYmxlO1xuICByZWFkb25seSBjaGFwdGVyQ291bnQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgd29yZHNQZXJDaGFwdGVyOiBudW1iZXI7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBvdXRsaW5lUHJvbXB0KGlucHV0OiBPdXRsaW5lUHJvbXB0SW5wdXQpOiBTdHJ1Y3R1cmVkUHJvbXB0PE91dGxpbmVSZXBseT4ge1xuICBjb25zdCB7IGJyaWVmLCBjb25jZXB0LCBiaWJsZSwgY2hhcHRlckNvdW50LCB3b3Jkc1BlckNoYXB0ZXIgfSA9IGlucHV0O1xuICBjb25zdCBjaGFwdGVycyA9IGNoYXB0ZXJDb3VudCA9PT0gMSA/ICdhIHNpbmdsZSBjaGFwdGVyJyA6IGBleGFjdGx5ICR7Y2hhcHRlckNvdW50fSBjaGFwdGVyc2A7XG4gIGNvbnN0IHByb21wdCA9IFtcbiAgICBgT3V0bGluZSBcIiR7YnJpZWYudGl0bGV9XCIgaW4gJHtjaGFwdGVyc30gb2YgYWJvdXQgJHt3b3Jkc1BlckNoYXB0ZXJ9IHdvcmRzIGVhY2gsIG51bWJlcmVkIDEgdG8gJHtjaGFwdGVyQ291bnR9LmAsXG4gICAgdGFnZ2VkKCdicmllZicsIGJyaWVmUGFyYW1ldGVycyhicmllZikpLFxuICAgIGNvbmNlcHRNYXRlcmlhbChjb25jZXB0KSxcbiAgICBiaWJsZU1hdGVyaWFsKGJpYmxlKSxcbiAgICB0YWdnZWQoJ3ByZW1pc2UnLCBwcmVtaXNlVGV4dChicmllZikpLFxuICAgIFtcbiAgICAgICdHdWlkYW5jZTonLFxuICAgICAgJy0gRWFjaCBjaGFwdGVyOiBhbiBldm9jYXRpdmUgdGl0bGUgKG5vIFwiQ2hhcHRlclwiIGFuZCBubyBudW1iZXIgaW4gaXQpLCBhIG9uZS1wYXJhZ3JhcGggc3VtbWFyeSBvZiB3aGF0IGhhcHBlbnMgYW5kIHdoeSBpdCBtYXR0ZXJzLCBhbmQgaXRzIGJlYXRzLicsXG4gICAgICAnLSBCZWF0czogdGhyZWUgdG8gc2V2ZW4gY29uY3JldGUgZXZlbnRzLCBjaG9pY2VzIG9yIHJldmVyc2FscyBwZXIgY2hhcHRlciwgaW4gb3JkZXIsIG9uZSBzZW50ZW5jZSBlYWNoLCB3aXRoIHRoZSBjaGFyYWN0ZXJzIG5hbWVkLicsXG4gICAgICAnLSBFdmVyeSBjaGFwdGVyIGVuZHMgY2hhbmdlZCBmcm9tIGhvdyBpdCBiZWdhbjsgdGhlIGxhc3QgY2hhcHRlciByZXNvbHZlcyB0aGUgY2VudHJhbCBjb25mbGljdCBhcyB0aGUgY29uY2VwdCBpbnRlbmRzLicsXG4gICAgICBgLSBUYXJnZXQgbGVuZ3RoIHBlciBjaGFwdGVyOiB2YXJ5IGFyb3VuZCAke3dvcmRzUGVyQ2hhcHRlcn0gdG8gZml0IHRoZSBwYWNpbmcgKHF1aWV0ZXIgY2hhcHRlcnMgc2hvcnRlciwgdGhlIGNsaW1heCBsb25nZXIpLCBrZWVwaW5nIHRoZSB0b3RhbCBjbG9zZSB0byAke3dvcmRzUGVyQ2hhcHRlciAqIGNoYXB0ZXJDb3VudH0uYCxcbiAgICAgIGJyaWVmLnBvaW50T2ZWaWV3ID09PSAndGhpcmQtbGltaXRlZCcgfHwgYnJpZWYucG9pbnRPZlZpZXcgPT09ICdmaXJzdCdcbiAgICAgICAgPyAnLSBOYW1lIHRoZSBwb2ludC1vZi12aWV3IGNoYXJhY3RlciBvZiBlYWNoIGNoYXB0ZXIgaW4gYHBvdmAgd2hlbiB0aGUgc3RvcnkgZm9sbG93cyBtb3JlIHRoYW4gb25lLidcbiAgICAgICAgOiAnLSBMZWF2ZSBgcG92YCBlbXB0eSB1bmxlc3MgYSBjaGFwdGVyIG5lZWRzIGEgcGFydGljdWxhciB2aWV3cG9pbnQuJyxcbiAgICAgICdSZXBseSB3aXRoIEpTT04gdGhhdCBmb2xsb3dzIHRoZSByZXNwb25zZSBzY2hlbWEuJyxcbiAgICBdLmpvaW4oJ1xcbicpLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICByZXR1cm4gc3RydWN0dXJlZFByb21wdCgnb3V0bGluZScsIG91dGxpbmVTeXN0ZW0oYnJpZWYpLCBwcm9tcHQsIG91dGxpbmVTY2hlbWFGb3IoY2hhcHRlckNvdW50LCB3b3Jkc1BlckNoYXB0ZXIpKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsbUJBQXlEO0FBQ3pELHFCQUErRDtBQUMvRCxxQkFBb0Q7QUFFcEQseUJBQXdEO0FBQ3hELDBCQUErRjtBQUMvRixnQ0FBMEQ7QUFRbkQsU0FBUyxjQUFjLE9BQThDO0FBQzFFLFFBQU0sU0FBUztBQUFBLElBQ2IsNENBQTRDLE1BQU0sV0FBVyxTQUFTLE1BQU0sV0FBVyxPQUFPLE1BQU0sUUFBUSxjQUFjLEVBQUU7QUFBQSxRQUM1SCw0QkFBTyxhQUFTLHFDQUFnQixLQUFLLENBQUM7QUFBQSxRQUN0Qyw0QkFBTyxlQUFXLGlDQUFZLEtBQUssQ0FBQztBQUFBLElBQ3BDO0FBQUEsTUFDRTtBQUFBLE1BQ0Esc0NBQXNDLE1BQU0sS0FBSztBQUFBLE1BQ2pEO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0EsbUJBQW1CLE1BQU0sT0FBTyxNQUFNLE1BQU0sSUFBSSxPQUFPLEVBQUUsb0JBQW9CLE1BQU0sV0FBVyxLQUFLLE1BQU0sUUFBUSxNQUFNLEVBQUU7QUFBQSxNQUN6SDtBQUFBLElBQ0YsRUFBRSxLQUFLLElBQUk7QUFBQSxFQUNiLEVBQUUsS0FBSyxNQUFNO0FBQ2IsYUFBTyxxQ0FBaUIsZUFBVyx5Q0FBYyxLQUFLLEdBQUcsUUFBUSw0QkFBYTtBQUNoRjtBQUVPLFNBQVMsWUFBWSxPQUFjLFNBQWdEO0FBQ3hGLFFBQU0sU0FBUztBQUFBLElBQ2IsOEJBQThCLE1BQU0sS0FBSztBQUFBLFFBQ3pDLDRCQUFPLGFBQVMscUNBQWdCLEtBQUssQ0FBQztBQUFBLFFBQ3RDLDRCQUFPLGVBQVcsaUNBQVksS0FBSyxDQUFDO0FBQUEsUUFDcEMscUNBQWdCLE9BQU87QUFBQSxJQUN2QjtBQUFBLE1BQ0U7QUFBQSxNQUNBLHFCQUFpQiw4QkFBUyxNQUFNLFdBQVcsQ0FBQztBQUFBLE1BQzVDO0FBQUEsTUFDQTtBQUFBLE1BQ0EseUVBQXlFLE1BQU0sV0FBVztBQUFBLE1BQzFGO0FBQUEsTUFDQTtBQUFBLElBQ0YsRUFBRSxLQUFLLElBQUk7QUFBQSxFQUNiLEVBQUUsS0FBSyxNQUFNO0FBQ2IsYUFBTyxxQ0FBaUIsYUFBUyx1Q0FBWSxLQUFLLEdBQUcsUUFBUSx3QkFBVztBQUMxRTtBQVVPLFNBQVMsY0FBYyxPQUEyRDtBQUN2RixRQUFNLEVBQUUsT0FBTyxTQUFTLE9BQU8sY0FBYyxnQkFBZ0IsSUFBSTtBQUNqRSxRQUFNLFdBQVcsaUJBQWlCLElBQUkscUJBQXFCLFdBQVcsWUFBWTtBQUNsRixRQUFNLFNBQVM7QUFBQSxJQUNiLFlBQVksTUFBTSxLQUFLLFFBQVEsUUFBUSxhQUFhLGVBQWUsOEJBQThCLFlBQVk7QUFBQSxRQUM3Ryw0QkFBTyxhQUFTLHFDQUFnQixLQUFLLENBQUM7QUFBQSxRQUN0QyxxQ0FBZ0IsT0FBTztBQUFBLFFBQ3ZCLG1DQUFjLEtBQUs7QUFBQSxRQUNuQiw0QkFBTyxlQUFXLGlDQUFZLEtBQUssQ0FBQztBQUFBLElBQ3BDO0FBQUEsTUFDRTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0EsNENBQTRDLGVBQWUsZ0dBQWdHLGtCQUFrQixZQUFZO0FBQUEsTUFDekwsTUFBTSxnQkFBZ0IsbUJBQW1CLE1BQU0sZ0JBQWdCLFVBQzNELHNHQUNBO0FBQUEsTUFDSjtBQUFBLElBQ0YsRUFBRSxLQUFLLElBQUk7QUFBQSxFQUNiLEVBQUUsS0FBSyxNQUFNO0FBQ2IsYUFBTyxxQ0FBaUIsZUFBVyx5Q0FBYyxLQUFLLEdBQUcsWUFBUSxpQ0FBaUIsY0FBYyxlQUFlLENBQUM7QUFDbEg7IiwKICAibmFtZXMiOiBbXQp9Cg==
