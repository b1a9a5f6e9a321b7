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
var cliError_exports = {};
__export(cliError_exports, {
  UsageError: () => UsageError
});
module.exports = __toCommonJS(cliError_exports);
var import_errors = require("../gemini/errors");
class UsageError extends Error {
  name = "UsageError";
  exitCode = import_errors.EXIT_CODES.badInput;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  UsageError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jbGlFcnJvci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgRVhJVF9DT0RFUyB9IGZyb20gJy4uL2dlbWluaS9lcnJvcnMnO1xuXG4vKiogQSBtaXN0YWtlIGluIGhvdyB0aGUgY29tbWFuZCB3YXMgY2FsbGVkIG9yIGNvbmZpZ3VyZWQ6IGV4aXQgMiwgd2l0aCB3aGF0IHRvIGRvIGluc3RlYWQuICovXG5leHBvcnQgY2xhc3MgVXNhZ2VFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgcmVhZG9ubHkgbmFtZSA9ICdVc2FnZUVycm9yJztcbiAgcmVhZG9ubHkgZXhpdENvZGU6IG51bWJlciA9IEVYSVRfQ09ERVMuYmFkSW5wdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsb0JBQTJCO0FBR3BCLE1BQU0sbUJBQW1CLE1BQU07QUFBQSxFQUNsQixPQUFPO0FBQUEsRUFDaEIsV0FBbUIseUJBQVc7QUFDekM7IiwKICAibmFtZXMiOiBbXQp9Cg==
