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
var lenient_exports = {};
__export(lenient_exports, {
  complete: () => complete,
  optionalInt: () => optionalInt,
  optionalLine: () => optionalLine,
  optionalText: () => optionalText,
  optionalTextList: () => optionalTextList,
  requiredLine: () => requiredLine,
  requiredText: () => requiredText
});
module.exports = __toCommonJS(lenient_exports);
var import_zod = require("zod");
var import_text = require("./markdown/text");
const missingOrText = (what) => ({
  error: (issue) => issue.input === void 0 || issue.input === null ? "is missing" : `must be ${what}`
});
function optionalText(note, field) {
  return import_zod.z.string().transform(import_text.normalizeText).catch(() => {
    note(field);
    return "";
  });
}
function optionalLine(note, field, fallback = "") {
  return import_zod.z.string().transform(import_text.normalizeLine).catch(() => {
    note(field);
    return fallback;
  });
}
function requiredText() {
  return import_zod.z.string(missingOrText("text")).transform(import_text.normalizeText).pipe(import_zod.z.string().min(1, { error: "is empty" }));
}
function requiredLine() {
  return import_zod.z.string(missingOrText("text")).transform(import_text.normalizeLine).pipe(import_zod.z.string().min(1, { error: "is empty" }));
}
function optionalTextList(note, field) {
  return import_zod.z.union([import_zod.z.array(import_zod.z.unknown()), import_zod.z.string()]).transform((raw) => {
    const items = typeof raw === "string" ? raw.split(/\n|[,;](?=\s|$)/) : raw.filter((x) => typeof x === "string");
    return items.map(import_text.normalizeText).filter((s) => s !== "");
  }).catch(() => {
    note(field);
    return [];
  });
}
function optionalInt(note, field, fallback, min, max) {
  return import_zod.z.union([import_zod.z.number(), import_zod.z.string().regex(/^\s*\d[\d,_ ]*\s*$/).transform((s) => Number(s.replace(/[,_ ]/g, "")))]).pipe(import_zod.z.number().int().min(min).max(max)).catch(() => {
    note(field);
    return fallback;
  });
}
function complete(build, raw, what) {
  const defaulted = /* @__PURE__ */ new Set();
  const parsed = build((field) => defaulted.add(field)).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, defaulted: [...defaulted] };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const field = issuePath(issue.path);
      return { field: field || what, message: field ? `${what}: \`${field}\` ${issue.message}` : `${what}: ${issue.message}` };
    })
  };
}
function issuePath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`).join("");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  complete,
  optionalInt,
  optionalLine,
  optionalText,
  optionalTextList,
  requiredLine,
  requiredText
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2xlbmllbnQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHR5cGUgeyBQcm9ibGVtIH0gZnJvbSAnLi4vc3RvcnkvcHJvYmxlbSc7XG5pbXBvcnQgeyBub3JtYWxpemVMaW5lLCBub3JtYWxpemVUZXh0IH0gZnJvbSAnLi9tYXJrZG93bi90ZXh0JztcblxuLyoqXG4gKiBCdWlsZGluZyBibG9ja3MgZm9yIGNvbXBsZXRpbmcgYSBwYXJ0aWFsIHN0cnVjdHVyZWQgdmFsdWU6IHRoZSByZWNvdmVyeSBzdGVwIHRoZSBicmllZiBjYWxsc1xuICogXCJkZWZhdWx0IHZhbHVlcyBmb3Igbm9uLWNyaXRpY2FsIGZpZWxkc1wiLiBOb24tY3JpdGljYWwgZmllbGRzIGZhbGwgYmFjayB0byBhbiBlbXB0eSBkZWZhdWx0IGFuZFxuICogYXJlIHJlcG9ydGVkIGluIGBkZWZhdWx0ZWRgOyBjcml0aWNhbCBmaWVsZHMgc3RheSByZXF1aXJlZC4gVGhlc2Ugc2NoZW1hcyB0cmFuc2Zvcm0gYW5kIGNhdGNoLFxuICogc28gdGhleSBhcmUgZm9yIHZhbGlkYXRpb24gb25seSwgbmV2ZXIgZm9yIGByZXNwb25zZUpzb25TY2hlbWFgICh0aGUgc3RyaWN0IHN0YWdlIHNjaGVtYXMgYXJlKS5cbiAqL1xuXG5leHBvcnQgdHlwZSBDb21wbGV0ZVJlc3VsdDxUPiA9XG4gIHwgeyByZWFkb25seSBvazogdHJ1ZTsgcmVhZG9ubHkgdmFsdWU6IFQ7IHJlYWRvbmx5IGRlZmF1bHRlZDogcmVhZG9ubHkgc3RyaW5nW10gfVxuICB8IHsgcmVhZG9ubHkgb2s6IGZhbHNlOyByZWFkb25seSBwcm9ibGVtczogcmVhZG9ubHkgUHJvYmxlbVtdIH07XG5cbi8qKiBSZWNvcmRzIHdoaWNoIGZpZWxkcyB3ZXJlIGZpbGxlZCBpbiwgYnkgZG90dGVkIG5hbWUgKGBjaGFyYWN0ZXJzLnZvaWNlYCkuICovXG5leHBvcnQgdHlwZSBOb3RlRGVmYXVsdCA9IChmaWVsZDogc3RyaW5nKSA9PiB2b2lkO1xuXG5jb25zdCBtaXNzaW5nT3JUZXh0ID0gKHdoYXQ6IHN0cmluZykgPT4gKHtcbiAgZXJyb3I6IChpc3N1ZTogeyBpbnB1dD86IHVua25vd24gfSkgPT4gKGlzc3VlLmlucHV0ID09PSB1bmRlZmluZWQgfHwgaXNzdWUuaW5wdXQgPT09IG51bGwgPyAnaXMgbWlzc2luZycgOiBgbXVzdCBiZSAke3doYXR9YCksXG59KTtcblxuLyoqIEZyZWUgdGV4dCwgbm9ybWFsaXNlZDsgJycgd2hlbiBhYnNlbnQgb3Igbm90IHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gb3B0aW9uYWxUZXh0KG5vdGU6IE5vdGVEZWZhdWx0LCBmaWVsZDogc3RyaW5nKSB7XG4gIHJldHVybiB6XG4gICAgLnN0cmluZygpXG4gICAgLnRyYW5zZm9ybShub3JtYWxpemVUZXh0KVxuICAgIC5jYXRjaCgoKSA9PiB7XG4gICAgICBub3RlKGZpZWxkKTtcbiAgICAgIHJldHVybiAnJztcbiAgICB9KTtcbn1cblxuLyoqIE9uZSBsaW5lICh0aXRsZXMsIG5hbWVzLCBsYWJlbHMpLCBub3JtYWxpc2VkOyBgZmFsbGJhY2tgIHdoZW4gYWJzZW50LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wdGlvbmFsTGluZShub3RlOiBOb3RlRGVmYXVsdCwgZmllbGQ6IHN0cmluZywgZmFsbGJhY2sgPSAnJykge1xuICByZXR1cm4gelxuICAgIC5zdHJpbmcoKVxuICAgIC50cmFuc2Zvcm0obm9ybWFsaXplTGluZSlcbiAgICAuY2F0Y2goKCkgPT4ge1xuICAgICAgbm90ZShmaWVsZCk7XG4gICAgICByZXR1cm4gZmFsbGJhY2s7XG4gICAgfSk7XG59XG5cbi8qKiBUZXh0IHRoYXQgbXVzdCBiZSB0aGVyZTogdGhlIHN0b3J5IGNhbm5vdCBnbyBvbiB3aXRob3V0IGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVpcmVkVGV4dCgpIHtcbiAgcmV0dXJuIHpcbiAgICAuc3RyaW5nKG1pc3NpbmdPclRleHQoJ3RleHQnKSlcbiAgICAudHJhbnNmb3JtKG5vcm1hbGl6ZVRleHQpXG4gICAgLnBpcGUoei5zdHJpbmcoKS5taW4oMSwgeyBlcnJvcjogJ2lzIGVtcHR5JyB9KSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXF1aXJlZExpbmUoKSB7XG4gIHJldHVybiB6XG4gICAgLnN0cmluZyhtaXNzaW5nT3JUZXh0KCd0ZXh0JykpXG4gICAgLnRyYW5zZm9ybShub3JtYWxpemVMaW5lKVxuICAgIC5waXBlKHouc3RyaW5nKCkubWluKDEsIHsgZXJyb3I6ICdpcyBlbXB0eScgfSkpO1xufVxuXG4vKipcbiAqIEEgbGlzdCBvZiBzaG9ydCB0ZXh0cy4gQSBtb2RlbCAob3IgYSB3cml0ZXIpIHNvbWV0aW1lcyBnaXZlcyBvbmUgc3RyaW5nIGluc3RlYWQgb2YgYSBsaXN0OlxuICogXCJncmllZiwgbWVtb3J5XCIgaXMgcmVhZCBhcyB0d28gaXRlbXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvcHRpb25hbFRleHRMaXN0KG5vdGU6IE5vdGVEZWZhdWx0LCBmaWVsZDogc3RyaW5nKSB7XG4gIHJldHVybiB6XG4gICAgLnVuaW9uKFt6LmFycmF5KHoudW5rbm93bigpKSwgei5zdHJpbmcoKV0pXG4gICAgLnRyYW5zZm9ybSgocmF3KSA9PiB7XG4gICAgICBjb25zdCBpdGVtcyA9IHR5cGVvZiByYXcgPT09ICdzdHJpbmcnID8gcmF3LnNwbGl0KC9cXG58Wyw7XSg/PVxcc3wkKS8pIDogcmF3LmZpbHRlcigoeCk6IHggaXMgc3RyaW5nID0+IHR5cGVvZiB4ID09PSAnc3RyaW5nJyk7XG4gICAgICByZXR1cm4gaXRlbXMubWFwKG5vcm1hbGl6ZVRleHQpLmZpbHRlcigocykgPT4gcyAhPT0gJycpO1xuICAgIH0pXG4gICAgLmNhdGNoKCgpID0+IHtcbiAgICAgIG5vdGUoZmllbGQpO1xuICAgICAgcmV0dXJuIFtdO1xuICAgIH0pO1xufVxuXG4vKiogQSB3aG9sZSBudW1iZXIgaW4gcmFuZ2U7IGBmYWxsYmFja2Agd2hlbiBhYnNlbnQsIG5vdCBhIG51bWJlciBvciBvdXQgb2YgcmFuZ2UuICovXG5leHBvcnQgZnVuY3Rpb24gb3B0aW9uYWxJbnQobm90ZTogTm90ZURlZmF1bHQsIGZpZWxkOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikge1xuICByZXR1cm4gelxuICAgIC51bmlvbihbei5udW1iZXIoKSwgei5zdHJpbmcoKS5yZWdleCgvXlxccypcXGRbXFxkLF8gXSpcXHMqJC8pLnRyYW5zZm9ybSgocykgPT4gTnVtYmVyKHMucmVwbGFjZSgvWyxfIF0vZywgJycpKSldKVxuICAgIC5waXBlKHoubnVtYmVyKCkuaW50KCkubWluKG1pbikubWF4KG1heCkpXG4gICAgLmNhdGNoKCgpID0+IHtcbiAgICAgIG5vdGUoZmllbGQpO1xuICAgICAgcmV0dXJuIGZhbGxiYWNrO1xuICAgIH0pO1xufVxuXG4vKiogUnVucyBhIGxlbmllbnQgc2NoZW1hIGJ1aWx0IHdpdGggYG5vdGVgLCB0dXJuaW5nIHpvZCBpc3N1ZXMgaW50byB3cml0ZXItZmFjaW5nIHByb2JsZW1zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBsZXRlPFQ+KGJ1aWxkOiAobm90ZTogTm90ZURlZmF1bHQpID0+IHouWm9kVHlwZTxUPiwgcmF3OiB1bmtub3duLCB3aGF0OiBzdHJpbmcpOiBDb21wbGV0ZVJlc3VsdDxUPiB7XG4gIGNvbnN0IGRlZmF1bHRlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBwYXJzZWQgPSBidWlsZCgoZmllbGQpID0+IGRlZmF1bHRlZC5hZGQoZmllbGQpKS5zYWZlUGFyc2UocmF3KTtcbiAgaWYgKHBhcnNlZC5zdWNjZXNzKSByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWU6IHBhcnNlZC5kYXRhLCBkZWZhdWx0ZWQ6IFsuLi5kZWZhdWx0ZWRdIH07XG4gIHJldHVybiB7XG4gICAgb2s6IGZhbHNlLFxuICAgIHByb2JsZW1zOiBwYXJzZWQuZXJyb3IuaXNzdWVzLm1hcCgoaXNzdWUpID0+IHtcbiAgICAgIGNvbnN0IGZpZWxkID0gaXNzdWVQYXRoKGlzc3VlLnBhdGgpO1xuICAgICAgcmV0dXJuIHsgZmllbGQ6IGZpZWxkIHx8IHdoYXQsIG1lc3NhZ2U6IGZpZWxkID8gYCR7d2hhdH06IFxcYCR7ZmllbGR9XFxgICR7aXNzdWUubWVzc2FnZX1gIDogYCR7d2hhdH06ICR7aXNzdWUubWVzc2FnZX1gIH07XG4gICAgfSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIGlzc3VlUGF0aChwYXRoOiBSZWFkb25seUFycmF5PFByb3BlcnR5S2V5Pik6IHN0cmluZyB7XG4gIHJldHVybiBwYXRoLm1hcCgocCwgaSkgPT4gKHR5cGVvZiBwID09PSAnbnVtYmVyJyA/IGBbJHtwfV1gIDogYCR7aSA+IDAgPyAnLicgOiAnJ30ke1N0cmluZyhwKX1gKSkuam9pbignJyk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsaUJBQWtCO0FBRWxCLGtCQUE2QztBQWdCN0MsTUFBTSxnQkFBZ0IsQ0FBQyxVQUFrQjtBQUFBLEVBQ3ZDLE9BQU8sQ0FBQyxVQUFnQyxNQUFNLFVBQVUsVUFBYSxNQUFNLFVBQVUsT0FBTyxlQUFlLFdBQVcsSUFBSTtBQUM1SDtBQUdPLFNBQVMsYUFBYSxNQUFtQixPQUFlO0FBQzdELFNBQU8sYUFDSixPQUFPLEVBQ1AsVUFBVSx5QkFBYSxFQUN2QixNQUFNLE1BQU07QUFDWCxTQUFLLEtBQUs7QUFDVixXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0w7QUFHTyxTQUFTLGFBQWEsTUFBbUIsT0FBZSxXQUFXLElBQUk7QUFDNUUsU0FBTyxhQUNKLE9BQU8sRUFDUCxVQUFVLHlCQUFhLEVBQ3ZCLE1BQU0sTUFBTTtBQUNYLFNBQUssS0FBSztBQUNWLFdBQU87QUFBQSxFQUNULENBQUM7QUFDTDtBQUdPLFNBQVMsZUFBZTtBQUM3QixTQUFPLGFBQ0osT0FBTyxjQUFjLE1BQU0sQ0FBQyxFQUM1QixVQUFVLHlCQUFhLEVBQ3ZCLEtBQUssYUFBRSxPQUFPLEVBQUUsSUFBSSxHQUFHLEVBQUUsT0FBTyxXQUFXLENBQUMsQ0FBQztBQUNsRDtBQUVPLFNBQVMsZUFBZTtBQUM3QixTQUFPLGFBQ0osT0FBTyxjQUFjLE1BQU0sQ0FBQyxFQUM1QixVQUFVLHlCQUFhLEVBQ3ZCLEtBQUssYUFBRSxPQUFPLEVBQUUsSUFBSSxHQUFHLEVBQUUsT0FBTyxXQUFXLENBQUMsQ0FBQztBQUNsRDtBQU1PLFNBQVMsaUJBQWlCLE1BQW1CLE9BQWU7QUFDakUsU0FBTyxhQUNKLE1BQU0sQ0FBQyxhQUFFLE1BQU0sYUFBRSxRQUFRLENBQUMsR0FBRyxhQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQ3hDLFVBQVUsQ0FBQyxRQUFRO0FBQ2xCLFVBQU0sUUFBUSxPQUFPLFFBQVEsV0FBVyxJQUFJLE1BQU0saUJBQWlCLElBQUksSUFBSSxPQUFPLENBQUMsTUFBbUIsT0FBTyxNQUFNLFFBQVE7QUFDM0gsV0FBTyxNQUFNLElBQUkseUJBQWEsRUFBRSxPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUN4RCxDQUFDLEVBQ0EsTUFBTSxNQUFNO0FBQ1gsU0FBSyxLQUFLO0FBQ1YsV0FBTyxDQUFDO0FBQUEsRUFDVixDQUFDO0FBQ0w7QUFHTyxTQUFTLFlBQVksTUFBbUIsT0FBZSxVQUFrQixLQUFhLEtBQWE7QUFDeEcsU0FBTyxhQUNKLE1BQU0sQ0FBQyxhQUFFLE9BQU8sR0FBRyxhQUFFLE9BQU8sRUFBRSxNQUFNLG9CQUFvQixFQUFFLFVBQVUsQ0FBQyxNQUFNLE9BQU8sRUFBRSxRQUFRLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQzVHLEtBQUssYUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLElBQUksR0FBRyxFQUFFLElBQUksR0FBRyxDQUFDLEVBQ3ZDLE1BQU0sTUFBTTtBQUNYLFNBQUssS0FBSztBQUNWLFdBQU87QUFBQSxFQUNULENBQUM7QUFDTDtBQUdPLFNBQVMsU0FBWSxPQUE0QyxLQUFjLE1BQWlDO0FBQ3JILFFBQU0sWUFBWSxvQkFBSSxJQUFZO0FBQ2xDLFFBQU0sU0FBUyxNQUFNLENBQUMsVUFBVSxVQUFVLElBQUksS0FBSyxDQUFDLEVBQUUsVUFBVSxHQUFHO0FBQ25FLE1BQUksT0FBTyxRQUFTLFFBQU8sRUFBRSxJQUFJLE1BQU0sT0FBTyxPQUFPLE1BQU0sV0FBVyxDQUFDLEdBQUcsU0FBUyxFQUFFO0FBQ3JGLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLFVBQVUsT0FBTyxNQUFNLE9BQU8sSUFBSSxDQUFDLFVBQVU7QUFDM0MsWUFBTSxRQUFRLFVBQVUsTUFBTSxJQUFJO0FBQ2xDLGFBQU8sRUFBRSxPQUFPLFNBQVMsTUFBTSxTQUFTLFFBQVEsR0FBRyxJQUFJLE9BQU8sS0FBSyxNQUFNLE1BQU0sT0FBTyxLQUFLLEdBQUcsSUFBSSxLQUFLLE1BQU0sT0FBTyxHQUFHO0FBQUEsSUFDekgsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUVBLFNBQVMsVUFBVSxNQUEwQztBQUMzRCxTQUFPLEtBQUssSUFBSSxDQUFDLEdBQUcsTUFBTyxPQUFPLE1BQU0sV0FBVyxJQUFJLENBQUMsTUFBTSxHQUFHLElBQUksSUFBSSxNQUFNLEVBQUUsR0FBRyxPQUFPLENBQUMsQ0FBQyxFQUFHLEVBQUUsS0FBSyxFQUFFO0FBQzNHOyIsCiAgIm5hbWVzIjogW10KfQo=
