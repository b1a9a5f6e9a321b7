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
var frontMatter_exports = {};
__export(frontMatter_exports, {
  FrontMatterError: () => FrontMatterError,
  parseFrontMatter: () => parseFrontMatter,
  renderFrontMatter: () => renderFrontMatter
});
module.exports = __toCommonJS(frontMatter_exports);
var import_yaml = require("yaml");
class FrontMatterError extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "FrontMatterError";
  }
  line;
}
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;
function parseFrontMatter(text) {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, body: text, hasFrontMatter: false };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new FrontMatterError('front matter starts with "---" but never closes with a "---" line');
  const yamlText = rest.slice(0, close.index);
  let body = rest.slice(close.index + close[0].length);
  body = body.replace(/^\r?\n/, "");
  let data;
  try {
    data = yamlText.trim() === "" ? {} : (0, import_yaml.parse)(yamlText);
  } catch (e) {
    const line = e instanceof import_yaml.YAMLParseError ? e.linePos?.[0]?.line : void 0;
    throw new FrontMatterError(`front matter is not valid YAML${line ? ` (line ${line + 1})` : ""}: ${e.message.split("\n")[0]}`, line);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a set of "key: value" lines');
  }
  return { data, body, hasFrontMatter: true };
}
function renderFrontMatter(data, body) {
  const yamlText = (0, import_yaml.stringify)(data, { lineWidth: 0 }).trimEnd();
  return `---
${yamlText}
---

${body.replace(/^\n+/, "")}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FrontMatterError,
  parseFrontMatter,
  renderFrontMatter
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvbWFya2Rvd24vZnJvbnRNYXR0ZXIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHBhcnNlIGFzIHBhcnNlWWFtbCwgc3RyaW5naWZ5IGFzIHN0cmluZ2lmeVlhbWwsIFlBTUxQYXJzZUVycm9yIH0gZnJvbSAneWFtbCc7XG5cbi8qKiBBIE1hcmtkb3duIGRvY3VtZW50IHNwbGl0IGludG8gaXRzIFlBTUwgZnJvbnQgbWF0dGVyIGFuZCBpdHMgYm9keS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRnJvbnRNYXR0ZXJEb2N1bWVudCB7XG4gIHJlYWRvbmx5IGRhdGE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICByZWFkb25seSBib2R5OiBzdHJpbmc7XG4gIC8qKiBGYWxzZSB3aGVuIHRoZSBmaWxlIGhhZCBubyBmcm9udCBtYXR0ZXIgYmxvY2sgYXQgYWxsLiAqL1xuICByZWFkb25seSBoYXNGcm9udE1hdHRlcjogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGNsYXNzIEZyb250TWF0dGVyRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIG1lc3NhZ2U6IHN0cmluZyxcbiAgICByZWFkb25seSBsaW5lPzogbnVtYmVyLFxuICApIHtcbiAgICBzdXBlcihtZXNzYWdlKTtcbiAgICB0aGlzLm5hbWUgPSAnRnJvbnRNYXR0ZXJFcnJvcic7XG4gIH1cbn1cblxuY29uc3QgT1BFTiA9IC9eXFx1RkVGRj8tLS1bIFxcdF0qXFxyP1xcbi87XG5jb25zdCBDTE9TRSA9IC9eLS0tWyBcXHRdKiQvbTtcblxuLyoqXG4gKiBTcGxpdHMgYC0tLVxcbnlhbWxcXG4tLS1cXG5ib2R5YC4gQSBmaWxlIHdpdGhvdXQgYW4gb3BlbmluZyBmZW5jZSBpcyBhbGwgYm9keS4gQW4gb3BlbmluZyBmZW5jZVxuICogd2l0aCBubyBjbG9zaW5nIG9uZSwgWUFNTCB0aGF0IGRvZXMgbm90IHBhcnNlLCBvciBmcm9udCBtYXR0ZXIgdGhhdCBpcyBub3QgYSBtYXBwaW5nIGlzIGFuXG4gKiBlcnJvcjogc3VjaCBhIGZpbGUgd2FzIGRhbWFnZWQsIGFuZCBzaWxlbnRseSB0cmVhdGluZyBpdCBhcyBib2R5IHdvdWxkIGxvc2UgaXRzIG1ldGFkYXRhLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VGcm9udE1hdHRlcih0ZXh0OiBzdHJpbmcpOiBGcm9udE1hdHRlckRvY3VtZW50IHtcbiAgY29uc3Qgb3BlbiA9IE9QRU4uZXhlYyh0ZXh0KTtcbiAgaWYgKCFvcGVuKSByZXR1cm4geyBkYXRhOiB7fSwgYm9keTogdGV4dCwgaGFzRnJvbnRNYXR0ZXI6IGZhbHNlIH07XG4gIGNvbnN0IHJlc3QgPSB0ZXh0LnNsaWNlKG9wZW5bMF0ubGVuZ3RoKTtcbiAgY29uc3QgY2xvc2UgPSBDTE9TRS5leGVjKHJlc3QpO1xuICBpZiAoIWNsb3NlKSB0aHJvdyBuZXcgRnJvbnRNYXR0ZXJFcnJvcignZnJvbnQgbWF0dGVyIHN0YXJ0cyB3aXRoIFwiLS0tXCIgYnV0IG5ldmVyIGNsb3NlcyB3aXRoIGEgXCItLS1cIiBsaW5lJyk7XG4gIGNvbnN0IHlhbWxUZXh0ID0gcmVzdC5zbGljZSgwLCBjbG9zZS5pbmRleCk7XG4gIGxldCBib2R5ID0gcmVzdC5zbGljZShjbG9zZS5pbmRleCArIGNsb3NlWzBdLmxlbmd0aCk7XG4gIGJvZHkgPSBib2R5LnJlcGxhY2UoL15cXHI/XFxuLywgJycpO1xuICBsZXQgZGF0YTogdW5rbm93bjtcbiAgdHJ5IHtcbiAgICBkYXRhID0geWFtbFRleHQudHJpbSgpID09PSAnJyA/IHt9IDogcGFyc2VZYW1sKHlhbWxUZXh0KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGNvbnN0IGxpbmUgPSBlIGluc3RhbmNlb2YgWUFNTFBhcnNlRXJyb3IgPyBlLmxpbmVQb3M/LlswXT8ubGluZSA6IHVuZGVmaW5lZDtcbiAgICB0aHJvdyBuZXcgRnJvbnRNYXR0ZXJFcnJvcihgZnJvbnQgbWF0dGVyIGlzIG5vdCB2YWxpZCBZQU1MJHtsaW5lID8gYCAobGluZSAke2xpbmUgKyAxfSlgIDogJyd9OiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX1gLCBsaW5lKTtcbiAgfVxuICBpZiAoZGF0YSA9PT0gbnVsbCB8fCB0eXBlb2YgZGF0YSAhPT0gJ29iamVjdCcgfHwgQXJyYXkuaXNBcnJheShkYXRhKSkge1xuICAgIHRocm93IG5ldyBGcm9udE1hdHRlckVycm9yKCdmcm9udCBtYXR0ZXIgbXVzdCBiZSBhIHNldCBvZiBcImtleTogdmFsdWVcIiBsaW5lcycpO1xuICB9XG4gIHJldHVybiB7IGRhdGE6IGRhdGEgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGJvZHksIGhhc0Zyb250TWF0dGVyOiB0cnVlIH07XG59XG5cbi8qKiBKb2lucyBmcm9udCBtYXR0ZXIgYW5kIGJvZHk7IGtleXMga2VlcCB0aGVpciBpbnNlcnRpb24gb3JkZXIsIFVuaWNvZGUgaXMgd3JpdHRlbiBhcyBpcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJGcm9udE1hdHRlcihkYXRhOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgYm9keTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgeWFtbFRleHQgPSBzdHJpbmdpZnlZYW1sKGRhdGEsIHsgbGluZVdpZHRoOiAwIH0pLnRyaW1FbmQoKTtcbiAgcmV0dXJuIGAtLS1cXG4ke3lhbWxUZXh0fVxcbi0tLVxcblxcbiR7Ym9keS5yZXBsYWNlKC9eXFxuKy8sICcnKX1gO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxrQkFBK0U7QUFVeEUsTUFBTSx5QkFBeUIsTUFBTTtBQUFBLEVBQzFDLFlBQ0UsU0FDUyxNQUNUO0FBQ0EsVUFBTSxPQUFPO0FBRko7QUFHVCxTQUFLLE9BQU87QUFBQSxFQUNkO0FBQUEsRUFKVztBQUtiO0FBRUEsTUFBTSxPQUFPO0FBQ2IsTUFBTSxRQUFRO0FBT1AsU0FBUyxpQkFBaUIsTUFBbUM7QUFDbEUsUUFBTSxPQUFPLEtBQUssS0FBSyxJQUFJO0FBQzNCLE1BQUksQ0FBQyxLQUFNLFFBQU8sRUFBRSxNQUFNLENBQUMsR0FBRyxNQUFNLE1BQU0sZ0JBQWdCLE1BQU07QUFDaEUsUUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLENBQUMsRUFBRSxNQUFNO0FBQ3RDLFFBQU0sUUFBUSxNQUFNLEtBQUssSUFBSTtBQUM3QixNQUFJLENBQUMsTUFBTyxPQUFNLElBQUksaUJBQWlCLG1FQUFtRTtBQUMxRyxRQUFNLFdBQVcsS0FBSyxNQUFNLEdBQUcsTUFBTSxLQUFLO0FBQzFDLE1BQUksT0FBTyxLQUFLLE1BQU0sTUFBTSxRQUFRLE1BQU0sQ0FBQyxFQUFFLE1BQU07QUFDbkQsU0FBTyxLQUFLLFFBQVEsVUFBVSxFQUFFO0FBQ2hDLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxTQUFTLEtBQUssTUFBTSxLQUFLLENBQUMsUUFBSSxZQUFBQSxPQUFVLFFBQVE7QUFBQSxFQUN6RCxTQUFTLEdBQUc7QUFDVixVQUFNLE9BQU8sYUFBYSw2QkFBaUIsRUFBRSxVQUFVLENBQUMsR0FBRyxPQUFPO0FBQ2xFLFVBQU0sSUFBSSxpQkFBaUIsaUNBQWlDLE9BQU8sVUFBVSxPQUFPLENBQUMsTUFBTSxFQUFFLEtBQU0sRUFBWSxRQUFRLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLElBQUk7QUFBQSxFQUMvSTtBQUNBLE1BQUksU0FBUyxRQUFRLE9BQU8sU0FBUyxZQUFZLE1BQU0sUUFBUSxJQUFJLEdBQUc7QUFDcEUsVUFBTSxJQUFJLGlCQUFpQixrREFBa0Q7QUFBQSxFQUMvRTtBQUNBLFNBQU8sRUFBRSxNQUF1QyxNQUFNLGdCQUFnQixLQUFLO0FBQzdFO0FBR08sU0FBUyxrQkFBa0IsTUFBK0IsTUFBc0I7QUFDckYsUUFBTSxlQUFXLFlBQUFDLFdBQWMsTUFBTSxFQUFFLFdBQVcsRUFBRSxDQUFDLEVBQUUsUUFBUTtBQUMvRCxTQUFPO0FBQUEsRUFBUSxRQUFRO0FBQUE7QUFBQTtBQUFBLEVBQVksS0FBSyxRQUFRLFFBQVEsRUFBRSxDQUFDO0FBQzdEOyIsCiAgIm5hbWVzIjogWyJwYXJzZVlhbWwiLCAic3RyaW5naWZ5WWFtbCJdCn0K
