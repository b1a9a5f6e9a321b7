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
var jsonOutput_exports = {};
__export(jsonOutput_exports, {
  invalidJsonError: () => invalidJsonError,
  parseJsonReply: () => parseJsonReply,
  repairPrompt: () => repairPrompt,
  responseJsonSchema: () => responseJsonSchema,
  stripJsonFences: () => stripJsonFences
});
module.exports = __toCommonJS(jsonOutput_exports);
var import_zod = require("zod");
var import_errors = require("./errors");
function responseJsonSchema(schema) {
  const json = import_zod.z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  const { $schema: _ignored, ...rest } = json;
  return rest;
}
function stripJsonFences(text) {
  const fenced = /^\s*```[a-zA-Z]*[ \t]*\r?\n?([\s\S]*?)\r?\n?```\s*$/.exec(text);
  return (fenced ? fenced[1] : text).trim();
}
function parseJsonReply(text, schema) {
  let data;
  try {
    data = JSON.parse(stripJsonFences(text));
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: `does not match the schema: ${limit(import_zod.z.prettifyError(result.error), 2e3)}` };
}
const MAX_ECHOED_REPLY = 1e5;
function repairPrompt(originalPrompt, badReply, problem) {
  return [
    originalPrompt,
    "",
    "---",
    `Your previous reply to this request was rejected because it is ${problem}`,
    "",
    "Previous reply:",
    "<<<",
    limit(badReply, MAX_ECHOED_REPLY),
    ">>>",
    "",
    "Reply again with the corrected JSON only \u2014 no explanation, no Markdown code fences."
  ].join("\n");
}
function invalidJsonError(model, problem, reply) {
  return new import_errors.GeminiError(
    "invalid-json",
    `Gemini (${model}) did not return usable JSON, even after one repair attempt: the reply is ${limit(problem, 300).replace(/[.\s]+$/, "")}. Try again, or choose another model.`,
    { partialText: reply, reason: "INVALID_JSON" }
  );
}
function limit(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  invalidJsonError,
  parseJsonReply,
  repairPrompt,
  responseJsonSchema,
  stripJsonFences
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9qc29uT3V0cHV0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IEdlbWluaUVycm9yIH0gZnJvbSAnLi9lcnJvcnMnO1xuXG4vKiogVGhlIEpTT04gU2NoZW1hIEdlbWluaSBpcyBhc2tlZCB0byBmb2xsb3c6IHRoZSBpbnB1dCBzaWRlIG9mIHRoZSB6b2Qgc2NoZW1hIHdlIHZhbGlkYXRlIHdpdGguICovXG5leHBvcnQgZnVuY3Rpb24gcmVzcG9uc2VKc29uU2NoZW1hKHNjaGVtYTogei5ab2RUeXBlKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBjb25zdCBqc29uID0gei50b0pTT05TY2hlbWEoc2NoZW1hLCB7IGlvOiAnaW5wdXQnLCB1bnJlcHJlc2VudGFibGU6ICdhbnknIH0pIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAvLyBHZW1pbmkncyBzY2hlbWEgc3Vic2V0IGhhcyBubyB1c2UgZm9yIHRoZSBtZXRhLXNjaGVtYSBVUkkuXG4gIGNvbnN0IHsgJHNjaGVtYTogX2lnbm9yZWQsIC4uLnJlc3QgfSA9IGpzb247XG4gIHJldHVybiByZXN0O1xufVxuXG5leHBvcnQgdHlwZSBKc29uUGFyc2U8VD4gPSB7IHJlYWRvbmx5IG9rOiB0cnVlOyByZWFkb25seSB2YWx1ZTogVCB9IHwgeyByZWFkb25seSBvazogZmFsc2U7IHJlYWRvbmx5IGVycm9yOiBzdHJpbmcgfTtcblxuLyoqIE1vZGVscyBzb21ldGltZXMgd3JhcCBKU09OIGluIGEgTWFya2Rvd24gZmVuY2UgZXZlbiB3aGVuIGFza2VkIG5vdCB0by4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdHJpcEpzb25GZW5jZXModGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgZmVuY2VkID0gL15cXHMqYGBgW2EtekEtWl0qWyBcXHRdKlxccj9cXG4/KFtcXHNcXFNdKj8pXFxyP1xcbj9gYGBcXHMqJC8uZXhlYyh0ZXh0KTtcbiAgcmV0dXJuIChmZW5jZWQgPyBmZW5jZWRbMV0hIDogdGV4dCkudHJpbSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VKc29uUmVwbHk8VD4odGV4dDogc3RyaW5nLCBzY2hlbWE6IHouWm9kVHlwZTxUPik6IEpzb25QYXJzZTxUPiB7XG4gIGxldCBkYXRhOiB1bmtub3duO1xuICB0cnkge1xuICAgIGRhdGEgPSBKU09OLnBhcnNlKHN0cmlwSnNvbkZlbmNlcyh0ZXh0KSk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgcmV0dXJuIHsgb2s6IGZhbHNlLCBlcnJvcjogYG5vdCB2YWxpZCBKU09OOiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKX1gIH07XG4gIH1cbiAgY29uc3QgcmVzdWx0ID0gc2NoZW1hLnNhZmVQYXJzZShkYXRhKTtcbiAgaWYgKHJlc3VsdC5zdWNjZXNzKSByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWU6IHJlc3VsdC5kYXRhIH07XG4gIHJldHVybiB7IG9rOiBmYWxzZSwgZXJyb3I6IGBkb2VzIG5vdCBtYXRjaCB0aGUgc2NoZW1hOiAke2xpbWl0KHoucHJldHRpZnlFcnJvcihyZXN1bHQuZXJyb3IpLCAyMDAwKX1gIH07XG59XG5cbmNvbnN0IE1BWF9FQ0hPRURfUkVQTFkgPSAxMDBfMDAwO1xuXG4vKiogVGhlIGZvbGxvdy11cCBwcm9tcHQgb2YgdGhlIG9uZSByZXBhaXIgYXR0ZW1wdDogdGhlIHRhc2ssIHRoZSBiYWQgcmVwbHksIHdoYXQgd2FzIHdyb25nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcGFpclByb21wdChvcmlnaW5hbFByb21wdDogc3RyaW5nLCBiYWRSZXBseTogc3RyaW5nLCBwcm9ibGVtOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gW1xuICAgIG9yaWdpbmFsUHJvbXB0LFxuICAgICcnLFxuICAgICctLS0nLFxuICAgIGBZb3VyIHByZXZpb3VzIHJlcGx5IHRvIHRoaXMgcmVxdWVzdCB3YXMgcmVqZWN0ZWQgYmVjYXVzZSBpdCBpcyAke3Byb2JsZW19YCxcbiAgICAnJyxcbiAgICAnUHJldmlvdXMgcmVwbHk6JyxcbiAgICAnPDw8JyxcbiAgICBsaW1pdChiYWRSZXBseSwgTUFYX0VDSE9FRF9SRVBMWSksXG4gICAgJz4+PicsXG4gICAgJycsXG4gICAgJ1JlcGx5IGFnYWluIHdpdGggdGhlIGNvcnJlY3RlZCBKU09OIG9ubHkgXHUyMDE0IG5vIGV4cGxhbmF0aW9uLCBubyBNYXJrZG93biBjb2RlIGZlbmNlcy4nLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaW52YWxpZEpzb25FcnJvcihtb2RlbDogc3RyaW5nLCBwcm9ibGVtOiBzdHJpbmcsIHJlcGx5OiBzdHJpbmcpOiBHZW1pbmlFcnJvciB7XG4gIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoXG4gICAgJ2ludmFsaWQtanNvbicsXG4gICAgYEdlbWluaSAoJHttb2RlbH0pIGRpZCBub3QgcmV0dXJuIHVzYWJsZSBKU09OLCBldmVuIGFmdGVyIG9uZSByZXBhaXIgYXR0ZW1wdDogdGhlIHJlcGx5IGlzICR7bGltaXQocHJvYmxlbSwgMzAwKS5yZXBsYWNlKC9bLlxcc10rJC8sICcnKX0uIFRyeSBhZ2Fpbiwgb3IgY2hvb3NlIGFub3RoZXIgbW9kZWwuYCxcbiAgICB7IHBhcnRpYWxUZXh0OiByZXBseSwgcmVhc29uOiAnSU5WQUxJRF9KU09OJyB9LFxuICApO1xufVxuXG5mdW5jdGlvbiBsaW1pdCh0ZXh0OiBzdHJpbmcsIG1heDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQubGVuZ3RoIDw9IG1heCA/IHRleHQgOiBgJHt0ZXh0LnNsaWNlKDAsIG1heCl9XHUyMDI2YDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGlCQUFrQjtBQUNsQixvQkFBNEI7QUFHckIsU0FBUyxtQkFBbUIsUUFBNEM7QUFDN0UsUUFBTSxPQUFPLGFBQUUsYUFBYSxRQUFRLEVBQUUsSUFBSSxTQUFTLGlCQUFpQixNQUFNLENBQUM7QUFFM0UsUUFBTSxFQUFFLFNBQVMsVUFBVSxHQUFHLEtBQUssSUFBSTtBQUN2QyxTQUFPO0FBQ1Q7QUFLTyxTQUFTLGdCQUFnQixNQUFzQjtBQUNwRCxRQUFNLFNBQVMsc0RBQXNELEtBQUssSUFBSTtBQUM5RSxVQUFRLFNBQVMsT0FBTyxDQUFDLElBQUssTUFBTSxLQUFLO0FBQzNDO0FBRU8sU0FBUyxlQUFrQixNQUFjLFFBQW9DO0FBQ2xGLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sZ0JBQWdCLElBQUksQ0FBQztBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLFdBQU8sRUFBRSxJQUFJLE9BQU8sT0FBTyxtQkFBbUIsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDLEdBQUc7QUFBQSxFQUN6RztBQUNBLFFBQU0sU0FBUyxPQUFPLFVBQVUsSUFBSTtBQUNwQyxNQUFJLE9BQU8sUUFBUyxRQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sT0FBTyxLQUFLO0FBQzFELFNBQU8sRUFBRSxJQUFJLE9BQU8sT0FBTyw4QkFBOEIsTUFBTSxhQUFFLGNBQWMsT0FBTyxLQUFLLEdBQUcsR0FBSSxDQUFDLEdBQUc7QUFDeEc7QUFFQSxNQUFNLG1CQUFtQjtBQUdsQixTQUFTLGFBQWEsZ0JBQXdCLFVBQWtCLFNBQXlCO0FBQzlGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGtFQUFrRSxPQUFPO0FBQUEsSUFDekU7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsTUFBTSxVQUFVLGdCQUFnQjtBQUFBLElBQ2hDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFFTyxTQUFTLGlCQUFpQixPQUFlLFNBQWlCLE9BQTRCO0FBQzNGLFNBQU8sSUFBSTtBQUFBLElBQ1Q7QUFBQSxJQUNBLFdBQVcsS0FBSyw2RUFBNkUsTUFBTSxTQUFTLEdBQUcsRUFBRSxRQUFRLFdBQVcsRUFBRSxDQUFDO0FBQUEsSUFDdkksRUFBRSxhQUFhLE9BQU8sUUFBUSxlQUFlO0FBQUEsRUFDL0M7QUFDRjtBQUVBLFNBQVMsTUFBTSxNQUFjLEtBQXFCO0FBQ2hELFNBQU8sS0FBSyxVQUFVLE1BQU0sT0FBTyxHQUFHLEtBQUssTUFBTSxHQUFHLEdBQUcsQ0FBQztBQUMxRDsiLAogICJuYW1lcyI6IFtdCn0K
