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
var storyInputs_exports = {};
__export(storyInputs_exports, {
  StoryInputs: () => StoryInputs
});
module.exports = __toCommonJS(storyInputs_exports);
var import_bibleMarkdown = require("../stages/bibleMarkdown");
var import_conceptMarkdown = require("../stages/conceptMarkdown");
var import_stageFiles = require("../stages/stageFiles");
var import_briefFile = require("../story/briefFile");
var import_failures = require("./failures");
var import_outlineChapters = require("./outlineChapters");
var import_stageFiles2 = require("./stageFiles");
class StoryInputs {
  constructor(snapshot) {
    this.snapshot = snapshot;
  }
  snapshot;
  memo = /* @__PURE__ */ new Map();
  brief() {
    return this.cached(import_stageFiles2.BRIEF_FILE, this.snapshot.briefHash(), () => {
      const text = this.snapshot.briefText;
      if (text === void 0) throw new import_failures.StageInputError(import_stageFiles2.BRIEF_FILE, "is missing: every story starts from a brief");
      const parsed = (0, import_briefFile.parseBrief)(text, import_stageFiles2.BRIEF_FILE);
      if (!parsed.ok) throw new import_failures.StageInputError(import_stageFiles2.BRIEF_FILE, parsed.problems.map((p) => p.message).join("; "));
      return parsed.brief;
    });
  }
  concept() {
    const file = (0, import_stageFiles.stageFile)("concept");
    return this.cached(file, this.snapshot.file(file).hash, () => fromResult(file, (0, import_conceptMarkdown.parseConcept)(this.body(file), { file })));
  }
  /** The concept when it can be read, for the manuscript's title page (optional there). */
  conceptIfReadable() {
    try {
      return this.concept();
    } catch {
      return void 0;
    }
  }
  bible() {
    const file = (0, import_stageFiles.stageFile)("bible");
    return this.cached(file, this.snapshot.file(file).hash, () => fromResult(file, (0, import_bibleMarkdown.parseBible)(this.body(file), { file })));
  }
  outline() {
    const file = (0, import_stageFiles.stageFile)("outline");
    return this.cached(file, this.snapshot.file(file).hash, () => {
      const read = (0, import_outlineChapters.readOutlineChapters)(this.body(file), this.brief());
      if (!read.ok) throw new import_failures.StageInputError(file, read.problem);
      return read.outline;
    });
  }
  /** The body of a stage file, or a typed error naming the file when there is none to read. */
  body(file) {
    const read = this.snapshot.file(file).read;
    switch (read.kind) {
      case "missing":
        throw new import_failures.StageInputError(file, "is missing: run the stage that makes it first");
      case "broken":
        if (read.body === void 0) throw read.error;
        return read.body;
      default:
        return read.body;
    }
  }
  cached(key, hash, make) {
    const hit = this.memo.get(key);
    if (hit && hit.hash === hash) return hit.value;
    const value = make();
    this.memo.set(key, { hash, value });
    return value;
  }
}
function fromResult(file, result) {
  if (result.ok) return result.value;
  throw new import_failures.StageInputError(file, result.problems.map((p) => p.message.replace(`${file}: `, "")).join("; "));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StoryInputs
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvc3RvcnlJbnB1dHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQmlibGUgfSBmcm9tICcuLi9zdGFnZXMvYmlibGUnO1xuaW1wb3J0IHsgcGFyc2VCaWJsZSB9IGZyb20gJy4uL3N0YWdlcy9iaWJsZU1hcmtkb3duJztcbmltcG9ydCB0eXBlIHsgQ29uY2VwdCB9IGZyb20gJy4uL3N0YWdlcy9jb25jZXB0JztcbmltcG9ydCB7IHBhcnNlQ29uY2VwdCB9IGZyb20gJy4uL3N0YWdlcy9jb25jZXB0TWFya2Rvd24nO1xuaW1wb3J0IHR5cGUgeyBPdXRsaW5lIH0gZnJvbSAnLi4vc3RhZ2VzL291dGxpbmUnO1xuaW1wb3J0IHsgc3RhZ2VGaWxlIH0gZnJvbSAnLi4vc3RhZ2VzL3N0YWdlRmlsZXMnO1xuaW1wb3J0IHR5cGUgeyBCcmllZiB9IGZyb20gJy4uL3N0b3J5L2JyaWVmJztcbmltcG9ydCB7IHBhcnNlQnJpZWYgfSBmcm9tICcuLi9zdG9yeS9icmllZkZpbGUnO1xuaW1wb3J0IHR5cGUgeyBQYXJzZVJlc3VsdCB9IGZyb20gJy4uL3N0b3J5L3Byb2JsZW0nO1xuaW1wb3J0IHsgU3RhZ2VJbnB1dEVycm9yIH0gZnJvbSAnLi9mYWlsdXJlcyc7XG5pbXBvcnQgeyByZWFkT3V0bGluZUNoYXB0ZXJzIH0gZnJvbSAnLi9vdXRsaW5lQ2hhcHRlcnMnO1xuaW1wb3J0IHR5cGUgeyBTdG9yeVNuYXBzaG90IH0gZnJvbSAnLi9zbmFwc2hvdCc7XG5pbXBvcnQgeyBCUklFRl9GSUxFIH0gZnJvbSAnLi9zdGFnZUZpbGVzJztcblxuLyoqXG4gKiBUaGUgZG9jdW1lbnRzIHByb21wdHMgYXJlIGJ1aWx0IGZyb20sIHJlYWQgZnJvbSB0aGUgc25hcHNob3QgYXMgdGhleSBhcmUgbm93ICh0aGUgd3JpdGVyJ3NcbiAqIGVkaXRzIGluY2x1ZGVkKS4gRWFjaCBpcyBwYXJzZWQgb25jZSBwZXIgdmVyc2lvbiBvZiBpdHMgZmlsZS4gQSBmaWxlIHRoYXQgZXhpc3RzIGJ1dCBjYW5ub3QgYmVcbiAqIHJlYWQgaXMgYSBgU3RhZ2VJbnB1dEVycm9yYCBuYW1pbmcgaXQ6IHRoZSBzdGFnZSB0aGF0IG5lZWRzIGl0IGNhbm5vdCBydW4sIGFuZCBzYXlzIHdoeS5cbiAqL1xuZXhwb3J0IGNsYXNzIFN0b3J5SW5wdXRzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBtZW1vID0gbmV3IE1hcDxzdHJpbmcsIHsgaGFzaDogc3RyaW5nIHwgdW5kZWZpbmVkOyB2YWx1ZTogdW5rbm93biB9PigpO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgc25hcHNob3Q6IFN0b3J5U25hcHNob3QpIHt9XG5cbiAgYnJpZWYoKTogQnJpZWYge1xuICAgIHJldHVybiB0aGlzLmNhY2hlZChCUklFRl9GSUxFLCB0aGlzLnNuYXBzaG90LmJyaWVmSGFzaCgpLCAoKSA9PiB7XG4gICAgICBjb25zdCB0ZXh0ID0gdGhpcy5zbmFwc2hvdC5icmllZlRleHQ7XG4gICAgICBpZiAodGV4dCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgU3RhZ2VJbnB1dEVycm9yKEJSSUVGX0ZJTEUsICdpcyBtaXNzaW5nOiBldmVyeSBzdG9yeSBzdGFydHMgZnJvbSBhIGJyaWVmJyk7XG4gICAgICBjb25zdCBwYXJzZWQgPSBwYXJzZUJyaWVmKHRleHQsIEJSSUVGX0ZJTEUpO1xuICAgICAgaWYgKCFwYXJzZWQub2spIHRocm93IG5ldyBTdGFnZUlucHV0RXJyb3IoQlJJRUZfRklMRSwgcGFyc2VkLnByb2JsZW1zLm1hcCgocCkgPT4gcC5tZXNzYWdlKS5qb2luKCc7ICcpKTtcbiAgICAgIHJldHVybiBwYXJzZWQuYnJpZWY7XG4gICAgfSk7XG4gIH1cblxuICBjb25jZXB0KCk6IENvbmNlcHQge1xuICAgIGNvbnN0IGZpbGUgPSBzdGFnZUZpbGUoJ2NvbmNlcHQnKTtcbiAgICByZXR1cm4gdGhpcy5jYWNoZWQoZmlsZSwgdGhpcy5zbmFwc2hvdC5maWxlKGZpbGUpLmhhc2gsICgpID0+IGZyb21SZXN1bHQoZmlsZSwgcGFyc2VDb25jZXB0KHRoaXMuYm9keShmaWxlKSwgeyBmaWxlIH0pKSk7XG4gIH1cblxuICAvKiogVGhlIGNvbmNlcHQgd2hlbiBpdCBjYW4gYmUgcmVhZCwgZm9yIHRoZSBtYW51c2NyaXB0J3MgdGl0bGUgcGFnZSAob3B0aW9uYWwgdGhlcmUpLiAqL1xuICBjb25jZXB0SWZSZWFkYWJsZSgpOiBDb25jZXB0IHwgdW5kZWZpbmVkIHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHRoaXMuY29uY2VwdCgpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBiaWJsZSgpOiBCaWJsZSB7XG4gICAgY29uc3QgZmlsZSA9IHN0YWdlRmlsZSgnYmlibGUnKTtcbiAgICByZXR1cm4gdGhpcy5jYWNoZWQoZmlsZSwgdGhpcy5zbmFwc2hvdC5maWxlKGZpbGUpLmhhc2gsICgpID0+IGZyb21SZXN1bHQoZmlsZSwgcGFyc2VCaWJsZSh0aGlzLmJvZHkoZmlsZSksIHsgZmlsZSB9KSkpO1xuICB9XG5cbiAgb3V0bGluZSgpOiBPdXRsaW5lIHtcbiAgICBjb25zdCBmaWxlID0gc3RhZ2VGaWxlKCdvdXRsaW5lJyk7XG4gICAgcmV0dXJuIHRoaXMuY2FjaGVkKGZpbGUsIHRoaXMuc25hcHNob3QuZmlsZShmaWxlKS5oYXNoLCAoKSA9PiB7XG4gICAgICBjb25zdCByZWFkID0gcmVhZE91dGxpbmVDaGFwdGVycyh0aGlzLmJvZHkoZmlsZSksIHRoaXMuYnJpZWYoKSk7XG4gICAgICBpZiAoIXJlYWQub2spIHRocm93IG5ldyBTdGFnZUlucHV0RXJyb3IoZmlsZSwgcmVhZC5wcm9ibGVtKTtcbiAgICAgIHJldHVybiByZWFkLm91dGxpbmU7XG4gICAgfSk7XG4gIH1cblxuICAvKiogVGhlIGJvZHkgb2YgYSBzdGFnZSBmaWxlLCBvciBhIHR5cGVkIGVycm9yIG5hbWluZyB0aGUgZmlsZSB3aGVuIHRoZXJlIGlzIG5vbmUgdG8gcmVhZC4gKi9cbiAgYm9keShmaWxlOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIGNvbnN0IHJlYWQgPSB0aGlzLnNuYXBzaG90LmZpbGUoZmlsZSkucmVhZDtcbiAgICBzd2l0Y2ggKHJlYWQua2luZCkge1xuICAgICAgY2FzZSAnbWlzc2luZyc6XG4gICAgICAgIHRocm93IG5ldyBTdGFnZUlucHV0RXJyb3IoZmlsZSwgJ2lzIG1pc3Npbmc6IHJ1biB0aGUgc3RhZ2UgdGhhdCBtYWtlcyBpdCBmaXJzdCcpO1xuICAgICAgY2FzZSAnYnJva2VuJzpcbiAgICAgICAgaWYgKHJlYWQuYm9keSA9PT0gdW5kZWZpbmVkKSB0aHJvdyByZWFkLmVycm9yO1xuICAgICAgICByZXR1cm4gcmVhZC5ib2R5O1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgcmV0dXJuIHJlYWQuYm9keTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGNhY2hlZDxUPihrZXk6IHN0cmluZywgaGFzaDogc3RyaW5nIHwgdW5kZWZpbmVkLCBtYWtlOiAoKSA9PiBUKTogVCB7XG4gICAgY29uc3QgaGl0ID0gdGhpcy5tZW1vLmdldChrZXkpO1xuICAgIGlmIChoaXQgJiYgaGl0Lmhhc2ggPT09IGhhc2gpIHJldHVybiBoaXQudmFsdWUgYXMgVDtcbiAgICBjb25zdCB2YWx1ZSA9IG1ha2UoKTtcbiAgICB0aGlzLm1lbW8uc2V0KGtleSwgeyBoYXNoLCB2YWx1ZSB9KTtcbiAgICByZXR1cm4gdmFsdWU7XG4gIH1cbn1cblxuZnVuY3Rpb24gZnJvbVJlc3VsdDxUPihmaWxlOiBzdHJpbmcsIHJlc3VsdDogUGFyc2VSZXN1bHQ8VD4pOiBUIHtcbiAgaWYgKHJlc3VsdC5vaykgcmV0dXJuIHJlc3VsdC52YWx1ZTtcbiAgdGhyb3cgbmV3IFN0YWdlSW5wdXRFcnJvcihmaWxlLCByZXN1bHQucHJvYmxlbXMubWFwKChwKSA9PiBwLm1lc3NhZ2UucmVwbGFjZShgJHtmaWxlfTogYCwgJycpKS5qb2luKCc7ICcpKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSwyQkFBMkI7QUFFM0IsNkJBQTZCO0FBRTdCLHdCQUEwQjtBQUUxQix1QkFBMkI7QUFFM0Isc0JBQWdDO0FBQ2hDLDZCQUFvQztBQUVwQyxJQUFBQSxxQkFBMkI7QUFPcEIsTUFBTSxZQUFZO0FBQUEsRUFHdkIsWUFBNkIsVUFBeUI7QUFBekI7QUFBQSxFQUEwQjtBQUFBLEVBQTFCO0FBQUEsRUFGWixPQUFPLG9CQUFJLElBQTBEO0FBQUEsRUFJdEYsUUFBZTtBQUNiLFdBQU8sS0FBSyxPQUFPLCtCQUFZLEtBQUssU0FBUyxVQUFVLEdBQUcsTUFBTTtBQUM5RCxZQUFNLE9BQU8sS0FBSyxTQUFTO0FBQzNCLFVBQUksU0FBUyxPQUFXLE9BQU0sSUFBSSxnQ0FBZ0IsK0JBQVksNkNBQTZDO0FBQzNHLFlBQU0sYUFBUyw2QkFBVyxNQUFNLDZCQUFVO0FBQzFDLFVBQUksQ0FBQyxPQUFPLEdBQUksT0FBTSxJQUFJLGdDQUFnQiwrQkFBWSxPQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDdEcsYUFBTyxPQUFPO0FBQUEsSUFDaEIsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLFVBQW1CO0FBQ2pCLFVBQU0sV0FBTyw2QkFBVSxTQUFTO0FBQ2hDLFdBQU8sS0FBSyxPQUFPLE1BQU0sS0FBSyxTQUFTLEtBQUssSUFBSSxFQUFFLE1BQU0sTUFBTSxXQUFXLFVBQU0scUNBQWEsS0FBSyxLQUFLLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN6SDtBQUFBO0FBQUEsRUFHQSxvQkFBeUM7QUFDdkMsUUFBSTtBQUNGLGFBQU8sS0FBSyxRQUFRO0FBQUEsSUFDdEIsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUFBLEVBRUEsUUFBZTtBQUNiLFVBQU0sV0FBTyw2QkFBVSxPQUFPO0FBQzlCLFdBQU8sS0FBSyxPQUFPLE1BQU0sS0FBSyxTQUFTLEtBQUssSUFBSSxFQUFFLE1BQU0sTUFBTSxXQUFXLFVBQU0saUNBQVcsS0FBSyxLQUFLLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN2SDtBQUFBLEVBRUEsVUFBbUI7QUFDakIsVUFBTSxXQUFPLDZCQUFVLFNBQVM7QUFDaEMsV0FBTyxLQUFLLE9BQU8sTUFBTSxLQUFLLFNBQVMsS0FBSyxJQUFJLEVBQUUsTUFBTSxNQUFNO0FBQzVELFlBQU0sV0FBTyw0Q0FBb0IsS0FBSyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sQ0FBQztBQUM5RCxVQUFJLENBQUMsS0FBSyxHQUFJLE9BQU0sSUFBSSxnQ0FBZ0IsTUFBTSxLQUFLLE9BQU87QUFDMUQsYUFBTyxLQUFLO0FBQUEsSUFDZCxDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxLQUFLLE1BQXNCO0FBQ3pCLFVBQU0sT0FBTyxLQUFLLFNBQVMsS0FBSyxJQUFJLEVBQUU7QUFDdEMsWUFBUSxLQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLO0FBQ0gsY0FBTSxJQUFJLGdDQUFnQixNQUFNLCtDQUErQztBQUFBLE1BQ2pGLEtBQUs7QUFDSCxZQUFJLEtBQUssU0FBUyxPQUFXLE9BQU0sS0FBSztBQUN4QyxlQUFPLEtBQUs7QUFBQSxNQUNkO0FBQ0UsZUFBTyxLQUFLO0FBQUEsSUFDaEI7QUFBQSxFQUNGO0FBQUEsRUFFUSxPQUFVLEtBQWEsTUFBMEIsTUFBa0I7QUFDekUsVUFBTSxNQUFNLEtBQUssS0FBSyxJQUFJLEdBQUc7QUFDN0IsUUFBSSxPQUFPLElBQUksU0FBUyxLQUFNLFFBQU8sSUFBSTtBQUN6QyxVQUFNLFFBQVEsS0FBSztBQUNuQixTQUFLLEtBQUssSUFBSSxLQUFLLEVBQUUsTUFBTSxNQUFNLENBQUM7QUFDbEMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsV0FBYyxNQUFjLFFBQTJCO0FBQzlELE1BQUksT0FBTyxHQUFJLFFBQU8sT0FBTztBQUM3QixRQUFNLElBQUksZ0NBQWdCLE1BQU0sT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxRQUFRLEdBQUcsSUFBSSxNQUFNLEVBQUUsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzNHOyIsCiAgIm5hbWVzIjogWyJpbXBvcnRfc3RhZ2VGaWxlcyJdCn0K
