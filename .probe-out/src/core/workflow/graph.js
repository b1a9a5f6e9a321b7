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
var graph_exports = {};
__export(graph_exports, {
  BIBLE_FILE: () => BIBLE_FILE,
  CONCEPT_FILE: () => CONCEPT_FILE,
  OUTLINE_FILE: () => OUTLINE_FILE,
  buildGraph: () => buildGraph,
  describeInputKey: () => describeInputKey,
  isChapterItem: () => isChapterItem,
  outlineSectionKey: () => outlineSectionKey,
  parseOutlineSectionKey: () => parseOutlineSectionKey
});
module.exports = __toCommonJS(graph_exports);
var import_items = require("./items");
var import_stageFiles = require("./stageFiles");
function isChapterItem(item) {
  return (item.stage === "draft" || item.stage === "revision") && item.chapter !== void 0;
}
const OUTLINE_FILE = (0, import_stageFiles.stageFile)("outline");
const CONCEPT_FILE = (0, import_stageFiles.stageFile)("concept");
const BIBLE_FILE = (0, import_stageFiles.stageFile)("bible");
function outlineSectionKey(chapter) {
  return `${OUTLINE_FILE}#chapter-${chapter}`;
}
function parseOutlineSectionKey(key) {
  const m = /^03-outline\.md#chapter-(\d+)$/.exec(key);
  return m ? Number(m[1]) : void 0;
}
function describeInputKey(key) {
  const chapter = parseOutlineSectionKey(key);
  return chapter === void 0 ? key : `${OUTLINE_FILE} (chapter ${chapter})`;
}
function buildGraph(chapters, draftMode) {
  const items = [
    { id: "concept", stage: "concept", file: CONCEPT_FILE, inputs: [import_stageFiles.BRIEF_FILE] },
    { id: "bible", stage: "bible", file: BIBLE_FILE, inputs: [import_stageFiles.BRIEF_FILE, CONCEPT_FILE] },
    { id: "outline", stage: "outline", file: OUTLINE_FILE, inputs: [import_stageFiles.BRIEF_FILE, CONCEPT_FILE, BIBLE_FILE] }
  ];
  chapters.forEach((c, index) => {
    const previous = chapters[index - 1];
    const sequentialInput = draftMode === "sequential" && previous ? [(0, import_stageFiles.chapterFile)("draft", previous.number)] : [];
    items.push({
      id: (0, import_items.itemId)("draft", c.number),
      stage: "draft",
      chapter: c.number,
      file: (0, import_stageFiles.chapterFile)("draft", c.number),
      inputs: [import_stageFiles.BRIEF_FILE, BIBLE_FILE, outlineSectionKey(c.number), ...sequentialInput]
    });
  });
  for (const c of chapters) {
    items.push({
      id: (0, import_items.itemId)("revision", c.number),
      stage: "revision",
      chapter: c.number,
      file: (0, import_stageFiles.chapterFile)("revision", c.number),
      inputs: [import_stageFiles.BRIEF_FILE, BIBLE_FILE, outlineSectionKey(c.number), (0, import_stageFiles.chapterFile)("draft", c.number)]
    });
  }
  items.push({ id: "manuscript", stage: "manuscript", file: import_stageFiles.MANUSCRIPT_FILE, inputs: [] });
  return items;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BIBLE_FILE,
  CONCEPT_FILE,
  OUTLINE_FILE,
  buildGraph,
  describeInputKey,
  isChapterItem,
  outlineSectionKey,
  parseOutlineSectionKey
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvZ3JhcGgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQ2hhcHRlclN0YWdlLCBXb3JrZmxvd1N0YWdlIH0gZnJvbSAnLi4vY2hlY2twb2ludC9tZXRhJztcbmltcG9ydCB0eXBlIHsgU2V0dGluZ3MgfSBmcm9tICcuLi9jb25maWcvc2V0dGluZ3MnO1xuaW1wb3J0IHsgaXRlbUlkLCB0eXBlIEl0ZW1JZCB9IGZyb20gJy4vaXRlbXMnO1xuaW1wb3J0IHsgQlJJRUZfRklMRSwgTUFOVVNDUklQVF9GSUxFLCBjaGFwdGVyRmlsZSwgc3RhZ2VGaWxlIH0gZnJvbSAnLi9zdGFnZUZpbGVzJztcblxuLyoqIFdoYXQgdGhlIGdyYXBoIG5lZWRzIHRvIGtub3cgYWJvdXQgb25lIGNoYXB0ZXIgb2YgdGhlIG91dGxpbmUgYXMgaXQgaXMgb24gZGlzay4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgT3V0bGluZUNoYXB0ZXJSZWYge1xuICByZWFkb25seSBudW1iZXI6IG51bWJlcjtcbiAgcmVhZG9ubHkgdGl0bGU6IHN0cmluZztcbiAgcmVhZG9ubHkgdGFyZ2V0V29yZHM6IG51bWJlcjtcbiAgLyoqIEhhc2ggb2YgdGhpcyBjaGFwdGVyJ3MgZW50cnkgaW4gdGhlIG91dGxpbmU6IGRyYWZ0cyBkZXBlbmQgb24gaXQsIG5vdCBvbiB0aGUgd2hvbGUgb3V0bGluZS4gKi9cbiAgcmVhZG9ubHkgc2VjdGlvbkhhc2g6IHN0cmluZztcbn1cblxuLyoqIE9uZSBpdGVtIG9mIHRoZSBidWlsZCBncmFwaC4gYGlucHV0c2AgYXJlIGlucHV0IGtleXMgKHNlZSBgaW5wdXRLZXlgKSwgaW4gcHJvbXB0IG9yZGVyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHcmFwaEl0ZW0ge1xuICByZWFkb25seSBpZDogSXRlbUlkO1xuICByZWFkb25seSBzdGFnZTogV29ya2Zsb3dTdGFnZTtcbiAgcmVhZG9ubHkgY2hhcHRlcj86IG51bWJlcjtcbiAgLyoqIFN0b3J5LXJlbGF0aXZlIHBhdGggb2YgdGhlIGl0ZW0ncyBmaWxlLiAqL1xuICByZWFkb25seSBmaWxlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGlucHV0czogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbi8qKiBBIGRyYWZ0IG9yIHJldmlzaW9uIGl0ZW06IGFsd2F5cyBoYXMgYSBjaGFwdGVyLiAqL1xuZXhwb3J0IHR5cGUgQ2hhcHRlckdyYXBoSXRlbSA9IEdyYXBoSXRlbSAmIHsgcmVhZG9ubHkgc3RhZ2U6IENoYXB0ZXJTdGFnZTsgcmVhZG9ubHkgY2hhcHRlcjogbnVtYmVyIH07XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0NoYXB0ZXJJdGVtKGl0ZW06IEdyYXBoSXRlbSk6IGl0ZW0gaXMgQ2hhcHRlckdyYXBoSXRlbSB7XG4gIHJldHVybiAoaXRlbS5zdGFnZSA9PT0gJ2RyYWZ0JyB8fCBpdGVtLnN0YWdlID09PSAncmV2aXNpb24nKSAmJiBpdGVtLmNoYXB0ZXIgIT09IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBJbnB1dCBrZXlzIGFyZSB3aGF0IGZyb250IG1hdHRlciBgaW5wdXRzYCByZWNvcmRzOiBhIHN0b3J5LXJlbGF0aXZlIHBhdGgsIG9yIGBwYXRoI2NoYXB0ZXItTmBcbiAqIGZvciBvbmUgY2hhcHRlcidzIGVudHJ5IGluIHRoZSBvdXRsaW5lLlxuICovXG5leHBvcnQgY29uc3QgT1VUTElORV9GSUxFID0gc3RhZ2VGaWxlKCdvdXRsaW5lJyk7XG5leHBvcnQgY29uc3QgQ09OQ0VQVF9GSUxFID0gc3RhZ2VGaWxlKCdjb25jZXB0Jyk7XG5leHBvcnQgY29uc3QgQklCTEVfRklMRSA9IHN0YWdlRmlsZSgnYmlibGUnKTtcblxuZXhwb3J0IGZ1bmN0aW9uIG91dGxpbmVTZWN0aW9uS2V5KGNoYXB0ZXI6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtPVVRMSU5FX0ZJTEV9I2NoYXB0ZXItJHtjaGFwdGVyfWA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZU91dGxpbmVTZWN0aW9uS2V5KGtleTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eMDMtb3V0bGluZVxcLm1kI2NoYXB0ZXItKFxcZCspJC8uZXhlYyhrZXkpO1xuICByZXR1cm4gbSA/IE51bWJlcihtWzFdKSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIGAwMi1iaWJsZS5tZCBjaGFuZ2VkYCwgYHRoZSBvdXRsaW5lJ3MgZW50cnkgZm9yIGNoYXB0ZXIgMyBjaGFuZ2VkYDogdGhlIHRvb2x0aXAncyBcIndoeVwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlc2NyaWJlSW5wdXRLZXkoa2V5OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBjaGFwdGVyID0gcGFyc2VPdXRsaW5lU2VjdGlvbktleShrZXkpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkID8ga2V5IDogYCR7T1VUTElORV9GSUxFfSAoY2hhcHRlciAke2NoYXB0ZXJ9KWA7XG59XG5cbi8qKlxuICogVGhlIGJ1aWxkIGdyYXBoIG92ZXIgdGhlIG91dGxpbmUncyBjaGFwdGVycyBhcyB3cml0dGVuIG5vdy4gSW5wdXRzIGFyZSBleGFjdGx5IHdoYXQgZWFjaFxuICogc3RhZ2UncyBwcm9tcHQgcmVhZHMgKFNQRUMgdGFibGUsIG1hZGUgZXhhY3QpOiB0aGUgYnJpZWYgZmVlZHMgZXZlcnkgc3RhZ2U7IGEgY2hhcHRlciByZWFkcyB0aGVcbiAqIGJpYmxlIGFuZCBpdHMgb3duIG91dGxpbmUgZW50cnksIHBsdXMgdGhlIHByZXZpb3VzIGRyYWZ0IGluIHNlcXVlbnRpYWwgbW9kZTsgYSByZXZpc2lvbiBhbHNvXG4gKiByZWFkcyBpdHMgZHJhZnQuIENoYXB0ZXIgcHJvbXB0cyBhbHNvIHNob3cgdGhlIG90aGVyIGNoYXB0ZXJzJyB0aXRsZXMgYW5kIHN1bW1hcmllcyBhc1xuICogY29udGV4dCwgZGVsaWJlcmF0ZWx5IG5vdCBjb3VudGVkOiBlZGl0aW5nIG9uZSBjaGFwdGVyJ3MgZW50cnkgbXVzdCBub3QgcmVkcmFmdCB0aGUgYm9vay4gVGhlIG1hbnVzY3JpcHQncyBpbnB1dHMgZGVwZW5kIG9uIHdoaWNoIGNoYXB0ZXIgZmlsZXMgZXhpc3QgKHNlZSBzdGF0ZS50cykuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBidWlsZEdyYXBoKGNoYXB0ZXJzOiByZWFkb25seSBPdXRsaW5lQ2hhcHRlclJlZltdLCBkcmFmdE1vZGU6IFNldHRpbmdzWyd3b3JrZmxvdy5kcmFmdE1vZGUnXSk6IEdyYXBoSXRlbVtdIHtcbiAgY29uc3QgaXRlbXM6IEdyYXBoSXRlbVtdID0gW1xuICAgIHsgaWQ6ICdjb25jZXB0Jywgc3RhZ2U6ICdjb25jZXB0JywgZmlsZTogQ09OQ0VQVF9GSUxFLCBpbnB1dHM6IFtCUklFRl9GSUxFXSB9LFxuICAgIHsgaWQ6ICdiaWJsZScsIHN0YWdlOiAnYmlibGUnLCBmaWxlOiBCSUJMRV9GSUxFLCBpbnB1dHM6IFtCUklFRl9GSUxFLCBDT05DRVBUX0ZJTEVdIH0sXG4gICAgeyBpZDogJ291dGxpbmUnLCBzdGFnZTogJ291dGxpbmUnLCBmaWxlOiBPVVRMSU5FX0ZJTEUsIGlucHV0czogW0JSSUVGX0ZJTEUsIENPTkNFUFRfRklMRSwgQklCTEVfRklMRV0gfSxcbiAgXTtcbiAgY2hhcHRlcnMuZm9yRWFjaCgoYywgaW5kZXgpID0+IHtcbiAgICBjb25zdCBwcmV2aW91cyA9IGNoYXB0ZXJzW2luZGV4IC0gMV07XG4gICAgY29uc3Qgc2VxdWVudGlhbElucHV0ID0gZHJhZnRNb2RlID09PSAnc2VxdWVudGlhbCcgJiYgcHJldmlvdXMgPyBbY2hhcHRlckZpbGUoJ2RyYWZ0JywgcHJldmlvdXMubnVtYmVyKV0gOiBbXTtcbiAgICBpdGVtcy5wdXNoKHtcbiAgICAgIGlkOiBpdGVtSWQoJ2RyYWZ0JywgYy5udW1iZXIpLFxuICAgICAgc3RhZ2U6ICdkcmFmdCcsXG4gICAgICBjaGFwdGVyOiBjLm51bWJlcixcbiAgICAgIGZpbGU6IGNoYXB0ZXJGaWxlKCdkcmFmdCcsIGMubnVtYmVyKSxcbiAgICAgIGlucHV0czogW0JSSUVGX0ZJTEUsIEJJQkxFX0ZJTEUsIG91dGxpbmVTZWN0aW9uS2V5KGMubnVtYmVyKSwgLi4uc2VxdWVudGlhbElucHV0XSxcbiAgICB9KTtcbiAgfSk7XG4gIGZvciAoY29uc3QgYyBvZiBjaGFwdGVycykge1xuICAgIGl0ZW1zLnB1c2goe1xuICAgICAgaWQ6IGl0ZW1JZCgncmV2aXNpb24nLCBjLm51bWJlciksXG4gICAgICBzdGFnZTogJ3JldmlzaW9uJyxcbiAgICAgIGNoYXB0ZXI6IGMubnVtYmVyLFxuICAgICAgZmlsZTogY2hhcHRlckZpbGUoJ3JldmlzaW9uJywgYy5udW1iZXIpLFxuICAgICAgaW5wdXRzOiBbQlJJRUZfRklMRSwgQklCTEVfRklMRSwgb3V0bGluZVNlY3Rpb25LZXkoYy5udW1iZXIpLCBjaGFwdGVyRmlsZSgnZHJhZnQnLCBjLm51bWJlcildLFxuICAgIH0pO1xuICB9XG4gIGl0ZW1zLnB1c2goeyBpZDogJ21hbnVzY3JpcHQnLCBzdGFnZTogJ21hbnVzY3JpcHQnLCBmaWxlOiBNQU5VU0NSSVBUX0ZJTEUsIGlucHV0czogW10gfSk7XG4gIHJldHVybiBpdGVtcztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUVBLG1CQUFvQztBQUNwQyx3QkFBb0U7QUF3QjdELFNBQVMsY0FBYyxNQUEyQztBQUN2RSxVQUFRLEtBQUssVUFBVSxXQUFXLEtBQUssVUFBVSxlQUFlLEtBQUssWUFBWTtBQUNuRjtBQU1PLE1BQU0sbUJBQWUsNkJBQVUsU0FBUztBQUN4QyxNQUFNLG1CQUFlLDZCQUFVLFNBQVM7QUFDeEMsTUFBTSxpQkFBYSw2QkFBVSxPQUFPO0FBRXBDLFNBQVMsa0JBQWtCLFNBQXlCO0FBQ3pELFNBQU8sR0FBRyxZQUFZLFlBQVksT0FBTztBQUMzQztBQUVPLFNBQVMsdUJBQXVCLEtBQWlDO0FBQ3RFLFFBQU0sSUFBSSxpQ0FBaUMsS0FBSyxHQUFHO0FBQ25ELFNBQU8sSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUk7QUFDNUI7QUFHTyxTQUFTLGlCQUFpQixLQUFxQjtBQUNwRCxRQUFNLFVBQVUsdUJBQXVCLEdBQUc7QUFDMUMsU0FBTyxZQUFZLFNBQVksTUFBTSxHQUFHLFlBQVksYUFBYSxPQUFPO0FBQzFFO0FBU08sU0FBUyxXQUFXLFVBQXdDLFdBQXdEO0FBQ3pILFFBQU0sUUFBcUI7QUFBQSxJQUN6QixFQUFFLElBQUksV0FBVyxPQUFPLFdBQVcsTUFBTSxjQUFjLFFBQVEsQ0FBQyw0QkFBVSxFQUFFO0FBQUEsSUFDNUUsRUFBRSxJQUFJLFNBQVMsT0FBTyxTQUFTLE1BQU0sWUFBWSxRQUFRLENBQUMsOEJBQVksWUFBWSxFQUFFO0FBQUEsSUFDcEYsRUFBRSxJQUFJLFdBQVcsT0FBTyxXQUFXLE1BQU0sY0FBYyxRQUFRLENBQUMsOEJBQVksY0FBYyxVQUFVLEVBQUU7QUFBQSxFQUN4RztBQUNBLFdBQVMsUUFBUSxDQUFDLEdBQUcsVUFBVTtBQUM3QixVQUFNLFdBQVcsU0FBUyxRQUFRLENBQUM7QUFDbkMsVUFBTSxrQkFBa0IsY0FBYyxnQkFBZ0IsV0FBVyxLQUFDLCtCQUFZLFNBQVMsU0FBUyxNQUFNLENBQUMsSUFBSSxDQUFDO0FBQzVHLFVBQU0sS0FBSztBQUFBLE1BQ1QsUUFBSSxxQkFBTyxTQUFTLEVBQUUsTUFBTTtBQUFBLE1BQzVCLE9BQU87QUFBQSxNQUNQLFNBQVMsRUFBRTtBQUFBLE1BQ1gsVUFBTSwrQkFBWSxTQUFTLEVBQUUsTUFBTTtBQUFBLE1BQ25DLFFBQVEsQ0FBQyw4QkFBWSxZQUFZLGtCQUFrQixFQUFFLE1BQU0sR0FBRyxHQUFHLGVBQWU7QUFBQSxJQUNsRixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0QsYUFBVyxLQUFLLFVBQVU7QUFDeEIsVUFBTSxLQUFLO0FBQUEsTUFDVCxRQUFJLHFCQUFPLFlBQVksRUFBRSxNQUFNO0FBQUEsTUFDL0IsT0FBTztBQUFBLE1BQ1AsU0FBUyxFQUFFO0FBQUEsTUFDWCxVQUFNLCtCQUFZLFlBQVksRUFBRSxNQUFNO0FBQUEsTUFDdEMsUUFBUSxDQUFDLDhCQUFZLFlBQVksa0JBQWtCLEVBQUUsTUFBTSxPQUFHLCtCQUFZLFNBQVMsRUFBRSxNQUFNLENBQUM7QUFBQSxJQUM5RixDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sS0FBSyxFQUFFLElBQUksY0FBYyxPQUFPLGNBQWMsTUFBTSxtQ0FBaUIsUUFBUSxDQUFDLEVBQUUsQ0FBQztBQUN2RixTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
