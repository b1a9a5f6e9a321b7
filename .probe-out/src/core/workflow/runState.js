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
var runState_exports = {};
__export(runState_exports, {
  RunRecords: () => RunRecords,
  readRunRecords: () => readRunRecords
});
module.exports = __toCommonJS(runState_exports);
var import_zod = require("zod");
var import_atomicWrite = require("../checkpoint/atomicWrite");
var import_storyPaths = require("../checkpoint/storyPaths");
const recordSchema = import_zod.z.object({
  state: import_zod.z.enum(["failed", "skipped"]),
  reason: import_zod.z.string(),
  /** The error kind (`content-blocked`, `invalid-json`, …) for failures. */
  kind: import_zod.z.string().optional(),
  at: import_zod.z.string(),
  /** Input hashes at the time: a skipped item whose inputs changed is worth another try. */
  inputs: import_zod.z.record(import_zod.z.string(), import_zod.z.string())
});
const fileSchema = import_zod.z.object({ version: import_zod.z.literal(1), items: import_zod.z.record(import_zod.z.string(), recordSchema) });
const decoder = new TextDecoder();
async function readRunRecords(fs, storyDir) {
  const path = (0, import_storyPaths.runStatePath)(storyDir);
  if (!await fs.stat(path)) return /* @__PURE__ */ new Map();
  try {
    const parsed = fileSchema.safeParse(JSON.parse(decoder.decode(await fs.readFile(path))));
    return parsed.success ? new Map(Object.entries(parsed.data.items)) : /* @__PURE__ */ new Map();
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
class RunRecords {
  constructor(fs, storyDir, records) {
    this.fs = fs;
    this.storyDir = storyDir;
    this.records = records;
  }
  fs;
  storyDir;
  records;
  writing = Promise.resolve();
  static async load(fs, storyDir) {
    return new RunRecords(fs, storyDir, await readRunRecords(fs, storyDir));
  }
  get(id) {
    return this.records.get(id);
  }
  set(id, record) {
    this.records.set(id, record);
    return this.persist();
  }
  clear(id) {
    if (!this.records.delete(id)) return this.writing;
    return this.persist();
  }
  persist() {
    const snapshot = { version: 1, items: Object.fromEntries(this.records) };
    const text = `${JSON.stringify(snapshot, null, 2)}
`;
    this.writing = this.writing.catch(() => void 0).then(() => (0, import_atomicWrite.writeFileAtomic)(this.fs, (0, import_storyPaths.runStatePath)(this.storyDir), text));
    return this.writing;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RunRecords,
  readRunRecords
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvcnVuU3RhdGUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgd3JpdGVGaWxlQXRvbWljIH0gZnJvbSAnLi4vY2hlY2twb2ludC9hdG9taWNXcml0ZSc7XG5pbXBvcnQgeyBydW5TdGF0ZVBhdGggfSBmcm9tICcuLi9jaGVja3BvaW50L3N0b3J5UGF0aHMnO1xuaW1wb3J0IHR5cGUgeyBGaWxlU3lzdGVtIH0gZnJvbSAnLi4vcG9ydHMnO1xuaW1wb3J0IHR5cGUgeyBJdGVtSWQgfSBmcm9tICcuL2l0ZW1zJztcblxuLyoqXG4gKiBXaGF0IHRoZSBmaWxlcyBjYW5ub3Qgc2F5OiB0aGF0IGFuIGl0ZW0ncyBsYXN0IHJ1biBmYWlsZWQgKGFuZCB3aHkpIG9yIHdhcyBza2lwcGVkIHVuZGVyXG4gKiBgc2tpcF9vcHRpb25hbGAuIEtlcHQgaW4gYDxzdG9yeT4vLnN0b3J5LXdyaXRlci9ydW4tc3RhdGUuanNvbmA7IGxvc2luZyBpdCBvbmx5IGxvc2VzIHRob3NlXG4gKiBsYWJlbHMgKGEgZmFpbGVkIGl0ZW0gd2l0aG91dCBhIGZpbGUgcmVhZHMgYXMgcGVuZGluZywgYW5kIGlzIHJldHJpZWQgZWl0aGVyIHdheSkuXG4gKi9cbmNvbnN0IHJlY29yZFNjaGVtYSA9IHoub2JqZWN0KHtcbiAgc3RhdGU6IHouZW51bShbJ2ZhaWxlZCcsICdza2lwcGVkJ10pLFxuICByZWFzb246IHouc3RyaW5nKCksXG4gIC8qKiBUaGUgZXJyb3Iga2luZCAoYGNvbnRlbnQtYmxvY2tlZGAsIGBpbnZhbGlkLWpzb25gLCBcdTIwMjYpIGZvciBmYWlsdXJlcy4gKi9cbiAga2luZDogei5zdHJpbmcoKS5vcHRpb25hbCgpLFxuICBhdDogei5zdHJpbmcoKSxcbiAgLyoqIElucHV0IGhhc2hlcyBhdCB0aGUgdGltZTogYSBza2lwcGVkIGl0ZW0gd2hvc2UgaW5wdXRzIGNoYW5nZWQgaXMgd29ydGggYW5vdGhlciB0cnkuICovXG4gIGlucHV0czogei5yZWNvcmQoei5zdHJpbmcoKSwgei5zdHJpbmcoKSksXG59KTtcbmV4cG9ydCB0eXBlIFJ1blJlY29yZCA9IHouaW5mZXI8dHlwZW9mIHJlY29yZFNjaGVtYT47XG5cbmNvbnN0IGZpbGVTY2hlbWEgPSB6Lm9iamVjdCh7IHZlcnNpb246IHoubGl0ZXJhbCgxKSwgaXRlbXM6IHoucmVjb3JkKHouc3RyaW5nKCksIHJlY29yZFNjaGVtYSkgfSk7XG50eXBlIFJ1blN0YXRlRmlsZSA9IHouaW5mZXI8dHlwZW9mIGZpbGVTY2hlbWE+O1xuXG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWFkUnVuUmVjb3JkcyhmczogRmlsZVN5c3RlbSwgc3RvcnlEaXI6IHN0cmluZyk6IFByb21pc2U8TWFwPEl0ZW1JZCwgUnVuUmVjb3JkPj4ge1xuICBjb25zdCBwYXRoID0gcnVuU3RhdGVQYXRoKHN0b3J5RGlyKTtcbiAgaWYgKCEoYXdhaXQgZnMuc3RhdChwYXRoKSkpIHJldHVybiBuZXcgTWFwKCk7XG4gIHRyeSB7XG4gICAgY29uc3QgcGFyc2VkID0gZmlsZVNjaGVtYS5zYWZlUGFyc2UoSlNPTi5wYXJzZShkZWNvZGVyLmRlY29kZShhd2FpdCBmcy5yZWFkRmlsZShwYXRoKSkpKTtcbiAgICByZXR1cm4gcGFyc2VkLnN1Y2Nlc3MgPyBuZXcgTWFwKE9iamVjdC5lbnRyaWVzKHBhcnNlZC5kYXRhLml0ZW1zKSkgOiBuZXcgTWFwKCk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBuZXcgTWFwKCk7XG4gIH1cbn1cblxuLyoqIFRoZSBydW4ncyBjb3B5IG9mIHRoZSByZWNvcmRzOyBldmVyeSBjaGFuZ2UgaXMgd3JpdHRlbiB0aHJvdWdoLCBvbmUgd3JpdGUgYXQgYSB0aW1lLiAqL1xuZXhwb3J0IGNsYXNzIFJ1blJlY29yZHMge1xuICBwcml2YXRlIHdyaXRpbmc6IFByb21pc2U8dm9pZD4gPSBQcm9taXNlLnJlc29sdmUoKTtcblxuICBwcml2YXRlIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZnM6IEZpbGVTeXN0ZW0sXG4gICAgcHJpdmF0ZSByZWFkb25seSBzdG9yeURpcjogc3RyaW5nLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVjb3JkczogTWFwPEl0ZW1JZCwgUnVuUmVjb3JkPixcbiAgKSB7fVxuXG4gIHN0YXRpYyBhc3luYyBsb2FkKGZzOiBGaWxlU3lzdGVtLCBzdG9yeURpcjogc3RyaW5nKTogUHJvbWlzZTxSdW5SZWNvcmRzPiB7XG4gICAgcmV0dXJuIG5ldyBSdW5SZWNvcmRzKGZzLCBzdG9yeURpciwgYXdhaXQgcmVhZFJ1blJlY29yZHMoZnMsIHN0b3J5RGlyKSk7XG4gIH1cblxuICBnZXQoaWQ6IEl0ZW1JZCk6IFJ1blJlY29yZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucmVjb3Jkcy5nZXQoaWQpO1xuICB9XG5cbiAgc2V0KGlkOiBJdGVtSWQsIHJlY29yZDogUnVuUmVjb3JkKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdGhpcy5yZWNvcmRzLnNldChpZCwgcmVjb3JkKTtcbiAgICByZXR1cm4gdGhpcy5wZXJzaXN0KCk7XG4gIH1cblxuICBjbGVhcihpZDogSXRlbUlkKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKCF0aGlzLnJlY29yZHMuZGVsZXRlKGlkKSkgcmV0dXJuIHRoaXMud3JpdGluZztcbiAgICByZXR1cm4gdGhpcy5wZXJzaXN0KCk7XG4gIH1cblxuICBwcml2YXRlIHBlcnNpc3QoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3Qgc25hcHNob3Q6IFJ1blN0YXRlRmlsZSA9IHsgdmVyc2lvbjogMSwgaXRlbXM6IE9iamVjdC5mcm9tRW50cmllcyh0aGlzLnJlY29yZHMpIH07XG4gICAgY29uc3QgdGV4dCA9IGAke0pTT04uc3RyaW5naWZ5KHNuYXBzaG90LCBudWxsLCAyKX1cXG5gO1xuICAgIHRoaXMud3JpdGluZyA9IHRoaXMud3JpdGluZy5jYXRjaCgoKSA9PiB1bmRlZmluZWQpLnRoZW4oKCkgPT4gd3JpdGVGaWxlQXRvbWljKHRoaXMuZnMsIHJ1blN0YXRlUGF0aCh0aGlzLnN0b3J5RGlyKSwgdGV4dCkpO1xuICAgIHJldHVybiB0aGlzLndyaXRpbmc7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGlCQUFrQjtBQUNsQix5QkFBZ0M7QUFDaEMsd0JBQTZCO0FBUzdCLE1BQU0sZUFBZSxhQUFFLE9BQU87QUFBQSxFQUM1QixPQUFPLGFBQUUsS0FBSyxDQUFDLFVBQVUsU0FBUyxDQUFDO0FBQUEsRUFDbkMsUUFBUSxhQUFFLE9BQU87QUFBQTtBQUFBLEVBRWpCLE1BQU0sYUFBRSxPQUFPLEVBQUUsU0FBUztBQUFBLEVBQzFCLElBQUksYUFBRSxPQUFPO0FBQUE7QUFBQSxFQUViLFFBQVEsYUFBRSxPQUFPLGFBQUUsT0FBTyxHQUFHLGFBQUUsT0FBTyxDQUFDO0FBQ3pDLENBQUM7QUFHRCxNQUFNLGFBQWEsYUFBRSxPQUFPLEVBQUUsU0FBUyxhQUFFLFFBQVEsQ0FBQyxHQUFHLE9BQU8sYUFBRSxPQUFPLGFBQUUsT0FBTyxHQUFHLFlBQVksRUFBRSxDQUFDO0FBR2hHLE1BQU0sVUFBVSxJQUFJLFlBQVk7QUFFaEMsZUFBc0IsZUFBZSxJQUFnQixVQUFtRDtBQUN0RyxRQUFNLFdBQU8sZ0NBQWEsUUFBUTtBQUNsQyxNQUFJLENBQUUsTUFBTSxHQUFHLEtBQUssSUFBSSxFQUFJLFFBQU8sb0JBQUksSUFBSTtBQUMzQyxNQUFJO0FBQ0YsVUFBTSxTQUFTLFdBQVcsVUFBVSxLQUFLLE1BQU0sUUFBUSxPQUFPLE1BQU0sR0FBRyxTQUFTLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDdkYsV0FBTyxPQUFPLFVBQVUsSUFBSSxJQUFJLE9BQU8sUUFBUSxPQUFPLEtBQUssS0FBSyxDQUFDLElBQUksb0JBQUksSUFBSTtBQUFBLEVBQy9FLFFBQVE7QUFDTixXQUFPLG9CQUFJLElBQUk7QUFBQSxFQUNqQjtBQUNGO0FBR08sTUFBTSxXQUFXO0FBQUEsRUFHZCxZQUNXLElBQ0EsVUFDQSxTQUNqQjtBQUhpQjtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBSGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUxYLFVBQXlCLFFBQVEsUUFBUTtBQUFBLEVBUWpELGFBQWEsS0FBSyxJQUFnQixVQUF1QztBQUN2RSxXQUFPLElBQUksV0FBVyxJQUFJLFVBQVUsTUFBTSxlQUFlLElBQUksUUFBUSxDQUFDO0FBQUEsRUFDeEU7QUFBQSxFQUVBLElBQUksSUFBbUM7QUFDckMsV0FBTyxLQUFLLFFBQVEsSUFBSSxFQUFFO0FBQUEsRUFDNUI7QUFBQSxFQUVBLElBQUksSUFBWSxRQUFrQztBQUNoRCxTQUFLLFFBQVEsSUFBSSxJQUFJLE1BQU07QUFDM0IsV0FBTyxLQUFLLFFBQVE7QUFBQSxFQUN0QjtBQUFBLEVBRUEsTUFBTSxJQUEyQjtBQUMvQixRQUFJLENBQUMsS0FBSyxRQUFRLE9BQU8sRUFBRSxFQUFHLFFBQU8sS0FBSztBQUMxQyxXQUFPLEtBQUssUUFBUTtBQUFBLEVBQ3RCO0FBQUEsRUFFUSxVQUF5QjtBQUMvQixVQUFNLFdBQXlCLEVBQUUsU0FBUyxHQUFHLE9BQU8sT0FBTyxZQUFZLEtBQUssT0FBTyxFQUFFO0FBQ3JGLFVBQU0sT0FBTyxHQUFHLEtBQUssVUFBVSxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDakQsU0FBSyxVQUFVLEtBQUssUUFBUSxNQUFNLE1BQU0sTUFBUyxFQUFFLEtBQUssVUFBTSxvQ0FBZ0IsS0FBSyxRQUFJLGdDQUFhLEtBQUssUUFBUSxHQUFHLElBQUksQ0FBQztBQUN6SCxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
