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
var config_exports = {};
__export(config_exports, {
  loadSettings: () => loadSettings
});
module.exports = __toCommonJS(config_exports);
var import_promises = require("node:fs/promises");
var import_settings = require("../core/config/settings");
var import_cliError = require("./cliError");
async function loadSettings(configPath) {
  if (!configPath) return (0, import_settings.settingsFromFlatJson)({}).settings;
  let text;
  try {
    text = await (0, import_promises.readFile)(configPath, "utf8");
  } catch (e) {
    throw new import_cliError.UsageError(`Cannot read the config file ${configPath} (${e.code ?? e.message}). Check the path given to --config.`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new import_cliError.UsageError(`The config file ${configPath} is not valid JSON: ${e.message}. Fix it or remove --config.`);
  }
  const { settings, problems, unknownKeys } = (0, import_settings.settingsFromFlatJson)(json);
  const messages = [
    ...problems.map((p) => `${p.key} is ${JSON.stringify(p.value)} but must be ${p.allowed}`),
    ...unknownKeys.map((k) => `${k} is not a Story Writer setting`)
  ];
  if (messages.length > 0) throw new import_cliError.UsageError(`The config file ${configPath} has problems: ${messages.join("; ")}.`);
  return settings;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  loadSettings
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb25maWcudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHJlYWRGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyBzZXR0aW5nc0Zyb21GbGF0SnNvbiwgdHlwZSBTZXR0aW5ncyB9IGZyb20gJy4uL2NvcmUvY29uZmlnL3NldHRpbmdzJztcbmltcG9ydCB7IFVzYWdlRXJyb3IgfSBmcm9tICcuL2NsaUVycm9yJztcblxuLyoqXG4gKiBgLS1jb25maWcgRklMRWA6IGEgSlNPTiBvYmplY3Qgd2l0aCB0aGUgc2FtZSBmbGF0IGtleXMgYXMgc2V0dGluZ3MuanNvblxuICogKGBcInN0b3J5V3JpdGVyLnJldHJ5Lm1heFJldHJpZXNcIjogMWApLCB2YWxpZGF0ZWQgYnkgdGhlIGV4dGVuc2lvbidzIG93biBzY2hlbWEuIE9uIHRoZSBjb21tYW5kXG4gKiBsaW5lIGEgYmFkIHZhbHVlIGlzIGFuIGVycm9yIChleGl0IDIpLCBub3QgYSB3YXJuaW5nOiBhIGJhdGNoIHJ1biBzaG91bGQgbm90IHF1aWV0bHkgdXNlIGFcbiAqIGRlZmF1bHQgdGhlIHVzZXIgZGlkIG5vdCBjaG9vc2UuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBsb2FkU2V0dGluZ3MoY29uZmlnUGF0aDogc3RyaW5nIHwgdW5kZWZpbmVkKTogUHJvbWlzZTxTZXR0aW5ncz4ge1xuICBpZiAoIWNvbmZpZ1BhdGgpIHJldHVybiBzZXR0aW5nc0Zyb21GbGF0SnNvbih7fSkuc2V0dGluZ3M7XG4gIGxldCB0ZXh0OiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgdGV4dCA9IGF3YWl0IHJlYWRGaWxlKGNvbmZpZ1BhdGgsICd1dGY4Jyk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgQ2Fubm90IHJlYWQgdGhlIGNvbmZpZyBmaWxlICR7Y29uZmlnUGF0aH0gKCR7KGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID8/IChlIGFzIEVycm9yKS5tZXNzYWdlfSkuIENoZWNrIHRoZSBwYXRoIGdpdmVuIHRvIC0tY29uZmlnLmApO1xuICB9XG4gIGxldCBqc29uOiB1bmtub3duO1xuICB0cnkge1xuICAgIGpzb24gPSBKU09OLnBhcnNlKHRleHQpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYFRoZSBjb25maWcgZmlsZSAke2NvbmZpZ1BhdGh9IGlzIG5vdCB2YWxpZCBKU09OOiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfS4gRml4IGl0IG9yIHJlbW92ZSAtLWNvbmZpZy5gKTtcbiAgfVxuICBjb25zdCB7IHNldHRpbmdzLCBwcm9ibGVtcywgdW5rbm93bktleXMgfSA9IHNldHRpbmdzRnJvbUZsYXRKc29uKGpzb24pO1xuICBjb25zdCBtZXNzYWdlcyA9IFtcbiAgICAuLi5wcm9ibGVtcy5tYXAoKHApID0+IGAke3Aua2V5fSBpcyAke0pTT04uc3RyaW5naWZ5KHAudmFsdWUpfSBidXQgbXVzdCBiZSAke3AuYWxsb3dlZH1gKSxcbiAgICAuLi51bmtub3duS2V5cy5tYXAoKGspID0+IGAke2t9IGlzIG5vdCBhIFN0b3J5IFdyaXRlciBzZXR0aW5nYCksXG4gIF07XG4gIGlmIChtZXNzYWdlcy5sZW5ndGggPiAwKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgVGhlIGNvbmZpZyBmaWxlICR7Y29uZmlnUGF0aH0gaGFzIHByb2JsZW1zOiAke21lc3NhZ2VzLmpvaW4oJzsgJyl9LmApO1xuICByZXR1cm4gc2V0dGluZ3M7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsc0JBQXlCO0FBQ3pCLHNCQUFvRDtBQUNwRCxzQkFBMkI7QUFRM0IsZUFBc0IsYUFBYSxZQUFtRDtBQUNwRixNQUFJLENBQUMsV0FBWSxZQUFPLHNDQUFxQixDQUFDLENBQUMsRUFBRTtBQUNqRCxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sVUFBTSwwQkFBUyxZQUFZLE1BQU07QUFBQSxFQUMxQyxTQUFTLEdBQUc7QUFDVixVQUFNLElBQUksMkJBQVcsK0JBQStCLFVBQVUsS0FBTSxFQUE0QixRQUFTLEVBQVksT0FBTyxzQ0FBc0M7QUFBQSxFQUNwSztBQUNBLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFNBQVMsR0FBRztBQUNWLFVBQU0sSUFBSSwyQkFBVyxtQkFBbUIsVUFBVSx1QkFBd0IsRUFBWSxPQUFPLDhCQUE4QjtBQUFBLEVBQzdIO0FBQ0EsUUFBTSxFQUFFLFVBQVUsVUFBVSxZQUFZLFFBQUksc0NBQXFCLElBQUk7QUFDckUsUUFBTSxXQUFXO0FBQUEsSUFDZixHQUFHLFNBQVMsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDeEYsR0FBRyxZQUFZLElBQUksQ0FBQyxNQUFNLEdBQUcsQ0FBQyxnQ0FBZ0M7QUFBQSxFQUNoRTtBQUNBLE1BQUksU0FBUyxTQUFTLEVBQUcsT0FBTSxJQUFJLDJCQUFXLG1CQUFtQixVQUFVLGtCQUFrQixTQUFTLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDbkgsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
