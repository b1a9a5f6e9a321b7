"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var apiKeyStore_exports = {};
__export(apiKeyStore_exports, {
  ApiKeyStore: () => ApiKeyStore,
  HAS_API_KEY_CONTEXT: () => HAS_API_KEY_CONTEXT
});
module.exports = __toCommonJS(apiKeyStore_exports);
var vscode = __toESM(require("vscode"));
var import_disposable = require("./disposable");
const SECRET_ID = "storyWriter.geminiApiKey";
const HAS_API_KEY_CONTEXT = "storyWriter.hasApiKey";
class ApiKeyStore extends import_disposable.Disposable {
  constructor(secrets, redactor, log) {
    super();
    this.secrets = secrets;
    this.redactor = redactor;
    this.log = log;
    this._register(
      secrets.onDidChange((e) => {
        if (e.key === SECRET_ID) void this.refresh();
      })
    );
  }
  secrets;
  redactor;
  log;
  changed = this._register(new vscode.EventEmitter());
  /** Fires with whether a key is now stored. */
  onDidChange = this.changed.event;
  async getApiKey() {
    const key = await this.secrets.get(SECRET_ID);
    this.redactor.add(key);
    return key || void 0;
  }
  async setApiKey(key) {
    this.redactor.add(key);
    await this.secrets.store(SECRET_ID, key);
    this.log.info("API key stored in secret storage");
    await this.refresh();
  }
  async clearApiKey() {
    await this.secrets.delete(SECRET_ID);
    this.log.info("API key removed from secret storage");
    await this.refresh();
  }
  /** Re-reads the secret and publishes whether one is stored. */
  async refresh() {
    const has = await this.getApiKey() !== void 0;
    await vscode.commands.executeCommand("setContext", HAS_API_KEY_CONTEXT, has);
    this.changed.fire(has);
    return has;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ApiKeyStore,
  HAS_API_KEY_CONTEXT
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS9hcGlLZXlTdG9yZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IExvZ2dlciwgU2VjcmV0U3RvcmUgfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcbmltcG9ydCB7IERpc3Bvc2FibGUgfSBmcm9tICcuL2Rpc3Bvc2FibGUnO1xuaW1wb3J0IHR5cGUgeyBTZWNyZXRSZWRhY3RvciB9IGZyb20gJy4vbG9nJztcblxuY29uc3QgU0VDUkVUX0lEID0gJ3N0b3J5V3JpdGVyLmdlbWluaUFwaUtleSc7XG5leHBvcnQgY29uc3QgSEFTX0FQSV9LRVlfQ09OVEVYVCA9ICdzdG9yeVdyaXRlci5oYXNBcGlLZXknO1xuXG4vKipcbiAqIFRoZSBHZW1pbmkgQVBJIGtleSwga2VwdCBvbmx5IGluIFZTIENvZGUncyBTZWNyZXRTdG9yYWdlLiBLZWVwcyB0aGUgYHN0b3J5V3JpdGVyLmhhc0FwaUtleWBcbiAqIGNvbnRleHQga2V5IHRydWUgb3IgZmFsc2UsIGFsc28gd2hlbiBhbm90aGVyIHdpbmRvdyBjaGFuZ2VzIHRoZSBzZWNyZXQuXG4gKi9cbmV4cG9ydCBjbGFzcyBBcGlLZXlTdG9yZSBleHRlbmRzIERpc3Bvc2FibGUgaW1wbGVtZW50cyBTZWNyZXRTdG9yZSB7XG4gIHByaXZhdGUgcmVhZG9ubHkgY2hhbmdlZCA9IHRoaXMuX3JlZ2lzdGVyKG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPGJvb2xlYW4+KCkpO1xuICAvKiogRmlyZXMgd2l0aCB3aGV0aGVyIGEga2V5IGlzIG5vdyBzdG9yZWQuICovXG4gIHJlYWRvbmx5IG9uRGlkQ2hhbmdlID0gdGhpcy5jaGFuZ2VkLmV2ZW50O1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc2VjcmV0czogdnNjb2RlLlNlY3JldFN0b3JhZ2UsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZWRhY3RvcjogU2VjcmV0UmVkYWN0b3IsXG4gICAgcHJpdmF0ZSByZWFkb25seSBsb2c6IExvZ2dlcixcbiAgKSB7XG4gICAgc3VwZXIoKTtcbiAgICB0aGlzLl9yZWdpc3RlcihcbiAgICAgIHNlY3JldHMub25EaWRDaGFuZ2UoKGUpID0+IHtcbiAgICAgICAgaWYgKGUua2V5ID09PSBTRUNSRVRfSUQpIHZvaWQgdGhpcy5yZWZyZXNoKCk7XG4gICAgICB9KSxcbiAgICApO1xuICB9XG5cbiAgYXN5bmMgZ2V0QXBpS2V5KCk6IFByb21pc2U8c3RyaW5nIHwgdW5kZWZpbmVkPiB7XG4gICAgY29uc3Qga2V5ID0gYXdhaXQgdGhpcy5zZWNyZXRzLmdldChTRUNSRVRfSUQpO1xuICAgIHRoaXMucmVkYWN0b3IuYWRkKGtleSk7XG4gICAgcmV0dXJuIGtleSB8fCB1bmRlZmluZWQ7XG4gIH1cblxuICBhc3luYyBzZXRBcGlLZXkoa2V5OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICB0aGlzLnJlZGFjdG9yLmFkZChrZXkpO1xuICAgIGF3YWl0IHRoaXMuc2VjcmV0cy5zdG9yZShTRUNSRVRfSUQsIGtleSk7XG4gICAgdGhpcy5sb2cuaW5mbygnQVBJIGtleSBzdG9yZWQgaW4gc2VjcmV0IHN0b3JhZ2UnKTtcbiAgICBhd2FpdCB0aGlzLnJlZnJlc2goKTtcbiAgfVxuXG4gIGFzeW5jIGNsZWFyQXBpS2V5KCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IHRoaXMuc2VjcmV0cy5kZWxldGUoU0VDUkVUX0lEKTtcbiAgICB0aGlzLmxvZy5pbmZvKCdBUEkga2V5IHJlbW92ZWQgZnJvbSBzZWNyZXQgc3RvcmFnZScpO1xuICAgIGF3YWl0IHRoaXMucmVmcmVzaCgpO1xuICB9XG5cbiAgLyoqIFJlLXJlYWRzIHRoZSBzZWNyZXQgYW5kIHB1Ymxpc2hlcyB3aGV0aGVyIG9uZSBpcyBzdG9yZWQuICovXG4gIGFzeW5jIHJlZnJlc2goKTogUHJvbWlzZTxib29sZWFuPiB7XG4gICAgY29uc3QgaGFzID0gKGF3YWl0IHRoaXMuZ2V0QXBpS2V5KCkpICE9PSB1bmRlZmluZWQ7XG4gICAgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdzZXRDb250ZXh0JywgSEFTX0FQSV9LRVlfQ09OVEVYVCwgaGFzKTtcbiAgICB0aGlzLmNoYW5nZWQuZmlyZShoYXMpO1xuICAgIHJldHVybiBoYXM7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxhQUF3QjtBQUV4Qix3QkFBMkI7QUFHM0IsTUFBTSxZQUFZO0FBQ1gsTUFBTSxzQkFBc0I7QUFNNUIsTUFBTSxvQkFBb0IsNkJBQWtDO0FBQUEsRUFLakUsWUFDbUIsU0FDQSxVQUNBLEtBQ2pCO0FBQ0EsVUFBTTtBQUpXO0FBQ0E7QUFDQTtBQUdqQixTQUFLO0FBQUEsTUFDSCxRQUFRLFlBQVksQ0FBQyxNQUFNO0FBQ3pCLFlBQUksRUFBRSxRQUFRLFVBQVcsTUFBSyxLQUFLLFFBQVE7QUFBQSxNQUM3QyxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFBQSxFQVZtQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFQRixVQUFVLEtBQUssVUFBVSxJQUFJLE9BQU8sYUFBc0IsQ0FBQztBQUFBO0FBQUEsRUFFbkUsY0FBYyxLQUFLLFFBQVE7QUFBQSxFQWVwQyxNQUFNLFlBQXlDO0FBQzdDLFVBQU0sTUFBTSxNQUFNLEtBQUssUUFBUSxJQUFJLFNBQVM7QUFDNUMsU0FBSyxTQUFTLElBQUksR0FBRztBQUNyQixXQUFPLE9BQU87QUFBQSxFQUNoQjtBQUFBLEVBRUEsTUFBTSxVQUFVLEtBQTRCO0FBQzFDLFNBQUssU0FBUyxJQUFJLEdBQUc7QUFDckIsVUFBTSxLQUFLLFFBQVEsTUFBTSxXQUFXLEdBQUc7QUFDdkMsU0FBSyxJQUFJLEtBQUssa0NBQWtDO0FBQ2hELFVBQU0sS0FBSyxRQUFRO0FBQUEsRUFDckI7QUFBQSxFQUVBLE1BQU0sY0FBNkI7QUFDakMsVUFBTSxLQUFLLFFBQVEsT0FBTyxTQUFTO0FBQ25DLFNBQUssSUFBSSxLQUFLLHFDQUFxQztBQUNuRCxVQUFNLEtBQUssUUFBUTtBQUFBLEVBQ3JCO0FBQUE7QUFBQSxFQUdBLE1BQU0sVUFBNEI7QUFDaEMsVUFBTSxNQUFPLE1BQU0sS0FBSyxVQUFVLE1BQU87QUFDekMsVUFBTSxPQUFPLFNBQVMsZUFBZSxjQUFjLHFCQUFxQixHQUFHO0FBQzNFLFNBQUssUUFBUSxLQUFLLEdBQUc7QUFDckIsV0FBTztBQUFBLEVBQ1Q7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
