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
var changeEvent_exports = {};
__export(changeEvent_exports, {
  ChangeEvent: () => ChangeEvent
});
module.exports = __toCommonJS(changeEvent_exports);
class ChangeEvent {
  constructor(onListenerError = () => {
  }) {
    this.onListenerError = onListenerError;
  }
  onListenerError;
  listeners = /* @__PURE__ */ new Set();
  event = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire() {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
  clear() {
    this.listeners.clear();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ChangeEvent
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9jaGFuZ2VFdmVudC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIEEgZGlzcG9zYWJsZSBzdWJzY3JpcHRpb24sIHNoYXBlZCBsaWtlIFZTIENvZGUncyBgRGlzcG9zYWJsZWAgd2l0aG91dCBpbXBvcnRpbmcgaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFN1YnNjcmlwdGlvbiB7XG4gIGRpc3Bvc2UoKTogdm9pZDtcbn1cblxuLyoqXG4gKiBBIG1pbmltYWwgZXZlbnQgaW4gdGhlIFZTIENvZGUgc3R5bGU6IGBldmVudChsaXN0ZW5lcilgIHN1YnNjcmliZXMgYW5kIHJldHVybnMgYSBzdWJzY3JpcHRpb24uXG4gKiBBIGxpc3RlbmVyIHRoYXQgdGhyb3dzIG5ldmVyIGJyZWFrcyB0aGUgc2VydmljZSBvciB0aGUgb3RoZXIgbGlzdGVuZXJzLlxuICovXG5leHBvcnQgY2xhc3MgQ2hhbmdlRXZlbnQge1xuICBwcml2YXRlIHJlYWRvbmx5IGxpc3RlbmVycyA9IG5ldyBTZXQ8KCkgPT4gdm9pZD4oKTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IG9uTGlzdGVuZXJFcnJvcjogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkID0gKCkgPT4ge30pIHt9XG5cbiAgcmVhZG9ubHkgZXZlbnQgPSAobGlzdGVuZXI6ICgpID0+IHZvaWQpOiBTdWJzY3JpcHRpb24gPT4ge1xuICAgIHRoaXMubGlzdGVuZXJzLmFkZChsaXN0ZW5lcik7XG4gICAgcmV0dXJuIHsgZGlzcG9zZTogKCkgPT4gdGhpcy5saXN0ZW5lcnMuZGVsZXRlKGxpc3RlbmVyKSB9O1xuICB9O1xuXG4gIGZpcmUoKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBsaXN0ZW5lciBvZiBbLi4udGhpcy5saXN0ZW5lcnNdKSB7XG4gICAgICB0cnkge1xuICAgICAgICBsaXN0ZW5lcigpO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgdGhpcy5vbkxpc3RlbmVyRXJyb3IoZXJyb3IpO1xuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNsZWFyKCk6IHZvaWQge1xuICAgIHRoaXMubGlzdGVuZXJzLmNsZWFyKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFTTyxNQUFNLFlBQVk7QUFBQSxFQUd2QixZQUE2QixrQkFBNEMsTUFBTTtBQUFBLEVBQUMsR0FBRztBQUF0RDtBQUFBLEVBQXVEO0FBQUEsRUFBdkQ7QUFBQSxFQUZaLFlBQVksb0JBQUksSUFBZ0I7QUFBQSxFQUl4QyxRQUFRLENBQUMsYUFBdUM7QUFDdkQsU0FBSyxVQUFVLElBQUksUUFBUTtBQUMzQixXQUFPLEVBQUUsU0FBUyxNQUFNLEtBQUssVUFBVSxPQUFPLFFBQVEsRUFBRTtBQUFBLEVBQzFEO0FBQUEsRUFFQSxPQUFhO0FBQ1gsZUFBVyxZQUFZLENBQUMsR0FBRyxLQUFLLFNBQVMsR0FBRztBQUMxQyxVQUFJO0FBQ0YsaUJBQVM7QUFBQSxNQUNYLFNBQVMsT0FBTztBQUNkLGFBQUssZ0JBQWdCLEtBQUs7QUFBQSxNQUM1QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFFQSxRQUFjO0FBQ1osU0FBSyxVQUFVLE1BQU07QUFBQSxFQUN2QjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
