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
var structuredStage_exports = {};
__export(structuredStage_exports, {
  generateStructured: () => generateStructured
});
module.exports = __toCommonJS(structuredStage_exports);
var import_fallbackPrompts = require("../prompts/fallbackPrompts");
var import_structuredPrompts = require("../prompts/structuredPrompts");
var import_bibleMarkdown = require("../stages/bibleMarkdown");
var import_conceptMarkdown = require("../stages/conceptMarkdown");
var import_outlineMarkdown = require("../stages/outlineMarkdown");
var import_wordCount = require("../stages/wordCount");
var import_withDefaults = require("../stages/withDefaults");
var import_chapterPlan = require("../story/chapterPlan");
var import_attempts = require("./attempts");
var import_failures = require("./failures");
async function generateStructured(ctx, item, bypassCache) {
  const stage = item.stage;
  const inputs = ctx.hashes().record(item.inputs);
  const started = ctx.clock.now();
  const made = await make(ctx, item, stage, bypassCache);
  const words = (0, import_wordCount.countWords)(made.body);
  await ctx.commit(item, made.body, {
    model: made.result.model,
    promptHash: made.promptHash,
    inputs,
    usage: made.result.usage,
    durationMs: ctx.clock.now() - started,
    words,
    flags: made.flags,
    cached: made.result.fromCache
  });
  return { words, cached: made.result.fromCache };
}
function make(ctx, item, stage, bypassCache) {
  const brief = ctx.inputs.brief();
  switch (stage) {
    case "concept":
      return makeWith(ctx, item, bypassCache, {
        main: (0, import_structuredPrompts.conceptPrompt)(brief),
        complete: (raw) => (0, import_withDefaults.withDefaults)("concept", raw),
        fallback: () => (0, import_fallbackPrompts.conceptFallbackPrompt)(brief),
        render: (concept) => (0, import_conceptMarkdown.renderConcept)(concept.title ? concept : { ...concept, title: brief.title })
      });
    case "bible": {
      const concept = ctx.inputs.concept();
      return makeWith(ctx, item, bypassCache, {
        main: (0, import_structuredPrompts.biblePrompt)(brief, concept),
        complete: (raw) => (0, import_withDefaults.withDefaults)("bible", raw),
        fallback: () => (0, import_fallbackPrompts.bibleFallbackPrompt)(brief, concept),
        render: (bible) => (0, import_bibleMarkdown.renderBible)(bible, { title: brief.title })
      });
    }
    case "outline": {
      const concept = ctx.inputs.concept();
      const bible = ctx.inputs.bible();
      const plan = (0, import_chapterPlan.planChapters)(brief);
      const input = { brief, concept, bible, chapterCount: plan.chapterCount, wordsPerChapter: plan.wordsPerChapter };
      return makeWith(ctx, item, bypassCache, {
        main: (0, import_structuredPrompts.outlinePrompt)(input),
        complete: (raw) => (0, import_withDefaults.withDefaults)("outline", raw, { targetWordsPerChapter: plan.wordsPerChapter }),
        fallback: () => (0, import_fallbackPrompts.outlineFallbackPrompt)(input),
        render: (outline) => (0, import_outlineMarkdown.renderOutline)(outline, { title: brief.title })
      });
    }
  }
}
async function makeWith(ctx, item, bypassCache, spec) {
  try {
    return await (0, import_attempts.withAttempts)(ctx, item, (_, bypass) => mainAttempt(ctx, item, spec, bypass), bypassCache);
  } catch (e) {
    if ((0, import_failures.classifyFailure)(e, ctx.signal).scope !== "attempt") throw e;
    ctx.log.warn(`${item.id}: structured replies kept failing; trying the simpler fallback prompt`, { error: e.message });
    try {
      return await fallbackAttempt(ctx, item, spec);
    } catch (fallbackError) {
      const scope = (0, import_failures.classifyFailure)(fallbackError, ctx.signal).scope;
      if (scope === "run" || scope === "cancel") throw fallbackError;
      throw e;
    }
  }
}
async function mainAttempt(ctx, item, spec, bypassCache) {
  const result = await ctx.generateJson(item, ctx.request(spec.main), spec.main.schema, { bypassCache });
  const completed = spec.complete(result.value);
  if (!completed.ok) throw new import_failures.UnusableReplyError(`${item.id}: the reply is missing essentials: ${completed.problems.map((p) => p.message).join("; ")}`);
  const flags = completed.defaulted.length > 0 ? ["defaults"] : [];
  if (completed.defaulted.length > 0) ctx.log.info(`${item.id}: filled in defaults`, { fields: completed.defaulted });
  return { body: spec.render(completed.value), result, promptHash: spec.main.promptHash, flags };
}
async function fallbackAttempt(ctx, item, spec) {
  ctx.totals.retries++;
  const prompt = spec.fallback();
  const result = await ctx.generateText(item, ctx.request(prompt), { bypassCache: true });
  const parsed = prompt.parseReply(result.text);
  if (!parsed.ok) throw new import_failures.UnusableReplyError(`${item.id}: the fallback reply could not be read: ${parsed.problems.map((p) => p.message).join("; ")}`);
  return { body: spec.render(parsed.value), result, promptHash: prompt.promptHash, flags: ["fallbackPrompt"] };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  generateStructured
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvc3RydWN0dXJlZFN0YWdlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgdHlwZSB7IENoZWNrcG9pbnRGbGFnIH0gZnJvbSAnLi4vY2hlY2twb2ludC9tZXRhJztcbmltcG9ydCB0eXBlIHsgTWFya2Rvd25Qcm9tcHQsIFN0cnVjdHVyZWRQcm9tcHQgfSBmcm9tICcuLi9wcm9tcHRzL3N0YWdlUHJvbXB0JztcbmltcG9ydCB7IGJpYmxlRmFsbGJhY2tQcm9tcHQsIGNvbmNlcHRGYWxsYmFja1Byb21wdCwgb3V0bGluZUZhbGxiYWNrUHJvbXB0IH0gZnJvbSAnLi4vcHJvbXB0cy9mYWxsYmFja1Byb21wdHMnO1xuaW1wb3J0IHsgYmlibGVQcm9tcHQsIGNvbmNlcHRQcm9tcHQsIG91dGxpbmVQcm9tcHQgfSBmcm9tICcuLi9wcm9tcHRzL3N0cnVjdHVyZWRQcm9tcHRzJztcbmltcG9ydCB7IHJlbmRlckJpYmxlIH0gZnJvbSAnLi4vc3RhZ2VzL2JpYmxlTWFya2Rvd24nO1xuaW1wb3J0IHsgcmVuZGVyQ29uY2VwdCB9IGZyb20gJy4uL3N0YWdlcy9jb25jZXB0TWFya2Rvd24nO1xuaW1wb3J0IHR5cGUgeyBDb21wbGV0ZVJlc3VsdCB9IGZyb20gJy4uL3N0YWdlcy9sZW5pZW50JztcbmltcG9ydCB7IHJlbmRlck91dGxpbmUgfSBmcm9tICcuLi9zdGFnZXMvb3V0bGluZU1hcmtkb3duJztcbmltcG9ydCB0eXBlIHsgU3RydWN0dXJlZFN0YWdlIH0gZnJvbSAnLi4vc3RhZ2VzL3N0YWdlRmlsZXMnO1xuaW1wb3J0IHsgY291bnRXb3JkcyB9IGZyb20gJy4uL3N0YWdlcy93b3JkQ291bnQnO1xuaW1wb3J0IHsgd2l0aERlZmF1bHRzIH0gZnJvbSAnLi4vc3RhZ2VzL3dpdGhEZWZhdWx0cyc7XG5pbXBvcnQgeyBwbGFuQ2hhcHRlcnMgfSBmcm9tICcuLi9zdG9yeS9jaGFwdGVyUGxhbic7XG5pbXBvcnQgdHlwZSB7IFRleHRSZXN1bHQgfSBmcm9tICcuLi8uLi9nZW1pbmkvdHlwZXMnO1xuaW1wb3J0IHsgd2l0aEF0dGVtcHRzIH0gZnJvbSAnLi9hdHRlbXB0cyc7XG5pbXBvcnQgeyBjbGFzc2lmeUZhaWx1cmUsIFVudXNhYmxlUmVwbHlFcnJvciB9IGZyb20gJy4vZmFpbHVyZXMnO1xuaW1wb3J0IHR5cGUgeyBHcmFwaEl0ZW0gfSBmcm9tICcuL2dyYXBoJztcbmltcG9ydCB0eXBlIHsgUnVuQ29udGV4dCB9IGZyb20gJy4vcnVuQ29udGV4dCc7XG5cbi8qKiBPbmUgc3RydWN0dXJlZCBzdGFnZTogaXRzIEpTT04gcHJvbXB0LCBob3cgdG8gY29tcGxldGUgYW5kIHJlbmRlciB0aGUgcmVwbHksIGl0cyBmYWxsYmFjay4gKi9cbmludGVyZmFjZSBTdHJ1Y3R1cmVkU3BlYzxSLCBUPiB7XG4gIHJlYWRvbmx5IG1haW46IFN0cnVjdHVyZWRQcm9tcHQ8Uj47XG4gIHJlYWRvbmx5IGNvbXBsZXRlOiAocmF3OiB1bmtub3duKSA9PiBDb21wbGV0ZVJlc3VsdDxUPjtcbiAgcmVhZG9ubHkgZmFsbGJhY2s6ICgpID0+IE1hcmtkb3duUHJvbXB0PFQ+O1xuICByZWFkb25seSByZW5kZXI6ICh2YWx1ZTogVCkgPT4gc3RyaW5nO1xufVxuXG5pbnRlcmZhY2UgTWFkZSB7XG4gIHJlYWRvbmx5IGJvZHk6IHN0cmluZztcbiAgcmVhZG9ubHkgcmVzdWx0OiBUZXh0UmVzdWx0O1xuICByZWFkb25seSBwcm9tcHRIYXNoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGZsYWdzOiBDaGVja3BvaW50RmxhZ1tdO1xufVxuXG4vKipcbiAqIENvbmNlcHQsIGJpYmxlIG9yIG91dGxpbmU6IEpTT04gdGhyb3VnaCB0aGUgc3RhZ2UncyBzY2hlbWEsIGNvbXBsZXRlZCB3aXRoIGRlZmF1bHRzIGZvclxuICogbm9uLWNyaXRpY2FsIGZpZWxkcywgcmVuZGVyZWQgdG8gdGhlIHN0YWdlJ3MgTWFya2Rvd24uIEFmdGVyIGBtYXhSZXRyaWVzUGVyU3RhZ2VgIGZhaWxlZFxuICogYXR0ZW1wdHMsIG9uZSB0cnkgd2l0aCB0aGUgc2ltcGxlciBmYWxsYmFjayBwcm9tcHQgKE1hcmtkb3duLCBubyBzY2hlbWEpIGJlZm9yZSBnaXZpbmcgdXAuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBnZW5lcmF0ZVN0cnVjdHVyZWQoY3R4OiBSdW5Db250ZXh0LCBpdGVtOiBHcmFwaEl0ZW0sIGJ5cGFzc0NhY2hlOiBib29sZWFuKTogUHJvbWlzZTx7IHdvcmRzOiBudW1iZXI7IGNhY2hlZDogYm9vbGVhbiB9PiB7XG4gIGNvbnN0IHN0YWdlID0gaXRlbS5zdGFnZSBhcyBTdHJ1Y3R1cmVkU3RhZ2U7XG4gIGNvbnN0IGlucHV0cyA9IGN0eC5oYXNoZXMoKS5yZWNvcmQoaXRlbS5pbnB1dHMpO1xuICBjb25zdCBzdGFydGVkID0gY3R4LmNsb2NrLm5vdygpO1xuICBjb25zdCBtYWRlID0gYXdhaXQgbWFrZShjdHgsIGl0ZW0sIHN0YWdlLCBieXBhc3NDYWNoZSk7XG4gIGNvbnN0IHdvcmRzID0gY291bnRXb3JkcyhtYWRlLmJvZHkpO1xuICBhd2FpdCBjdHguY29tbWl0KGl0ZW0sIG1hZGUuYm9keSwge1xuICAgIG1vZGVsOiBtYWRlLnJlc3VsdC5tb2RlbCxcbiAgICBwcm9tcHRIYXNoOiBtYWRlLnByb21wdEhhc2gsXG4gICAgaW5wdXRzLFxuICAgIHVzYWdlOiBtYWRlLnJlc3VsdC51c2FnZSxcbiAgICBkdXJhdGlvbk1zOiBjdHguY2xvY2subm93KCkgLSBzdGFydGVkLFxuICAgIHdvcmRzLFxuICAgIGZsYWdzOiBtYWRlLmZsYWdzLFxuICAgIGNhY2hlZDogbWFkZS5yZXN1bHQuZnJvbUNhY2hlLFxuICB9KTtcbiAgcmV0dXJuIHsgd29yZHMsIGNhY2hlZDogbWFkZS5yZXN1bHQuZnJvbUNhY2hlIH07XG59XG5cbi8qKiBFYWNoIHN0YWdlJ3Mgc3BlYywgYnVpbHQgZnJvbSB0aGUgc3RvcnkncyBkb2N1bWVudHMgYXMgdGhleSBhcmUgbm93LiAqL1xuZnVuY3Rpb24gbWFrZShjdHg6IFJ1bkNvbnRleHQsIGl0ZW06IEdyYXBoSXRlbSwgc3RhZ2U6IFN0cnVjdHVyZWRTdGFnZSwgYnlwYXNzQ2FjaGU6IGJvb2xlYW4pOiBQcm9taXNlPE1hZGU+IHtcbiAgY29uc3QgYnJpZWYgPSBjdHguaW5wdXRzLmJyaWVmKCk7XG4gIHN3aXRjaCAoc3RhZ2UpIHtcbiAgICBjYXNlICdjb25jZXB0JzpcbiAgICAgIHJldHVybiBtYWtlV2l0aChjdHgsIGl0ZW0sIGJ5cGFzc0NhY2hlLCB7XG4gICAgICAgIG1haW46IGNvbmNlcHRQcm9tcHQoYnJpZWYpLFxuICAgICAgICBjb21wbGV0ZTogKHJhdykgPT4gd2l0aERlZmF1bHRzKCdjb25jZXB0JywgcmF3KSxcbiAgICAgICAgZmFsbGJhY2s6ICgpID0+IGNvbmNlcHRGYWxsYmFja1Byb21wdChicmllZiksXG4gICAgICAgIHJlbmRlcjogKGNvbmNlcHQpID0+IHJlbmRlckNvbmNlcHQoY29uY2VwdC50aXRsZSA/IGNvbmNlcHQgOiB7IC4uLmNvbmNlcHQsIHRpdGxlOiBicmllZi50aXRsZSB9KSxcbiAgICAgIH0pO1xuICAgIGNhc2UgJ2JpYmxlJzoge1xuICAgICAgY29uc3QgY29uY2VwdCA9IGN0eC5pbnB1dHMuY29uY2VwdCgpO1xuICAgICAgcmV0dXJuIG1ha2VXaXRoKGN0eCwgaXRlbSwgYnlwYXNzQ2FjaGUsIHtcbiAgICAgICAgbWFpbjogYmlibGVQcm9tcHQoYnJpZWYsIGNvbmNlcHQpLFxuICAgICAgICBjb21wbGV0ZTogKHJhdykgPT4gd2l0aERlZmF1bHRzKCdiaWJsZScsIHJhdyksXG4gICAgICAgIGZhbGxiYWNrOiAoKSA9PiBiaWJsZUZhbGxiYWNrUHJvbXB0KGJyaWVmLCBjb25jZXB0KSxcbiAgICAgICAgcmVuZGVyOiAoYmlibGUpID0+IHJlbmRlckJpYmxlKGJpYmxlLCB7IHRpdGxlOiBicmllZi50aXRsZSB9KSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBjYXNlICdvdXRsaW5lJzoge1xuICAgICAgY29uc3QgY29uY2VwdCA9IGN0eC5pbnB1dHMuY29uY2VwdCgpO1xuICAgICAgY29uc3QgYmlibGUgPSBjdHguaW5wdXRzLmJpYmxlKCk7XG4gICAgICBjb25zdCBwbGFuID0gcGxhbkNoYXB0ZXJzKGJyaWVmKTtcbiAgICAgIGNvbnN0IGlucHV0ID0geyBicmllZiwgY29uY2VwdCwgYmlibGUsIGNoYXB0ZXJDb3VudDogcGxhbi5jaGFwdGVyQ291bnQsIHdvcmRzUGVyQ2hhcHRlcjogcGxhbi53b3Jkc1BlckNoYXB0ZXIgfTtcbiAgICAgIHJldHVybiBtYWtlV2l0aChjdHgsIGl0ZW0sIGJ5cGFzc0NhY2hlLCB7XG4gICAgICAgIG1haW46IG91dGxpbmVQcm9tcHQoaW5wdXQpLFxuICAgICAgICBjb21wbGV0ZTogKHJhdykgPT4gd2l0aERlZmF1bHRzKCdvdXRsaW5lJywgcmF3LCB7IHRhcmdldFdvcmRzUGVyQ2hhcHRlcjogcGxhbi53b3Jkc1BlckNoYXB0ZXIgfSksXG4gICAgICAgIGZhbGxiYWNrOiAoKSA9PiBvdXRsaW5lRmFsbGJhY2tQcm9tcHQoaW5wdXQpLFxuICAgICAgICByZW5kZXI6IChvdXRsaW5lKSA9PiByZW5kZXJPdXRsaW5lKG91dGxpbmUsIHsgdGl0bGU6IGJyaWVmLnRpdGxlIH0pLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIG1ha2VXaXRoPFIsIFQ+KGN0eDogUnVuQ29udGV4dCwgaXRlbTogR3JhcGhJdGVtLCBieXBhc3NDYWNoZTogYm9vbGVhbiwgc3BlYzogU3RydWN0dXJlZFNwZWM8UiwgVD4pOiBQcm9taXNlPE1hZGU+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgd2l0aEF0dGVtcHRzKGN0eCwgaXRlbSwgKF8sIGJ5cGFzcykgPT4gbWFpbkF0dGVtcHQoY3R4LCBpdGVtLCBzcGVjLCBieXBhc3MpLCBieXBhc3NDYWNoZSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoY2xhc3NpZnlGYWlsdXJlKGUsIGN0eC5zaWduYWwpLnNjb3BlICE9PSAnYXR0ZW1wdCcpIHRocm93IGU7XG4gICAgY3R4LmxvZy53YXJuKGAke2l0ZW0uaWR9OiBzdHJ1Y3R1cmVkIHJlcGxpZXMga2VwdCBmYWlsaW5nOyB0cnlpbmcgdGhlIHNpbXBsZXIgZmFsbGJhY2sgcHJvbXB0YCwgeyBlcnJvcjogKGUgYXMgRXJyb3IpLm1lc3NhZ2UgfSk7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBhd2FpdCBmYWxsYmFja0F0dGVtcHQoY3R4LCBpdGVtLCBzcGVjKTtcbiAgICB9IGNhdGNoIChmYWxsYmFja0Vycm9yKSB7XG4gICAgICBjb25zdCBzY29wZSA9IGNsYXNzaWZ5RmFpbHVyZShmYWxsYmFja0Vycm9yLCBjdHguc2lnbmFsKS5zY29wZTtcbiAgICAgIGlmIChzY29wZSA9PT0gJ3J1bicgfHwgc2NvcGUgPT09ICdjYW5jZWwnKSB0aHJvdyBmYWxsYmFja0Vycm9yO1xuICAgICAgdGhyb3cgZTtcbiAgICB9XG4gIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24gbWFpbkF0dGVtcHQ8UiwgVD4oY3R4OiBSdW5Db250ZXh0LCBpdGVtOiBHcmFwaEl0ZW0sIHNwZWM6IFN0cnVjdHVyZWRTcGVjPFIsIFQ+LCBieXBhc3NDYWNoZTogYm9vbGVhbik6IFByb21pc2U8TWFkZT4ge1xuICBjb25zdCByZXN1bHQgPSBhd2FpdCBjdHguZ2VuZXJhdGVKc29uKGl0ZW0sIGN0eC5yZXF1ZXN0KHNwZWMubWFpbiksIHNwZWMubWFpbi5zY2hlbWEsIHsgYnlwYXNzQ2FjaGUgfSk7XG4gIGNvbnN0IGNvbXBsZXRlZCA9IHNwZWMuY29tcGxldGUocmVzdWx0LnZhbHVlKTtcbiAgaWYgKCFjb21wbGV0ZWQub2spIHRocm93IG5ldyBVbnVzYWJsZVJlcGx5RXJyb3IoYCR7aXRlbS5pZH06IHRoZSByZXBseSBpcyBtaXNzaW5nIGVzc2VudGlhbHM6ICR7Y29tcGxldGVkLnByb2JsZW1zLm1hcCgocCkgPT4gcC5tZXNzYWdlKS5qb2luKCc7ICcpfWApO1xuICBjb25zdCBmbGFnczogQ2hlY2twb2ludEZsYWdbXSA9IGNvbXBsZXRlZC5kZWZhdWx0ZWQubGVuZ3RoID4gMCA/IFsnZGVmYXVsdHMnXSA6IFtdO1xuICBpZiAoY29tcGxldGVkLmRlZmF1bHRlZC5sZW5ndGggPiAwKSBjdHgubG9nLmluZm8oYCR7aXRlbS5pZH06IGZpbGxlZCBpbiBkZWZhdWx0c2AsIHsgZmllbGRzOiBjb21wbGV0ZWQuZGVmYXVsdGVkIH0pO1xuICByZXR1cm4geyBib2R5OiBzcGVjLnJlbmRlcihjb21wbGV0ZWQudmFsdWUpLCByZXN1bHQsIHByb21wdEhhc2g6IHNwZWMubWFpbi5wcm9tcHRIYXNoLCBmbGFncyB9O1xufVxuXG5hc3luYyBmdW5jdGlvbiBmYWxsYmFja0F0dGVtcHQ8UiwgVD4oY3R4OiBSdW5Db250ZXh0LCBpdGVtOiBHcmFwaEl0ZW0sIHNwZWM6IFN0cnVjdHVyZWRTcGVjPFIsIFQ+KTogUHJvbWlzZTxNYWRlPiB7XG4gIGN0eC50b3RhbHMucmV0cmllcysrO1xuICBjb25zdCBwcm9tcHQgPSBzcGVjLmZhbGxiYWNrKCk7XG4gIGNvbnN0IHJlc3VsdCA9IGF3YWl0IGN0eC5nZW5lcmF0ZVRleHQoaXRlbSwgY3R4LnJlcXVlc3QocHJvbXB0KSwgeyBieXBhc3NDYWNoZTogdHJ1ZSB9KTtcbiAgY29uc3QgcGFyc2VkID0gcHJvbXB0LnBhcnNlUmVwbHkocmVzdWx0LnRleHQpO1xuICBpZiAoIXBhcnNlZC5vaykgdGhyb3cgbmV3IFVudXNhYmxlUmVwbHlFcnJvcihgJHtpdGVtLmlkfTogdGhlIGZhbGxiYWNrIHJlcGx5IGNvdWxkIG5vdCBiZSByZWFkOiAke3BhcnNlZC5wcm9ibGVtcy5tYXAoKHApID0+IHAubWVzc2FnZSkuam9pbignOyAnKX1gKTtcbiAgcmV0dXJuIHsgYm9keTogc3BlYy5yZW5kZXIocGFyc2VkLnZhbHVlKSwgcmVzdWx0LCBwcm9tcHRIYXNoOiBwcm9tcHQucHJvbXB0SGFzaCwgZmxhZ3M6IFsnZmFsbGJhY2tQcm9tcHQnXSB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUVBLDZCQUFrRjtBQUNsRiwrQkFBMEQ7QUFDMUQsMkJBQTRCO0FBQzVCLDZCQUE4QjtBQUU5Qiw2QkFBOEI7QUFFOUIsdUJBQTJCO0FBQzNCLDBCQUE2QjtBQUM3Qix5QkFBNkI7QUFFN0Isc0JBQTZCO0FBQzdCLHNCQUFvRDtBQXdCcEQsZUFBc0IsbUJBQW1CLEtBQWlCLE1BQWlCLGFBQW1FO0FBQzVJLFFBQU0sUUFBUSxLQUFLO0FBQ25CLFFBQU0sU0FBUyxJQUFJLE9BQU8sRUFBRSxPQUFPLEtBQUssTUFBTTtBQUM5QyxRQUFNLFVBQVUsSUFBSSxNQUFNLElBQUk7QUFDOUIsUUFBTSxPQUFPLE1BQU0sS0FBSyxLQUFLLE1BQU0sT0FBTyxXQUFXO0FBQ3JELFFBQU0sWUFBUSw2QkFBVyxLQUFLLElBQUk7QUFDbEMsUUFBTSxJQUFJLE9BQU8sTUFBTSxLQUFLLE1BQU07QUFBQSxJQUNoQyxPQUFPLEtBQUssT0FBTztBQUFBLElBQ25CLFlBQVksS0FBSztBQUFBLElBQ2pCO0FBQUEsSUFDQSxPQUFPLEtBQUssT0FBTztBQUFBLElBQ25CLFlBQVksSUFBSSxNQUFNLElBQUksSUFBSTtBQUFBLElBQzlCO0FBQUEsSUFDQSxPQUFPLEtBQUs7QUFBQSxJQUNaLFFBQVEsS0FBSyxPQUFPO0FBQUEsRUFDdEIsQ0FBQztBQUNELFNBQU8sRUFBRSxPQUFPLFFBQVEsS0FBSyxPQUFPLFVBQVU7QUFDaEQ7QUFHQSxTQUFTLEtBQUssS0FBaUIsTUFBaUIsT0FBd0IsYUFBcUM7QUFDM0csUUFBTSxRQUFRLElBQUksT0FBTyxNQUFNO0FBQy9CLFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sU0FBUyxLQUFLLE1BQU0sYUFBYTtBQUFBLFFBQ3RDLFVBQU0sd0NBQWMsS0FBSztBQUFBLFFBQ3pCLFVBQVUsQ0FBQyxZQUFRLGtDQUFhLFdBQVcsR0FBRztBQUFBLFFBQzlDLFVBQVUsVUFBTSw4Q0FBc0IsS0FBSztBQUFBLFFBQzNDLFFBQVEsQ0FBQyxnQkFBWSxzQ0FBYyxRQUFRLFFBQVEsVUFBVSxFQUFFLEdBQUcsU0FBUyxPQUFPLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDakcsQ0FBQztBQUFBLElBQ0gsS0FBSyxTQUFTO0FBQ1osWUFBTSxVQUFVLElBQUksT0FBTyxRQUFRO0FBQ25DLGFBQU8sU0FBUyxLQUFLLE1BQU0sYUFBYTtBQUFBLFFBQ3RDLFVBQU0sc0NBQVksT0FBTyxPQUFPO0FBQUEsUUFDaEMsVUFBVSxDQUFDLFlBQVEsa0NBQWEsU0FBUyxHQUFHO0FBQUEsUUFDNUMsVUFBVSxVQUFNLDRDQUFvQixPQUFPLE9BQU87QUFBQSxRQUNsRCxRQUFRLENBQUMsY0FBVSxrQ0FBWSxPQUFPLEVBQUUsT0FBTyxNQUFNLE1BQU0sQ0FBQztBQUFBLE1BQzlELENBQUM7QUFBQSxJQUNIO0FBQUEsSUFDQSxLQUFLLFdBQVc7QUFDZCxZQUFNLFVBQVUsSUFBSSxPQUFPLFFBQVE7QUFDbkMsWUFBTSxRQUFRLElBQUksT0FBTyxNQUFNO0FBQy9CLFlBQU0sV0FBTyxpQ0FBYSxLQUFLO0FBQy9CLFlBQU0sUUFBUSxFQUFFLE9BQU8sU0FBUyxPQUFPLGNBQWMsS0FBSyxjQUFjLGlCQUFpQixLQUFLLGdCQUFnQjtBQUM5RyxhQUFPLFNBQVMsS0FBSyxNQUFNLGFBQWE7QUFBQSxRQUN0QyxVQUFNLHdDQUFjLEtBQUs7QUFBQSxRQUN6QixVQUFVLENBQUMsWUFBUSxrQ0FBYSxXQUFXLEtBQUssRUFBRSx1QkFBdUIsS0FBSyxnQkFBZ0IsQ0FBQztBQUFBLFFBQy9GLFVBQVUsVUFBTSw4Q0FBc0IsS0FBSztBQUFBLFFBQzNDLFFBQVEsQ0FBQyxnQkFBWSxzQ0FBYyxTQUFTLEVBQUUsT0FBTyxNQUFNLE1BQU0sQ0FBQztBQUFBLE1BQ3BFLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNGO0FBRUEsZUFBZSxTQUFlLEtBQWlCLE1BQWlCLGFBQXNCLE1BQTJDO0FBQy9ILE1BQUk7QUFDRixXQUFPLFVBQU0sOEJBQWEsS0FBSyxNQUFNLENBQUMsR0FBRyxXQUFXLFlBQVksS0FBSyxNQUFNLE1BQU0sTUFBTSxHQUFHLFdBQVc7QUFBQSxFQUN2RyxTQUFTLEdBQUc7QUFDVixZQUFJLGlDQUFnQixHQUFHLElBQUksTUFBTSxFQUFFLFVBQVUsVUFBVyxPQUFNO0FBQzlELFFBQUksSUFBSSxLQUFLLEdBQUcsS0FBSyxFQUFFLHlFQUF5RSxFQUFFLE9BQVEsRUFBWSxRQUFRLENBQUM7QUFDL0gsUUFBSTtBQUNGLGFBQU8sTUFBTSxnQkFBZ0IsS0FBSyxNQUFNLElBQUk7QUFBQSxJQUM5QyxTQUFTLGVBQWU7QUFDdEIsWUFBTSxZQUFRLGlDQUFnQixlQUFlLElBQUksTUFBTSxFQUFFO0FBQ3pELFVBQUksVUFBVSxTQUFTLFVBQVUsU0FBVSxPQUFNO0FBQ2pELFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUNGO0FBRUEsZUFBZSxZQUFrQixLQUFpQixNQUFpQixNQUE0QixhQUFxQztBQUNsSSxRQUFNLFNBQVMsTUFBTSxJQUFJLGFBQWEsTUFBTSxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFFBQVEsRUFBRSxZQUFZLENBQUM7QUFDckcsUUFBTSxZQUFZLEtBQUssU0FBUyxPQUFPLEtBQUs7QUFDNUMsTUFBSSxDQUFDLFVBQVUsR0FBSSxPQUFNLElBQUksbUNBQW1CLEdBQUcsS0FBSyxFQUFFLHNDQUFzQyxVQUFVLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUNySixRQUFNLFFBQTBCLFVBQVUsVUFBVSxTQUFTLElBQUksQ0FBQyxVQUFVLElBQUksQ0FBQztBQUNqRixNQUFJLFVBQVUsVUFBVSxTQUFTLEVBQUcsS0FBSSxJQUFJLEtBQUssR0FBRyxLQUFLLEVBQUUsd0JBQXdCLEVBQUUsUUFBUSxVQUFVLFVBQVUsQ0FBQztBQUNsSCxTQUFPLEVBQUUsTUFBTSxLQUFLLE9BQU8sVUFBVSxLQUFLLEdBQUcsUUFBUSxZQUFZLEtBQUssS0FBSyxZQUFZLE1BQU07QUFDL0Y7QUFFQSxlQUFlLGdCQUFzQixLQUFpQixNQUFpQixNQUEyQztBQUNoSCxNQUFJLE9BQU87QUFDWCxRQUFNLFNBQVMsS0FBSyxTQUFTO0FBQzdCLFFBQU0sU0FBUyxNQUFNLElBQUksYUFBYSxNQUFNLElBQUksUUFBUSxNQUFNLEdBQUcsRUFBRSxhQUFhLEtBQUssQ0FBQztBQUN0RixRQUFNLFNBQVMsT0FBTyxXQUFXLE9BQU8sSUFBSTtBQUM1QyxNQUFJLENBQUMsT0FBTyxHQUFJLE9BQU0sSUFBSSxtQ0FBbUIsR0FBRyxLQUFLLEVBQUUsMkNBQTJDLE9BQU8sU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQ3BKLFNBQU8sRUFBRSxNQUFNLEtBQUssT0FBTyxPQUFPLEtBQUssR0FBRyxRQUFRLFlBQVksT0FBTyxZQUFZLE9BQU8sQ0FBQyxnQkFBZ0IsRUFBRTtBQUM3RzsiLAogICJuYW1lcyI6IFtdCn0K
