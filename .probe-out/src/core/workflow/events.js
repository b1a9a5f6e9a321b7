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
var events_exports = {};
__export(events_exports, {
  Emitter: () => Emitter
});
module.exports = __toCommonJS(events_exports);
class Emitter {
  listeners = /* @__PURE__ */ new Set();
  /** Subscribe: `emitter.event(listener)`, like `vscode.Event<T>`. */
  event = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(event) {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
      }
    }
  }
  dispose() {
    this.listeners.clear();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Emitter
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvZXZlbnRzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogQSBkaXNwb3NhYmxlIHN1YnNjcmlwdGlvbiwgc2hhcGVkIGxpa2UgVlMgQ29kZSdzIHNvIHRoZSBleHRlbnNpb24gY2FuIHB1c2ggaXQgYXMgaXMuICovXG5leHBvcnQgaW50ZXJmYWNlIFN1YnNjcmlwdGlvbiB7XG4gIGRpc3Bvc2UoKTogdm9pZDtcbn1cblxuZXhwb3J0IHR5cGUgTGlzdGVuZXI8VD4gPSAoZXZlbnQ6IFQpID0+IHZvaWQ7XG5cbi8qKlxuICogQSBtaW5pbWFsIHR5cGVkIGV2ZW50IGVtaXR0ZXIgKHRoZSBjb3JlIGNhbm5vdCB1c2UgYHZzY29kZS5FdmVudEVtaXR0ZXJgKS4gQSBsaXN0ZW5lciB0aGF0XG4gKiB0aHJvd3MgaXMgaXNvbGF0ZWQ6IGl0IGNhbm5vdCBicmVhayB0aGUgcnVuIG9yIHRoZSBvdGhlciBsaXN0ZW5lcnMuXG4gKi9cbmV4cG9ydCBjbGFzcyBFbWl0dGVyPFQ+IHtcbiAgcHJpdmF0ZSByZWFkb25seSBsaXN0ZW5lcnMgPSBuZXcgU2V0PExpc3RlbmVyPFQ+PigpO1xuXG4gIC8qKiBTdWJzY3JpYmU6IGBlbWl0dGVyLmV2ZW50KGxpc3RlbmVyKWAsIGxpa2UgYHZzY29kZS5FdmVudDxUPmAuICovXG4gIHJlYWRvbmx5IGV2ZW50ID0gKGxpc3RlbmVyOiBMaXN0ZW5lcjxUPik6IFN1YnNjcmlwdGlvbiA9PiB7XG4gICAgdGhpcy5saXN0ZW5lcnMuYWRkKGxpc3RlbmVyKTtcbiAgICByZXR1cm4geyBkaXNwb3NlOiAoKSA9PiB0aGlzLmxpc3RlbmVycy5kZWxldGUobGlzdGVuZXIpIH07XG4gIH07XG5cbiAgZmlyZShldmVudDogVCk6IHZvaWQge1xuICAgIGZvciAoY29uc3QgbGlzdGVuZXIgb2YgWy4uLnRoaXMubGlzdGVuZXJzXSkge1xuICAgICAgdHJ5IHtcbiAgICAgICAgbGlzdGVuZXIoZXZlbnQpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIC8vIEEgdmlldydzIGJ1ZyBtdXN0IG5vdCBzdG9wIHRoZSB3cml0aW5nLlxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5saXN0ZW5lcnMuY2xlYXIoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQVdPLE1BQU0sUUFBVztBQUFBLEVBQ0wsWUFBWSxvQkFBSSxJQUFpQjtBQUFBO0FBQUEsRUFHekMsUUFBUSxDQUFDLGFBQXdDO0FBQ3hELFNBQUssVUFBVSxJQUFJLFFBQVE7QUFDM0IsV0FBTyxFQUFFLFNBQVMsTUFBTSxLQUFLLFVBQVUsT0FBTyxRQUFRLEVBQUU7QUFBQSxFQUMxRDtBQUFBLEVBRUEsS0FBSyxPQUFnQjtBQUNuQixlQUFXLFlBQVksQ0FBQyxHQUFHLEtBQUssU0FBUyxHQUFHO0FBQzFDLFVBQUk7QUFDRixpQkFBUyxLQUFLO0FBQUEsTUFDaEIsUUFBUTtBQUFBLE1BRVI7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxTQUFLLFVBQVUsTUFBTTtBQUFBLEVBQ3ZCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
