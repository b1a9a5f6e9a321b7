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
var withDefaults_exports = {};
__export(withDefaults_exports, {
  withDefaults: () => withDefaults
});
module.exports = __toCommonJS(withDefaults_exports);
var import_bible = require("./bible");
var import_concept = require("./concept");
var import_outline = require("./outline");
function withDefaults(stage, value, options = {}) {
  const completers = {
    concept: import_concept.completeConcept,
    bible: import_bible.completeBible,
    outline: (raw) => (0, import_outline.completeOutline)(raw, options)
  };
  return completers[stage](value);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  withDefaults
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL3dpdGhEZWZhdWx0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgY29tcGxldGVCaWJsZSwgdHlwZSBCaWJsZSB9IGZyb20gJy4vYmlibGUnO1xuaW1wb3J0IHsgY29tcGxldGVDb25jZXB0LCB0eXBlIENvbmNlcHQgfSBmcm9tICcuL2NvbmNlcHQnO1xuaW1wb3J0IHR5cGUgeyBDb21wbGV0ZVJlc3VsdCB9IGZyb20gJy4vbGVuaWVudCc7XG5pbXBvcnQgeyBjb21wbGV0ZU91dGxpbmUsIHR5cGUgT3V0bGluZSwgdHlwZSBPdXRsaW5lRGVmYXVsdHMgfSBmcm9tICcuL291dGxpbmUnO1xuaW1wb3J0IHR5cGUgeyBTdHJ1Y3R1cmVkU3RhZ2UgfSBmcm9tICcuL3N0YWdlRmlsZXMnO1xuXG4vKiogVGhlIHZhbHVlIGVhY2ggc3RydWN0dXJlZCBzdGFnZSBwcm9kdWNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3RhZ2VWYWx1ZXMge1xuICBjb25jZXB0OiBDb25jZXB0O1xuICBiaWJsZTogQmlibGU7XG4gIG91dGxpbmU6IE91dGxpbmU7XG59XG5cbi8qKlxuICogQ29tcGxldGVzIGEgcGFydGlhbGx5IHZhbGlkIHN0cnVjdHVyZWQgdmFsdWUgKGEgbW9kZWwgcmVwbHkgdGhhdCBtaXNzZWQgbm9uLWNyaXRpY2FsIGZpZWxkcyxcbiAqIG9yIEpTT04gZnJvbSBhIGZhbGxiYWNrIGF0dGVtcHQpIHdpdGggdGhlIHN0YWdlJ3MgZGVmYXVsdHMuIENyaXRpY2FsIGZpZWxkcyAodGhlIGNvbmNlcHQnc1xuICogbG9nbGluZSBhbmQgcHJlbWlzZSwgdGhlIGJpYmxlJ3MgbmFtZWQgY2hhcmFjdGVycywgZWFjaCBjaGFwdGVyJ3Mgc3VtbWFyeSBvciBiZWF0cykgYXJlIG5ldmVyXG4gKiBpbnZlbnRlZDogdGhlaXIgYWJzZW5jZSBpcyBhIHByb2JsZW0uIGBkZWZhdWx0ZWRgIG5hbWVzIHdoYXQgd2FzIGZpbGxlZCBpbiwgZm9yIHRoZSBsb2cuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoRGVmYXVsdHM8UyBleHRlbmRzIFN0cnVjdHVyZWRTdGFnZT4oc3RhZ2U6IFMsIHZhbHVlOiB1bmtub3duLCBvcHRpb25zOiBPdXRsaW5lRGVmYXVsdHMgPSB7fSk6IENvbXBsZXRlUmVzdWx0PFN0YWdlVmFsdWVzW1NdPiB7XG4gIGNvbnN0IGNvbXBsZXRlcnM6IHsgW0sgaW4gU3RydWN0dXJlZFN0YWdlXTogKHJhdzogdW5rbm93bikgPT4gQ29tcGxldGVSZXN1bHQ8U3RhZ2VWYWx1ZXNbS10+IH0gPSB7XG4gICAgY29uY2VwdDogY29tcGxldGVDb25jZXB0LFxuICAgIGJpYmxlOiBjb21wbGV0ZUJpYmxlLFxuICAgIG91dGxpbmU6IChyYXcpID0+IGNvbXBsZXRlT3V0bGluZShyYXcsIG9wdGlvbnMpLFxuICB9O1xuICByZXR1cm4gY29tcGxldGVyc1tzdGFnZV0odmFsdWUpIGFzIENvbXBsZXRlUmVzdWx0PFN0YWdlVmFsdWVzW1NdPjtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxtQkFBMEM7QUFDMUMscUJBQThDO0FBRTlDLHFCQUFvRTtBQWdCN0QsU0FBUyxhQUF3QyxPQUFVLE9BQWdCLFVBQTJCLENBQUMsR0FBbUM7QUFDL0ksUUFBTSxhQUEyRjtBQUFBLElBQy9GLFNBQVM7QUFBQSxJQUNULE9BQU87QUFBQSxJQUNQLFNBQVMsQ0FBQyxZQUFRLGdDQUFnQixLQUFLLE9BQU87QUFBQSxFQUNoRDtBQUNBLFNBQU8sV0FBVyxLQUFLLEVBQUUsS0FBSztBQUNoQzsiLAogICJuYW1lcyI6IFtdCn0K
