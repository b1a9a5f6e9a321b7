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
var continuation_exports = {};
__export(continuation_exports, {
  joinContinuation: () => joinContinuation
});
module.exports = __toCommonJS(continuation_exports);
var import_text = require("./markdown/text");
const MIN_OVERLAP = 20;
const MAX_OVERLAP = 4e3;
function joinContinuation(textSoFar, continuation) {
  const before = (0, import_text.normalizeNewlines)(textSoFar).replace(/[ \t]+$/, "");
  let after = (0, import_text.unwrapCodeFence)((0, import_text.normalizeNewlines)(continuation));
  after = after.slice(repeatedLength(before, after));
  if (after.trim() === "") return before;
  if (before === "" || /\s$/.test(before) || /^\s/.test(after)) return before + after;
  if (/^[,.;:!?…)\]}”’'»]/.test(after)) return before + after;
  return `${before} ${after}`;
}
function repeatedLength(before, after) {
  const lead = after.length - after.trimStart().length;
  const trimmed = after.slice(lead);
  const fragment = /(?:^|[.!?…]["”’)]?\s+)([^.!?…]*)$/.exec(before)?.[1]?.trim() ?? "";
  if (fragment.length >= 8 && trimmed.startsWith(fragment)) return lead + fragment.length;
  for (let k = Math.min(MAX_OVERLAP, before.length, trimmed.length); k >= MIN_OVERLAP; k--) {
    if (before.endsWith(trimmed.slice(0, k))) return lead + k;
  }
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  joinContinuation
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NvbnRpbnVhdGlvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgbm9ybWFsaXplTmV3bGluZXMsIHVud3JhcENvZGVGZW5jZSB9IGZyb20gJy4vbWFya2Rvd24vdGV4dCc7XG5cbi8qKiBTaG9ydGVyIHJlcGVhdHMgdGhhbiB0aGlzIGFyZSBtb3JlIGxpa2VseSBjb2luY2lkZW5jZSB0aGFuIHRoZSBtb2RlbCBzdGFydGluZyBvdmVyLiAqL1xuY29uc3QgTUlOX09WRVJMQVAgPSAyMDtcbmNvbnN0IE1BWF9PVkVSTEFQID0gNDAwMDtcblxuLyoqXG4gKiBKb2lucyB0ZXh0IGdlbmVyYXRlZCBieSBhIFwiY29udGludWVcIiBwcm9tcHQgb250byB3aGF0IHdhcyB0aGVyZS4gTW9kZWxzIGFza2VkIHRvIGNvbnRpbnVlXG4gKiBzb21ldGltZXMgcmVwZWF0IHRoZSBsYXN0IHNlbnRlbmNlIChvciBtb3JlKSBiZWZvcmUgZ29pbmcgb247IHRoYXQgcmVwZWF0IGlzIHJlbW92ZWQuIFRoZSBzZWFtXG4gKiBnZXRzIGEgc3BhY2Ugd2hlbiBib3RoIHNpZGVzIHdvdWxkIG90aGVyd2lzZSBydW4gdG9nZXRoZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBqb2luQ29udGludWF0aW9uKHRleHRTb0Zhcjogc3RyaW5nLCBjb250aW51YXRpb246IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGJlZm9yZSA9IG5vcm1hbGl6ZU5ld2xpbmVzKHRleHRTb0ZhcikucmVwbGFjZSgvWyBcXHRdKyQvLCAnJyk7XG4gIGxldCBhZnRlciA9IHVud3JhcENvZGVGZW5jZShub3JtYWxpemVOZXdsaW5lcyhjb250aW51YXRpb24pKTtcbiAgYWZ0ZXIgPSBhZnRlci5zbGljZShyZXBlYXRlZExlbmd0aChiZWZvcmUsIGFmdGVyKSk7XG4gIGlmIChhZnRlci50cmltKCkgPT09ICcnKSByZXR1cm4gYmVmb3JlO1xuICBpZiAoYmVmb3JlID09PSAnJyB8fCAvXFxzJC8udGVzdChiZWZvcmUpIHx8IC9eXFxzLy50ZXN0KGFmdGVyKSkgcmV0dXJuIGJlZm9yZSArIGFmdGVyO1xuICBpZiAoL15bLC47OiE/XHUyMDI2KVxcXX1cdTIwMURcdTIwMTknXHUwMEJCXS8udGVzdChhZnRlcikpIHJldHVybiBiZWZvcmUgKyBhZnRlcjtcbiAgcmV0dXJuIGAke2JlZm9yZX0gJHthZnRlcn1gO1xufVxuXG4vKiogSG93IG1hbnkgbGVhZGluZyBjaGFyYWN0ZXJzIG9mIGBhZnRlcmAgbWVyZWx5IHJlcGVhdCB0aGUgZW5kIG9mIGBiZWZvcmVgLiAqL1xuZnVuY3Rpb24gcmVwZWF0ZWRMZW5ndGgoYmVmb3JlOiBzdHJpbmcsIGFmdGVyOiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBsZWFkID0gYWZ0ZXIubGVuZ3RoIC0gYWZ0ZXIudHJpbVN0YXJ0KCkubGVuZ3RoO1xuICBjb25zdCB0cmltbWVkID0gYWZ0ZXIuc2xpY2UobGVhZCk7XG4gIC8vIFRoZSB1bmZpbmlzaGVkIGxhc3Qgc2VudGVuY2UsIHJlcGVhdGVkIGZyb20gaXRzIHN0YXJ0LlxuICBjb25zdCBmcmFnbWVudCA9IC8oPzpefFsuIT9cdTIwMjZdW1wiXHUyMDFEXHUyMDE5KV0/XFxzKykoW14uIT9cdTIwMjZdKikkLy5leGVjKGJlZm9yZSk/LlsxXT8udHJpbSgpID8/ICcnO1xuICBpZiAoZnJhZ21lbnQubGVuZ3RoID49IDggJiYgdHJpbW1lZC5zdGFydHNXaXRoKGZyYWdtZW50KSkgcmV0dXJuIGxlYWQgKyBmcmFnbWVudC5sZW5ndGg7XG4gIC8vIEEgbG9uZ2VyIHN0cmV0Y2ggcmVwZWF0ZWQgdmVyYmF0aW0uXG4gIGZvciAobGV0IGsgPSBNYXRoLm1pbihNQVhfT1ZFUkxBUCwgYmVmb3JlLmxlbmd0aCwgdHJpbW1lZC5sZW5ndGgpOyBrID49IE1JTl9PVkVSTEFQOyBrLS0pIHtcbiAgICBpZiAoYmVmb3JlLmVuZHNXaXRoKHRyaW1tZWQuc2xpY2UoMCwgaykpKSByZXR1cm4gbGVhZCArIGs7XG4gIH1cbiAgcmV0dXJuIDA7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsa0JBQW1EO0FBR25ELE1BQU0sY0FBYztBQUNwQixNQUFNLGNBQWM7QUFPYixTQUFTLGlCQUFpQixXQUFtQixjQUE4QjtBQUNoRixRQUFNLGFBQVMsK0JBQWtCLFNBQVMsRUFBRSxRQUFRLFdBQVcsRUFBRTtBQUNqRSxNQUFJLFlBQVEsaUNBQWdCLCtCQUFrQixZQUFZLENBQUM7QUFDM0QsVUFBUSxNQUFNLE1BQU0sZUFBZSxRQUFRLEtBQUssQ0FBQztBQUNqRCxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksUUFBTztBQUNoQyxNQUFJLFdBQVcsTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxLQUFLLEVBQUcsUUFBTyxTQUFTO0FBQzlFLE1BQUkscUJBQXFCLEtBQUssS0FBSyxFQUFHLFFBQU8sU0FBUztBQUN0RCxTQUFPLEdBQUcsTUFBTSxJQUFJLEtBQUs7QUFDM0I7QUFHQSxTQUFTLGVBQWUsUUFBZ0IsT0FBdUI7QUFDN0QsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsRUFBRTtBQUM5QyxRQUFNLFVBQVUsTUFBTSxNQUFNLElBQUk7QUFFaEMsUUFBTSxXQUFXLG9DQUFvQyxLQUFLLE1BQU0sSUFBSSxDQUFDLEdBQUcsS0FBSyxLQUFLO0FBQ2xGLE1BQUksU0FBUyxVQUFVLEtBQUssUUFBUSxXQUFXLFFBQVEsRUFBRyxRQUFPLE9BQU8sU0FBUztBQUVqRixXQUFTLElBQUksS0FBSyxJQUFJLGFBQWEsT0FBTyxRQUFRLFFBQVEsTUFBTSxHQUFHLEtBQUssYUFBYSxLQUFLO0FBQ3hGLFFBQUksT0FBTyxTQUFTLFFBQVEsTUFBTSxHQUFHLENBQUMsQ0FBQyxFQUFHLFFBQU8sT0FBTztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
