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
var log_exports = {};
__export(log_exports, {
  SecretRedactor: () => SecretRedactor,
  createChannelLogger: () => createChannelLogger
});
module.exports = __toCommonJS(log_exports);
class SecretRedactor {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (secret && secret.length >= 8) this.secrets.add(secret);
  }
  redact(text) {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join("[redacted]");
    return out;
  }
}
function createChannelLogger(channel, redactor, component) {
  const format = (message, fields) => {
    const tag = component ? `[${component}] ` : "";
    const extra = fields && Object.keys(fields).length > 0 ? ` ${safeJson(fields)}` : "";
    return redactor.redact(`${tag}${message}${extra}`);
  };
  return {
    trace: (m, f) => channel.trace(format(m, f)),
    debug: (m, f) => channel.debug(format(m, f)),
    info: (m, f) => channel.info(format(m, f)),
    warn: (m, f) => channel.warn(format(m, f)),
    error: (m, f) => channel.error(format(m, f)),
    child: (name) => createChannelLogger(channel, redactor, component ? `${component}/${name}` : name)
  };
}
function safeJson(fields) {
  try {
    return JSON.stringify(fields, (_k, v) => v instanceof Error ? { name: v.name, message: v.message } : v);
  } catch {
    return "{unserialisable fields}";
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SecretRedactor,
  createChannelLogger
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS9sb2cudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBMb2dnZXIgfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcblxuLyoqXG4gKiBTdHJpbmdzIHRoYXQgbXVzdCBuZXZlciByZWFjaCBhIGxvZyBsaW5lICh0aGUgQVBJIGtleSkuIFRoZSBrZXkgc3RvcmUgcmVnaXN0ZXJzIHRoZSBrZXkgaGVyZVxuICogdGhlIG1vbWVudCBpdCByZWFkcyBvciBzdG9yZXMgaXQsIHNvIGV2ZW4gYSBjYXJlbGVzcyBgZmllbGRzYCBvYmplY3QgY2Fubm90IGxlYWsgaXQuXG4gKi9cbmV4cG9ydCBjbGFzcyBTZWNyZXRSZWRhY3RvciB7XG4gIHByaXZhdGUgcmVhZG9ubHkgc2VjcmV0cyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuXG4gIGFkZChzZWNyZXQ6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICAgIGlmIChzZWNyZXQgJiYgc2VjcmV0Lmxlbmd0aCA+PSA4KSB0aGlzLnNlY3JldHMuYWRkKHNlY3JldCk7XG4gIH1cblxuICByZWRhY3QodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgICBsZXQgb3V0ID0gdGV4dDtcbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5zZWNyZXRzKSBvdXQgPSBvdXQuc3BsaXQocykuam9pbignW3JlZGFjdGVkXScpO1xuICAgIHJldHVybiBvdXQ7XG4gIH1cbn1cblxuLyoqIFRoZSBjb3JlJ3MgTG9nZ2VyIG92ZXIgdGhlIG9uZSBMb2dPdXRwdXRDaGFubmVsLCBvbmUgY29tcG9uZW50IHRhZyBwZXIgbGluZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVDaGFubmVsTG9nZ2VyKGNoYW5uZWw6IHZzY29kZS5Mb2dPdXRwdXRDaGFubmVsLCByZWRhY3RvcjogU2VjcmV0UmVkYWN0b3IsIGNvbXBvbmVudD86IHN0cmluZyk6IExvZ2dlciB7XG4gIGNvbnN0IGZvcm1hdCA9IChtZXNzYWdlOiBzdHJpbmcsIGZpZWxkcz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KSA9PiB7XG4gICAgY29uc3QgdGFnID0gY29tcG9uZW50ID8gYFske2NvbXBvbmVudH1dIGAgOiAnJztcbiAgICBjb25zdCBleHRyYSA9IGZpZWxkcyAmJiBPYmplY3Qua2V5cyhmaWVsZHMpLmxlbmd0aCA+IDAgPyBgICR7c2FmZUpzb24oZmllbGRzKX1gIDogJyc7XG4gICAgcmV0dXJuIHJlZGFjdG9yLnJlZGFjdChgJHt0YWd9JHttZXNzYWdlfSR7ZXh0cmF9YCk7XG4gIH07XG4gIHJldHVybiB7XG4gICAgdHJhY2U6IChtLCBmKSA9PiBjaGFubmVsLnRyYWNlKGZvcm1hdChtLCBmKSksXG4gICAgZGVidWc6IChtLCBmKSA9PiBjaGFubmVsLmRlYnVnKGZvcm1hdChtLCBmKSksXG4gICAgaW5mbzogKG0sIGYpID0+IGNoYW5uZWwuaW5mbyhmb3JtYXQobSwgZikpLFxuICAgIHdhcm46IChtLCBmKSA9PiBjaGFubmVsLndhcm4oZm9ybWF0KG0sIGYpKSxcbiAgICBlcnJvcjogKG0sIGYpID0+IGNoYW5uZWwuZXJyb3IoZm9ybWF0KG0sIGYpKSxcbiAgICBjaGlsZDogKG5hbWUpID0+IGNyZWF0ZUNoYW5uZWxMb2dnZXIoY2hhbm5lbCwgcmVkYWN0b3IsIGNvbXBvbmVudCA/IGAke2NvbXBvbmVudH0vJHtuYW1lfWAgOiBuYW1lKSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gc2FmZUpzb24oZmllbGRzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KGZpZWxkcywgKF9rLCB2OiB1bmtub3duKSA9PiAodiBpbnN0YW5jZW9mIEVycm9yID8geyBuYW1lOiB2Lm5hbWUsIG1lc3NhZ2U6IHYubWVzc2FnZSB9IDogdikpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gJ3t1bnNlcmlhbGlzYWJsZSBmaWVsZHN9JztcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT08sTUFBTSxlQUFlO0FBQUEsRUFDVCxVQUFVLG9CQUFJLElBQVk7QUFBQSxFQUUzQyxJQUFJLFFBQWtDO0FBQ3BDLFFBQUksVUFBVSxPQUFPLFVBQVUsRUFBRyxNQUFLLFFBQVEsSUFBSSxNQUFNO0FBQUEsRUFDM0Q7QUFBQSxFQUVBLE9BQU8sTUFBc0I7QUFDM0IsUUFBSSxNQUFNO0FBQ1YsZUFBVyxLQUFLLEtBQUssUUFBUyxPQUFNLElBQUksTUFBTSxDQUFDLEVBQUUsS0FBSyxZQUFZO0FBQ2xFLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG9CQUFvQixTQUFrQyxVQUEwQixXQUE0QjtBQUMxSCxRQUFNLFNBQVMsQ0FBQyxTQUFpQixXQUFxQztBQUNwRSxVQUFNLE1BQU0sWUFBWSxJQUFJLFNBQVMsT0FBTztBQUM1QyxVQUFNLFFBQVEsVUFBVSxPQUFPLEtBQUssTUFBTSxFQUFFLFNBQVMsSUFBSSxJQUFJLFNBQVMsTUFBTSxDQUFDLEtBQUs7QUFDbEYsV0FBTyxTQUFTLE9BQU8sR0FBRyxHQUFHLEdBQUcsT0FBTyxHQUFHLEtBQUssRUFBRTtBQUFBLEVBQ25EO0FBQ0EsU0FBTztBQUFBLElBQ0wsT0FBTyxDQUFDLEdBQUcsTUFBTSxRQUFRLE1BQU0sT0FBTyxHQUFHLENBQUMsQ0FBQztBQUFBLElBQzNDLE9BQU8sQ0FBQyxHQUFHLE1BQU0sUUFBUSxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFBQSxJQUMzQyxNQUFNLENBQUMsR0FBRyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUcsQ0FBQyxDQUFDO0FBQUEsSUFDekMsTUFBTSxDQUFDLEdBQUcsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHLENBQUMsQ0FBQztBQUFBLElBQ3pDLE9BQU8sQ0FBQyxHQUFHLE1BQU0sUUFBUSxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFBQSxJQUMzQyxPQUFPLENBQUMsU0FBUyxvQkFBb0IsU0FBUyxVQUFVLFlBQVksR0FBRyxTQUFTLElBQUksSUFBSSxLQUFLLElBQUk7QUFBQSxFQUNuRztBQUNGO0FBRUEsU0FBUyxTQUFTLFFBQXlDO0FBQ3pELE1BQUk7QUFDRixXQUFPLEtBQUssVUFBVSxRQUFRLENBQUMsSUFBSSxNQUFnQixhQUFhLFFBQVEsRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsUUFBUSxJQUFJLENBQUU7QUFBQSxFQUNuSCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
