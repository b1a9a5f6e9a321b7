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
var fallbackPrompts_exports = {};
__export(fallbackPrompts_exports, {
  bibleFallbackPrompt: () => bibleFallbackPrompt,
  conceptFallbackPrompt: () => conceptFallbackPrompt,
  outlineFallbackPrompt: () => outlineFallbackPrompt
});
module.exports = __toCommonJS(fallbackPrompts_exports);
var import_bibleMarkdown = require("../stages/bibleMarkdown");
var import_conceptMarkdown = require("../stages/conceptMarkdown");
var import_text = require("../stages/markdown/text");
var import_outlineMarkdown = require("../stages/outlineMarkdown");
var import_stageFiles = require("../stages/stageFiles");
var import_stagePrompt = require("./stagePrompt");
var import_storyContext = require("./storyContext");
var import_systemInstructions = require("./systemInstructions");
const SHAPE_NOTE = "Keep the headings and bold labels exactly as shown (in English); replace every [bracketed placeholder] with real content. Reply with the Markdown only.";
function conceptFallbackPrompt(brief) {
  const template = [
    `# Concept: ${brief.title}`,
    "## Logline\n\n[One sentence: the protagonist, their goal, the obstacle, the stakes.]",
    "## Premise\n\n[Two or three paragraphs.]",
    "## Protagonist\n\n[Who we follow.]",
    "## Setting\n\n[Where and when.]",
    "## Central Conflict\n\n[The core opposition.]",
    "## Stakes\n\n[What is lost if they fail.]",
    "## Hook\n\n[What grips the reader on page one.]",
    "## Themes\n\n- [a theme]\n- [another theme]",
    "## Tone\n\n[A phrase.]",
    "## Ending\n\n[How the conflict resolves.]"
  ].join("\n\n");
  const prompt = [
    `Write the concept for a story of about ${brief.targetWords} words as Markdown in this shape. ${SHAPE_NOTE}`,
    (0, import_storyContext.tagged)("template", template),
    (0, import_storyContext.tagged)("brief", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.tagged)("premise", (0, import_storyContext.premiseText)(brief))
  ].join("\n\n");
  return markdownPrompt((0, import_stagePrompt.stagePrompt)("concept", "fallback", (0, import_systemInstructions.conceptSystem)(brief), prompt), template, (text) => {
    const parsed = (0, import_conceptMarkdown.parseConcept)(text, { file: `${(0, import_stageFiles.stageFile)("concept")} (fallback reply)` });
    return parsed.ok && !parsed.value.title ? { ok: true, value: { ...parsed.value, title: brief.title } } : parsed;
  });
}
function bibleFallbackPrompt(brief, concept) {
  const template = [
    `# Story Bible: ${brief.title}`,
    "## Characters",
    "### [Character name]\n\n- **Role:** [role]\n- **Goal:** [what they want]\n- **Flaw:** [what gets in their way]\n- **Arc:** [how they change]\n- **Voice:** [how they speak]\n\n[A short description.]",
    "## Setting\n\n- **Era:** [when]\n\n[The world in a paragraph.]\n\n### Places\n\n- **[Place name]:** [what it is like]",
    "## World Rules\n\n- [a fact every chapter must respect]",
    "## Style Guide\n\n- **Voice:** [narrative voice]\n- **Tense:** [past or present]\n- **Point of view:** [whose, and how close]"
  ].join("\n\n");
  const prompt = [
    `Write the story bible for "${brief.title}" as Markdown in this shape, with one "###" section per character (${(0, import_storyContext.castSize)(brief.targetWords)}) and as many places and rules as the story needs. ${SHAPE_NOTE}`,
    (0, import_storyContext.tagged)("template", template),
    (0, import_storyContext.tagged)("brief", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.conceptMaterial)(concept)
  ].join("\n\n");
  return markdownPrompt((0, import_stagePrompt.stagePrompt)("bible", "fallback", (0, import_systemInstructions.bibleSystem)(brief), prompt), template, (text) => (0, import_bibleMarkdown.parseBible)(text, { file: `${(0, import_stageFiles.stageFile)("bible")} (fallback reply)` }));
}
function outlineFallbackPrompt(input) {
  const { brief, concept, bible, chapterCount, wordsPerChapter } = input;
  const template = [
    "## Chapter 1: [Chapter title]",
    "[One paragraph: what happens and why it matters.]",
    `**Target words:** ${wordsPerChapter}`,
    "### Beats\n\n- [an event or choice]\n- [the next one]\n- [the turn that ends the chapter]"
  ].join("\n\n");
  const prompt = [
    `Outline "${brief.title}" in exactly ${chapterCount} chapters of about ${wordsPerChapter} words each, as Markdown: one section in this shape per chapter, numbered 1 to ${chapterCount}. ${SHAPE_NOTE}`,
    (0, import_storyContext.tagged)("template", template),
    (0, import_storyContext.tagged)("brief", (0, import_storyContext.briefParameters)(brief)),
    (0, import_storyContext.conceptMaterial)(concept),
    (0, import_storyContext.bibleMaterial)(bible)
  ].join("\n\n");
  const file = `${(0, import_stageFiles.stageFile)("outline")} (fallback reply)`;
  return markdownPrompt((0, import_stagePrompt.stagePrompt)("outline", "fallback", (0, import_systemInstructions.outlineSystem)(brief), prompt), template, (text) => {
    const parsed = (0, import_outlineMarkdown.parseOutline)(text, { file, targetWordsPerChapter: wordsPerChapter });
    if (!parsed.ok || parsed.value.chapters.length === chapterCount) return parsed;
    const found = parsed.value.chapters.length;
    return { ok: false, problems: [{ field: "chapters", message: `${file}: expected ${chapterCount} chapters, found ${found}` }] };
  });
}
function markdownPrompt(prompt, template, parse) {
  const placeholders = [...new Set(template.match(/\[[^\]\n]+\]/g) ?? [])];
  return {
    ...prompt,
    parseReply: (text) => {
      const left = placeholders.find((p) => text.includes(p));
      if (left) return { ok: false, problems: [{ field: prompt.stage, message: `The ${prompt.stage} reply still contains the template placeholder ${left}` }] };
      return parse((0, import_text.unwrapCodeFence)(text));
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bibleFallbackPrompt,
  conceptFallbackPrompt,
  outlineFallbackPrompt
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9mYWxsYmFja1Byb21wdHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQmlibGUgfSBmcm9tICcuLi9zdGFnZXMvYmlibGUnO1xuaW1wb3J0IHsgcGFyc2VCaWJsZSB9IGZyb20gJy4uL3N0YWdlcy9iaWJsZU1hcmtkb3duJztcbmltcG9ydCB0eXBlIHsgQ29uY2VwdCB9IGZyb20gJy4uL3N0YWdlcy9jb25jZXB0JztcbmltcG9ydCB7IHBhcnNlQ29uY2VwdCB9IGZyb20gJy4uL3N0YWdlcy9jb25jZXB0TWFya2Rvd24nO1xuaW1wb3J0IHsgdW53cmFwQ29kZUZlbmNlIH0gZnJvbSAnLi4vc3RhZ2VzL21hcmtkb3duL3RleHQnO1xuaW1wb3J0IHR5cGUgeyBPdXRsaW5lIH0gZnJvbSAnLi4vc3RhZ2VzL291dGxpbmUnO1xuaW1wb3J0IHsgcGFyc2VPdXRsaW5lIH0gZnJvbSAnLi4vc3RhZ2VzL291dGxpbmVNYXJrZG93bic7XG5pbXBvcnQgeyBzdGFnZUZpbGUgfSBmcm9tICcuLi9zdGFnZXMvc3RhZ2VGaWxlcyc7XG5pbXBvcnQgdHlwZSB7IEJyaWVmIH0gZnJvbSAnLi4vc3RvcnkvYnJpZWYnO1xuaW1wb3J0IHR5cGUgeyBQYXJzZVJlc3VsdCB9IGZyb20gJy4uL3N0b3J5L3Byb2JsZW0nO1xuaW1wb3J0IHsgc3RhZ2VQcm9tcHQsIHR5cGUgTWFya2Rvd25Qcm9tcHQsIHR5cGUgU3RhZ2VQcm9tcHQgfSBmcm9tICcuL3N0YWdlUHJvbXB0JztcbmltcG9ydCB7IGJpYmxlTWF0ZXJpYWwsIGJyaWVmUGFyYW1ldGVycywgY2FzdFNpemUsIGNvbmNlcHRNYXRlcmlhbCwgcHJlbWlzZVRleHQsIHRhZ2dlZCB9IGZyb20gJy4vc3RvcnlDb250ZXh0JztcbmltcG9ydCB7IGJpYmxlU3lzdGVtLCBjb25jZXB0U3lzdGVtLCBvdXRsaW5lU3lzdGVtIH0gZnJvbSAnLi9zeXN0ZW1JbnN0cnVjdGlvbnMnO1xuXG4vKipcbiAqIFNpbXBsZXIgcHJvbXB0cyBmb3IgYWZ0ZXIgcmVwZWF0ZWQgc3RydWN0dXJlZCBmYWlsdXJlcy4gVGhleSBkcm9wIHRoZSBKU09OIHNjaGVtYSBhbmQgYXNrIGZvclxuICogdGhlIHN0YWdlJ3MgTWFya2Rvd24gZmlsZSBkaXJlY3RseSwgZnJvbSBhIHRlbXBsYXRlIHdpdGggdGhlIGV4YWN0IGhlYWRpbmdzOyB0aGUgcmVwbHkgaXMgcmVhZFxuICogYnkgdGhlIHNhbWUgdG9sZXJhbnQgcGFyc2VyIHRoYXQgcmVhZHMgdGhlIHdyaXRlcidzIGVkaXRzLCBhbmQgbWlzc2luZyBub24tY3JpdGljYWwgcGFydHMgZ2V0XG4gKiB0aGVpciBkZWZhdWx0cy4gR3VpZGFuY2UgaXMgc2hvcnRlciB0b286IHRoZSBhaW0gaXMgYSB1c2FibGUgZG9jdW1lbnQsIG5vdCB0aGUgYmVzdCBvbmUuXG4gKi9cblxuY29uc3QgU0hBUEVfTk9URSA9ICdLZWVwIHRoZSBoZWFkaW5ncyBhbmQgYm9sZCBsYWJlbHMgZXhhY3RseSBhcyBzaG93biAoaW4gRW5nbGlzaCk7IHJlcGxhY2UgZXZlcnkgW2JyYWNrZXRlZCBwbGFjZWhvbGRlcl0gd2l0aCByZWFsIGNvbnRlbnQuIFJlcGx5IHdpdGggdGhlIE1hcmtkb3duIG9ubHkuJztcblxuZXhwb3J0IGZ1bmN0aW9uIGNvbmNlcHRGYWxsYmFja1Byb21wdChicmllZjogQnJpZWYpOiBNYXJrZG93blByb21wdDxDb25jZXB0PiB7XG4gIGNvbnN0IHRlbXBsYXRlID0gW1xuICAgIGAjIENvbmNlcHQ6ICR7YnJpZWYudGl0bGV9YCxcbiAgICAnIyMgTG9nbGluZVxcblxcbltPbmUgc2VudGVuY2U6IHRoZSBwcm90YWdvbmlzdCwgdGhlaXIgZ29hbCwgdGhlIG9ic3RhY2xlLCB0aGUgc3Rha2VzLl0nLFxuICAgICcjIyBQcmVtaXNlXFxuXFxuW1R3byBvciB0aHJlZSBwYXJhZ3JhcGhzLl0nLFxuICAgICcjIyBQcm90YWdvbmlzdFxcblxcbltXaG8gd2UgZm9sbG93Ll0nLFxuICAgICcjIyBTZXR0aW5nXFxuXFxuW1doZXJlIGFuZCB3aGVuLl0nLFxuICAgICcjIyBDZW50cmFsIENvbmZsaWN0XFxuXFxuW1RoZSBjb3JlIG9wcG9zaXRpb24uXScsXG4gICAgJyMjIFN0YWtlc1xcblxcbltXaGF0IGlzIGxvc3QgaWYgdGhleSBmYWlsLl0nLFxuICAgICcjIyBIb29rXFxuXFxuW1doYXQgZ3JpcHMgdGhlIHJlYWRlciBvbiBwYWdlIG9uZS5dJyxcbiAgICAnIyMgVGhlbWVzXFxuXFxuLSBbYSB0aGVtZV1cXG4tIFthbm90aGVyIHRoZW1lXScsXG4gICAgJyMjIFRvbmVcXG5cXG5bQSBwaHJhc2UuXScsXG4gICAgJyMjIEVuZGluZ1xcblxcbltIb3cgdGhlIGNvbmZsaWN0IHJlc29sdmVzLl0nLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICBjb25zdCBwcm9tcHQgPSBbXG4gICAgYFdyaXRlIHRoZSBjb25jZXB0IGZvciBhIHN0b3J5IG9mIGFib3V0ICR7YnJpZWYudGFyZ2V0V29yZHN9IHdvcmRzIGFzIE1hcmtkb3duIGluIHRoaXMgc2hhcGUuICR7U0hBUEVfTk9URX1gLFxuICAgIHRhZ2dlZCgndGVtcGxhdGUnLCB0ZW1wbGF0ZSksXG4gICAgdGFnZ2VkKCdicmllZicsIGJyaWVmUGFyYW1ldGVycyhicmllZikpLFxuICAgIHRhZ2dlZCgncHJlbWlzZScsIHByZW1pc2VUZXh0KGJyaWVmKSksXG4gIF0uam9pbignXFxuXFxuJyk7XG4gIHJldHVybiBtYXJrZG93blByb21wdChzdGFnZVByb21wdCgnY29uY2VwdCcsICdmYWxsYmFjaycsIGNvbmNlcHRTeXN0ZW0oYnJpZWYpLCBwcm9tcHQpLCB0ZW1wbGF0ZSwgKHRleHQpID0+IHtcbiAgICBjb25zdCBwYXJzZWQgPSBwYXJzZUNvbmNlcHQodGV4dCwgeyBmaWxlOiBgJHtzdGFnZUZpbGUoJ2NvbmNlcHQnKX0gKGZhbGxiYWNrIHJlcGx5KWAgfSk7XG4gICAgcmV0dXJuIHBhcnNlZC5vayAmJiAhcGFyc2VkLnZhbHVlLnRpdGxlID8geyBvazogdHJ1ZSwgdmFsdWU6IHsgLi4ucGFyc2VkLnZhbHVlLCB0aXRsZTogYnJpZWYudGl0bGUgfSB9IDogcGFyc2VkO1xuICB9KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJpYmxlRmFsbGJhY2tQcm9tcHQoYnJpZWY6IEJyaWVmLCBjb25jZXB0OiBDb25jZXB0KTogTWFya2Rvd25Qcm9tcHQ8QmlibGU+IHtcbiAgY29uc3QgdGVtcGxhdGUgPSBbXG4gICAgYCMgU3RvcnkgQmlibGU6ICR7YnJpZWYudGl0bGV9YCxcbiAgICAnIyMgQ2hhcmFjdGVycycsXG4gICAgJyMjIyBbQ2hhcmFjdGVyIG5hbWVdXFxuXFxuLSAqKlJvbGU6KiogW3JvbGVdXFxuLSAqKkdvYWw6KiogW3doYXQgdGhleSB3YW50XVxcbi0gKipGbGF3OioqIFt3aGF0IGdldHMgaW4gdGhlaXIgd2F5XVxcbi0gKipBcmM6KiogW2hvdyB0aGV5IGNoYW5nZV1cXG4tICoqVm9pY2U6KiogW2hvdyB0aGV5IHNwZWFrXVxcblxcbltBIHNob3J0IGRlc2NyaXB0aW9uLl0nLFxuICAgICcjIyBTZXR0aW5nXFxuXFxuLSAqKkVyYToqKiBbd2hlbl1cXG5cXG5bVGhlIHdvcmxkIGluIGEgcGFyYWdyYXBoLl1cXG5cXG4jIyMgUGxhY2VzXFxuXFxuLSAqKltQbGFjZSBuYW1lXToqKiBbd2hhdCBpdCBpcyBsaWtlXScsXG4gICAgJyMjIFdvcmxkIFJ1bGVzXFxuXFxuLSBbYSBmYWN0IGV2ZXJ5IGNoYXB0ZXIgbXVzdCByZXNwZWN0XScsXG4gICAgJyMjIFN0eWxlIEd1aWRlXFxuXFxuLSAqKlZvaWNlOioqIFtuYXJyYXRpdmUgdm9pY2VdXFxuLSAqKlRlbnNlOioqIFtwYXN0IG9yIHByZXNlbnRdXFxuLSAqKlBvaW50IG9mIHZpZXc6KiogW3dob3NlLCBhbmQgaG93IGNsb3NlXScsXG4gIF0uam9pbignXFxuXFxuJyk7XG4gIGNvbnN0IHByb21wdCA9IFtcbiAgICBgV3JpdGUgdGhlIHN0b3J5IGJpYmxlIGZvciBcIiR7YnJpZWYudGl0bGV9XCIgYXMgTWFya2Rvd24gaW4gdGhpcyBzaGFwZSwgd2l0aCBvbmUgXCIjIyNcIiBzZWN0aW9uIHBlciBjaGFyYWN0ZXIgKCR7Y2FzdFNpemUoYnJpZWYudGFyZ2V0V29yZHMpfSkgYW5kIGFzIG1hbnkgcGxhY2VzIGFuZCBydWxlcyBhcyB0aGUgc3RvcnkgbmVlZHMuICR7U0hBUEVfTk9URX1gLFxuICAgIHRhZ2dlZCgndGVtcGxhdGUnLCB0ZW1wbGF0ZSksXG4gICAgdGFnZ2VkKCdicmllZicsIGJyaWVmUGFyYW1ldGVycyhicmllZikpLFxuICAgIGNvbmNlcHRNYXRlcmlhbChjb25jZXB0KSxcbiAgXS5qb2luKCdcXG5cXG4nKTtcbiAgcmV0dXJuIG1hcmtkb3duUHJvbXB0KHN0YWdlUHJvbXB0KCdiaWJsZScsICdmYWxsYmFjaycsIGJpYmxlU3lzdGVtKGJyaWVmKSwgcHJvbXB0KSwgdGVtcGxhdGUsICh0ZXh0KSA9PiBwYXJzZUJpYmxlKHRleHQsIHsgZmlsZTogYCR7c3RhZ2VGaWxlKCdiaWJsZScpfSAoZmFsbGJhY2sgcmVwbHkpYCB9KSk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3V0bGluZUZhbGxiYWNrSW5wdXQge1xuICByZWFkb25seSBicmllZjogQnJpZWY7XG4gIHJlYWRvbmx5IGNvbmNlcHQ6IENvbmNlcHQ7XG4gIHJlYWRvbmx5IGJpYmxlOiBCaWJsZTtcbiAgcmVhZG9ubHkgY2hhcHRlckNvdW50OiBudW1iZXI7XG4gIHJlYWRvbmx5IHdvcmRzUGVyQ2hhcHRlcjogbnVtYmVyO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gb3V0bGluZUZhbGxiYWNrUHJvbXB0KGlucHV0OiBPdXRsaW5lRmFsbGJhY2tJbnB1dCk6IE1hcmtkb3duUHJvbXB0PE91dGxpbmU+IHtcbiAgY29uc3QgeyBicmllZiwgY29uY2VwdCwgYmlibGUsIGNoYXB0ZXJDb3VudCwgd29yZHNQZXJDaGFwdGVyIH0gPSBpbnB1dDtcbiAgY29uc3QgdGVtcGxhdGUgPSBbXG4gICAgJyMjIENoYXB0ZXIgMTogW0NoYXB0ZXIgdGl0bGVdJyxcbiAgICAnW09uZSBwYXJhZ3JhcGg6IHdoYXQgaGFwcGVucyBhbmQgd2h5IGl0IG1hdHRlcnMuXScsXG4gICAgYCoqVGFyZ2V0IHdvcmRzOioqICR7d29yZHNQZXJDaGFwdGVyfWAsXG4gICAgJyMjIyBCZWF0c1xcblxcbi0gW2FuIGV2ZW50IG9yIGNob2ljZV1cXG4tIFt0aGUgbmV4dCBvbmVdXFxuLSBbdGhlIHR1cm4gdGhhdCBlbmRzIHRoZSBjaGFwdGVyXScsXG4gIF0uam9pbignXFxuXFxuJyk7XG4gIGNvbnN0IHByb21wdCA9IFtcbiAgICBgT3V0bGluZSBcIiR7YnJpZWYudGl0bGV9XCIgaW4gZXhhY3RseSAke2NoYXB0ZXJDb3VudH0gY2hhcHRlcnMgb2YgYWJvdXQgJHt3b3Jkc1BlckNoYXB0ZXJ9IHdvcmRzIGVhY2gsIGFzIE1hcmtkb3duOiBvbmUgc2VjdGlvbiBpbiB0aGlzIHNoYXBlIHBlciBjaGFwdGVyLCBudW1iZXJlZCAxIHRvICR7Y2hhcHRlckNvdW50fS4gJHtTSEFQRV9OT1RFfWAsXG4gICAgdGFnZ2VkKCd0ZW1wbGF0ZScsIHRlbXBsYXRlKSxcbiAgICB0YWdnZWQoJ2JyaWVmJywgYnJpZWZQYXJhbWV0ZXJzKGJyaWVmKSksXG4gICAgY29uY2VwdE1hdGVyaWFsKGNvbmNlcHQpLFxuICAgIGJpYmxlTWF0ZXJpYWwoYmlibGUpLFxuICBdLmpvaW4oJ1xcblxcbicpO1xuICBjb25zdCBmaWxlID0gYCR7c3RhZ2VGaWxlKCdvdXRsaW5lJyl9IChmYWxsYmFjayByZXBseSlgO1xuICByZXR1cm4gbWFya2Rvd25Qcm9tcHQoc3RhZ2VQcm9tcHQoJ291dGxpbmUnLCAnZmFsbGJhY2snLCBvdXRsaW5lU3lzdGVtKGJyaWVmKSwgcHJvbXB0KSwgdGVtcGxhdGUsICh0ZXh0KTogUGFyc2VSZXN1bHQ8T3V0bGluZT4gPT4ge1xuICAgIGNvbnN0IHBhcnNlZCA9IHBhcnNlT3V0bGluZSh0ZXh0LCB7IGZpbGUsIHRhcmdldFdvcmRzUGVyQ2hhcHRlcjogd29yZHNQZXJDaGFwdGVyIH0pO1xuICAgIGlmICghcGFyc2VkLm9rIHx8IHBhcnNlZC52YWx1ZS5jaGFwdGVycy5sZW5ndGggPT09IGNoYXB0ZXJDb3VudCkgcmV0dXJuIHBhcnNlZDtcbiAgICBjb25zdCBmb3VuZCA9IHBhcnNlZC52YWx1ZS5jaGFwdGVycy5sZW5ndGg7XG4gICAgcmV0dXJuIHsgb2s6IGZhbHNlLCBwcm9ibGVtczogW3sgZmllbGQ6ICdjaGFwdGVycycsIG1lc3NhZ2U6IGAke2ZpbGV9OiBleHBlY3RlZCAke2NoYXB0ZXJDb3VudH0gY2hhcHRlcnMsIGZvdW5kICR7Zm91bmR9YCB9XSB9O1xuICB9KTtcbn1cblxuLyoqXG4gKiBXcmFwcyBhIHByb21wdCB3aXRoIGl0cyByZXBseSByZWFkZXIuIEEgcmVwbHkgdGhhdCBzdGlsbCBjb250YWlucyBvbmUgb2YgdGhlIHRlbXBsYXRlJ3NcbiAqIGBbcGxhY2Vob2xkZXJzXWAgd2FzIGNvcGllZCByYXRoZXIgdGhhbiB3cml0dGVuLCBhbmQgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBzYXZlZC5cbiAqL1xuZnVuY3Rpb24gbWFya2Rvd25Qcm9tcHQ8VD4ocHJvbXB0OiBTdGFnZVByb21wdCwgdGVtcGxhdGU6IHN0cmluZywgcGFyc2U6ICh0ZXh0OiBzdHJpbmcpID0+IFBhcnNlUmVzdWx0PFQ+KTogTWFya2Rvd25Qcm9tcHQ8VD4ge1xuICBjb25zdCBwbGFjZWhvbGRlcnMgPSBbLi4ubmV3IFNldCh0ZW1wbGF0ZS5tYXRjaCgvXFxbW15cXF1cXG5dK1xcXS9nKSA/PyBbXSldO1xuICByZXR1cm4ge1xuICAgIC4uLnByb21wdCxcbiAgICBwYXJzZVJlcGx5OiAodGV4dCkgPT4ge1xuICAgICAgY29uc3QgbGVmdCA9IHBsYWNlaG9sZGVycy5maW5kKChwKSA9PiB0ZXh0LmluY2x1ZGVzKHApKTtcbiAgICAgIGlmIChsZWZ0KSByZXR1cm4geyBvazogZmFsc2UsIHByb2JsZW1zOiBbeyBmaWVsZDogcHJvbXB0LnN0YWdlLCBtZXNzYWdlOiBgVGhlICR7cHJvbXB0LnN0YWdlfSByZXBseSBzdGlsbCBjb250YWlucyB0aGUgdGVtcGxhdGUgcGxhY2Vob2xkZXIgJHtsZWZ0fWAgfV0gfTtcbiAgICAgIHJldHVybiBwYXJzZSh1bndyYXBDb2RlRmVuY2UodGV4dCkpO1xuICAgIH0sXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLDJCQUEyQjtBQUUzQiw2QkFBNkI7QUFDN0Isa0JBQWdDO0FBRWhDLDZCQUE2QjtBQUM3Qix3QkFBMEI7QUFHMUIseUJBQW1FO0FBQ25FLDBCQUErRjtBQUMvRixnQ0FBMEQ7QUFTMUQsTUFBTSxhQUFhO0FBRVosU0FBUyxzQkFBc0IsT0FBdUM7QUFDM0UsUUFBTSxXQUFXO0FBQUEsSUFDZixjQUFjLE1BQU0sS0FBSztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssTUFBTTtBQUNiLFFBQU0sU0FBUztBQUFBLElBQ2IsMENBQTBDLE1BQU0sV0FBVyxxQ0FBcUMsVUFBVTtBQUFBLFFBQzFHLDRCQUFPLFlBQVksUUFBUTtBQUFBLFFBQzNCLDRCQUFPLGFBQVMscUNBQWdCLEtBQUssQ0FBQztBQUFBLFFBQ3RDLDRCQUFPLGVBQVcsaUNBQVksS0FBSyxDQUFDO0FBQUEsRUFDdEMsRUFBRSxLQUFLLE1BQU07QUFDYixTQUFPLG1CQUFlLGdDQUFZLFdBQVcsZ0JBQVkseUNBQWMsS0FBSyxHQUFHLE1BQU0sR0FBRyxVQUFVLENBQUMsU0FBUztBQUMxRyxVQUFNLGFBQVMscUNBQWEsTUFBTSxFQUFFLE1BQU0sT0FBRyw2QkFBVSxTQUFTLENBQUMsb0JBQW9CLENBQUM7QUFDdEYsV0FBTyxPQUFPLE1BQU0sQ0FBQyxPQUFPLE1BQU0sUUFBUSxFQUFFLElBQUksTUFBTSxPQUFPLEVBQUUsR0FBRyxPQUFPLE9BQU8sT0FBTyxNQUFNLE1BQU0sRUFBRSxJQUFJO0FBQUEsRUFDM0csQ0FBQztBQUNIO0FBRU8sU0FBUyxvQkFBb0IsT0FBYyxTQUF5QztBQUN6RixRQUFNLFdBQVc7QUFBQSxJQUNmLGtCQUFrQixNQUFNLEtBQUs7QUFBQSxJQUM3QjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxNQUFNO0FBQ2IsUUFBTSxTQUFTO0FBQUEsSUFDYiw4QkFBOEIsTUFBTSxLQUFLLDBFQUFzRSw4QkFBUyxNQUFNLFdBQVcsQ0FBQyxzREFBc0QsVUFBVTtBQUFBLFFBQzFNLDRCQUFPLFlBQVksUUFBUTtBQUFBLFFBQzNCLDRCQUFPLGFBQVMscUNBQWdCLEtBQUssQ0FBQztBQUFBLFFBQ3RDLHFDQUFnQixPQUFPO0FBQUEsRUFDekIsRUFBRSxLQUFLLE1BQU07QUFDYixTQUFPLG1CQUFlLGdDQUFZLFNBQVMsZ0JBQVksdUNBQVksS0FBSyxHQUFHLE1BQU0sR0FBRyxVQUFVLENBQUMsYUFBUyxpQ0FBVyxNQUFNLEVBQUUsTUFBTSxPQUFHLDZCQUFVLE9BQU8sQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDO0FBQzlLO0FBVU8sU0FBUyxzQkFBc0IsT0FBc0Q7QUFDMUYsUUFBTSxFQUFFLE9BQU8sU0FBUyxPQUFPLGNBQWMsZ0JBQWdCLElBQUk7QUFDakUsUUFBTSxXQUFXO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBLHFCQUFxQixlQUFlO0FBQUEsSUFDcEM7QUFBQSxFQUNGLEVBQUUsS0FBSyxNQUFNO0FBQ2IsUUFBTSxTQUFTO0FBQUEsSUFDYixZQUFZLE1BQU0sS0FBSyxnQkFBZ0IsWUFBWSxzQkFBc0IsZUFBZSxrRkFBa0YsWUFBWSxLQUFLLFVBQVU7QUFBQSxRQUNyTSw0QkFBTyxZQUFZLFFBQVE7QUFBQSxRQUMzQiw0QkFBTyxhQUFTLHFDQUFnQixLQUFLLENBQUM7QUFBQSxRQUN0QyxxQ0FBZ0IsT0FBTztBQUFBLFFBQ3ZCLG1DQUFjLEtBQUs7QUFBQSxFQUNyQixFQUFFLEtBQUssTUFBTTtBQUNiLFFBQU0sT0FBTyxPQUFHLDZCQUFVLFNBQVMsQ0FBQztBQUNwQyxTQUFPLG1CQUFlLGdDQUFZLFdBQVcsZ0JBQVkseUNBQWMsS0FBSyxHQUFHLE1BQU0sR0FBRyxVQUFVLENBQUMsU0FBK0I7QUFDaEksVUFBTSxhQUFTLHFDQUFhLE1BQU0sRUFBRSxNQUFNLHVCQUF1QixnQkFBZ0IsQ0FBQztBQUNsRixRQUFJLENBQUMsT0FBTyxNQUFNLE9BQU8sTUFBTSxTQUFTLFdBQVcsYUFBYyxRQUFPO0FBQ3hFLFVBQU0sUUFBUSxPQUFPLE1BQU0sU0FBUztBQUNwQyxXQUFPLEVBQUUsSUFBSSxPQUFPLFVBQVUsQ0FBQyxFQUFFLE9BQU8sWUFBWSxTQUFTLEdBQUcsSUFBSSxjQUFjLFlBQVksb0JBQW9CLEtBQUssR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUMvSCxDQUFDO0FBQ0g7QUFNQSxTQUFTLGVBQWtCLFFBQXFCLFVBQWtCLE9BQTREO0FBQzVILFFBQU0sZUFBZSxDQUFDLEdBQUcsSUFBSSxJQUFJLFNBQVMsTUFBTSxlQUFlLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDdkUsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsWUFBWSxDQUFDLFNBQVM7QUFDcEIsWUFBTSxPQUFPLGFBQWEsS0FBSyxDQUFDLE1BQU0sS0FBSyxTQUFTLENBQUMsQ0FBQztBQUN0RCxVQUFJLEtBQU0sUUFBTyxFQUFFLElBQUksT0FBTyxVQUFVLENBQUMsRUFBRSxPQUFPLE9BQU8sT0FBTyxTQUFTLE9BQU8sT0FBTyxLQUFLLGtEQUFrRCxJQUFJLEdBQUcsQ0FBQyxFQUFFO0FBQ3hKLGFBQU8sVUFBTSw2QkFBZ0IsSUFBSSxDQUFDO0FBQUEsSUFDcEM7QUFBQSxFQUNGO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
