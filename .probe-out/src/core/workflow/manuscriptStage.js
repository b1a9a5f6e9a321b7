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
var manuscriptStage_exports = {};
__export(manuscriptStage_exports, {
  assembleStory: () => assembleStory
});
module.exports = __toCommonJS(manuscriptStage_exports);
var import_meta = require("../checkpoint/meta");
var import_chapter = require("../stages/chapter");
var import_manuscript = require("../stages/manuscript");
var import_wordCount = require("../stages/wordCount");
var import_state = require("./state");
var import_stageFiles = require("./stageFiles");
async function assembleStory(ctx, item) {
  const started = ctx.clock.now();
  const state = ctx.state();
  const sources = (0, import_state.manuscriptInputs)(state.chapters, state.items);
  const chapters = state.chapters.map((c, i) => {
    const file = sources[i];
    const text = (0, import_chapter.parseChapter)(ctx.inputs.body(file));
    return { number: c.number, title: c.title || text.title || "", prose: text.prose, source: file.startsWith(`${(0, import_stageFiles.chapterDir)("revision")}/`) ? "revision" : "draft" };
  });
  const body = (0, import_manuscript.assembleManuscript)(ctx.inputs.brief(), ctx.inputs.conceptIfReadable(), chapters);
  const words = chapters.reduce((sum, c) => sum + (0, import_wordCount.countWords)(c.prose), 0);
  await ctx.commit(item, body, {
    model: import_meta.NO_MODEL,
    promptHash: "",
    inputs: ctx.hashes().record(sources),
    usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
    durationMs: ctx.clock.now() - started,
    words
  });
  return { words, cached: false };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  assembleStory
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvbWFudXNjcmlwdFN0YWdlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBOT19NT0RFTCB9IGZyb20gJy4uL2NoZWNrcG9pbnQvbWV0YSc7XG5pbXBvcnQgeyBwYXJzZUNoYXB0ZXIgfSBmcm9tICcuLi9zdGFnZXMvY2hhcHRlcic7XG5pbXBvcnQgeyBhc3NlbWJsZU1hbnVzY3JpcHQsIHR5cGUgTWFudXNjcmlwdENoYXB0ZXIgfSBmcm9tICcuLi9zdGFnZXMvbWFudXNjcmlwdCc7XG5pbXBvcnQgeyBjb3VudFdvcmRzIH0gZnJvbSAnLi4vc3RhZ2VzL3dvcmRDb3VudCc7XG5pbXBvcnQgdHlwZSB7IEdyYXBoSXRlbSB9IGZyb20gJy4vZ3JhcGgnO1xuaW1wb3J0IHR5cGUgeyBSdW5Db250ZXh0IH0gZnJvbSAnLi9ydW5Db250ZXh0JztcbmltcG9ydCB7IG1hbnVzY3JpcHRJbnB1dHMgfSBmcm9tICcuL3N0YXRlJztcbmltcG9ydCB7IGNoYXB0ZXJEaXIgfSBmcm9tICcuL3N0YWdlRmlsZXMnO1xuXG4vKipcbiAqIGBzdG9yeS5tZGA6IGV2ZXJ5IGNoYXB0ZXIncyByZXZpc2lvbiAoaXRzIGRyYWZ0IHdoZXJlIHRoZSByZXZpc2lvbiB3YXMgc2tpcHBlZCBvciBmYWlsZWQpLCBpblxuICogb3JkZXIsIHVuZGVyIGEgdGl0bGUgcGFnZS4gTm8gbW9kZWwgY2FsbDsgaXRzIGZyb250IG1hdHRlciByZWNvcmRzIGVhY2ggY2hhcHRlciBmaWxlJ3MgaGFzaCxcbiAqIHNvIGVkaXRpbmcgYW55IGNoYXB0ZXIgbWFrZXMgdGhlIG1hbnVzY3JpcHQgc3RhbGUuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBhc3NlbWJsZVN0b3J5KGN0eDogUnVuQ29udGV4dCwgaXRlbTogR3JhcGhJdGVtKTogUHJvbWlzZTx7IHdvcmRzOiBudW1iZXI7IGNhY2hlZDogYm9vbGVhbiB9PiB7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBjdHguY2xvY2subm93KCk7XG4gIGNvbnN0IHN0YXRlID0gY3R4LnN0YXRlKCk7XG4gIGNvbnN0IHNvdXJjZXMgPSBtYW51c2NyaXB0SW5wdXRzKHN0YXRlLmNoYXB0ZXJzLCBzdGF0ZS5pdGVtcyk7XG4gIGNvbnN0IGNoYXB0ZXJzOiBNYW51c2NyaXB0Q2hhcHRlcltdID0gc3RhdGUuY2hhcHRlcnMubWFwKChjLCBpKSA9PiB7XG4gICAgY29uc3QgZmlsZSA9IHNvdXJjZXNbaV0hO1xuICAgIGNvbnN0IHRleHQgPSBwYXJzZUNoYXB0ZXIoY3R4LmlucHV0cy5ib2R5KGZpbGUpKTtcbiAgICByZXR1cm4geyBudW1iZXI6IGMubnVtYmVyLCB0aXRsZTogYy50aXRsZSB8fCB0ZXh0LnRpdGxlIHx8ICcnLCBwcm9zZTogdGV4dC5wcm9zZSwgc291cmNlOiBmaWxlLnN0YXJ0c1dpdGgoYCR7Y2hhcHRlckRpcigncmV2aXNpb24nKX0vYCkgPyAncmV2aXNpb24nIDogJ2RyYWZ0JyB9O1xuICB9KTtcbiAgY29uc3QgYm9keSA9IGFzc2VtYmxlTWFudXNjcmlwdChjdHguaW5wdXRzLmJyaWVmKCksIGN0eC5pbnB1dHMuY29uY2VwdElmUmVhZGFibGUoKSwgY2hhcHRlcnMpO1xuICBjb25zdCB3b3JkcyA9IGNoYXB0ZXJzLnJlZHVjZSgoc3VtLCBjKSA9PiBzdW0gKyBjb3VudFdvcmRzKGMucHJvc2UpLCAwKTtcbiAgYXdhaXQgY3R4LmNvbW1pdChpdGVtLCBib2R5LCB7XG4gICAgbW9kZWw6IE5PX01PREVMLFxuICAgIHByb21wdEhhc2g6ICcnLFxuICAgIGlucHV0czogY3R4Lmhhc2hlcygpLnJlY29yZChzb3VyY2VzKSxcbiAgICB1c2FnZTogeyBwcm9tcHRUb2tlbnM6IDAsIG91dHB1dFRva2VuczogMCwgdGhpbmtpbmdUb2tlbnM6IDAgfSxcbiAgICBkdXJhdGlvbk1zOiBjdHguY2xvY2subm93KCkgLSBzdGFydGVkLFxuICAgIHdvcmRzLFxuICB9KTtcbiAgcmV0dXJuIHsgd29yZHMsIGNhY2hlZDogZmFsc2UgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxrQkFBeUI7QUFDekIscUJBQTZCO0FBQzdCLHdCQUEyRDtBQUMzRCx1QkFBMkI7QUFHM0IsbUJBQWlDO0FBQ2pDLHdCQUEyQjtBQU8zQixlQUFzQixjQUFjLEtBQWlCLE1BQThEO0FBQ2pILFFBQU0sVUFBVSxJQUFJLE1BQU0sSUFBSTtBQUM5QixRQUFNLFFBQVEsSUFBSSxNQUFNO0FBQ3hCLFFBQU0sY0FBVSwrQkFBaUIsTUFBTSxVQUFVLE1BQU0sS0FBSztBQUM1RCxRQUFNLFdBQWdDLE1BQU0sU0FBUyxJQUFJLENBQUMsR0FBRyxNQUFNO0FBQ2pFLFVBQU0sT0FBTyxRQUFRLENBQUM7QUFDdEIsVUFBTSxXQUFPLDZCQUFhLElBQUksT0FBTyxLQUFLLElBQUksQ0FBQztBQUMvQyxXQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsT0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLElBQUksT0FBTyxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsT0FBRyw4QkFBVyxVQUFVLENBQUMsR0FBRyxJQUFJLGFBQWEsUUFBUTtBQUFBLEVBQ2pLLENBQUM7QUFDRCxRQUFNLFdBQU8sc0NBQW1CLElBQUksT0FBTyxNQUFNLEdBQUcsSUFBSSxPQUFPLGtCQUFrQixHQUFHLFFBQVE7QUFDNUYsUUFBTSxRQUFRLFNBQVMsT0FBTyxDQUFDLEtBQUssTUFBTSxVQUFNLDZCQUFXLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDdEUsUUFBTSxJQUFJLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFDM0IsT0FBTztBQUFBLElBQ1AsWUFBWTtBQUFBLElBQ1osUUFBUSxJQUFJLE9BQU8sRUFBRSxPQUFPLE9BQU87QUFBQSxJQUNuQyxPQUFPLEVBQUUsY0FBYyxHQUFHLGNBQWMsR0FBRyxnQkFBZ0IsRUFBRTtBQUFBLElBQzdELFlBQVksSUFBSSxNQUFNLElBQUksSUFBSTtBQUFBLElBQzlCO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTyxFQUFFLE9BQU8sUUFBUSxNQUFNO0FBQ2hDOyIsCiAgIm5hbWVzIjogW10KfQo=
