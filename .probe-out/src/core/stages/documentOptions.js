"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var documentOptions_exports = {};
module.exports = __toCommonJS(documentOptions_exports);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2RvY3VtZW50T3B0aW9ucy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIE9wdGlvbnMgc2hhcmVkIGJ5IHRoZSBzdGFnZSBkb2N1bWVudHMnIHJlYWRlcnMgYW5kIHdyaXRlcnMuICovXG5cbmV4cG9ydCBpbnRlcmZhY2UgUGFyc2VEb2N1bWVudE9wdGlvbnMge1xuICAvKiogSG93IG1lc3NhZ2VzIG5hbWUgdGhlIGZpbGUgKGUuZy4gYHN0b3JpZXMva2VlcGVyLzAyLWJpYmxlLm1kYCk7IGRlZmF1bHRzIHRvIHRoZSBzdGFnZSdzIGZpbGUgbmFtZS4gKi9cbiAgcmVhZG9ubHkgZmlsZT86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZW5kZXJEb2N1bWVudE9wdGlvbnMge1xuICAvKiogVGhlIHN0b3J5J3MgdGl0bGUsIHNob3duIGluIHRoZSBgI2AgaGVhZGluZyBvbmx5IChyZWFkaW5nIGlnbm9yZXMgaXQpLiAqL1xuICByZWFkb25seSB0aXRsZT86IHN0cmluZztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTsiLAogICJuYW1lcyI6IFtdCn0K
