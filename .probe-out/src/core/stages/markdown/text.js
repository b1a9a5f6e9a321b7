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
var text_exports = {};
__export(text_exports, {
  escapeText: () => escapeText,
  headingKey: () => headingKey,
  labelKey: () => labelKey,
  normalizeLine: () => normalizeLine,
  normalizeNewlines: () => normalizeNewlines,
  normalizeText: () => normalizeText,
  renderLabel: () => renderLabel,
  splitLabel: () => splitLabel,
  unescapeText: () => unescapeText,
  unwrapCodeFence: () => unwrapCodeFence
});
module.exports = __toCommonJS(text_exports);
function normalizeNewlines(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
function normalizeText(text) {
  return normalizeNewlines(text).replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").replace(/\n\n[ \t]+/g, "\n\n").trim();
}
function normalizeLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
const LIST_START = /^(\s*)([-*+])(?=\s|$)/;
const ORDERED_START = /^(\s*)(\d{1,9})([.)])(?=\s|$)/;
const HEADING_START = /^(\s*)(#)/;
const FENCE_START = /^(\s*)(`{3}|~{3})/;
const BACKSLASH_START = /^(\s*)\\(?=[-*+#\\`~])/;
function escapeText(text, options) {
  return text.split("\n").map((line) => {
    let out = line.replace(BACKSLASH_START, "$1\\\\");
    out = out.replace(HEADING_START, "$1\\$2").replace(FENCE_START, "$1\\$2");
    if (options.lists) out = out.replace(LIST_START, "$1\\$2").replace(ORDERED_START, "$1$2\\$3");
    return out;
  }).join("\n");
}
function unescapeText(text) {
  return text.split("\n").map(
    (line) => line.replace(/^(\s*)\\([-*+#]|`{3}|~{3})/, "$1$2").replace(/^(\s*)(\d{1,9})\\([.)])/, "$1$2$3").replace(/^(\s*)\\\\/, "$1\\")
  ).join("\n");
}
function headingKey(text) {
  return text.normalize("NFKC").toLowerCase().replace(/&/g, " and ").replace(/^\s*(?:\d{1,3}|[ivx]{1,4})[.)]\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function labelKey(label) {
  return label.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "").replace(/[-–]/g, " ").replace(/\s+/g, " ").trim();
}
function splitLabel(text) {
  const bold = /^(\*\*|__)([^\n]*?)(?::\1|\1\s*:)[ \t]*([\s\S]*)$/.exec(text);
  if (bold && bold[2].trim() !== "") return { label: bold[2].trim(), value: bold[3].trim(), bold: true };
  const plain = /^([^:\n*_#][^:\n]{0,59}?)[ \t]*[:：][ \t]*([\s\S]*)$/.exec(text);
  if (plain) return { label: plain[1].trim(), value: plain[2].trim(), bold: false };
  return void 0;
}
function renderLabel(label, value) {
  return `**${label}:** ${value}`;
}
function unwrapCodeFence(text) {
  const fenced = /^\s*```[\w-]*[ \t]*\n([\s\S]*?)\n```\s*$/.exec(normalizeNewlines(text));
  return fenced ? fenced[1] : text;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  escapeText,
  headingKey,
  labelKey,
  normalizeLine,
  normalizeNewlines,
  normalizeText,
  renderLabel,
  splitLabel,
  unescapeText,
  unwrapCodeFence
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL21hcmtkb3duL3RleHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGV4dCBydWxlcyBzaGFyZWQgYnkgZXZlcnkgc3RhZ2UgZG9jdW1lbnQ6IGhvdyBmaWVsZCB0ZXh0IGlzIG5vcm1hbGlzZWQsIGhvdyBpdCBpcyBlc2NhcGVkIHNvIGFcbiAqIGxpbmUgb2YgcHJvc2UgY2FuIG5ldmVyIGJlIG1pc3Rha2VuIGZvciBhIGhlYWRpbmcgb3IgYSBidWxsZXQsIGFuZCBob3cgbGFiZWxzIChgKipSb2xlOioqIFx1MjAyNmApXG4gKiBhbmQgaGVhZGluZ3MgYXJlIHJlY29nbmlzZWQgaG93ZXZlciB0aGUgd3JpdGVyIHR5cGVkIHRoZW0uXG4gKi9cblxuLyoqIExGIGxpbmUgZW5kaW5ncywgbm8gQk9NOiBldmVyeXRoaW5nIGJlbG93IGFzc3VtZXMgdGhpcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVOZXdsaW5lcyh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dC5yZXBsYWNlKC9eXFx1RkVGRi8sICcnKS5yZXBsYWNlKC9cXHJcXG4/L2csICdcXG4nKTtcbn1cblxuLyoqXG4gKiBUaGUgY2Fub25pY2FsIGZvcm0gb2YgYSB0ZXh0IGZpZWxkOiBMRiwgbm8gdHJhaWxpbmcgc3BhY2VzLCBhdCBtb3N0IG9uZSBibGFuayBsaW5lIGluIGEgcm93LFxuICogdHJpbW1lZC4gR2VuZXJhdGVkIHZhbHVlcyBhcmUgc3RvcmVkIGluIHRoaXMgZm9ybSBzbyBgcGFyc2UocmVuZGVyKHYpKWAgZ2l2ZXMgYmFjayBgdmAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVUZXh0KHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBub3JtYWxpemVOZXdsaW5lcyh0ZXh0KVxuICAgIC5yZXBsYWNlKC9bIFxcdF0rJC9nbSwgJycpXG4gICAgLnJlcGxhY2UoL1xcbnszLH0vZywgJ1xcblxcbicpXG4gICAgLnJlcGxhY2UoL1xcblxcblsgXFx0XSsvZywgJ1xcblxcbicpIC8vIGEgcGFyYWdyYXBoJ3MgbGVhZGluZyBzcGFjZXMgbWVhbiBub3RoaW5nIGluIE1hcmtkb3duXG4gICAgLnRyaW0oKTtcbn1cblxuLyoqIEEgbmFtZSwgdGl0bGUgb3IgbGFiZWw6IG9uZSBsaW5lLCBzaW5nbGUgc3BhY2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZUxpbmUodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFxzKy9nLCAnICcpLnRyaW0oKTtcbn1cblxuY29uc3QgTElTVF9TVEFSVCA9IC9eKFxccyopKFstKitdKSg/PVxcc3wkKS87XG5jb25zdCBPUkRFUkVEX1NUQVJUID0gL14oXFxzKikoXFxkezEsOX0pKFsuKV0pKD89XFxzfCQpLztcbmNvbnN0IEhFQURJTkdfU1RBUlQgPSAvXihcXHMqKSgjKS87XG5jb25zdCBGRU5DRV9TVEFSVCA9IC9eKFxccyopKGB7M318fnszfSkvO1xuY29uc3QgQkFDS1NMQVNIX1NUQVJUID0gL14oXFxzKilcXFxcKD89Wy0qKyNcXFxcYH5dKS87XG5cbi8qKlxuICogRXNjYXBlcyBsaW5lIHN0YXJ0cyB0aGF0IE1hcmtkb3duIHdvdWxkIHJlYWQgYXMgc3RydWN0dXJlLiBgI2AgYW5kIGNvZGUgZmVuY2VzIGFyZSBhbHdheXNcbiAqIGVzY2FwZWQgKGEgaGVhZGluZyB3b3VsZCBzcGxpdCB0aGUgZG9jdW1lbnQsIGEgZmVuY2Ugd291bGQgaGlkZSB0aGUgaGVhZGluZ3MgYWZ0ZXIgaXQpOyBsaXN0XG4gKiBtYXJrZXJzIG9ubHkgd2hlcmUgYnVsbGV0cyBjYXJyeSBtZWFuaW5nIChgbGlzdHM6IHRydWVgLCBlLmcuXG4gKiBhIGNoYXJhY3RlcidzIGRlc2NyaXB0aW9uIHNpdHMgbmV4dCB0byB0aGF0IGNoYXJhY3RlcidzIGJ1bGxldHMpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlVGV4dCh0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IHsgbGlzdHM6IGJvb2xlYW4gfSk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnNwbGl0KCdcXG4nKVxuICAgIC5tYXAoKGxpbmUpID0+IHtcbiAgICAgIGxldCBvdXQgPSBsaW5lLnJlcGxhY2UoQkFDS1NMQVNIX1NUQVJULCAnJDFcXFxcXFxcXCcpO1xuICAgICAgb3V0ID0gb3V0LnJlcGxhY2UoSEVBRElOR19TVEFSVCwgJyQxXFxcXCQyJykucmVwbGFjZShGRU5DRV9TVEFSVCwgJyQxXFxcXCQyJyk7XG4gICAgICBpZiAob3B0aW9ucy5saXN0cykgb3V0ID0gb3V0LnJlcGxhY2UoTElTVF9TVEFSVCwgJyQxXFxcXCQyJykucmVwbGFjZShPUkRFUkVEX1NUQVJULCAnJDEkMlxcXFwkMycpO1xuICAgICAgcmV0dXJuIG91dDtcbiAgICB9KVxuICAgIC5qb2luKCdcXG4nKTtcbn1cblxuLyoqIFVuZG9lcyBgZXNjYXBlVGV4dGAgKGFuZCBhIHdyaXRlcidzIG93biBNYXJrZG93biBlc2NhcGVzIGF0IGEgbGluZSBzdGFydCkuICovXG5leHBvcnQgZnVuY3Rpb24gdW5lc2NhcGVUZXh0KHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnNwbGl0KCdcXG4nKVxuICAgIC5tYXAoKGxpbmUpID0+XG4gICAgICBsaW5lXG4gICAgICAgIC5yZXBsYWNlKC9eKFxccyopXFxcXChbLSorI118YHszfXx+ezN9KS8sICckMSQyJylcbiAgICAgICAgLnJlcGxhY2UoL14oXFxzKikoXFxkezEsOX0pXFxcXChbLildKS8sICckMSQyJDMnKVxuICAgICAgICAucmVwbGFjZSgvXihcXHMqKVxcXFxcXFxcLywgJyQxXFxcXCcpLFxuICAgIClcbiAgICAuam9pbignXFxuJyk7XG59XG5cbi8qKlxuICogQSBoZWFkaW5nJ3MgbWVhbmluZyB3aXRob3V0IGl0cyBkZWNvcmF0aW9uOiBcIiMjIDIuIENlbnRyYWwgQ29uZmxpY3Q6XCIgYW5kIFwiKipjZW50cmFsXG4gKiBjb25mbGljdCoqXCIgYm90aCBnaXZlIGBjZW50cmFsIGNvbmZsaWN0YC4gVXNlZCB0byByZWNvZ25pc2Ugc2VjdGlvbnMgaG93ZXZlciB0aGV5IGFyZSB0eXBlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhlYWRpbmdLZXkodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHRcbiAgICAubm9ybWFsaXplKCdORktDJylcbiAgICAudG9Mb3dlckNhc2UoKVxuICAgIC5yZXBsYWNlKC8mL2csICcgYW5kICcpXG4gICAgLnJlcGxhY2UoL15cXHMqKD86XFxkezEsM318W2l2eF17MSw0fSlbLildXFxzKy8sICcnKVxuICAgIC5yZXBsYWNlKC9bXlxccHtMfVxccHtOfV0rL2d1LCAnICcpXG4gICAgLnRyaW0oKTtcbn1cblxuLyoqXG4gKiBBIGxhYmVsJ3MgbWVhbmluZywgc3RyaWN0ZXIgdGhhbiBgaGVhZGluZ0tleWA6IGNhc2UsIGVtcGhhc2lzIG1hcmtzLCBoeXBoZW5zIGFuZCBzcGFjaW5nIGFyZVxuICogaWdub3JlZCwgYnV0IG5vdGhpbmcgZWxzZSwgc28gXCIyKSBUYXJnZXQgd29yZHNcIiBvciBcIk5vdGUgb24gdm9pY2VcIiBhcmUgbm90IHRha2VuIGZvciBsYWJlbHMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbEtleShsYWJlbDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGxhYmVsXG4gICAgLm5vcm1hbGl6ZSgnTkZLQycpXG4gICAgLnRvTG93ZXJDYXNlKClcbiAgICAucmVwbGFjZSgvWypfYF0vZywgJycpXG4gICAgLnJlcGxhY2UoL1stXHUyMDEzXS9nLCAnICcpXG4gICAgLnJlcGxhY2UoL1xccysvZywgJyAnKVxuICAgIC50cmltKCk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTGFiZWxlZCB7XG4gIHJlYWRvbmx5IGxhYmVsOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZhbHVlOiBzdHJpbmc7XG4gIC8qKiBUcnVlIHdoZW4gdGhlIGxhYmVsIHdhcyBib2xkIChgKipSb2xlOioqYCk6IGEgc3VyZSBsYWJlbCwgbm90IGp1c3QgdGV4dCB3aXRoIGEgY29sb24uICovXG4gIHJlYWRvbmx5IGJvbGQ6IGJvb2xlYW47XG59XG5cbi8qKlxuICogU3BsaXRzIGAqKkxhYmVsOioqIHZhbHVlYCwgYCoqTGFiZWwqKjogdmFsdWVgLCBgX19MYWJlbDpfXyB2YWx1ZWAgb3IgcGxhaW4gYExhYmVsOiB2YWx1ZWAuIFRoZVxuICogdmFsdWUgbWF5IHJ1biBvdmVyIHNldmVyYWwgbGluZXMuIFJldHVybnMgdW5kZWZpbmVkIHdoZW4gdGhlIHRleHQgZG9lcyBub3Qgc3RhcnQgd2l0aCBhIGxhYmVsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRMYWJlbCh0ZXh0OiBzdHJpbmcpOiBMYWJlbGVkIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgYm9sZCA9IC9eKFxcKlxcKnxfXykoW15cXG5dKj8pKD86OlxcMXxcXDFcXHMqOilbIFxcdF0qKFtcXHNcXFNdKikkLy5leGVjKHRleHQpO1xuICBpZiAoYm9sZCAmJiBib2xkWzJdIS50cmltKCkgIT09ICcnKSByZXR1cm4geyBsYWJlbDogYm9sZFsyXSEudHJpbSgpLCB2YWx1ZTogYm9sZFszXSEudHJpbSgpLCBib2xkOiB0cnVlIH07XG4gIGNvbnN0IHBsYWluID0gL14oW146XFxuKl8jXVteOlxcbl17MCw1OX0/KVsgXFx0XSpbOlx1RkYxQV1bIFxcdF0qKFtcXHNcXFNdKikkLy5leGVjKHRleHQpO1xuICBpZiAocGxhaW4pIHJldHVybiB7IGxhYmVsOiBwbGFpblsxXSEudHJpbSgpLCB2YWx1ZTogcGxhaW5bMl0hLnRyaW0oKSwgYm9sZDogZmFsc2UgfTtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIGAqKkxhYmVsOioqIHZhbHVlYCBcdTIwMTQgdGhlIG9uZSB3YXkgbGFiZWxzIGFyZSB3cml0dGVuLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbmRlckxhYmVsKGxhYmVsOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYCoqJHtsYWJlbH06KiogJHt2YWx1ZX1gO1xufVxuXG4vKiogQSByZXBseSB3cmFwcGVkIHdob2xlIGluIGEgY29kZSBmZW5jZSAoYGBgbWFya2Rvd24gXHUyMDI2IGBgYCkgd2l0aG91dCB0aGUgZmVuY2UuICovXG5leHBvcnQgZnVuY3Rpb24gdW53cmFwQ29kZUZlbmNlKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGZlbmNlZCA9IC9eXFxzKmBgYFtcXHctXSpbIFxcdF0qXFxuKFtcXHNcXFNdKj8pXFxuYGBgXFxzKiQvLmV4ZWMobm9ybWFsaXplTmV3bGluZXModGV4dCkpO1xuICByZXR1cm4gZmVuY2VkID8gZmVuY2VkWzFdISA6IHRleHQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT08sU0FBUyxrQkFBa0IsTUFBc0I7QUFDdEQsU0FBTyxLQUFLLFFBQVEsV0FBVyxFQUFFLEVBQUUsUUFBUSxVQUFVLElBQUk7QUFDM0Q7QUFNTyxTQUFTLGNBQWMsTUFBc0I7QUFDbEQsU0FBTyxrQkFBa0IsSUFBSSxFQUMxQixRQUFRLGFBQWEsRUFBRSxFQUN2QixRQUFRLFdBQVcsTUFBTSxFQUN6QixRQUFRLGVBQWUsTUFBTSxFQUM3QixLQUFLO0FBQ1Y7QUFHTyxTQUFTLGNBQWMsTUFBc0I7QUFDbEQsU0FBTyxLQUFLLFFBQVEsUUFBUSxHQUFHLEVBQUUsS0FBSztBQUN4QztBQUVBLE1BQU0sYUFBYTtBQUNuQixNQUFNLGdCQUFnQjtBQUN0QixNQUFNLGdCQUFnQjtBQUN0QixNQUFNLGNBQWM7QUFDcEIsTUFBTSxrQkFBa0I7QUFRakIsU0FBUyxXQUFXLE1BQWMsU0FBcUM7QUFDNUUsU0FBTyxLQUNKLE1BQU0sSUFBSSxFQUNWLElBQUksQ0FBQyxTQUFTO0FBQ2IsUUFBSSxNQUFNLEtBQUssUUFBUSxpQkFBaUIsUUFBUTtBQUNoRCxVQUFNLElBQUksUUFBUSxlQUFlLFFBQVEsRUFBRSxRQUFRLGFBQWEsUUFBUTtBQUN4RSxRQUFJLFFBQVEsTUFBTyxPQUFNLElBQUksUUFBUSxZQUFZLFFBQVEsRUFBRSxRQUFRLGVBQWUsVUFBVTtBQUM1RixXQUFPO0FBQUEsRUFDVCxDQUFDLEVBQ0EsS0FBSyxJQUFJO0FBQ2Q7QUFHTyxTQUFTLGFBQWEsTUFBc0I7QUFDakQsU0FBTyxLQUNKLE1BQU0sSUFBSSxFQUNWO0FBQUEsSUFBSSxDQUFDLFNBQ0osS0FDRyxRQUFRLDhCQUE4QixNQUFNLEVBQzVDLFFBQVEsMkJBQTJCLFFBQVEsRUFDM0MsUUFBUSxjQUFjLE1BQU07QUFBQSxFQUNqQyxFQUNDLEtBQUssSUFBSTtBQUNkO0FBTU8sU0FBUyxXQUFXLE1BQXNCO0FBQy9DLFNBQU8sS0FDSixVQUFVLE1BQU0sRUFDaEIsWUFBWSxFQUNaLFFBQVEsTUFBTSxPQUFPLEVBQ3JCLFFBQVEscUNBQXFDLEVBQUUsRUFDL0MsUUFBUSxvQkFBb0IsR0FBRyxFQUMvQixLQUFLO0FBQ1Y7QUFNTyxTQUFTLFNBQVMsT0FBdUI7QUFDOUMsU0FBTyxNQUNKLFVBQVUsTUFBTSxFQUNoQixZQUFZLEVBQ1osUUFBUSxVQUFVLEVBQUUsRUFDcEIsUUFBUSxTQUFTLEdBQUcsRUFDcEIsUUFBUSxRQUFRLEdBQUcsRUFDbkIsS0FBSztBQUNWO0FBYU8sU0FBUyxXQUFXLE1BQW1DO0FBQzVELFFBQU0sT0FBTyxvREFBb0QsS0FBSyxJQUFJO0FBQzFFLE1BQUksUUFBUSxLQUFLLENBQUMsRUFBRyxLQUFLLE1BQU0sR0FBSSxRQUFPLEVBQUUsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEdBQUcsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEdBQUcsTUFBTSxLQUFLO0FBQ3hHLFFBQU0sUUFBUSxzREFBc0QsS0FBSyxJQUFJO0FBQzdFLE1BQUksTUFBTyxRQUFPLEVBQUUsT0FBTyxNQUFNLENBQUMsRUFBRyxLQUFLLEdBQUcsT0FBTyxNQUFNLENBQUMsRUFBRyxLQUFLLEdBQUcsTUFBTSxNQUFNO0FBQ2xGLFNBQU87QUFDVDtBQUdPLFNBQVMsWUFBWSxPQUFlLE9BQXVCO0FBQ2hFLFNBQU8sS0FBSyxLQUFLLE9BQU8sS0FBSztBQUMvQjtBQUdPLFNBQVMsZ0JBQWdCLE1BQXNCO0FBQ3BELFFBQU0sU0FBUywyQ0FBMkMsS0FBSyxrQkFBa0IsSUFBSSxDQUFDO0FBQ3RGLFNBQU8sU0FBUyxPQUFPLENBQUMsSUFBSztBQUMvQjsiLAogICJuYW1lcyI6IFtdCn0K
