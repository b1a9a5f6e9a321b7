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
var workflowEvents_exports = {};
__export(workflowEvents_exports, {
  WorkflowEvents: () => WorkflowEvents
});
module.exports = __toCommonJS(workflowEvents_exports);
var import_events = require("./events");
class WorkflowEvents {
  changes = new import_events.Emitter();
  onDidChange = (listener) => this.changes.event(listener);
  fire(change) {
    this.changes.fire(change);
  }
  dispose() {
    this.changes.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WorkflowEvents
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvd29ya2Zsb3dFdmVudHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgV29ya2Zsb3dTdGFnZSB9IGZyb20gJy4uL2NoZWNrcG9pbnQvbWV0YSc7XG5pbXBvcnQgeyBFbWl0dGVyLCB0eXBlIExpc3RlbmVyLCB0eXBlIFN1YnNjcmlwdGlvbiB9IGZyb20gJy4vZXZlbnRzJztcbmltcG9ydCB0eXBlIHsgSXRlbUlkLCBJdGVtU3RhdHVzIH0gZnJvbSAnLi9pdGVtcyc7XG5cbi8qKiBBbiBpdGVtIG9mIGEgc3RvcnkgY2hhbmdlZCBzdGF0ZSAoYSBydW4gc3RhcnRlZCBpdCwgd3JvdGUgaXQsIGZhaWxlZCBpdCwgXHUyMDI2KS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSXRlbUNoYW5nZSB7XG4gIHJlYWRvbmx5IHN0b3J5RGlyOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGlkOiBJdGVtSWQ7XG4gIHJlYWRvbmx5IHN0YWdlOiBXb3JrZmxvd1N0YWdlO1xuICByZWFkb25seSBjaGFwdGVyPzogbnVtYmVyO1xuICByZWFkb25seSBzdGF0ZTogSXRlbVN0YXR1cztcbiAgcmVhZG9ubHkgcmVhc29uPzogc3RyaW5nO1xufVxuXG4vKipcbiAqIFRoZSBjaGFubmVsIGEgaG9zdCdzIHZpZXdzIGxpc3RlbiBvbi4gT25lIGluc3RhbmNlIHBlciBob3N0LCBwYXNzZWQgdG8gZXZlcnkgcnVuLCBzbyBhIHRyZWVcbiAqIHN1YnNjcmliZXMgb25jZSBhbmQgaGVhcnMgZXZlcnkgc3RvcnkncyBydW5zLlxuICovXG5leHBvcnQgY2xhc3MgV29ya2Zsb3dFdmVudHMge1xuICBwcml2YXRlIHJlYWRvbmx5IGNoYW5nZXMgPSBuZXcgRW1pdHRlcjxJdGVtQ2hhbmdlPigpO1xuXG4gIHJlYWRvbmx5IG9uRGlkQ2hhbmdlID0gKGxpc3RlbmVyOiBMaXN0ZW5lcjxJdGVtQ2hhbmdlPik6IFN1YnNjcmlwdGlvbiA9PiB0aGlzLmNoYW5nZXMuZXZlbnQobGlzdGVuZXIpO1xuXG4gIGZpcmUoY2hhbmdlOiBJdGVtQ2hhbmdlKTogdm9pZCB7XG4gICAgdGhpcy5jaGFuZ2VzLmZpcmUoY2hhbmdlKTtcbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5jaGFuZ2VzLmRpc3Bvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLG9CQUEwRDtBQWlCbkQsTUFBTSxlQUFlO0FBQUEsRUFDVCxVQUFVLElBQUksc0JBQW9CO0FBQUEsRUFFMUMsY0FBYyxDQUFDLGFBQWlELEtBQUssUUFBUSxNQUFNLFFBQVE7QUFBQSxFQUVwRyxLQUFLLFFBQTBCO0FBQzdCLFNBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMxQjtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxTQUFLLFFBQVEsUUFBUTtBQUFBLEVBQ3ZCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
