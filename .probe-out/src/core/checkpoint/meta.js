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
var meta_exports = {};
__export(meta_exports, {
  CHECKPOINT_FLAGS: () => CHECKPOINT_FLAGS,
  NO_MODEL: () => NO_MODEL,
  WORKFLOW_STAGES: () => WORKFLOW_STAGES,
  checkpointMetaSchema: () => checkpointMetaSchema,
  metaToFrontMatter: () => metaToFrontMatter
});
module.exports = __toCommonJS(meta_exports);
var import_zod = require("zod");
var import_stageFiles = require("../stages/stageFiles");
const WORKFLOW_STAGES = import_stageFiles.STAGE_IDS;
const CHECKPOINT_FLAGS = [
  /** Longer than `story.maxWordCount`: flagged, never cut. */
  "overMaxWords",
  /** Still under 90% of its target after the one extension request. */
  "underTargetWords",
  /** Made with the simpler fallback prompt after structured replies kept failing. */
  "fallbackPrompt",
  /** Some fields were filled with defaults because the reply lacked them. */
  "defaults",
  /** The model stopped at its output limit (text kept as is). */
  "truncated"
];
const count = import_zod.z.number().int().nonnegative();
const checkpointMetaSchema = import_zod.z.object({
  stage: import_zod.z.enum(WORKFLOW_STAGES),
  chapter: import_zod.z.number().int().positive().optional(),
  model: import_zod.z.string().min(1),
  promptHash: import_zod.z.string(),
  inputs: import_zod.z.record(import_zod.z.string(), import_zod.z.string()),
  bodyHash: import_zod.z.string().min(1),
  usage: import_zod.z.object({ promptTokens: count, outputTokens: count, thinkingTokens: count }),
  durationMs: import_zod.z.number().nonnegative(),
  generatedAt: import_zod.z.string().refine((s) => !Number.isNaN(Date.parse(s)), "an ISO date and time"),
  words: count,
  status: import_zod.z.literal("partial").optional(),
  flags: import_zod.z.array(import_zod.z.enum(CHECKPOINT_FLAGS)).optional(),
  cached: import_zod.z.boolean().optional()
});
const NO_MODEL = "none";
function metaToFrontMatter(meta) {
  const ordered = {
    stage: meta.stage,
    chapter: meta.chapter,
    status: meta.status,
    model: meta.model,
    words: meta.words,
    flags: meta.flags && meta.flags.length > 0 ? meta.flags : void 0,
    generatedAt: meta.generatedAt,
    durationMs: Math.round(meta.durationMs),
    usage: meta.usage,
    cached: meta.cached,
    promptHash: meta.promptHash,
    bodyHash: meta.bodyHash,
    inputs: meta.inputs
  };
  return Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== void 0));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CHECKPOINT_FLAGS,
  NO_MODEL,
  WORKFLOW_STAGES,
  checkpointMetaSchema,
  metaToFrontMatter
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9tZXRhLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IFNUQUdFX0lEUywgdHlwZSBTdGFnZUlkIH0gZnJvbSAnLi4vc3RhZ2VzL3N0YWdlRmlsZXMnO1xuXG4vKiogRXZlcnkgc3RhZ2UgdGhhdCB3cml0ZXMgYSBmaWxlLCBpbiBkZXBlbmRlbmN5IG9yZGVyICh0aGUgc3RhZ2UgaWRzIHdyaXRlcnMgc2VlKS4gKi9cbmV4cG9ydCBjb25zdCBXT1JLRkxPV19TVEFHRVMgPSBTVEFHRV9JRFM7XG5leHBvcnQgdHlwZSBXb3JrZmxvd1N0YWdlID0gU3RhZ2VJZDtcbmV4cG9ydCB0eXBlIHsgQ2hhcHRlclN0YWdlIH0gZnJvbSAnLi4vc3RhZ2VzL3N0YWdlRmlsZXMnO1xuXG5leHBvcnQgY29uc3QgQ0hFQ0tQT0lOVF9GTEFHUyA9IFtcbiAgLyoqIExvbmdlciB0aGFuIGBzdG9yeS5tYXhXb3JkQ291bnRgOiBmbGFnZ2VkLCBuZXZlciBjdXQuICovXG4gICdvdmVyTWF4V29yZHMnLFxuICAvKiogU3RpbGwgdW5kZXIgOTAlIG9mIGl0cyB0YXJnZXQgYWZ0ZXIgdGhlIG9uZSBleHRlbnNpb24gcmVxdWVzdC4gKi9cbiAgJ3VuZGVyVGFyZ2V0V29yZHMnLFxuICAvKiogTWFkZSB3aXRoIHRoZSBzaW1wbGVyIGZhbGxiYWNrIHByb21wdCBhZnRlciBzdHJ1Y3R1cmVkIHJlcGxpZXMga2VwdCBmYWlsaW5nLiAqL1xuICAnZmFsbGJhY2tQcm9tcHQnLFxuICAvKiogU29tZSBmaWVsZHMgd2VyZSBmaWxsZWQgd2l0aCBkZWZhdWx0cyBiZWNhdXNlIHRoZSByZXBseSBsYWNrZWQgdGhlbS4gKi9cbiAgJ2RlZmF1bHRzJyxcbiAgLyoqIFRoZSBtb2RlbCBzdG9wcGVkIGF0IGl0cyBvdXRwdXQgbGltaXQgKHRleHQga2VwdCBhcyBpcykuICovXG4gICd0cnVuY2F0ZWQnLFxuXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIENoZWNrcG9pbnRGbGFnID0gKHR5cGVvZiBDSEVDS1BPSU5UX0ZMQUdTKVtudW1iZXJdO1xuXG5jb25zdCBjb3VudCA9IHoubnVtYmVyKCkuaW50KCkubm9ubmVnYXRpdmUoKTtcblxuLyoqXG4gKiBUaGUgZnJvbnQgbWF0dGVyIG9mIGV2ZXJ5IGdlbmVyYXRlZCBmaWxlLiBgaW5wdXRzYCBtYXBzIGVhY2ggaW5wdXQncyBzdG9yeS1yZWxhdGl2ZSBwYXRoIChvclxuICogYHBhdGgjc2VjdGlvbmAgZm9yIGEgcGFydCBvZiBhIGZpbGUpIHRvIHRoZSBoYXNoIG9mIGl0cyBib2R5IHdoZW4gdGhpcyBmaWxlIHdhcyBtYWRlOyBgYm9keUhhc2hgXG4gKiBpcyB0aGUgaGFzaCBvZiB0aGlzIGZpbGUncyBib2R5IGFzIGdlbmVyYXRlZC4gVGhvc2UgdHdvIG1ha2UgdGhlIHN0YXRlIG9mIGEgZmlsZSBjb21wdXRhYmxlXG4gKiBmcm9tIHRoZSBmaWxlcyBhbG9uZS5cbiAqL1xuZXhwb3J0IGNvbnN0IGNoZWNrcG9pbnRNZXRhU2NoZW1hID0gei5vYmplY3Qoe1xuICBzdGFnZTogei5lbnVtKFdPUktGTE9XX1NUQUdFUyksXG4gIGNoYXB0ZXI6IHoubnVtYmVyKCkuaW50KCkucG9zaXRpdmUoKS5vcHRpb25hbCgpLFxuICBtb2RlbDogei5zdHJpbmcoKS5taW4oMSksXG4gIHByb21wdEhhc2g6IHouc3RyaW5nKCksXG4gIGlucHV0czogei5yZWNvcmQoei5zdHJpbmcoKSwgei5zdHJpbmcoKSksXG4gIGJvZHlIYXNoOiB6LnN0cmluZygpLm1pbigxKSxcbiAgdXNhZ2U6IHoub2JqZWN0KHsgcHJvbXB0VG9rZW5zOiBjb3VudCwgb3V0cHV0VG9rZW5zOiBjb3VudCwgdGhpbmtpbmdUb2tlbnM6IGNvdW50IH0pLFxuICBkdXJhdGlvbk1zOiB6Lm51bWJlcigpLm5vbm5lZ2F0aXZlKCksXG4gIGdlbmVyYXRlZEF0OiB6LnN0cmluZygpLnJlZmluZSgocykgPT4gIU51bWJlci5pc05hTihEYXRlLnBhcnNlKHMpKSwgJ2FuIElTTyBkYXRlIGFuZCB0aW1lJyksXG4gIHdvcmRzOiBjb3VudCxcbiAgc3RhdHVzOiB6LmxpdGVyYWwoJ3BhcnRpYWwnKS5vcHRpb25hbCgpLFxuICBmbGFnczogei5hcnJheSh6LmVudW0oQ0hFQ0tQT0lOVF9GTEFHUykpLm9wdGlvbmFsKCksXG4gIGNhY2hlZDogei5ib29sZWFuKCkub3B0aW9uYWwoKSxcbn0pO1xuXG5leHBvcnQgdHlwZSBDaGVja3BvaW50TWV0YSA9IHouaW5mZXI8dHlwZW9mIGNoZWNrcG9pbnRNZXRhU2NoZW1hPjtcblxuLyoqIE1vZGVsIG5hbWUgcmVjb3JkZWQgZm9yIGZpbGVzIGFzc2VtYmxlZCB3aXRob3V0IGEgbW9kZWwgY2FsbCAodGhlIG1hbnVzY3JpcHQpLiAqL1xuZXhwb3J0IGNvbnN0IE5PX01PREVMID0gJ25vbmUnO1xuXG4vKipcbiAqIEZyb250IG1hdHRlciBrZXkgb3JkZXIgYXMgd3JpdHRlbjogd2hhdCB0aGUgd3JpdGVyIHNlZXMgZmlyc3QgaXMgd2hhdCB0aGUgZmlsZSBpcy5cbiAqIFVuZGVmaW5lZCBvcHRpb25hbCBmaWVsZHMgYXJlIGRyb3BwZWQgc28gdGhlIFlBTUwgc3RheXMgc2hvcnQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRhVG9Gcm9udE1hdHRlcihtZXRhOiBDaGVja3BvaW50TWV0YSk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3Qgb3JkZXJlZDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7XG4gICAgc3RhZ2U6IG1ldGEuc3RhZ2UsXG4gICAgY2hhcHRlcjogbWV0YS5jaGFwdGVyLFxuICAgIHN0YXR1czogbWV0YS5zdGF0dXMsXG4gICAgbW9kZWw6IG1ldGEubW9kZWwsXG4gICAgd29yZHM6IG1ldGEud29yZHMsXG4gICAgZmxhZ3M6IG1ldGEuZmxhZ3MgJiYgbWV0YS5mbGFncy5sZW5ndGggPiAwID8gbWV0YS5mbGFncyA6IHVuZGVmaW5lZCxcbiAgICBnZW5lcmF0ZWRBdDogbWV0YS5nZW5lcmF0ZWRBdCxcbiAgICBkdXJhdGlvbk1zOiBNYXRoLnJvdW5kKG1ldGEuZHVyYXRpb25NcyksXG4gICAgdXNhZ2U6IG1ldGEudXNhZ2UsXG4gICAgY2FjaGVkOiBtZXRhLmNhY2hlZCxcbiAgICBwcm9tcHRIYXNoOiBtZXRhLnByb21wdEhhc2gsXG4gICAgYm9keUhhc2g6IG1ldGEuYm9keUhhc2gsXG4gICAgaW5wdXRzOiBtZXRhLmlucHV0cyxcbiAgfTtcbiAgcmV0dXJuIE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhvcmRlcmVkKS5maWx0ZXIoKFssIHZdKSA9PiB2ICE9PSB1bmRlZmluZWQpKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGlCQUFrQjtBQUNsQix3QkFBd0M7QUFHakMsTUFBTSxrQkFBa0I7QUFJeEIsTUFBTSxtQkFBbUI7QUFBQTtBQUFBLEVBRTlCO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQ0Y7QUFHQSxNQUFNLFFBQVEsYUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLFlBQVk7QUFRcEMsTUFBTSx1QkFBdUIsYUFBRSxPQUFPO0FBQUEsRUFDM0MsT0FBTyxhQUFFLEtBQUssZUFBZTtBQUFBLEVBQzdCLFNBQVMsYUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTO0FBQUEsRUFDOUMsT0FBTyxhQUFFLE9BQU8sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN2QixZQUFZLGFBQUUsT0FBTztBQUFBLEVBQ3JCLFFBQVEsYUFBRSxPQUFPLGFBQUUsT0FBTyxHQUFHLGFBQUUsT0FBTyxDQUFDO0FBQUEsRUFDdkMsVUFBVSxhQUFFLE9BQU8sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUMxQixPQUFPLGFBQUUsT0FBTyxFQUFFLGNBQWMsT0FBTyxjQUFjLE9BQU8sZ0JBQWdCLE1BQU0sQ0FBQztBQUFBLEVBQ25GLFlBQVksYUFBRSxPQUFPLEVBQUUsWUFBWTtBQUFBLEVBQ25DLGFBQWEsYUFBRSxPQUFPLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxPQUFPLE1BQU0sS0FBSyxNQUFNLENBQUMsQ0FBQyxHQUFHLHNCQUFzQjtBQUFBLEVBQzFGLE9BQU87QUFBQSxFQUNQLFFBQVEsYUFBRSxRQUFRLFNBQVMsRUFBRSxTQUFTO0FBQUEsRUFDdEMsT0FBTyxhQUFFLE1BQU0sYUFBRSxLQUFLLGdCQUFnQixDQUFDLEVBQUUsU0FBUztBQUFBLEVBQ2xELFFBQVEsYUFBRSxRQUFRLEVBQUUsU0FBUztBQUMvQixDQUFDO0FBS00sTUFBTSxXQUFXO0FBTWpCLFNBQVMsa0JBQWtCLE1BQStDO0FBQy9FLFFBQU0sVUFBbUM7QUFBQSxJQUN2QyxPQUFPLEtBQUs7QUFBQSxJQUNaLFNBQVMsS0FBSztBQUFBLElBQ2QsUUFBUSxLQUFLO0FBQUEsSUFDYixPQUFPLEtBQUs7QUFBQSxJQUNaLE9BQU8sS0FBSztBQUFBLElBQ1osT0FBTyxLQUFLLFNBQVMsS0FBSyxNQUFNLFNBQVMsSUFBSSxLQUFLLFFBQVE7QUFBQSxJQUMxRCxhQUFhLEtBQUs7QUFBQSxJQUNsQixZQUFZLEtBQUssTUFBTSxLQUFLLFVBQVU7QUFBQSxJQUN0QyxPQUFPLEtBQUs7QUFBQSxJQUNaLFFBQVEsS0FBSztBQUFBLElBQ2IsWUFBWSxLQUFLO0FBQUEsSUFDakIsVUFBVSxLQUFLO0FBQUEsSUFDZixRQUFRLEtBQUs7QUFBQSxFQUNmO0FBQ0EsU0FBTyxPQUFPLFlBQVksT0FBTyxRQUFRLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUMsTUFBTSxNQUFNLE1BQVMsQ0FBQztBQUN0RjsiLAogICJuYW1lcyI6IFtdCn0K
