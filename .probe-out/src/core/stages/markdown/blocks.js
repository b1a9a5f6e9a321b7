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
var blocks_exports = {};
__export(blocks_exports, {
  readBlocks: () => readBlocks,
  renderItem: () => renderItem
});
module.exports = __toCommonJS(blocks_exports);
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const indentOf = (text) => /^ */.exec(text.replace(/\t/g, "    "))[0].length;
const isBlank = (text) => text.trim() === "";
function readBlocks(lines) {
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const { text, line } = lines[i];
    if (isBlank(text)) {
      i++;
      continue;
    }
    const item = ITEM.exec(text);
    if (item) {
      const contentIndent = item[1].length + item[2].length + Math.min(4, (item[3] ?? " ").length);
      const parts2 = [item[4] ?? ""];
      i++;
      while (i < lines.length) {
        const next = lines[i].text;
        if (isBlank(next)) {
          const after = lines.slice(i).find((l) => !isBlank(l.text));
          if (after === void 0 || indentOf(after.text) < Math.min(contentIndent, 2)) break;
          parts2.push("");
          i++;
        } else if (indentOf(next) >= Math.min(contentIndent, 2)) {
          parts2.push(dedent(next, contentIndent));
          i++;
        } else if (!ITEM.test(next) && !isBlank(parts2.at(-1) ?? "")) {
          parts2.push(next.trim());
          i++;
        } else {
          break;
        }
      }
      blocks.push({ kind: "item", text: trimBlankEdges(parts2).join("\n"), line });
      continue;
    }
    const parts = [];
    while (i < lines.length && !isBlank(lines[i].text) && (parts.length === 0 || !ITEM.test(lines[i].text))) {
      parts.push(lines[i].text.trimEnd());
      i++;
    }
    blocks.push({ kind: "paragraph", text: parts.join("\n").trim(), line });
  }
  return blocks;
}
function dedent(text, indent) {
  const expanded = text.replace(/\t/g, "    ");
  return expanded.slice(Math.min(indent, indentOf(expanded))).trimEnd();
}
function trimBlankEdges(parts) {
  let start = 0;
  let end = parts.length;
  while (start < end && isBlank(parts[start])) start++;
  while (end > start && isBlank(parts[end - 1])) end--;
  return parts.slice(start, end);
}
function renderItem(text) {
  return text.split("\n").map((l, i) => i === 0 ? `- ${l}` : l === "" ? "" : `  ${l}`).join("\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  readBlocks,
  renderItem
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL21hcmtkb3duL2Jsb2Nrcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBTb3VyY2VMaW5lIH0gZnJvbSAnLi9zZWN0aW9ucyc7XG5cbi8qKlxuICogVGhlIGNvbnRlbnQgYmV0d2VlbiB0d28gaGVhZGluZ3MgYXMgbGlzdCBpdGVtcyBhbmQgcGFyYWdyYXBocywgZm9sbG93aW5nIENvbW1vbk1hcmsgY2xvc2VseVxuICogZW5vdWdoIGZvciBkb2N1bWVudHMgcGVvcGxlIHR5cGU6IGluZGVudGVkIGFuZCBsYXp5IGNvbnRpbnVhdGlvbiBsaW5lcyBiZWxvbmcgdG8gdGhlaXIgaXRlbSxcbiAqIG5lc3RlZCBsaXN0cyBzdGF5IGluc2lkZSB0aGVpciBwYXJlbnQgaXRlbSdzIHRleHQsIGEgYmxhbmsgbGluZSBlbmRzIGEgcGFyYWdyYXBoLlxuICovXG5cbmV4cG9ydCB0eXBlIEJsb2NrID1cbiAgfCB7IHJlYWRvbmx5IGtpbmQ6ICdpdGVtJzsgcmVhZG9ubHkgdGV4dDogc3RyaW5nOyByZWFkb25seSBsaW5lOiBudW1iZXIgfVxuICB8IHsgcmVhZG9ubHkga2luZDogJ3BhcmFncmFwaCc7IHJlYWRvbmx5IHRleHQ6IHN0cmluZzsgcmVhZG9ubHkgbGluZTogbnVtYmVyIH07XG5cbmNvbnN0IElURU0gPSAvXiggezAsM30pKFstKitdfFxcZHsxLDl9Wy4pXSkoPzooWyBcXHRdKykoLiopKT8kLztcblxuY29uc3QgaW5kZW50T2YgPSAodGV4dDogc3RyaW5nKSA9PiAvXiAqLy5leGVjKHRleHQucmVwbGFjZSgvXFx0L2csICcgICAgJykpIVswXS5sZW5ndGg7XG5jb25zdCBpc0JsYW5rID0gKHRleHQ6IHN0cmluZykgPT4gdGV4dC50cmltKCkgPT09ICcnO1xuXG5leHBvcnQgZnVuY3Rpb24gcmVhZEJsb2NrcyhsaW5lczogcmVhZG9ubHkgU291cmNlTGluZVtdKTogQmxvY2tbXSB7XG4gIGNvbnN0IGJsb2NrczogQmxvY2tbXSA9IFtdO1xuICBsZXQgaSA9IDA7XG4gIHdoaWxlIChpIDwgbGluZXMubGVuZ3RoKSB7XG4gICAgY29uc3QgeyB0ZXh0LCBsaW5lIH0gPSBsaW5lc1tpXSE7XG4gICAgaWYgKGlzQmxhbmsodGV4dCkpIHtcbiAgICAgIGkrKztcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBpdGVtID0gSVRFTS5leGVjKHRleHQpO1xuICAgIGlmIChpdGVtKSB7XG4gICAgICBjb25zdCBjb250ZW50SW5kZW50ID0gaXRlbVsxXSEubGVuZ3RoICsgaXRlbVsyXSEubGVuZ3RoICsgTWF0aC5taW4oNCwgKGl0ZW1bM10gPz8gJyAnKS5sZW5ndGgpO1xuICAgICAgY29uc3QgcGFydHMgPSBbaXRlbVs0XSA/PyAnJ107XG4gICAgICBpKys7XG4gICAgICB3aGlsZSAoaSA8IGxpbmVzLmxlbmd0aCkge1xuICAgICAgICBjb25zdCBuZXh0ID0gbGluZXNbaV0hLnRleHQ7XG4gICAgICAgIGlmIChpc0JsYW5rKG5leHQpKSB7XG4gICAgICAgICAgY29uc3QgYWZ0ZXIgPSBsaW5lcy5zbGljZShpKS5maW5kKChsKSA9PiAhaXNCbGFuayhsLnRleHQpKTtcbiAgICAgICAgICBpZiAoYWZ0ZXIgPT09IHVuZGVmaW5lZCB8fCBpbmRlbnRPZihhZnRlci50ZXh0KSA8IE1hdGgubWluKGNvbnRlbnRJbmRlbnQsIDIpKSBicmVhaztcbiAgICAgICAgICBwYXJ0cy5wdXNoKCcnKTtcbiAgICAgICAgICBpKys7XG4gICAgICAgIH0gZWxzZSBpZiAoaW5kZW50T2YobmV4dCkgPj0gTWF0aC5taW4oY29udGVudEluZGVudCwgMikpIHtcbiAgICAgICAgICBwYXJ0cy5wdXNoKGRlZGVudChuZXh0LCBjb250ZW50SW5kZW50KSk7XG4gICAgICAgICAgaSsrO1xuICAgICAgICB9IGVsc2UgaWYgKCFJVEVNLnRlc3QobmV4dCkgJiYgIWlzQmxhbmsocGFydHMuYXQoLTEpID8/ICcnKSkge1xuICAgICAgICAgIHBhcnRzLnB1c2gobmV4dC50cmltKCkpOyAvLyBsYXp5IGNvbnRpbnVhdGlvbiBvZiB0aGUgaXRlbSdzIGxhc3QgcGFyYWdyYXBoXG4gICAgICAgICAgaSsrO1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICBibG9ja3MucHVzaCh7IGtpbmQ6ICdpdGVtJywgdGV4dDogdHJpbUJsYW5rRWRnZXMocGFydHMpLmpvaW4oJ1xcbicpLCBsaW5lIH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IHBhcnRzOiBzdHJpbmdbXSA9IFtdO1xuICAgIHdoaWxlIChpIDwgbGluZXMubGVuZ3RoICYmICFpc0JsYW5rKGxpbmVzW2ldIS50ZXh0KSAmJiAocGFydHMubGVuZ3RoID09PSAwIHx8ICFJVEVNLnRlc3QobGluZXNbaV0hLnRleHQpKSkge1xuICAgICAgcGFydHMucHVzaChsaW5lc1tpXSEudGV4dC50cmltRW5kKCkpO1xuICAgICAgaSsrO1xuICAgIH1cbiAgICBibG9ja3MucHVzaCh7IGtpbmQ6ICdwYXJhZ3JhcGgnLCB0ZXh0OiBwYXJ0cy5qb2luKCdcXG4nKS50cmltKCksIGxpbmUgfSk7XG4gIH1cbiAgcmV0dXJuIGJsb2Nrcztcbn1cblxuZnVuY3Rpb24gZGVkZW50KHRleHQ6IHN0cmluZywgaW5kZW50OiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBleHBhbmRlZCA9IHRleHQucmVwbGFjZSgvXFx0L2csICcgICAgJyk7XG4gIHJldHVybiBleHBhbmRlZC5zbGljZShNYXRoLm1pbihpbmRlbnQsIGluZGVudE9mKGV4cGFuZGVkKSkpLnRyaW1FbmQoKTtcbn1cblxuZnVuY3Rpb24gdHJpbUJsYW5rRWRnZXMocGFydHM6IHN0cmluZ1tdKTogc3RyaW5nW10ge1xuICBsZXQgc3RhcnQgPSAwO1xuICBsZXQgZW5kID0gcGFydHMubGVuZ3RoO1xuICB3aGlsZSAoc3RhcnQgPCBlbmQgJiYgaXNCbGFuayhwYXJ0c1tzdGFydF0hKSkgc3RhcnQrKztcbiAgd2hpbGUgKGVuZCA+IHN0YXJ0ICYmIGlzQmxhbmsocGFydHNbZW5kIC0gMV0hKSkgZW5kLS07XG4gIHJldHVybiBwYXJ0cy5zbGljZShzdGFydCwgZW5kKTtcbn1cblxuLyoqIFJlbmRlcnMgdGV4dCBhcyBvbmUgbGlzdCBpdGVtLCBjb250aW51YXRpb24gbGluZXMgaW5kZW50ZWQgdW5kZXIgdGhlIG1hcmtlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJJdGVtKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnNwbGl0KCdcXG4nKVxuICAgIC5tYXAoKGwsIGkpID0+IChpID09PSAwID8gYC0gJHtsfWAgOiBsID09PSAnJyA/ICcnIDogYCAgJHtsfWApKVxuICAgIC5qb2luKCdcXG4nKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQVlBLE1BQU0sT0FBTztBQUViLE1BQU0sV0FBVyxDQUFDLFNBQWlCLE1BQU0sS0FBSyxLQUFLLFFBQVEsT0FBTyxNQUFNLENBQUMsRUFBRyxDQUFDLEVBQUU7QUFDL0UsTUFBTSxVQUFVLENBQUMsU0FBaUIsS0FBSyxLQUFLLE1BQU07QUFFM0MsU0FBUyxXQUFXLE9BQXVDO0FBQ2hFLFFBQU0sU0FBa0IsQ0FBQztBQUN6QixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksTUFBTSxRQUFRO0FBQ3ZCLFVBQU0sRUFBRSxNQUFNLEtBQUssSUFBSSxNQUFNLENBQUM7QUFDOUIsUUFBSSxRQUFRLElBQUksR0FBRztBQUNqQjtBQUNBO0FBQUEsSUFDRjtBQUNBLFVBQU0sT0FBTyxLQUFLLEtBQUssSUFBSTtBQUMzQixRQUFJLE1BQU07QUFDUixZQUFNLGdCQUFnQixLQUFLLENBQUMsRUFBRyxTQUFTLEtBQUssQ0FBQyxFQUFHLFNBQVMsS0FBSyxJQUFJLElBQUksS0FBSyxDQUFDLEtBQUssS0FBSyxNQUFNO0FBQzdGLFlBQU1BLFNBQVEsQ0FBQyxLQUFLLENBQUMsS0FBSyxFQUFFO0FBQzVCO0FBQ0EsYUFBTyxJQUFJLE1BQU0sUUFBUTtBQUN2QixjQUFNLE9BQU8sTUFBTSxDQUFDLEVBQUc7QUFDdkIsWUFBSSxRQUFRLElBQUksR0FBRztBQUNqQixnQkFBTSxRQUFRLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxRQUFRLEVBQUUsSUFBSSxDQUFDO0FBQ3pELGNBQUksVUFBVSxVQUFhLFNBQVMsTUFBTSxJQUFJLElBQUksS0FBSyxJQUFJLGVBQWUsQ0FBQyxFQUFHO0FBQzlFLFVBQUFBLE9BQU0sS0FBSyxFQUFFO0FBQ2I7QUFBQSxRQUNGLFdBQVcsU0FBUyxJQUFJLEtBQUssS0FBSyxJQUFJLGVBQWUsQ0FBQyxHQUFHO0FBQ3ZELFVBQUFBLE9BQU0sS0FBSyxPQUFPLE1BQU0sYUFBYSxDQUFDO0FBQ3RDO0FBQUEsUUFDRixXQUFXLENBQUMsS0FBSyxLQUFLLElBQUksS0FBSyxDQUFDLFFBQVFBLE9BQU0sR0FBRyxFQUFFLEtBQUssRUFBRSxHQUFHO0FBQzNELFVBQUFBLE9BQU0sS0FBSyxLQUFLLEtBQUssQ0FBQztBQUN0QjtBQUFBLFFBQ0YsT0FBTztBQUNMO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxhQUFPLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxlQUFlQSxNQUFLLEVBQUUsS0FBSyxJQUFJLEdBQUcsS0FBSyxDQUFDO0FBQzFFO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixXQUFPLElBQUksTUFBTSxVQUFVLENBQUMsUUFBUSxNQUFNLENBQUMsRUFBRyxJQUFJLE1BQU0sTUFBTSxXQUFXLEtBQUssQ0FBQyxLQUFLLEtBQUssTUFBTSxDQUFDLEVBQUcsSUFBSSxJQUFJO0FBQ3pHLFlBQU0sS0FBSyxNQUFNLENBQUMsRUFBRyxLQUFLLFFBQVEsQ0FBQztBQUNuQztBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssRUFBRSxNQUFNLGFBQWEsTUFBTSxNQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxLQUFLLENBQUM7QUFBQSxFQUN4RTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxNQUFjLFFBQXdCO0FBQ3BELFFBQU0sV0FBVyxLQUFLLFFBQVEsT0FBTyxNQUFNO0FBQzNDLFNBQU8sU0FBUyxNQUFNLEtBQUssSUFBSSxRQUFRLFNBQVMsUUFBUSxDQUFDLENBQUMsRUFBRSxRQUFRO0FBQ3RFO0FBRUEsU0FBUyxlQUFlLE9BQTJCO0FBQ2pELE1BQUksUUFBUTtBQUNaLE1BQUksTUFBTSxNQUFNO0FBQ2hCLFNBQU8sUUFBUSxPQUFPLFFBQVEsTUFBTSxLQUFLLENBQUUsRUFBRztBQUM5QyxTQUFPLE1BQU0sU0FBUyxRQUFRLE1BQU0sTUFBTSxDQUFDLENBQUUsRUFBRztBQUNoRCxTQUFPLE1BQU0sTUFBTSxPQUFPLEdBQUc7QUFDL0I7QUFHTyxTQUFTLFdBQVcsTUFBc0I7QUFDL0MsU0FBTyxLQUNKLE1BQU0sSUFBSSxFQUNWLElBQUksQ0FBQyxHQUFHLE1BQU8sTUFBTSxJQUFJLEtBQUssQ0FBQyxLQUFLLE1BQU0sS0FBSyxLQUFLLEtBQUssQ0FBQyxFQUFHLEVBQzdELEtBQUssSUFBSTtBQUNkOyIsCiAgIm5hbWVzIjogWyJwYXJ0cyJdCn0K
