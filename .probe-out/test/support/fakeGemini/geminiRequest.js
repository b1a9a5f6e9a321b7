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
var geminiRequest_exports = {};
__export(geminiRequest_exports, {
  asObject: () => asObject,
  parseGenerateBody: () => parseGenerateBody,
  requestHash: () => requestHash
});
module.exports = __toCommonJS(geminiRequest_exports);
var import_node_crypto = require("node:crypto");
function parseGenerateBody(body) {
  const root = asObject(body) ?? {};
  const inner = asObject(root["generateContentRequest"]) ?? root;
  const contents = Array.isArray(inner["contents"]) ? inner["contents"] : [];
  const contentTexts = contents.map((c) => partTexts(asObject(c)?.["parts"]));
  const system = asObject(inner["systemInstruction"]);
  const systemText = system ? partTexts(system["parts"]).join("\n") : void 0;
  const config = asObject(inner["generationConfig"]);
  const wantsJson = config?.["responseMimeType"] === "application/json";
  const schema = config?.["responseJsonSchema"] ?? config?.["responseSchema"];
  const thinking = asObject(config?.["thinkingConfig"]);
  return {
    promptText: contentTexts.map((parts) => parts.join("\n")).join("\n"),
    ...systemText !== void 0 ? { systemInstruction: systemText } : {},
    ...config ? { generationConfig: config } : {},
    wantsJson,
    ...wantsJson && schema !== void 0 ? { responseSchema: schema } : {},
    ...optionalNumber("maxOutputTokens", config?.["maxOutputTokens"]),
    ...optionalNumber("thinkingBudget", thinking?.["thinkingBudget"]),
    contentTexts
  };
}
function requestHash(model, body) {
  const root = asObject(body) ?? {};
  const key = JSON.stringify([model, root["contents"] ?? null, root["systemInstruction"] ?? null, root["generationConfig"] ?? null]);
  return (0, import_node_crypto.createHash)("sha256").update(key).digest("hex");
}
function partTexts(parts) {
  if (!Array.isArray(parts)) return [];
  return parts.map((p) => asObject(p)?.["text"]).filter((t) => typeof t === "string");
}
function optionalNumber(key, value) {
  return typeof value === "number" && Number.isFinite(value) ? { [key]: value } : {};
}
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  asObject,
  parseGenerateBody,
  requestHash
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvZ2VtaW5pUmVxdWVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gV2hhdCB0aGUgc2VydmVyIG5lZWRzIGZyb20gYSBnZW5lcmF0ZUNvbnRlbnQgLyBjb3VudFRva2VucyBib2R5LCByZWFkIGRlZmVuc2l2ZWx5OiB0aGUgYm9keVxuLy8gY29tZXMgZnJvbSB0aGUgcmVhbCBTREssIGJ1dCBhIHRlc3QgbWF5IGFsc28gc2VuZCBhbnl0aGluZy5cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tICdub2RlOmNyeXB0byc7XG5cbnR5cGUgSnNvbk9iamVjdCA9IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PjtcblxuZXhwb3J0IGludGVyZmFjZSBQYXJzZWRHZW5lcmF0ZUJvZHkge1xuICAvKiogQWxsIHRleHQgcGFydHMgb2YgYGNvbnRlbnRzYCwgam9pbmVkIHdpdGggbmV3bGluZXMuICovXG4gIHJlYWRvbmx5IHByb21wdFRleHQ6IHN0cmluZztcbiAgcmVhZG9ubHkgc3lzdGVtSW5zdHJ1Y3Rpb24/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGdlbmVyYXRpb25Db25maWc/OiBKc29uT2JqZWN0O1xuICAvKiogYHJlc3BvbnNlTWltZVR5cGU6IGFwcGxpY2F0aW9uL2pzb25gLiAqL1xuICByZWFkb25seSB3YW50c0pzb246IGJvb2xlYW47XG4gIC8qKiBUaGUgSlNPTiBTY2hlbWEgb3IgR2VtaW5pIFNjaGVtYSB0byBhbnN3ZXIgd2l0aCwgd2hlbiB0aGUgY2FsbCBhc2tzIGZvciBKU09OLiAqL1xuICByZWFkb25seSByZXNwb25zZVNjaGVtYT86IHVua25vd247XG4gIHJlYWRvbmx5IG1heE91dHB1dFRva2Vucz86IG51bWJlcjtcbiAgLyoqIGB0aGlua2luZ0NvbmZpZy50aGlua2luZ0J1ZGdldGAsIHdoZW4gZ2l2ZW4uICovXG4gIHJlYWRvbmx5IHRoaW5raW5nQnVkZ2V0PzogbnVtYmVyO1xuICAvKiogVGV4dHMgb2YgZWFjaCBjb250ZW50J3MgcGFydHMsIGZvciBjb3VudFRva2VucycgcGVyLWNvbnRlbnQgYnJlYWtkb3duLiAqL1xuICByZWFkb25seSBjb250ZW50VGV4dHM6IHJlYWRvbmx5IChyZWFkb25seSBzdHJpbmdbXSlbXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlR2VuZXJhdGVCb2R5KGJvZHk6IHVua25vd24pOiBQYXJzZWRHZW5lcmF0ZUJvZHkge1xuICBjb25zdCByb290ID0gYXNPYmplY3QoYm9keSkgPz8ge307XG4gIC8vIGNvdW50VG9rZW5zIG1heSB3cmFwIGEgd2hvbGUgZ2VuZXJhdGUgcmVxdWVzdC5cbiAgY29uc3QgaW5uZXIgPSBhc09iamVjdChyb290WydnZW5lcmF0ZUNvbnRlbnRSZXF1ZXN0J10pID8/IHJvb3Q7XG4gIGNvbnN0IGNvbnRlbnRzID0gQXJyYXkuaXNBcnJheShpbm5lclsnY29udGVudHMnXSkgPyBpbm5lclsnY29udGVudHMnXSA6IFtdO1xuICBjb25zdCBjb250ZW50VGV4dHMgPSBjb250ZW50cy5tYXAoKGMpID0+IHBhcnRUZXh0cyhhc09iamVjdChjKT8uWydwYXJ0cyddKSk7XG4gIGNvbnN0IHN5c3RlbSA9IGFzT2JqZWN0KGlubmVyWydzeXN0ZW1JbnN0cnVjdGlvbiddKTtcbiAgY29uc3Qgc3lzdGVtVGV4dCA9IHN5c3RlbSA/IHBhcnRUZXh0cyhzeXN0ZW1bJ3BhcnRzJ10pLmpvaW4oJ1xcbicpIDogdW5kZWZpbmVkO1xuICBjb25zdCBjb25maWcgPSBhc09iamVjdChpbm5lclsnZ2VuZXJhdGlvbkNvbmZpZyddKTtcbiAgY29uc3Qgd2FudHNKc29uID0gY29uZmlnPy5bJ3Jlc3BvbnNlTWltZVR5cGUnXSA9PT0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICBjb25zdCBzY2hlbWEgPSBjb25maWc/LlsncmVzcG9uc2VKc29uU2NoZW1hJ10gPz8gY29uZmlnPy5bJ3Jlc3BvbnNlU2NoZW1hJ107XG4gIGNvbnN0IHRoaW5raW5nID0gYXNPYmplY3QoY29uZmlnPy5bJ3RoaW5raW5nQ29uZmlnJ10pO1xuICByZXR1cm4ge1xuICAgIHByb21wdFRleHQ6IGNvbnRlbnRUZXh0cy5tYXAoKHBhcnRzKSA9PiBwYXJ0cy5qb2luKCdcXG4nKSkuam9pbignXFxuJyksXG4gICAgLi4uKHN5c3RlbVRleHQgIT09IHVuZGVmaW5lZCA/IHsgc3lzdGVtSW5zdHJ1Y3Rpb246IHN5c3RlbVRleHQgfSA6IHt9KSxcbiAgICAuLi4oY29uZmlnID8geyBnZW5lcmF0aW9uQ29uZmlnOiBjb25maWcgfSA6IHt9KSxcbiAgICB3YW50c0pzb24sXG4gICAgLi4uKHdhbnRzSnNvbiAmJiBzY2hlbWEgIT09IHVuZGVmaW5lZCA/IHsgcmVzcG9uc2VTY2hlbWE6IHNjaGVtYSB9IDoge30pLFxuICAgIC4uLm9wdGlvbmFsTnVtYmVyKCdtYXhPdXRwdXRUb2tlbnMnLCBjb25maWc/LlsnbWF4T3V0cHV0VG9rZW5zJ10pLFxuICAgIC4uLm9wdGlvbmFsTnVtYmVyKCd0aGlua2luZ0J1ZGdldCcsIHRoaW5raW5nPy5bJ3RoaW5raW5nQnVkZ2V0J10pLFxuICAgIGNvbnRlbnRUZXh0cyxcbiAgfTtcbn1cblxuLyoqIElkZW50aWNhbCByZXF1ZXN0cyBcdTIxOTIgaWRlbnRpY2FsIGhhc2ggXHUyMTkyIGlkZW50aWNhbCByZXBseSAoc3RyZWFtIG9yIG5vdCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdEhhc2gobW9kZWw6IHN0cmluZywgYm9keTogdW5rbm93bik6IHN0cmluZyB7XG4gIGNvbnN0IHJvb3QgPSBhc09iamVjdChib2R5KSA/PyB7fTtcbiAgY29uc3Qga2V5ID0gSlNPTi5zdHJpbmdpZnkoW21vZGVsLCByb290Wydjb250ZW50cyddID8/IG51bGwsIHJvb3RbJ3N5c3RlbUluc3RydWN0aW9uJ10gPz8gbnVsbCwgcm9vdFsnZ2VuZXJhdGlvbkNvbmZpZyddID8/IG51bGxdKTtcbiAgcmV0dXJuIGNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShrZXkpLmRpZ2VzdCgnaGV4Jyk7XG59XG5cbmZ1bmN0aW9uIHBhcnRUZXh0cyhwYXJ0czogdW5rbm93bik6IHN0cmluZ1tdIHtcbiAgaWYgKCFBcnJheS5pc0FycmF5KHBhcnRzKSkgcmV0dXJuIFtdO1xuICByZXR1cm4gcGFydHMubWFwKChwKSA9PiBhc09iamVjdChwKT8uWyd0ZXh0J10pLmZpbHRlcigodCk6IHQgaXMgc3RyaW5nID0+IHR5cGVvZiB0ID09PSAnc3RyaW5nJyk7XG59XG5cbmZ1bmN0aW9uIG9wdGlvbmFsTnVtYmVyPEsgZXh0ZW5kcyBzdHJpbmc+KGtleTogSywgdmFsdWU6IHVua25vd24pOiBQYXJ0aWFsPFJlY29yZDxLLCBudW1iZXI+PiB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyAoeyBba2V5XTogdmFsdWUgfSBhcyBSZWNvcmQ8SywgbnVtYmVyPikgOiB7fTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGFzT2JqZWN0KHZhbHVlOiB1bmtub3duKTogSnNvbk9iamVjdCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHZhbHVlKSA/ICh2YWx1ZSBhcyBKc29uT2JqZWN0KSA6IHVuZGVmaW5lZDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBRUEseUJBQTJCO0FBb0JwQixTQUFTLGtCQUFrQixNQUFtQztBQUNuRSxRQUFNLE9BQU8sU0FBUyxJQUFJLEtBQUssQ0FBQztBQUVoQyxRQUFNLFFBQVEsU0FBUyxLQUFLLHdCQUF3QixDQUFDLEtBQUs7QUFDMUQsUUFBTSxXQUFXLE1BQU0sUUFBUSxNQUFNLFVBQVUsQ0FBQyxJQUFJLE1BQU0sVUFBVSxJQUFJLENBQUM7QUFDekUsUUFBTSxlQUFlLFNBQVMsSUFBSSxDQUFDLE1BQU0sVUFBVSxTQUFTLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBQztBQUMxRSxRQUFNLFNBQVMsU0FBUyxNQUFNLG1CQUFtQixDQUFDO0FBQ2xELFFBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxPQUFPLENBQUMsRUFBRSxLQUFLLElBQUksSUFBSTtBQUNwRSxRQUFNLFNBQVMsU0FBUyxNQUFNLGtCQUFrQixDQUFDO0FBQ2pELFFBQU0sWUFBWSxTQUFTLGtCQUFrQixNQUFNO0FBQ25ELFFBQU0sU0FBUyxTQUFTLG9CQUFvQixLQUFLLFNBQVMsZ0JBQWdCO0FBQzFFLFFBQU0sV0FBVyxTQUFTLFNBQVMsZ0JBQWdCLENBQUM7QUFDcEQsU0FBTztBQUFBLElBQ0wsWUFBWSxhQUFhLElBQUksQ0FBQyxVQUFVLE1BQU0sS0FBSyxJQUFJLENBQUMsRUFBRSxLQUFLLElBQUk7QUFBQSxJQUNuRSxHQUFJLGVBQWUsU0FBWSxFQUFFLG1CQUFtQixXQUFXLElBQUksQ0FBQztBQUFBLElBQ3BFLEdBQUksU0FBUyxFQUFFLGtCQUFrQixPQUFPLElBQUksQ0FBQztBQUFBLElBQzdDO0FBQUEsSUFDQSxHQUFJLGFBQWEsV0FBVyxTQUFZLEVBQUUsZ0JBQWdCLE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFDdEUsR0FBRyxlQUFlLG1CQUFtQixTQUFTLGlCQUFpQixDQUFDO0FBQUEsSUFDaEUsR0FBRyxlQUFlLGtCQUFrQixXQUFXLGdCQUFnQixDQUFDO0FBQUEsSUFDaEU7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksT0FBZSxNQUF1QjtBQUNoRSxRQUFNLE9BQU8sU0FBUyxJQUFJLEtBQUssQ0FBQztBQUNoQyxRQUFNLE1BQU0sS0FBSyxVQUFVLENBQUMsT0FBTyxLQUFLLFVBQVUsS0FBSyxNQUFNLEtBQUssbUJBQW1CLEtBQUssTUFBTSxLQUFLLGtCQUFrQixLQUFLLElBQUksQ0FBQztBQUNqSSxhQUFPLCtCQUFXLFFBQVEsRUFBRSxPQUFPLEdBQUcsRUFBRSxPQUFPLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLFVBQVUsT0FBMEI7QUFDM0MsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTyxDQUFDO0FBQ25DLFNBQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxTQUFTLENBQUMsSUFBSSxNQUFNLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBbUIsT0FBTyxNQUFNLFFBQVE7QUFDakc7QUFFQSxTQUFTLGVBQWlDLEtBQVEsT0FBNEM7QUFDNUYsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFLLEVBQUUsQ0FBQyxHQUFHLEdBQUcsTUFBTSxJQUEwQixDQUFDO0FBQzFHO0FBRU8sU0FBUyxTQUFTLE9BQXdDO0FBQy9ELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssSUFBSyxRQUF1QjtBQUN4RzsiLAogICJuYW1lcyI6IFtdCn0K
