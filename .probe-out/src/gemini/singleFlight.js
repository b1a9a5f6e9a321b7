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
var singleFlight_exports = {};
__export(singleFlight_exports, {
  SingleFlight: () => SingleFlight
});
module.exports = __toCommonJS(singleFlight_exports);
class SingleFlight {
  inFlight = /* @__PURE__ */ new Map();
  /** The shared promise for `key`, if a leader is running. */
  get(key) {
    return this.inFlight.get(key);
  }
  /** Starts `work` as the leader for `key`; the entry is removed when it settles. */
  lead(key, work) {
    const promise = work().finally(() => {
      if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
    });
    this.inFlight.set(key, promise);
    return promise;
  }
  get size() {
    return this.inFlight.size;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SingleFlight
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9zaW5nbGVGbGlnaHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogSWRlbnRpY2FsIGNhbGxzIGluIGZsaWdodCBhdCB0aGUgc2FtZSB0aW1lIHNoYXJlIG9uZSBwaWVjZSBvZiB3b3JrOiB0aGUgZmlyc3QgY2FsbGVyICh0aGVcbiAqIGxlYWRlcikgcnVucyBpdCwgbGF0ZXIgb25lcyAoZm9sbG93ZXJzKSB3YWl0IGZvciBpdHMgb3V0Y29tZS5cbiAqL1xuZXhwb3J0IGNsYXNzIFNpbmdsZUZsaWdodDxUPiB7XG4gIHByaXZhdGUgcmVhZG9ubHkgaW5GbGlnaHQgPSBuZXcgTWFwPHN0cmluZywgUHJvbWlzZTxUPj4oKTtcblxuICAvKiogVGhlIHNoYXJlZCBwcm9taXNlIGZvciBga2V5YCwgaWYgYSBsZWFkZXIgaXMgcnVubmluZy4gKi9cbiAgZ2V0KGtleTogc3RyaW5nKTogUHJvbWlzZTxUPiB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuaW5GbGlnaHQuZ2V0KGtleSk7XG4gIH1cblxuICAvKiogU3RhcnRzIGB3b3JrYCBhcyB0aGUgbGVhZGVyIGZvciBga2V5YDsgdGhlIGVudHJ5IGlzIHJlbW92ZWQgd2hlbiBpdCBzZXR0bGVzLiAqL1xuICBsZWFkKGtleTogc3RyaW5nLCB3b3JrOiAoKSA9PiBQcm9taXNlPFQ+KTogUHJvbWlzZTxUPiB7XG4gICAgY29uc3QgcHJvbWlzZSA9IHdvcmsoKS5maW5hbGx5KCgpID0+IHtcbiAgICAgIGlmICh0aGlzLmluRmxpZ2h0LmdldChrZXkpID09PSBwcm9taXNlKSB0aGlzLmluRmxpZ2h0LmRlbGV0ZShrZXkpO1xuICAgIH0pO1xuICAgIHRoaXMuaW5GbGlnaHQuc2V0KGtleSwgcHJvbWlzZSk7XG4gICAgcmV0dXJuIHByb21pc2U7XG4gIH1cblxuICBnZXQgc2l6ZSgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmluRmxpZ2h0LnNpemU7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJTyxNQUFNLGFBQWdCO0FBQUEsRUFDVixXQUFXLG9CQUFJLElBQXdCO0FBQUE7QUFBQSxFQUd4RCxJQUFJLEtBQXFDO0FBQ3ZDLFdBQU8sS0FBSyxTQUFTLElBQUksR0FBRztBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLEtBQUssS0FBYSxNQUFvQztBQUNwRCxVQUFNLFVBQVUsS0FBSyxFQUFFLFFBQVEsTUFBTTtBQUNuQyxVQUFJLEtBQUssU0FBUyxJQUFJLEdBQUcsTUFBTSxRQUFTLE1BQUssU0FBUyxPQUFPLEdBQUc7QUFBQSxJQUNsRSxDQUFDO0FBQ0QsU0FBSyxTQUFTLElBQUksS0FBSyxPQUFPO0FBQzlCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxJQUFJLE9BQWU7QUFDakIsV0FBTyxLQUFLLFNBQVM7QUFBQSxFQUN2QjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
