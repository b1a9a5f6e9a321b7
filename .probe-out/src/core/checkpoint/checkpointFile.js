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
var checkpointFile_exports = {};
__export(checkpointFile_exports, {
  classifyCheckpoint: () => classifyCheckpoint,
  readCheckpoint: () => readCheckpoint,
  renderCheckpoint: () => renderCheckpoint,
  writeCheckpoint: () => writeCheckpoint
});
module.exports = __toCommonJS(checkpointFile_exports);
var import_frontMatter = require("../markdown/frontMatter");
var import_atomicWrite = require("./atomicWrite");
var import_brokenFile = require("./brokenFile");
var import_meta = require("./meta");
const decoder = new TextDecoder("utf-8", { fatal: true });
async function readCheckpoint(fs, path, relPath) {
  if (!await fs.stat(path)) return { kind: "missing" };
  return classifyCheckpoint(await fs.readFile(path), relPath);
}
function classifyCheckpoint(bytes, relPath) {
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    return broken(relPath, "binary", "is not UTF-8 text (binary or corrupted data)");
  }
  if (text.includes("\0")) return broken(relPath, "binary", "contains NUL bytes (binary or corrupted data)");
  let doc;
  try {
    doc = (0, import_frontMatter.parseFrontMatter)(text);
  } catch (e) {
    const detail = e instanceof import_frontMatter.FrontMatterError ? e.message : String(e);
    return broken(relPath, "front-matter", `${detail} (the file may have been cut short)`);
  }
  if (!doc.hasFrontMatter) return { kind: "hand-written", body: doc.body };
  const parsed = import_meta.checkpointMetaSchema.safeParse(doc.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join(".")}"` : "";
    return { ...broken(relPath, "metadata", `front matter is not a valid checkpoint${where}: ${issue?.message ?? "invalid"}`), body: doc.body };
  }
  return { kind: "checkpoint", meta: parsed.data, body: doc.body };
}
function renderCheckpoint(meta, body) {
  const text = (0, import_frontMatter.renderFrontMatter)((0, import_meta.metaToFrontMatter)(meta), body);
  return text.endsWith("\n") ? text : `${text}
`;
}
async function writeCheckpoint(fs, path, meta, body) {
  await (0, import_atomicWrite.writeFileAtomic)(fs, path, renderCheckpoint(meta, body));
}
function broken(relPath, problem, detail) {
  return { kind: "broken", error: new import_brokenFile.BrokenStageFileError(relPath, problem, detail) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  classifyCheckpoint,
  readCheckpoint,
  renderCheckpoint,
  writeCheckpoint
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9jaGVja3BvaW50RmlsZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgRnJvbnRNYXR0ZXJFcnJvciwgcGFyc2VGcm9udE1hdHRlciwgcmVuZGVyRnJvbnRNYXR0ZXIgfSBmcm9tICcuLi9tYXJrZG93bi9mcm9udE1hdHRlcic7XG5pbXBvcnQgdHlwZSB7IEZpbGVTeXN0ZW0gfSBmcm9tICcuLi9wb3J0cyc7XG5pbXBvcnQgeyB3cml0ZUZpbGVBdG9taWMgfSBmcm9tICcuL2F0b21pY1dyaXRlJztcbmltcG9ydCB7IEJyb2tlblN0YWdlRmlsZUVycm9yIH0gZnJvbSAnLi9icm9rZW5GaWxlJztcbmltcG9ydCB7IGNoZWNrcG9pbnRNZXRhU2NoZW1hLCBtZXRhVG9Gcm9udE1hdHRlciwgdHlwZSBDaGVja3BvaW50TWV0YSB9IGZyb20gJy4vbWV0YSc7XG5cbi8qKiBXaGF0IGlzIG9uIGRpc2sgYXQgYSBzdGFnZSBmaWxlJ3MgcGF0aC4gKi9cbmV4cG9ydCB0eXBlIENoZWNrcG9pbnRSZWFkID1cbiAgfCB7IHJlYWRvbmx5IGtpbmQ6ICdtaXNzaW5nJyB9XG4gIC8qKiBHZW5lcmF0ZWQgYnkgdGhlIHdvcmtmbG93IChpdHMgYm9keSBtYXkgc2luY2UgaGF2ZSBiZWVuIGVkaXRlZCkuICovXG4gIHwgeyByZWFkb25seSBraW5kOiAnY2hlY2twb2ludCc7IHJlYWRvbmx5IG1ldGE6IENoZWNrcG9pbnRNZXRhOyByZWFkb25seSBib2R5OiBzdHJpbmcgfVxuICAvKiogUGxhaW4gTWFya2Rvd24gd2l0aG91dCBmcm9udCBtYXR0ZXI6IHRoZSB3cml0ZXIgbWFkZSBvciByZXBsYWNlZCBpdCBieSBoYW5kLiAqL1xuICB8IHsgcmVhZG9ubHkga2luZDogJ2hhbmQtd3JpdHRlbic7IHJlYWRvbmx5IGJvZHk6IHN0cmluZyB9XG4gIC8qKiBEYW1hZ2VkOyBgYm9keWAgaXMgdGhlcmUgd2hlbiBvbmx5IHRoZSBtZXRhZGF0YSBpcyBiYWQuICovXG4gIHwgeyByZWFkb25seSBraW5kOiAnYnJva2VuJzsgcmVhZG9ubHkgZXJyb3I6IEJyb2tlblN0YWdlRmlsZUVycm9yOyByZWFkb25seSBib2R5Pzogc3RyaW5nIH07XG5cbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04JywgeyBmYXRhbDogdHJ1ZSB9KTtcblxuLyoqIFJlYWRzIGEgc3RhZ2UgZmlsZSBvbmNlIGFuZCBjbGFzc2lmaWVzIGl0OyBuZXZlciB0aHJvd3MgZm9yIGRhbWFnZWQgY29udGVudCwgb25seSBmb3IgSS9PLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRDaGVja3BvaW50KGZzOiBGaWxlU3lzdGVtLCBwYXRoOiBzdHJpbmcsIHJlbFBhdGg6IHN0cmluZyk6IFByb21pc2U8Q2hlY2twb2ludFJlYWQ+IHtcbiAgaWYgKCEoYXdhaXQgZnMuc3RhdChwYXRoKSkpIHJldHVybiB7IGtpbmQ6ICdtaXNzaW5nJyB9O1xuICByZXR1cm4gY2xhc3NpZnlDaGVja3BvaW50KGF3YWl0IGZzLnJlYWRGaWxlKHBhdGgpLCByZWxQYXRoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzaWZ5Q2hlY2twb2ludChieXRlczogVWludDhBcnJheSwgcmVsUGF0aDogc3RyaW5nKTogQ2hlY2twb2ludFJlYWQge1xuICBsZXQgdGV4dDogc3RyaW5nO1xuICB0cnkge1xuICAgIHRleHQgPSBkZWNvZGVyLmRlY29kZShieXRlcyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBicm9rZW4ocmVsUGF0aCwgJ2JpbmFyeScsICdpcyBub3QgVVRGLTggdGV4dCAoYmluYXJ5IG9yIGNvcnJ1cHRlZCBkYXRhKScpO1xuICB9XG4gIGlmICh0ZXh0LmluY2x1ZGVzKCdcXHUwMDAwJykpIHJldHVybiBicm9rZW4ocmVsUGF0aCwgJ2JpbmFyeScsICdjb250YWlucyBOVUwgYnl0ZXMgKGJpbmFyeSBvciBjb3JydXB0ZWQgZGF0YSknKTtcbiAgbGV0IGRvYztcbiAgdHJ5IHtcbiAgICBkb2MgPSBwYXJzZUZyb250TWF0dGVyKHRleHQpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgY29uc3QgZGV0YWlsID0gZSBpbnN0YW5jZW9mIEZyb250TWF0dGVyRXJyb3IgPyBlLm1lc3NhZ2UgOiBTdHJpbmcoZSk7XG4gICAgcmV0dXJuIGJyb2tlbihyZWxQYXRoLCAnZnJvbnQtbWF0dGVyJywgYCR7ZGV0YWlsfSAodGhlIGZpbGUgbWF5IGhhdmUgYmVlbiBjdXQgc2hvcnQpYCk7XG4gIH1cbiAgaWYgKCFkb2MuaGFzRnJvbnRNYXR0ZXIpIHJldHVybiB7IGtpbmQ6ICdoYW5kLXdyaXR0ZW4nLCBib2R5OiBkb2MuYm9keSB9O1xuICBjb25zdCBwYXJzZWQgPSBjaGVja3BvaW50TWV0YVNjaGVtYS5zYWZlUGFyc2UoZG9jLmRhdGEpO1xuICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB7XG4gICAgY29uc3QgaXNzdWUgPSBwYXJzZWQuZXJyb3IuaXNzdWVzWzBdO1xuICAgIGNvbnN0IHdoZXJlID0gaXNzdWU/LnBhdGgubGVuZ3RoID8gYCBhdCBcIiR7aXNzdWUucGF0aC5qb2luKCcuJyl9XCJgIDogJyc7XG4gICAgcmV0dXJuIHsgLi4uYnJva2VuKHJlbFBhdGgsICdtZXRhZGF0YScsIGBmcm9udCBtYXR0ZXIgaXMgbm90IGEgdmFsaWQgY2hlY2twb2ludCR7d2hlcmV9OiAke2lzc3VlPy5tZXNzYWdlID8/ICdpbnZhbGlkJ31gKSwgYm9keTogZG9jLmJvZHkgfTtcbiAgfVxuICByZXR1cm4geyBraW5kOiAnY2hlY2twb2ludCcsIG1ldGE6IHBhcnNlZC5kYXRhLCBib2R5OiBkb2MuYm9keSB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyQ2hlY2twb2ludChtZXRhOiBDaGVja3BvaW50TWV0YSwgYm9keTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgdGV4dCA9IHJlbmRlckZyb250TWF0dGVyKG1ldGFUb0Zyb250TWF0dGVyKG1ldGEpLCBib2R5KTtcbiAgcmV0dXJuIHRleHQuZW5kc1dpdGgoJ1xcbicpID8gdGV4dCA6IGAke3RleHR9XFxuYDtcbn1cblxuLyoqIFdyaXRlcyBhIGNoZWNrcG9pbnQgYXRvbWljYWxseTogYSBjcmFzaCBsZWF2ZXMgdGhlIHByZXZpb3VzIHZlcnNpb24gb3IgdGhpcyBvbmUsIG5ldmVyIGhhbGYuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd3JpdGVDaGVja3BvaW50KGZzOiBGaWxlU3lzdGVtLCBwYXRoOiBzdHJpbmcsIG1ldGE6IENoZWNrcG9pbnRNZXRhLCBib2R5OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgd3JpdGVGaWxlQXRvbWljKGZzLCBwYXRoLCByZW5kZXJDaGVja3BvaW50KG1ldGEsIGJvZHkpKTtcbn1cblxuZnVuY3Rpb24gYnJva2VuKHJlbFBhdGg6IHN0cmluZywgcHJvYmxlbTogQnJva2VuU3RhZ2VGaWxlRXJyb3JbJ3Byb2JsZW0nXSwgZGV0YWlsOiBzdHJpbmcpOiB7IGtpbmQ6ICdicm9rZW4nOyBlcnJvcjogQnJva2VuU3RhZ2VGaWxlRXJyb3IgfSB7XG4gIHJldHVybiB7IGtpbmQ6ICdicm9rZW4nLCBlcnJvcjogbmV3IEJyb2tlblN0YWdlRmlsZUVycm9yKHJlbFBhdGgsIHByb2JsZW0sIGRldGFpbCkgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx5QkFBc0U7QUFFdEUseUJBQWdDO0FBQ2hDLHdCQUFxQztBQUNyQyxrQkFBNkU7QUFZN0UsTUFBTSxVQUFVLElBQUksWUFBWSxTQUFTLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFHeEQsZUFBc0IsZUFBZSxJQUFnQixNQUFjLFNBQTBDO0FBQzNHLE1BQUksQ0FBRSxNQUFNLEdBQUcsS0FBSyxJQUFJLEVBQUksUUFBTyxFQUFFLE1BQU0sVUFBVTtBQUNyRCxTQUFPLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxJQUFJLEdBQUcsT0FBTztBQUM1RDtBQUVPLFNBQVMsbUJBQW1CLE9BQW1CLFNBQWlDO0FBQ3JGLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxRQUFRLE9BQU8sS0FBSztBQUFBLEVBQzdCLFFBQVE7QUFDTixXQUFPLE9BQU8sU0FBUyxVQUFVLDhDQUE4QztBQUFBLEVBQ2pGO0FBQ0EsTUFBSSxLQUFLLFNBQVMsSUFBUSxFQUFHLFFBQU8sT0FBTyxTQUFTLFVBQVUsK0NBQStDO0FBQzdHLE1BQUk7QUFDSixNQUFJO0FBQ0YsY0FBTSxxQ0FBaUIsSUFBSTtBQUFBLEVBQzdCLFNBQVMsR0FBRztBQUNWLFVBQU0sU0FBUyxhQUFhLHNDQUFtQixFQUFFLFVBQVUsT0FBTyxDQUFDO0FBQ25FLFdBQU8sT0FBTyxTQUFTLGdCQUFnQixHQUFHLE1BQU0scUNBQXFDO0FBQUEsRUFDdkY7QUFDQSxNQUFJLENBQUMsSUFBSSxlQUFnQixRQUFPLEVBQUUsTUFBTSxnQkFBZ0IsTUFBTSxJQUFJLEtBQUs7QUFDdkUsUUFBTSxTQUFTLGlDQUFxQixVQUFVLElBQUksSUFBSTtBQUN0RCxNQUFJLENBQUMsT0FBTyxTQUFTO0FBQ25CLFVBQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxDQUFDO0FBQ25DLFVBQU0sUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE1BQU0sS0FBSyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQ3JFLFdBQU8sRUFBRSxHQUFHLE9BQU8sU0FBUyxZQUFZLHlDQUF5QyxLQUFLLEtBQUssT0FBTyxXQUFXLFNBQVMsRUFBRSxHQUFHLE1BQU0sSUFBSSxLQUFLO0FBQUEsRUFDNUk7QUFDQSxTQUFPLEVBQUUsTUFBTSxjQUFjLE1BQU0sT0FBTyxNQUFNLE1BQU0sSUFBSSxLQUFLO0FBQ2pFO0FBRU8sU0FBUyxpQkFBaUIsTUFBc0IsTUFBc0I7QUFDM0UsUUFBTSxXQUFPLDBDQUFrQiwrQkFBa0IsSUFBSSxHQUFHLElBQUk7QUFDNUQsU0FBTyxLQUFLLFNBQVMsSUFBSSxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQUE7QUFDN0M7QUFHQSxlQUFzQixnQkFBZ0IsSUFBZ0IsTUFBYyxNQUFzQixNQUE2QjtBQUNySCxZQUFNLG9DQUFnQixJQUFJLE1BQU0saUJBQWlCLE1BQU0sSUFBSSxDQUFDO0FBQzlEO0FBRUEsU0FBUyxPQUFPLFNBQWlCLFNBQTBDLFFBQWlFO0FBQzFJLFNBQU8sRUFBRSxNQUFNLFVBQVUsT0FBTyxJQUFJLHVDQUFxQixTQUFTLFNBQVMsTUFBTSxFQUFFO0FBQ3JGOyIsCiAgIm5hbWVzIjogW10KfQo=
