"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var helpers_exports = {};
__export(helpers_exports, {
  EXTENSION_ID: () => EXTENSION_ID,
  activateExtension: () => activateExtension,
  nextEvent: () => nextEvent,
  screenshot: () => screenshot,
  waitFor: () => waitFor
});
module.exports = __toCommonJS(helpers_exports);
var assert = __toESM(require("node:assert/strict"));
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
const EXTENSION_ID = "story-writer.story-writer";
async function activateExtension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}
function nextEvent(event, accept = () => true, ms = 1e4) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`event not seen within ${ms} ms`));
    }, ms);
    const sub = event((v) => {
      if (!accept(v)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}
async function waitFor(what, check, ms = 15e3) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}
const shotsDir = path.resolve(__dirname, "../../../.test-output/screenshots");
async function screenshot(name) {
  if (!process.env.STORY_WRITER_SCREENSHOTS) return;
  const file = path.join(shotsDir, `${name}.png`);
  (0, import_node_fs.rmSync)(file, { force: true });
  await new Promise((r) => setTimeout(r, 400));
  console.log(`[screenshot] ${name}`);
  await waitFor(`screenshot ${name}`, () => (0, import_node_fs.existsSync)(file), 2e4);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EXTENSION_ID,
  activateExtension,
  nextEvent,
  screenshot,
  waitFor
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9oZWxwZXJzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJtU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IFN0b3J5V3JpdGVyQXBpIH0gZnJvbSAnLi4vLi4vc3JjL2V4dGVuc2lvbic7XG5cbmV4cG9ydCBjb25zdCBFWFRFTlNJT05fSUQgPSAnc3Rvcnktd3JpdGVyLnN0b3J5LXdyaXRlcic7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBhY3RpdmF0ZUV4dGVuc2lvbigpOiBQcm9taXNlPFN0b3J5V3JpdGVyQXBpPiB7XG4gIGNvbnN0IGV4dCA9IHZzY29kZS5leHRlbnNpb25zLmdldEV4dGVuc2lvbjxTdG9yeVdyaXRlckFwaT4oRVhURU5TSU9OX0lEKTtcbiAgYXNzZXJ0Lm9rKGV4dCwgYGV4dGVuc2lvbiAke0VYVEVOU0lPTl9JRH0gaXMgbm90IGluc3RhbGxlZCBpbiB0aGlzIGhvc3RgKTtcbiAgcmV0dXJuIGV4dC5hY3RpdmF0ZSgpO1xufVxuXG4vKiogUmVzb2x2ZXMgd2hlbiBgZXZlbnRgIGZpcmVzIHdpdGggYSB2YWx1ZSB0aGF0IHNhdGlzZmllcyBgYWNjZXB0YCwgb3IgZmFpbHMgYWZ0ZXIgYG1zYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXh0RXZlbnQ8VD4oZXZlbnQ6IHZzY29kZS5FdmVudDxUPiwgYWNjZXB0OiAodjogVCkgPT4gYm9vbGVhbiA9ICgpID0+IHRydWUsIG1zID0gMTBfMDAwKTogUHJvbWlzZTxUPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIHN1Yi5kaXNwb3NlKCk7XG4gICAgICByZWplY3QobmV3IEVycm9yKGBldmVudCBub3Qgc2VlbiB3aXRoaW4gJHttc30gbXNgKSk7XG4gICAgfSwgbXMpO1xuICAgIGNvbnN0IHN1YiA9IGV2ZW50KCh2KSA9PiB7XG4gICAgICBpZiAoIWFjY2VwdCh2KSkgcmV0dXJuO1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgIHN1Yi5kaXNwb3NlKCk7XG4gICAgICByZXNvbHZlKHYpO1xuICAgIH0pO1xuICB9KTtcbn1cblxuLyoqIFBvbGxzIGBjaGVja2AgdW50aWwgaXQgcmV0dXJucyB0cnVlIChib3VuZGVkKTogZm9yIHN0YXRlIHRoYXQgaGFzIG5vIGV2ZW50IG9mIGl0cyBvd24uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd2FpdEZvcih3aGF0OiBzdHJpbmcsIGNoZWNrOiAoKSA9PiBib29sZWFuIHwgUHJvbWlzZTxib29sZWFuPiwgbXMgPSAxNV8wMDApOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgbXM7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBpZiAoYXdhaXQgY2hlY2soKSkgcmV0dXJuO1xuICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIDEwMCkpO1xuICB9XG4gIHRocm93IG5ldyBFcnJvcihgdGltZWQgb3V0IGFmdGVyICR7bXN9IG1zIHdhaXRpbmcgZm9yICR7d2hhdH1gKTtcbn1cblxuY29uc3Qgc2hvdHNEaXIgPSBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4vLi4vLi4vLnRlc3Qtb3V0cHV0L3NjcmVlbnNob3RzJyk7XG5cbi8qKlxuICogQXNrcyB0aGUgaGFybmVzcyAob3V0c2lkZSB0aGUgaG9zdCkgZm9yIGEgc2NyZWVuc2hvdCBvZiB0aGUgd29ya2JlbmNoIGFuZCB3YWl0cyB1bnRpbCBpdCBpc1xuICogb24gZGlzaywgc28gdGhlIHBpY3R1cmUgc2hvd3MgdGhlIHN0YXRlIHRoZSB0ZXN0IGhhcyByZWFjaGVkLiBPdXRzaWRlIHRoZSBoYXJuZXNzXG4gKiAodGVzdDplbGVjdHJvbikgdGhlcmUgaXMgbm9ib2R5IHRvIHRha2UgaXQsIGFuZCB0aGlzIHJldHVybnMgYXQgb25jZS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNjcmVlbnNob3QobmFtZTogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gIGlmICghcHJvY2Vzcy5lbnYuU1RPUllfV1JJVEVSX1NDUkVFTlNIT1RTKSByZXR1cm47XG4gIGNvbnN0IGZpbGUgPSBwYXRoLmpvaW4oc2hvdHNEaXIsIGAke25hbWV9LnBuZ2ApO1xuICBybVN5bmMoZmlsZSwgeyBmb3JjZTogdHJ1ZSB9KTtcbiAgLy8gTGV0IHRoZSB3b3JrYmVuY2ggcGFpbnQgd2hhdCB0aGUgdGVzdCBqdXN0IGNoYW5nZWQgYmVmb3JlIHRoZSBwaWN0dXJlIGlzIHRha2VuLlxuICBhd2FpdCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCA0MDApKTtcbiAgY29uc29sZS5sb2coYFtzY3JlZW5zaG90XSAke25hbWV9YCk7XG4gIGF3YWl0IHdhaXRGb3IoYHNjcmVlbnNob3QgJHtuYW1lfWAsICgpID0+IGV4aXN0c1N5bmMoZmlsZSksIDIwXzAwMCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFDeEIscUJBQW1DO0FBQ25DLFdBQXNCO0FBQ3RCLGFBQXdCO0FBR2pCLE1BQU0sZUFBZTtBQUU1QixlQUFzQixvQkFBNkM7QUFDakUsUUFBTSxNQUFNLE9BQU8sV0FBVyxhQUE2QixZQUFZO0FBQ3ZFLFNBQU8sR0FBRyxLQUFLLGFBQWEsWUFBWSxnQ0FBZ0M7QUFDeEUsU0FBTyxJQUFJLFNBQVM7QUFDdEI7QUFHTyxTQUFTLFVBQWEsT0FBd0IsU0FBNEIsTUFBTSxNQUFNLEtBQUssS0FBb0I7QUFDcEgsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsVUFBTSxRQUFRLFdBQVcsTUFBTTtBQUM3QixVQUFJLFFBQVE7QUFDWixhQUFPLElBQUksTUFBTSx5QkFBeUIsRUFBRSxLQUFLLENBQUM7QUFBQSxJQUNwRCxHQUFHLEVBQUU7QUFDTCxVQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU07QUFDdkIsVUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFHO0FBQ2hCLG1CQUFhLEtBQUs7QUFDbEIsVUFBSSxRQUFRO0FBQ1osY0FBUSxDQUFDO0FBQUEsSUFDWCxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0g7QUFHQSxlQUFzQixRQUFRLE1BQWMsT0FBeUMsS0FBSyxNQUF1QjtBQUMvRyxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUk7QUFDOUIsU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFFBQUksTUFBTSxNQUFNLEVBQUc7QUFDbkIsVUFBTSxJQUFJLFFBQVEsQ0FBQyxNQUFNLFdBQVcsR0FBRyxHQUFHLENBQUM7QUFBQSxFQUM3QztBQUNBLFFBQU0sSUFBSSxNQUFNLG1CQUFtQixFQUFFLG1CQUFtQixJQUFJLEVBQUU7QUFDaEU7QUFFQSxNQUFNLFdBQVcsS0FBSyxRQUFRLFdBQVcsbUNBQW1DO0FBTzVFLGVBQXNCLFdBQVcsTUFBNkI7QUFDNUQsTUFBSSxDQUFDLFFBQVEsSUFBSSx5QkFBMEI7QUFDM0MsUUFBTSxPQUFPLEtBQUssS0FBSyxVQUFVLEdBQUcsSUFBSSxNQUFNO0FBQzlDLDZCQUFPLE1BQU0sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUU1QixRQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLEdBQUcsQ0FBQztBQUMzQyxVQUFRLElBQUksZ0JBQWdCLElBQUksRUFBRTtBQUNsQyxRQUFNLFFBQVEsY0FBYyxJQUFJLElBQUksVUFBTSwyQkFBVyxJQUFJLEdBQUcsR0FBTTtBQUNwRTsiLAogICJuYW1lcyI6IFtdCn0K
