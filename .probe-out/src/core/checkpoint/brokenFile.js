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
var brokenFile_exports = {};
__export(brokenFile_exports, {
  BrokenStageFileError: () => BrokenStageFileError
});
module.exports = __toCommonJS(brokenFile_exports);
class BrokenStageFileError extends Error {
  constructor(file, problem, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.problem = problem;
    this.name = "BrokenStageFileError";
  }
  file;
  problem;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BrokenStageFileError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9icm9rZW5GaWxlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogV2h5IGEgc3RhZ2UgZmlsZSBjb3VsZCBub3QgYmUgcmVhZCBhcyBhIGNoZWNrcG9pbnQuICovXG5leHBvcnQgdHlwZSBCcm9rZW5GaWxlUHJvYmxlbSA9ICdiaW5hcnknIHwgJ2Zyb250LW1hdHRlcicgfCAnbWV0YWRhdGEnO1xuXG4vKipcbiAqIEEgc3RhZ2UgZmlsZSB0aGF0IGlzIGRhbWFnZWQ6IG5vdCB0ZXh0LCBmcm9udCBtYXR0ZXIgdGhhdCBkb2VzIG5vdCBwYXJzZSAob2Z0ZW4gYSB0cnVuY2F0ZWRcbiAqIHdyaXRlKSwgb3IgbWV0YWRhdGEgdGhhdCBkb2VzIG5vdCBoYXZlIHRoZSBjaGVja3BvaW50J3Mgc2hhcGUuIFRoZSB3b3JrZmxvdyBuZXZlciBvdmVyd3JpdGVzXG4gKiBzdWNoIGEgZmlsZSBzaWxlbnRseTogaXQgY291bnRzIGFzIHRoZSB3cml0ZXIncyAoYGVkaXRlZGApIGFuZCBpcyBiYWNrZWQgdXAgYmVmb3JlIGFueSBmb3JjZWRcbiAqIHJlZ2VuZXJhdGlvbi5cbiAqL1xuZXhwb3J0IGNsYXNzIEJyb2tlblN0YWdlRmlsZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihcbiAgICAvKiogU3RvcnktcmVsYXRpdmUgcGF0aCwgZS5nLiBgMDQtZHJhZnQvY2hhcHRlci0wMi5tZGAuICovXG4gICAgcmVhZG9ubHkgZmlsZTogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHByb2JsZW06IEJyb2tlbkZpbGVQcm9ibGVtLFxuICAgIGRldGFpbDogc3RyaW5nLFxuICApIHtcbiAgICBzdXBlcihgJHtmaWxlfTogJHtkZXRhaWx9YCk7XG4gICAgdGhpcy5uYW1lID0gJ0Jyb2tlblN0YWdlRmlsZUVycm9yJztcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQVNPLE1BQU0sNkJBQTZCLE1BQU07QUFBQSxFQUM5QyxZQUVXLE1BQ0EsU0FDVCxRQUNBO0FBQ0EsVUFBTSxHQUFHLElBQUksS0FBSyxNQUFNLEVBQUU7QUFKakI7QUFDQTtBQUlULFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQSxFQU5XO0FBQUEsRUFDQTtBQU1iOyIsCiAgIm5hbWVzIjogW10KfQo=
