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
var concept_exports = {};
__export(concept_exports, {
  CONCEPT_FIELDS: () => CONCEPT_FIELDS,
  completeConcept: () => completeConcept,
  conceptSchema: () => conceptSchema
});
module.exports = __toCommonJS(concept_exports);
var import_zod = require("zod");
var import_extras = require("./markdown/extras");
var import_lenient = require("./lenient");
const conceptSchema = import_zod.z.object({
  title: import_zod.z.string().describe("The story's title. Use the title given in the brief exactly."),
  logline: import_zod.z.string().describe("One sentence: who the protagonist is, what they want, what stands in the way, and what is at stake."),
  premise: import_zod.z.string().describe("The premise expanded into two or three paragraphs of plain prose: the situation, the inciting incident and the story's shape."),
  protagonist: import_zod.z.string().describe("Who we follow: name, what defines them, and the inner need beneath their goal. Two or three sentences."),
  setting: import_zod.z.string().describe("Where and when the story happens, and what about that place matters to the story. Two or three sentences."),
  centralConflict: import_zod.z.string().describe("The core opposition driving the story, outer and inner."),
  stakes: import_zod.z.string().describe("What is lost if the protagonist fails, for them and for others."),
  hook: import_zod.z.string().describe("The opening image, question or situation that pulls a reader in from the first page."),
  themes: import_zod.z.array(import_zod.z.string()).describe('Two to four themes, each a short phrase (e.g. "grief and memory").'),
  tone: import_zod.z.string().describe("The emotional register and texture of the prose, in a phrase or two."),
  ending: import_zod.z.string().describe("The direction of the ending: how the central conflict resolves and what it costs. Not a full synopsis.")
});
const CONCEPT_FIELDS = Object.keys(conceptSchema.shape);
function completeConcept(raw) {
  const result = (0, import_lenient.complete)(
    (note) => import_zod.z.object({
      title: (0, import_lenient.optionalLine)(note, "title"),
      logline: (0, import_lenient.requiredText)(),
      premise: (0, import_lenient.requiredText)(),
      protagonist: (0, import_lenient.optionalText)(note, "protagonist"),
      setting: (0, import_lenient.optionalText)(note, "setting"),
      centralConflict: (0, import_lenient.optionalText)(note, "centralConflict"),
      stakes: (0, import_lenient.optionalText)(note, "stakes"),
      hook: (0, import_lenient.optionalText)(note, "hook"),
      themes: (0, import_lenient.optionalTextList)(note, "themes"),
      tone: (0, import_lenient.optionalText)(note, "tone"),
      ending: (0, import_lenient.optionalText)(note, "ending")
    }),
    raw,
    "concept"
  );
  return result.ok ? { ...result, value: { ...result.value, ...(0, import_extras.extrasFrom)(raw) } } : result;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CONCEPT_FIELDS,
  completeConcept,
  conceptSchema
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NvbmNlcHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgZXh0cmFzRnJvbSwgdHlwZSBEb2N1bWVudEV4dHJhcyB9IGZyb20gJy4vbWFya2Rvd24vZXh0cmFzJztcbmltcG9ydCB7IGNvbXBsZXRlLCBvcHRpb25hbExpbmUsIG9wdGlvbmFsVGV4dCwgb3B0aW9uYWxUZXh0TGlzdCwgcmVxdWlyZWRUZXh0LCB0eXBlIENvbXBsZXRlUmVzdWx0IH0gZnJvbSAnLi9sZW5pZW50JztcblxuLyoqXG4gKiBUaGUgY29uY2VwdDogdGhlIHN0b3J5J3MgcGl0Y2gsIGV4cGFuZGVkLiBUaGUgc2NoZW1hIGlzIHdoYXQgR2VtaW5pIGlzIGFza2VkIHRvIHJldHVybiAoYXNcbiAqIGByZXNwb25zZUpzb25TY2hlbWFgKTsgaXRzIHByb3BlcnR5IG9yZGVyIGlzIHRoZSBvcmRlciB0aGUgbW9kZWwgd3JpdGVzIGluLCBzbyBlYWNoIGZpZWxkIGNhblxuICogYnVpbGQgb24gdGhlIG9uZXMgYmVmb3JlIGl0IChsb2dsaW5lIFx1MjE5MiBwcmVtaXNlIFx1MjE5MiBjb25mbGljdCBcdTIxOTIgZW5kaW5nKS5cbiAqL1xuZXhwb3J0IGNvbnN0IGNvbmNlcHRTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHRpdGxlOiB6LnN0cmluZygpLmRlc2NyaWJlKFwiVGhlIHN0b3J5J3MgdGl0bGUuIFVzZSB0aGUgdGl0bGUgZ2l2ZW4gaW4gdGhlIGJyaWVmIGV4YWN0bHkuXCIpLFxuICBsb2dsaW5lOiB6LnN0cmluZygpLmRlc2NyaWJlKCdPbmUgc2VudGVuY2U6IHdobyB0aGUgcHJvdGFnb25pc3QgaXMsIHdoYXQgdGhleSB3YW50LCB3aGF0IHN0YW5kcyBpbiB0aGUgd2F5LCBhbmQgd2hhdCBpcyBhdCBzdGFrZS4nKSxcbiAgcHJlbWlzZTogelxuICAgIC5zdHJpbmcoKVxuICAgIC5kZXNjcmliZShcIlRoZSBwcmVtaXNlIGV4cGFuZGVkIGludG8gdHdvIG9yIHRocmVlIHBhcmFncmFwaHMgb2YgcGxhaW4gcHJvc2U6IHRoZSBzaXR1YXRpb24sIHRoZSBpbmNpdGluZyBpbmNpZGVudCBhbmQgdGhlIHN0b3J5J3Mgc2hhcGUuXCIpLFxuICBwcm90YWdvbmlzdDogei5zdHJpbmcoKS5kZXNjcmliZSgnV2hvIHdlIGZvbGxvdzogbmFtZSwgd2hhdCBkZWZpbmVzIHRoZW0sIGFuZCB0aGUgaW5uZXIgbmVlZCBiZW5lYXRoIHRoZWlyIGdvYWwuIFR3byBvciB0aHJlZSBzZW50ZW5jZXMuJyksXG4gIHNldHRpbmc6IHouc3RyaW5nKCkuZGVzY3JpYmUoJ1doZXJlIGFuZCB3aGVuIHRoZSBzdG9yeSBoYXBwZW5zLCBhbmQgd2hhdCBhYm91dCB0aGF0IHBsYWNlIG1hdHRlcnMgdG8gdGhlIHN0b3J5LiBUd28gb3IgdGhyZWUgc2VudGVuY2VzLicpLFxuICBjZW50cmFsQ29uZmxpY3Q6IHouc3RyaW5nKCkuZGVzY3JpYmUoJ1RoZSBjb3JlIG9wcG9zaXRpb24gZHJpdmluZyB0aGUgc3RvcnksIG91dGVyIGFuZCBpbm5lci4nKSxcbiAgc3Rha2VzOiB6LnN0cmluZygpLmRlc2NyaWJlKCdXaGF0IGlzIGxvc3QgaWYgdGhlIHByb3RhZ29uaXN0IGZhaWxzLCBmb3IgdGhlbSBhbmQgZm9yIG90aGVycy4nKSxcbiAgaG9vazogei5zdHJpbmcoKS5kZXNjcmliZSgnVGhlIG9wZW5pbmcgaW1hZ2UsIHF1ZXN0aW9uIG9yIHNpdHVhdGlvbiB0aGF0IHB1bGxzIGEgcmVhZGVyIGluIGZyb20gdGhlIGZpcnN0IHBhZ2UuJyksXG4gIHRoZW1lczogei5hcnJheSh6LnN0cmluZygpKS5kZXNjcmliZSgnVHdvIHRvIGZvdXIgdGhlbWVzLCBlYWNoIGEgc2hvcnQgcGhyYXNlIChlLmcuIFwiZ3JpZWYgYW5kIG1lbW9yeVwiKS4nKSxcbiAgdG9uZTogei5zdHJpbmcoKS5kZXNjcmliZSgnVGhlIGVtb3Rpb25hbCByZWdpc3RlciBhbmQgdGV4dHVyZSBvZiB0aGUgcHJvc2UsIGluIGEgcGhyYXNlIG9yIHR3by4nKSxcbiAgZW5kaW5nOiB6LnN0cmluZygpLmRlc2NyaWJlKCdUaGUgZGlyZWN0aW9uIG9mIHRoZSBlbmRpbmc6IGhvdyB0aGUgY2VudHJhbCBjb25mbGljdCByZXNvbHZlcyBhbmQgd2hhdCBpdCBjb3N0cy4gTm90IGEgZnVsbCBzeW5vcHNpcy4nKSxcbn0pO1xuXG5leHBvcnQgdHlwZSBDb25jZXB0UmVwbHkgPSB6LmluZmVyPHR5cGVvZiBjb25jZXB0U2NoZW1hPjtcblxuLyoqIFRoZSBjb25jZXB0IGFzIHRoZSBmaWxlIGhvbGRzIGl0OiB0aGUgcmVwbHkncyBmaWVsZHMgcGx1cyB3aGF0ZXZlciB0aGUgd3JpdGVyIGFkZGVkLiAqL1xuZXhwb3J0IHR5cGUgQ29uY2VwdCA9IENvbmNlcHRSZXBseSAmIERvY3VtZW50RXh0cmFzO1xuXG5leHBvcnQgY29uc3QgQ09OQ0VQVF9GSUVMRFMgPSBPYmplY3Qua2V5cyhjb25jZXB0U2NoZW1hLnNoYXBlKSBhcyBBcnJheTxrZXlvZiBDb25jZXB0UmVwbHk+O1xuXG4vKipcbiAqIENvbXBsZXRlcyBhIChwb3NzaWJseSBwYXJ0aWFsKSBjb25jZXB0OiB0aGUgbG9nbGluZSBhbmQgcHJlbWlzZSBhcmUgcmVxdWlyZWQ7IGV2ZXJ5IG90aGVyIGZpZWxkXG4gKiBkZWZhdWx0cyB0byBlbXB0eSAodGl0bGUgJycgbWVhbnMgXCJ1c2UgdGhlIGJyaWVmJ3MgdGl0bGVcIikuIEV4dHJhcyBhcmUgY2FycmllZCBvdmVyIHVudG91Y2hlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBsZXRlQ29uY2VwdChyYXc6IHVua25vd24pOiBDb21wbGV0ZVJlc3VsdDxDb25jZXB0PiB7XG4gIGNvbnN0IHJlc3VsdCA9IGNvbXBsZXRlKFxuICAgIChub3RlKSA9PlxuICAgICAgei5vYmplY3Qoe1xuICAgICAgICB0aXRsZTogb3B0aW9uYWxMaW5lKG5vdGUsICd0aXRsZScpLFxuICAgICAgICBsb2dsaW5lOiByZXF1aXJlZFRleHQoKSxcbiAgICAgICAgcHJlbWlzZTogcmVxdWlyZWRUZXh0KCksXG4gICAgICAgIHByb3RhZ29uaXN0OiBvcHRpb25hbFRleHQobm90ZSwgJ3Byb3RhZ29uaXN0JyksXG4gICAgICAgIHNldHRpbmc6IG9wdGlvbmFsVGV4dChub3RlLCAnc2V0dGluZycpLFxuICAgICAgICBjZW50cmFsQ29uZmxpY3Q6IG9wdGlvbmFsVGV4dChub3RlLCAnY2VudHJhbENvbmZsaWN0JyksXG4gICAgICAgIHN0YWtlczogb3B0aW9uYWxUZXh0KG5vdGUsICdzdGFrZXMnKSxcbiAgICAgICAgaG9vazogb3B0aW9uYWxUZXh0KG5vdGUsICdob29rJyksXG4gICAgICAgIHRoZW1lczogb3B0aW9uYWxUZXh0TGlzdChub3RlLCAndGhlbWVzJyksXG4gICAgICAgIHRvbmU6IG9wdGlvbmFsVGV4dChub3RlLCAndG9uZScpLFxuICAgICAgICBlbmRpbmc6IG9wdGlvbmFsVGV4dChub3RlLCAnZW5kaW5nJyksXG4gICAgICB9KSxcbiAgICByYXcsXG4gICAgJ2NvbmNlcHQnLFxuICApO1xuICByZXR1cm4gcmVzdWx0Lm9rID8geyAuLi5yZXN1bHQsIHZhbHVlOiB7IC4uLnJlc3VsdC52YWx1ZSwgLi4uZXh0cmFzRnJvbShyYXcpIH0gfSA6IHJlc3VsdDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsaUJBQWtCO0FBQ2xCLG9CQUFnRDtBQUNoRCxxQkFBMEc7QUFPbkcsTUFBTSxnQkFBZ0IsYUFBRSxPQUFPO0FBQUEsRUFDcEMsT0FBTyxhQUFFLE9BQU8sRUFBRSxTQUFTLDhEQUE4RDtBQUFBLEVBQ3pGLFNBQVMsYUFBRSxPQUFPLEVBQUUsU0FBUyxxR0FBcUc7QUFBQSxFQUNsSSxTQUFTLGFBQ04sT0FBTyxFQUNQLFNBQVMsK0hBQStIO0FBQUEsRUFDM0ksYUFBYSxhQUFFLE9BQU8sRUFBRSxTQUFTLHdHQUF3RztBQUFBLEVBQ3pJLFNBQVMsYUFBRSxPQUFPLEVBQUUsU0FBUywyR0FBMkc7QUFBQSxFQUN4SSxpQkFBaUIsYUFBRSxPQUFPLEVBQUUsU0FBUyx5REFBeUQ7QUFBQSxFQUM5RixRQUFRLGFBQUUsT0FBTyxFQUFFLFNBQVMsaUVBQWlFO0FBQUEsRUFDN0YsTUFBTSxhQUFFLE9BQU8sRUFBRSxTQUFTLHNGQUFzRjtBQUFBLEVBQ2hILFFBQVEsYUFBRSxNQUFNLGFBQUUsT0FBTyxDQUFDLEVBQUUsU0FBUyxvRUFBb0U7QUFBQSxFQUN6RyxNQUFNLGFBQUUsT0FBTyxFQUFFLFNBQVMsc0VBQXNFO0FBQUEsRUFDaEcsUUFBUSxhQUFFLE9BQU8sRUFBRSxTQUFTLHdHQUF3RztBQUN0SSxDQUFDO0FBT00sTUFBTSxpQkFBaUIsT0FBTyxLQUFLLGNBQWMsS0FBSztBQU10RCxTQUFTLGdCQUFnQixLQUF1QztBQUNyRSxRQUFNLGFBQVM7QUFBQSxJQUNiLENBQUMsU0FDQyxhQUFFLE9BQU87QUFBQSxNQUNQLFdBQU8sNkJBQWEsTUFBTSxPQUFPO0FBQUEsTUFDakMsYUFBUyw2QkFBYTtBQUFBLE1BQ3RCLGFBQVMsNkJBQWE7QUFBQSxNQUN0QixpQkFBYSw2QkFBYSxNQUFNLGFBQWE7QUFBQSxNQUM3QyxhQUFTLDZCQUFhLE1BQU0sU0FBUztBQUFBLE1BQ3JDLHFCQUFpQiw2QkFBYSxNQUFNLGlCQUFpQjtBQUFBLE1BQ3JELFlBQVEsNkJBQWEsTUFBTSxRQUFRO0FBQUEsTUFDbkMsVUFBTSw2QkFBYSxNQUFNLE1BQU07QUFBQSxNQUMvQixZQUFRLGlDQUFpQixNQUFNLFFBQVE7QUFBQSxNQUN2QyxVQUFNLDZCQUFhLE1BQU0sTUFBTTtBQUFBLE1BQy9CLFlBQVEsNkJBQWEsTUFBTSxRQUFRO0FBQUEsSUFDckMsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNBLFNBQU8sT0FBTyxLQUFLLEVBQUUsR0FBRyxRQUFRLE9BQU8sRUFBRSxHQUFHLE9BQU8sT0FBTyxPQUFHLDBCQUFXLEdBQUcsRUFBRSxFQUFFLElBQUk7QUFDckY7IiwKICAibmFtZXMiOiBbXQp9Cg==
