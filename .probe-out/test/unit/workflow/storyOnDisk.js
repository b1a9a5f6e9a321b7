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
var storyOnDisk_exports = {};
__export(storyOnDisk_exports, {
  writeDoneStory: () => writeDoneStory
});
module.exports = __toCommonJS(storyOnDisk_exports);
var import_node_path = require("node:path");
var import_checkpointFile = require("../../../src/core/checkpoint/checkpointFile");
var import_hash = require("../../../src/core/hash");
var import_bibleMarkdown = require("../../../src/core/stages/bibleMarkdown");
var import_chapter = require("../../../src/core/stages/chapter");
var import_conceptMarkdown = require("../../../src/core/stages/conceptMarkdown");
var import_manuscript = require("../../../src/core/stages/manuscript");
var import_outlineMarkdown = require("../../../src/core/stages/outlineMarkdown");
var import_briefFile = require("../../../src/core/story/briefFile");
var import_graph = require("../../../src/core/workflow/graph");
var import_outlineChapters = require("../../../src/core/workflow/outlineChapters");
var import_sampleStory = require("../story/sampleStory");
var import_workflowHarness = require("./workflowHarness");
async function writeDoneStory(fs, storyDir, chapterCount) {
  const write = (rel, text) => fs.writeFile((0, import_node_path.join)(storyDir, rel), new TextEncoder().encode(text));
  const briefText = (0, import_briefFile.renderBrief)({ ...import_workflowHarness.smallBrief, chapters: chapterCount });
  await write("brief.md", briefText);
  const h = { brief: (0, import_hash.bodyHash)(briefText) };
  const conceptBody = (0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept);
  await (0, import_checkpointFile.writeCheckpoint)(fs, (0, import_node_path.join)(storyDir, "01-concept.md"), meta("concept", conceptBody, { "brief.md": h.brief }), conceptBody);
  const bibleBody = (0, import_bibleMarkdown.renderBible)(import_sampleStory.bible);
  await (0, import_checkpointFile.writeCheckpoint)(fs, (0, import_node_path.join)(storyDir, "02-bible.md"), meta("bible", bibleBody, { "brief.md": h.brief, "01-concept.md": (0, import_hash.bodyHash)(conceptBody) }), bibleBody);
  const outline = {
    chapters: Array.from({ length: chapterCount }, (_, i) => ({
      number: i + 1,
      title: `Chapter title ${i + 1}`,
      summary: `What happens in chapter ${i + 1}.`,
      beats: [`Beat one of ${i + 1}.`, `Beat two of ${i + 1}.`],
      targetWords: 200
    }))
  };
  const outlineBody = (0, import_outlineMarkdown.renderOutline)(outline);
  await (0, import_checkpointFile.writeCheckpoint)(
    fs,
    (0, import_node_path.join)(storyDir, "03-outline.md"),
    meta("outline", outlineBody, { "brief.md": h.brief, "01-concept.md": (0, import_hash.bodyHash)(conceptBody), "02-bible.md": (0, import_hash.bodyHash)(bibleBody) }),
    outlineBody
  );
  const read = (0, import_outlineChapters.readOutlineChapters)(outlineBody);
  if (!read.ok) throw new Error(read.problem);
  const revisionHashes = {};
  const chapters = [];
  for (const c of read.chapters) {
    const n = String(c.number).padStart(2, "0");
    const prose = `The keeper climbed the stair in chapter ${c.number}. `.repeat(20).trim();
    const draftBody = (0, import_chapter.renderChapter)(c.number, c.title, prose);
    const common = { "brief.md": h.brief, "02-bible.md": (0, import_hash.bodyHash)(bibleBody), [(0, import_graph.outlineSectionKey)(c.number)]: c.sectionHash };
    await (0, import_checkpointFile.writeCheckpoint)(fs, (0, import_node_path.join)(storyDir, `04-draft/chapter-${n}.md`), meta("draft", draftBody, common, c.number), draftBody);
    const revisionBody = (0, import_chapter.renderChapter)(c.number, c.title, `${prose} Revised.`);
    await (0, import_checkpointFile.writeCheckpoint)(fs, (0, import_node_path.join)(storyDir, `05-revision/chapter-${n}.md`), meta("revision", revisionBody, { ...common, [`04-draft/chapter-${n}.md`]: (0, import_hash.bodyHash)(draftBody) }, c.number), revisionBody);
    revisionHashes[`05-revision/chapter-${n}.md`] = (0, import_hash.bodyHash)(revisionBody);
    chapters.push({ number: c.number, title: c.title, prose: `${prose} Revised.`, source: "revision" });
  }
  const story = (0, import_manuscript.assembleManuscript)({ ...import_workflowHarness.smallBrief, chapters: chapterCount }, import_sampleStory.concept, chapters);
  await (0, import_checkpointFile.writeCheckpoint)(fs, (0, import_node_path.join)(storyDir, "story.md"), meta("manuscript", story, revisionHashes), story);
}
function meta(stage, body, inputs, chapter) {
  return {
    stage,
    ...chapter !== void 0 ? { chapter } : {},
    model: stage === "manuscript" ? "none" : "gemini-2.5-flash",
    promptHash: "p",
    inputs,
    bodyHash: (0, import_hash.bodyHash)(body),
    usage: { promptTokens: 1, outputTokens: 1, thinkingTokens: 0 },
    durationMs: 1,
    generatedAt: "2025-01-01T00:00:00.000Z",
    words: 1
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  writeDoneStory
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L3N0b3J5T25EaXNrLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IHdyaXRlQ2hlY2twb2ludCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NoZWNrcG9pbnQvY2hlY2twb2ludEZpbGUnO1xuaW1wb3J0IHR5cGUgeyBDaGVja3BvaW50TWV0YSwgV29ya2Zsb3dTdGFnZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NoZWNrcG9pbnQvbWV0YSc7XG5pbXBvcnQgeyBib2R5SGFzaCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2hhc2gnO1xuaW1wb3J0IHR5cGUgeyBGaWxlU3lzdGVtIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvcG9ydHMnO1xuaW1wb3J0IHsgcmVuZGVyQmlibGUgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvYmlibGVNYXJrZG93bic7XG5pbXBvcnQgeyByZW5kZXJDaGFwdGVyIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NoYXB0ZXInO1xuaW1wb3J0IHsgcmVuZGVyQ29uY2VwdCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jb25jZXB0TWFya2Rvd24nO1xuaW1wb3J0IHsgYXNzZW1ibGVNYW51c2NyaXB0IH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL21hbnVzY3JpcHQnO1xuaW1wb3J0IHR5cGUgeyBPdXRsaW5lIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL291dGxpbmUnO1xuaW1wb3J0IHsgcmVuZGVyT3V0bGluZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9vdXRsaW5lTWFya2Rvd24nO1xuaW1wb3J0IHsgcmVuZGVyQnJpZWYgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdG9yeS9icmllZkZpbGUnO1xuaW1wb3J0IHsgb3V0bGluZVNlY3Rpb25LZXkgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS93b3JrZmxvdy9ncmFwaCc7XG5pbXBvcnQgeyByZWFkT3V0bGluZUNoYXB0ZXJzIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvb3V0bGluZUNoYXB0ZXJzJztcbmltcG9ydCB7IGJpYmxlLCBjb25jZXB0IH0gZnJvbSAnLi4vc3Rvcnkvc2FtcGxlU3RvcnknO1xuaW1wb3J0IHsgc21hbGxCcmllZiB9IGZyb20gJy4vd29ya2Zsb3dIYXJuZXNzJztcblxuLyoqXG4gKiBXcml0ZXMgYSBjb21wbGV0ZSwgdXAtdG8tZGF0ZSBzdG9yeSBzdHJhaWdodCB0byBkaXNrIChubyBtb2RlbCwgbm8gcnVubmVyKSwgd2l0aCBmcm9udCBtYXR0ZXJcbiAqIGV4YWN0bHkgYXMgdGhlIHJ1bm5lciByZWNvcmRzIGl0OiBmb3IgdGVzdGluZyBzdGF0ZSBjb21wdXRhdGlvbiBvbiBpdHMgb3duLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd3JpdGVEb25lU3RvcnkoZnM6IEZpbGVTeXN0ZW0sIHN0b3J5RGlyOiBzdHJpbmcsIGNoYXB0ZXJDb3VudDogbnVtYmVyKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHdyaXRlID0gKHJlbDogc3RyaW5nLCB0ZXh0OiBzdHJpbmcpID0+IGZzLndyaXRlRmlsZShqb2luKHN0b3J5RGlyLCByZWwpLCBuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUodGV4dCkpO1xuICBjb25zdCBicmllZlRleHQgPSByZW5kZXJCcmllZih7IC4uLnNtYWxsQnJpZWYsIGNoYXB0ZXJzOiBjaGFwdGVyQ291bnQgfSk7XG4gIGF3YWl0IHdyaXRlKCdicmllZi5tZCcsIGJyaWVmVGV4dCk7XG4gIGNvbnN0IGggPSB7IGJyaWVmOiBib2R5SGFzaChicmllZlRleHQpIH07XG5cbiAgY29uc3QgY29uY2VwdEJvZHkgPSByZW5kZXJDb25jZXB0KGNvbmNlcHQpO1xuICBhd2FpdCB3cml0ZUNoZWNrcG9pbnQoZnMsIGpvaW4oc3RvcnlEaXIsICcwMS1jb25jZXB0Lm1kJyksIG1ldGEoJ2NvbmNlcHQnLCBjb25jZXB0Qm9keSwgeyAnYnJpZWYubWQnOiBoLmJyaWVmIH0pLCBjb25jZXB0Qm9keSk7XG4gIGNvbnN0IGJpYmxlQm9keSA9IHJlbmRlckJpYmxlKGJpYmxlKTtcbiAgYXdhaXQgd3JpdGVDaGVja3BvaW50KGZzLCBqb2luKHN0b3J5RGlyLCAnMDItYmlibGUubWQnKSwgbWV0YSgnYmlibGUnLCBiaWJsZUJvZHksIHsgJ2JyaWVmLm1kJzogaC5icmllZiwgJzAxLWNvbmNlcHQubWQnOiBib2R5SGFzaChjb25jZXB0Qm9keSkgfSksIGJpYmxlQm9keSk7XG4gIGNvbnN0IG91dGxpbmU6IE91dGxpbmUgPSB7XG4gICAgY2hhcHRlcnM6IEFycmF5LmZyb20oeyBsZW5ndGg6IGNoYXB0ZXJDb3VudCB9LCAoXywgaSkgPT4gKHtcbiAgICAgIG51bWJlcjogaSArIDEsXG4gICAgICB0aXRsZTogYENoYXB0ZXIgdGl0bGUgJHtpICsgMX1gLFxuICAgICAgc3VtbWFyeTogYFdoYXQgaGFwcGVucyBpbiBjaGFwdGVyICR7aSArIDF9LmAsXG4gICAgICBiZWF0czogW2BCZWF0IG9uZSBvZiAke2kgKyAxfS5gLCBgQmVhdCB0d28gb2YgJHtpICsgMX0uYF0sXG4gICAgICB0YXJnZXRXb3JkczogMjAwLFxuICAgIH0pKSxcbiAgfTtcbiAgY29uc3Qgb3V0bGluZUJvZHkgPSByZW5kZXJPdXRsaW5lKG91dGxpbmUpO1xuICBhd2FpdCB3cml0ZUNoZWNrcG9pbnQoXG4gICAgZnMsXG4gICAgam9pbihzdG9yeURpciwgJzAzLW91dGxpbmUubWQnKSxcbiAgICBtZXRhKCdvdXRsaW5lJywgb3V0bGluZUJvZHksIHsgJ2JyaWVmLm1kJzogaC5icmllZiwgJzAxLWNvbmNlcHQubWQnOiBib2R5SGFzaChjb25jZXB0Qm9keSksICcwMi1iaWJsZS5tZCc6IGJvZHlIYXNoKGJpYmxlQm9keSkgfSksXG4gICAgb3V0bGluZUJvZHksXG4gICk7XG4gIGNvbnN0IHJlYWQgPSByZWFkT3V0bGluZUNoYXB0ZXJzKG91dGxpbmVCb2R5KTtcbiAgaWYgKCFyZWFkLm9rKSB0aHJvdyBuZXcgRXJyb3IocmVhZC5wcm9ibGVtKTtcbiAgY29uc3QgcmV2aXNpb25IYXNoZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgY29uc3QgY2hhcHRlcnMgPSBbXTtcbiAgZm9yIChjb25zdCBjIG9mIHJlYWQuY2hhcHRlcnMpIHtcbiAgICBjb25zdCBuID0gU3RyaW5nKGMubnVtYmVyKS5wYWRTdGFydCgyLCAnMCcpO1xuICAgIGNvbnN0IHByb3NlID0gYFRoZSBrZWVwZXIgY2xpbWJlZCB0aGUgc3RhaXIgaW4gY2hhcHRlciAke2MubnVtYmVyfS4gYC5yZXBlYXQoMjApLnRyaW0oKTtcbiAgICBjb25zdCBkcmFmdEJvZHkgPSByZW5kZXJDaGFwdGVyKGMubnVtYmVyLCBjLnRpdGxlLCBwcm9zZSk7XG4gICAgY29uc3QgY29tbW9uID0geyAnYnJpZWYubWQnOiBoLmJyaWVmLCAnMDItYmlibGUubWQnOiBib2R5SGFzaChiaWJsZUJvZHkpLCBbb3V0bGluZVNlY3Rpb25LZXkoYy5udW1iZXIpXTogYy5zZWN0aW9uSGFzaCB9O1xuICAgIGF3YWl0IHdyaXRlQ2hlY2twb2ludChmcywgam9pbihzdG9yeURpciwgYDA0LWRyYWZ0L2NoYXB0ZXItJHtufS5tZGApLCBtZXRhKCdkcmFmdCcsIGRyYWZ0Qm9keSwgY29tbW9uLCBjLm51bWJlciksIGRyYWZ0Qm9keSk7XG4gICAgY29uc3QgcmV2aXNpb25Cb2R5ID0gcmVuZGVyQ2hhcHRlcihjLm51bWJlciwgYy50aXRsZSwgYCR7cHJvc2V9IFJldmlzZWQuYCk7XG4gICAgYXdhaXQgd3JpdGVDaGVja3BvaW50KGZzLCBqb2luKHN0b3J5RGlyLCBgMDUtcmV2aXNpb24vY2hhcHRlci0ke259Lm1kYCksIG1ldGEoJ3JldmlzaW9uJywgcmV2aXNpb25Cb2R5LCB7IC4uLmNvbW1vbiwgW2AwNC1kcmFmdC9jaGFwdGVyLSR7bn0ubWRgXTogYm9keUhhc2goZHJhZnRCb2R5KSB9LCBjLm51bWJlciksIHJldmlzaW9uQm9keSk7XG4gICAgcmV2aXNpb25IYXNoZXNbYDA1LXJldmlzaW9uL2NoYXB0ZXItJHtufS5tZGBdID0gYm9keUhhc2gocmV2aXNpb25Cb2R5KTtcbiAgICBjaGFwdGVycy5wdXNoKHsgbnVtYmVyOiBjLm51bWJlciwgdGl0bGU6IGMudGl0bGUsIHByb3NlOiBgJHtwcm9zZX0gUmV2aXNlZC5gLCBzb3VyY2U6ICdyZXZpc2lvbicgYXMgY29uc3QgfSk7XG4gIH1cbiAgY29uc3Qgc3RvcnkgPSBhc3NlbWJsZU1hbnVzY3JpcHQoeyAuLi5zbWFsbEJyaWVmLCBjaGFwdGVyczogY2hhcHRlckNvdW50IH0sIGNvbmNlcHQsIGNoYXB0ZXJzKTtcbiAgYXdhaXQgd3JpdGVDaGVja3BvaW50KGZzLCBqb2luKHN0b3J5RGlyLCAnc3RvcnkubWQnKSwgbWV0YSgnbWFudXNjcmlwdCcsIHN0b3J5LCByZXZpc2lvbkhhc2hlcyksIHN0b3J5KTtcbn1cblxuZnVuY3Rpb24gbWV0YShzdGFnZTogV29ya2Zsb3dTdGFnZSwgYm9keTogc3RyaW5nLCBpbnB1dHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4sIGNoYXB0ZXI/OiBudW1iZXIpOiBDaGVja3BvaW50TWV0YSB7XG4gIHJldHVybiB7XG4gICAgc3RhZ2UsXG4gICAgLi4uKGNoYXB0ZXIgIT09IHVuZGVmaW5lZCA/IHsgY2hhcHRlciB9IDoge30pLFxuICAgIG1vZGVsOiBzdGFnZSA9PT0gJ21hbnVzY3JpcHQnID8gJ25vbmUnIDogJ2dlbWluaS0yLjUtZmxhc2gnLFxuICAgIHByb21wdEhhc2g6ICdwJyxcbiAgICBpbnB1dHMsXG4gICAgYm9keUhhc2g6IGJvZHlIYXNoKGJvZHkpLFxuICAgIHVzYWdlOiB7IHByb21wdFRva2VuczogMSwgb3V0cHV0VG9rZW5zOiAxLCB0aGlua2luZ1Rva2VuczogMCB9LFxuICAgIGR1cmF0aW9uTXM6IDEsXG4gICAgZ2VuZXJhdGVkQXQ6ICcyMDI1LTAxLTAxVDAwOjAwOjAwLjAwMFonLFxuICAgIHdvcmRzOiAxLFxuICB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLHVCQUFxQjtBQUNyQiw0QkFBZ0M7QUFFaEMsa0JBQXlCO0FBRXpCLDJCQUE0QjtBQUM1QixxQkFBOEI7QUFDOUIsNkJBQThCO0FBQzlCLHdCQUFtQztBQUVuQyw2QkFBOEI7QUFDOUIsdUJBQTRCO0FBQzVCLG1CQUFrQztBQUNsQyw2QkFBb0M7QUFDcEMseUJBQStCO0FBQy9CLDZCQUEyQjtBQU0zQixlQUFzQixlQUFlLElBQWdCLFVBQWtCLGNBQXFDO0FBQzFHLFFBQU0sUUFBUSxDQUFDLEtBQWEsU0FBaUIsR0FBRyxjQUFVLHVCQUFLLFVBQVUsR0FBRyxHQUFHLElBQUksWUFBWSxFQUFFLE9BQU8sSUFBSSxDQUFDO0FBQzdHLFFBQU0sZ0JBQVksOEJBQVksRUFBRSxHQUFHLG1DQUFZLFVBQVUsYUFBYSxDQUFDO0FBQ3ZFLFFBQU0sTUFBTSxZQUFZLFNBQVM7QUFDakMsUUFBTSxJQUFJLEVBQUUsV0FBTyxzQkFBUyxTQUFTLEVBQUU7QUFFdkMsUUFBTSxrQkFBYyxzQ0FBYywwQkFBTztBQUN6QyxZQUFNLHVDQUFnQixRQUFJLHVCQUFLLFVBQVUsZUFBZSxHQUFHLEtBQUssV0FBVyxhQUFhLEVBQUUsWUFBWSxFQUFFLE1BQU0sQ0FBQyxHQUFHLFdBQVc7QUFDN0gsUUFBTSxnQkFBWSxrQ0FBWSx3QkFBSztBQUNuQyxZQUFNLHVDQUFnQixRQUFJLHVCQUFLLFVBQVUsYUFBYSxHQUFHLEtBQUssU0FBUyxXQUFXLEVBQUUsWUFBWSxFQUFFLE9BQU8scUJBQWlCLHNCQUFTLFdBQVcsRUFBRSxDQUFDLEdBQUcsU0FBUztBQUM3SixRQUFNLFVBQW1CO0FBQUEsSUFDdkIsVUFBVSxNQUFNLEtBQUssRUFBRSxRQUFRLGFBQWEsR0FBRyxDQUFDLEdBQUcsT0FBTztBQUFBLE1BQ3hELFFBQVEsSUFBSTtBQUFBLE1BQ1osT0FBTyxpQkFBaUIsSUFBSSxDQUFDO0FBQUEsTUFDN0IsU0FBUywyQkFBMkIsSUFBSSxDQUFDO0FBQUEsTUFDekMsT0FBTyxDQUFDLGVBQWUsSUFBSSxDQUFDLEtBQUssZUFBZSxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ3hELGFBQWE7QUFBQSxJQUNmLEVBQUU7QUFBQSxFQUNKO0FBQ0EsUUFBTSxrQkFBYyxzQ0FBYyxPQUFPO0FBQ3pDLFlBQU07QUFBQSxJQUNKO0FBQUEsUUFDQSx1QkFBSyxVQUFVLGVBQWU7QUFBQSxJQUM5QixLQUFLLFdBQVcsYUFBYSxFQUFFLFlBQVksRUFBRSxPQUFPLHFCQUFpQixzQkFBUyxXQUFXLEdBQUcsbUJBQWUsc0JBQVMsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUNoSTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFdBQU8sNENBQW9CLFdBQVc7QUFDNUMsTUFBSSxDQUFDLEtBQUssR0FBSSxPQUFNLElBQUksTUFBTSxLQUFLLE9BQU87QUFDMUMsUUFBTSxpQkFBeUMsQ0FBQztBQUNoRCxRQUFNLFdBQVcsQ0FBQztBQUNsQixhQUFXLEtBQUssS0FBSyxVQUFVO0FBQzdCLFVBQU0sSUFBSSxPQUFPLEVBQUUsTUFBTSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQzFDLFVBQU0sUUFBUSwyQ0FBMkMsRUFBRSxNQUFNLEtBQUssT0FBTyxFQUFFLEVBQUUsS0FBSztBQUN0RixVQUFNLGdCQUFZLDhCQUFjLEVBQUUsUUFBUSxFQUFFLE9BQU8sS0FBSztBQUN4RCxVQUFNLFNBQVMsRUFBRSxZQUFZLEVBQUUsT0FBTyxtQkFBZSxzQkFBUyxTQUFTLEdBQUcsS0FBQyxnQ0FBa0IsRUFBRSxNQUFNLENBQUMsR0FBRyxFQUFFLFlBQVk7QUFDdkgsY0FBTSx1Q0FBZ0IsUUFBSSx1QkFBSyxVQUFVLG9CQUFvQixDQUFDLEtBQUssR0FBRyxLQUFLLFNBQVMsV0FBVyxRQUFRLEVBQUUsTUFBTSxHQUFHLFNBQVM7QUFDM0gsVUFBTSxtQkFBZSw4QkFBYyxFQUFFLFFBQVEsRUFBRSxPQUFPLEdBQUcsS0FBSyxXQUFXO0FBQ3pFLGNBQU0sdUNBQWdCLFFBQUksdUJBQUssVUFBVSx1QkFBdUIsQ0FBQyxLQUFLLEdBQUcsS0FBSyxZQUFZLGNBQWMsRUFBRSxHQUFHLFFBQVEsQ0FBQyxvQkFBb0IsQ0FBQyxLQUFLLE9BQUcsc0JBQVMsU0FBUyxFQUFFLEdBQUcsRUFBRSxNQUFNLEdBQUcsWUFBWTtBQUNqTSxtQkFBZSx1QkFBdUIsQ0FBQyxLQUFLLFFBQUksc0JBQVMsWUFBWTtBQUNyRSxhQUFTLEtBQUssRUFBRSxRQUFRLEVBQUUsUUFBUSxPQUFPLEVBQUUsT0FBTyxPQUFPLEdBQUcsS0FBSyxhQUFhLFFBQVEsV0FBb0IsQ0FBQztBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFRLHNDQUFtQixFQUFFLEdBQUcsbUNBQVksVUFBVSxhQUFhLEdBQUcsNEJBQVMsUUFBUTtBQUM3RixZQUFNLHVDQUFnQixRQUFJLHVCQUFLLFVBQVUsVUFBVSxHQUFHLEtBQUssY0FBYyxPQUFPLGNBQWMsR0FBRyxLQUFLO0FBQ3hHO0FBRUEsU0FBUyxLQUFLLE9BQXNCLE1BQWMsUUFBZ0MsU0FBa0M7QUFDbEgsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLEdBQUksWUFBWSxTQUFZLEVBQUUsUUFBUSxJQUFJLENBQUM7QUFBQSxJQUMzQyxPQUFPLFVBQVUsZUFBZSxTQUFTO0FBQUEsSUFDekMsWUFBWTtBQUFBLElBQ1o7QUFBQSxJQUNBLGNBQVUsc0JBQVMsSUFBSTtBQUFBLElBQ3ZCLE9BQU8sRUFBRSxjQUFjLEdBQUcsY0FBYyxHQUFHLGdCQUFnQixFQUFFO0FBQUEsSUFDN0QsWUFBWTtBQUFBLElBQ1osYUFBYTtBQUFBLElBQ2IsT0FBTztBQUFBLEVBQ1Q7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
