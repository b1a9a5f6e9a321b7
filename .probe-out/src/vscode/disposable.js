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
var disposable_exports = {};
__export(disposable_exports, {
  Disposable: () => Disposable
});
module.exports = __toCommonJS(disposable_exports);
class Disposable {
  disposables = [];
  disposed = false;
  _register(d) {
    if (this.disposed) d.dispose();
    else this.disposables.push(d);
    return d;
  }
  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Disposable
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS9kaXNwb3NhYmxlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcblxuLyoqIE93bnMgd2hhdCBpdCBjcmVhdGVzIGFuZCBkaXNwb3NlcyBpdCBhbGwgdG9nZXRoZXIgKGFmdGVyIHZzY29kZS1wdWxsLXJlcXVlc3QtZ2l0aHViKS4gKi9cbmV4cG9ydCBhYnN0cmFjdCBjbGFzcyBEaXNwb3NhYmxlIGltcGxlbWVudHMgdnNjb2RlLkRpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IGRpc3Bvc2FibGVzOiB2c2NvZGUuRGlzcG9zYWJsZVtdID0gW107XG4gIHByaXZhdGUgZGlzcG9zZWQgPSBmYWxzZTtcblxuICBwcm90ZWN0ZWQgX3JlZ2lzdGVyPFQgZXh0ZW5kcyB2c2NvZGUuRGlzcG9zYWJsZT4oZDogVCk6IFQge1xuICAgIGlmICh0aGlzLmRpc3Bvc2VkKSBkLmRpc3Bvc2UoKTtcbiAgICBlbHNlIHRoaXMuZGlzcG9zYWJsZXMucHVzaChkKTtcbiAgICByZXR1cm4gZDtcbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZGlzcG9zZWQpIHJldHVybjtcbiAgICB0aGlzLmRpc3Bvc2VkID0gdHJ1ZTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgdGhpcy5kaXNwb3NhYmxlcy5zcGxpY2UoMCkucmV2ZXJzZSgpKSBkLmRpc3Bvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUdPLE1BQWUsV0FBd0M7QUFBQSxFQUMzQyxjQUFtQyxDQUFDO0FBQUEsRUFDN0MsV0FBVztBQUFBLEVBRVQsVUFBdUMsR0FBUztBQUN4RCxRQUFJLEtBQUssU0FBVSxHQUFFLFFBQVE7QUFBQSxRQUN4QixNQUFLLFlBQVksS0FBSyxDQUFDO0FBQzVCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxVQUFnQjtBQUNkLFFBQUksS0FBSyxTQUFVO0FBQ25CLFNBQUssV0FBVztBQUNoQixlQUFXLEtBQUssS0FBSyxZQUFZLE9BQU8sQ0FBQyxFQUFFLFFBQVEsRUFBRyxHQUFFLFFBQVE7QUFBQSxFQUNsRTtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
