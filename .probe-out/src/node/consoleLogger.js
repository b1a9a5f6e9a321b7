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
var consoleLogger_exports = {};
__export(consoleLogger_exports, {
  createStderrLogger: () => createStderrLogger
});
module.exports = __toCommonJS(consoleLogger_exports);
const ORDER = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, off: 5 };
function createStderrLogger(options) {
  const write = options.write ?? ((line) => process.stderr.write(line));
  const emit = (level, message, fields) => {
    if (ORDER[level] < ORDER[options.level]) return;
    const tag = options.component ? `[${options.component}] ` : "";
    const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
    let line = `${(/* @__PURE__ */ new Date()).toISOString()} ${level} ${tag}${message}${extra}`;
    for (const s of options.secrets?.() ?? []) if (s && s.length >= 8) line = line.split(s).join("[redacted]");
    write(`${line}
`);
  };
  return {
    trace: (m, f) => emit("trace", m, f),
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    child: (name) => createStderrLogger({ ...options, component: options.component ? `${options.component}/${name}` : name })
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createStderrLogger
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL25vZGUvY29uc29sZUxvZ2dlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBMb2dnZXIsIExvZ0xldmVsIH0gZnJvbSAnLi4vY29yZS9wb3J0cyc7XG5cbmNvbnN0IE9SREVSOiBSZWNvcmQ8TG9nTGV2ZWwgfCAnb2ZmJywgbnVtYmVyPiA9IHsgdHJhY2U6IDAsIGRlYnVnOiAxLCBpbmZvOiAyLCB3YXJuOiAzLCBlcnJvcjogNCwgb2ZmOiA1IH07XG5cbi8qKlxuICogVGhlIGhlYWRsZXNzIGNvbW1hbmQncyBsb2dnZXI6IG9uZSBsaW5lIHBlciBlbnRyeSBvbiBzdGRlcnIgKHN0ZG91dCBpcyB0aGUgY29tbWFuZCdzIG91dHB1dCksXG4gKiBmaWx0ZXJlZCBieSBsZXZlbCwgd2l0aCBrbm93biBzZWNyZXRzIHJlbW92ZWQgYmVmb3JlIGFueXRoaW5nIGlzIHdyaXR0ZW4uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVTdGRlcnJMb2dnZXIob3B0aW9uczogeyBsZXZlbDogTG9nTGV2ZWwgfCAnb2ZmJzsgc2VjcmV0cz86ICgpID0+IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgdW5kZWZpbmVkPjsgY29tcG9uZW50Pzogc3RyaW5nOyB3cml0ZT86IChsaW5lOiBzdHJpbmcpID0+IHZvaWQgfSk6IExvZ2dlciB7XG4gIGNvbnN0IHdyaXRlID0gb3B0aW9ucy53cml0ZSA/PyAoKGxpbmU6IHN0cmluZykgPT4gcHJvY2Vzcy5zdGRlcnIud3JpdGUobGluZSkpO1xuICBjb25zdCBlbWl0ID0gKGxldmVsOiBMb2dMZXZlbCwgbWVzc2FnZTogc3RyaW5nLCBmaWVsZHM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPikgPT4ge1xuICAgIGlmIChPUkRFUltsZXZlbF0gPCBPUkRFUltvcHRpb25zLmxldmVsXSkgcmV0dXJuO1xuICAgIGNvbnN0IHRhZyA9IG9wdGlvbnMuY29tcG9uZW50ID8gYFske29wdGlvbnMuY29tcG9uZW50fV0gYCA6ICcnO1xuICAgIGNvbnN0IGV4dHJhID0gZmllbGRzICYmIE9iamVjdC5rZXlzKGZpZWxkcykubGVuZ3RoID4gMCA/IGAgJHtKU09OLnN0cmluZ2lmeShmaWVsZHMpfWAgOiAnJztcbiAgICBsZXQgbGluZSA9IGAke25ldyBEYXRlKCkudG9JU09TdHJpbmcoKX0gJHtsZXZlbH0gJHt0YWd9JHttZXNzYWdlfSR7ZXh0cmF9YDtcbiAgICBmb3IgKGNvbnN0IHMgb2Ygb3B0aW9ucy5zZWNyZXRzPy4oKSA/PyBbXSkgaWYgKHMgJiYgcy5sZW5ndGggPj0gOCkgbGluZSA9IGxpbmUuc3BsaXQocykuam9pbignW3JlZGFjdGVkXScpO1xuICAgIHdyaXRlKGAke2xpbmV9XFxuYCk7XG4gIH07XG4gIHJldHVybiB7XG4gICAgdHJhY2U6IChtLCBmKSA9PiBlbWl0KCd0cmFjZScsIG0sIGYpLFxuICAgIGRlYnVnOiAobSwgZikgPT4gZW1pdCgnZGVidWcnLCBtLCBmKSxcbiAgICBpbmZvOiAobSwgZikgPT4gZW1pdCgnaW5mbycsIG0sIGYpLFxuICAgIHdhcm46IChtLCBmKSA9PiBlbWl0KCd3YXJuJywgbSwgZiksXG4gICAgZXJyb3I6IChtLCBmKSA9PiBlbWl0KCdlcnJvcicsIG0sIGYpLFxuICAgIGNoaWxkOiAobmFtZSkgPT4gY3JlYXRlU3RkZXJyTG9nZ2VyKHsgLi4ub3B0aW9ucywgY29tcG9uZW50OiBvcHRpb25zLmNvbXBvbmVudCA/IGAke29wdGlvbnMuY29tcG9uZW50fS8ke25hbWV9YCA6IG5hbWUgfSksXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBRUEsTUFBTSxRQUEwQyxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsTUFBTSxHQUFHLE1BQU0sR0FBRyxPQUFPLEdBQUcsS0FBSyxFQUFFO0FBTWxHLFNBQVMsbUJBQW1CLFNBQXFKO0FBQ3RMLFFBQU0sUUFBUSxRQUFRLFVBQVUsQ0FBQyxTQUFpQixRQUFRLE9BQU8sTUFBTSxJQUFJO0FBQzNFLFFBQU0sT0FBTyxDQUFDLE9BQWlCLFNBQWlCLFdBQXFDO0FBQ25GLFFBQUksTUFBTSxLQUFLLElBQUksTUFBTSxRQUFRLEtBQUssRUFBRztBQUN6QyxVQUFNLE1BQU0sUUFBUSxZQUFZLElBQUksUUFBUSxTQUFTLE9BQU87QUFDNUQsVUFBTSxRQUFRLFVBQVUsT0FBTyxLQUFLLE1BQU0sRUFBRSxTQUFTLElBQUksSUFBSSxLQUFLLFVBQVUsTUFBTSxDQUFDLEtBQUs7QUFDeEYsUUFBSSxPQUFPLElBQUcsb0JBQUksS0FBSyxHQUFFLFlBQVksQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLEdBQUcsT0FBTyxHQUFHLEtBQUs7QUFDeEUsZUFBVyxLQUFLLFFBQVEsVUFBVSxLQUFLLENBQUMsRUFBRyxLQUFJLEtBQUssRUFBRSxVQUFVLEVBQUcsUUFBTyxLQUFLLE1BQU0sQ0FBQyxFQUFFLEtBQUssWUFBWTtBQUN6RyxVQUFNLEdBQUcsSUFBSTtBQUFBLENBQUk7QUFBQSxFQUNuQjtBQUNBLFNBQU87QUFBQSxJQUNMLE9BQU8sQ0FBQyxHQUFHLE1BQU0sS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUFBLElBQ25DLE9BQU8sQ0FBQyxHQUFHLE1BQU0sS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUFBLElBQ25DLE1BQU0sQ0FBQyxHQUFHLE1BQU0sS0FBSyxRQUFRLEdBQUcsQ0FBQztBQUFBLElBQ2pDLE1BQU0sQ0FBQyxHQUFHLE1BQU0sS0FBSyxRQUFRLEdBQUcsQ0FBQztBQUFBLElBQ2pDLE9BQU8sQ0FBQyxHQUFHLE1BQU0sS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUFBLElBQ25DLE9BQU8sQ0FBQyxTQUFTLG1CQUFtQixFQUFFLEdBQUcsU0FBUyxXQUFXLFFBQVEsWUFBWSxHQUFHLFFBQVEsU0FBUyxJQUFJLElBQUksS0FBSyxLQUFLLENBQUM7QUFBQSxFQUMxSDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
