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
var problem_exports = {};
__export(problem_exports, {
  showValue: () => showValue
});
module.exports = __toCommonJS(problem_exports);
function showValue(value) {
  if (typeof value === "string") {
    const short = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
    return `'${short.replace(/\r?\n/g, " ")}'`;
  }
  if (value === void 0) return "nothing";
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}\u2026` : json;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  showValue
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvcHJvYmxlbS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBXaGF0IHdlbnQgd3Jvbmcgd2l0aCBhIGRvY3VtZW50LCBpbiB3b3JkcyBhIHdyaXRlciBjYW4gYWN0IG9uLiBgZmllbGRgIG5hbWVzIHRoZSB0aGluZyB0aGF0XG4gKiBmYWlsZWQgKGEgZnJvbnQtbWF0dGVyIGtleSwgYSBzZWN0aW9uIGhlYWRpbmcsIGBjaGFyYWN0ZXJzWzJdLm5hbWVgKTsgYGxpbmVgIGlzIDEtYmFzZWQgd2hlbiB0aGVcbiAqIHByb2JsZW0gc2l0cyBvbiBhIGtub3duIGxpbmUgb2YgYSBNYXJrZG93biBmaWxlLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb2JsZW0ge1xuICByZWFkb25seSBmaWVsZDogc3RyaW5nO1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxpbmU/OiBudW1iZXI7XG59XG5cbi8qKiBUaGUgb3V0Y29tZSBvZiByZWFkaW5nIG9yIGNvbXBsZXRpbmcgYSBkb2N1bWVudDogYSB2YWx1ZSwgb3IgZXZlcnkgcHJvYmxlbSBmb3VuZCBhdCBvbmNlLiAqL1xuZXhwb3J0IHR5cGUgUGFyc2VSZXN1bHQ8VD4gPSB7IHJlYWRvbmx5IG9rOiB0cnVlOyByZWFkb25seSB2YWx1ZTogVCB9IHwgeyByZWFkb25seSBvazogZmFsc2U7IHJlYWRvbmx5IHByb2JsZW1zOiByZWFkb25seSBQcm9ibGVtW10gfTtcblxuLyoqIFNob3dzIGFuIG9mZmVuZGluZyB2YWx1ZSBicmllZmx5IGluc2lkZSBhIG1lc3NhZ2U6IGAnbG90cydgLCBgMTIuNWAsIGBbMSwyXWAuICovXG5leHBvcnQgZnVuY3Rpb24gc2hvd1ZhbHVlKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHtcbiAgICBjb25zdCBzaG9ydCA9IHZhbHVlLmxlbmd0aCA+IDQwID8gYCR7dmFsdWUuc2xpY2UoMCwgNDApfVx1MjAyNmAgOiB2YWx1ZTtcbiAgICByZXR1cm4gYCcke3Nob3J0LnJlcGxhY2UoL1xccj9cXG4vZywgJyAnKX0nYDtcbiAgfVxuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuICdub3RoaW5nJztcbiAgY29uc3QganNvbiA9IEpTT04uc3RyaW5naWZ5KHZhbHVlKSA/PyBTdHJpbmcodmFsdWUpO1xuICByZXR1cm4ganNvbi5sZW5ndGggPiA0MCA/IGAke2pzb24uc2xpY2UoMCwgNDApfVx1MjAyNmAgOiBqc29uO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQWVPLFNBQVMsVUFBVSxPQUF3QjtBQUNoRCxNQUFJLE9BQU8sVUFBVSxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLFNBQVMsS0FBSyxHQUFHLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxXQUFNO0FBQzdELFdBQU8sSUFBSSxNQUFNLFFBQVEsVUFBVSxHQUFHLENBQUM7QUFBQSxFQUN6QztBQUNBLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxPQUFPLEtBQUssVUFBVSxLQUFLLEtBQUssT0FBTyxLQUFLO0FBQ2xELFNBQU8sS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsV0FBTTtBQUN0RDsiLAogICJuYW1lcyI6IFtdCn0K
