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
var diskCache_exports = {};
__export(diskCache_exports, {
  DiskCache: () => DiskCache,
  cachedReplySchema: () => cachedReplySchema
});
module.exports = __toCommonJS(diskCache_exports);
var import_node_crypto = require("node:crypto");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_zod = require("zod");
const cachedReplySchema = import_zod.z.object({
  text: import_zod.z.string(),
  finishReason: import_zod.z.string(),
  truncated: import_zod.z.boolean(),
  model: import_zod.z.string(),
  usage: import_zod.z.object({
    promptTokens: import_zod.z.number(),
    outputTokens: import_zod.z.number(),
    thinkingTokens: import_zod.z.number(),
    totalTokens: import_zod.z.number()
  })
});
const entryFileSchema = import_zod.z.object({ v: import_zod.z.literal(1), createdAt: import_zod.z.number(), reply: cachedReplySchema });
const ENTRY_SUFFIX = ".json";
const TEMP_SUFFIX = ".tmp";
const KEY_PATTERN = /^[0-9a-f]{16,128}$/;
class DiskCache {
  constructor(dir, limits, clock, logger) {
    this.dir = dir;
    this.limits = limits;
    this.clock = clock;
    this.logger = logger;
    this.ready = this.scan();
  }
  dir;
  limits;
  clock;
  logger;
  /** Insertion order is age order: the first entry is evicted first. */
  index = /* @__PURE__ */ new Map();
  totalBytes = 0;
  corruptCount = 0;
  ready;
  /** Resolves once the folder has been scanned (statistics are complete from then on). */
  whenReady() {
    return this.ready;
  }
  get entries() {
    return this.index.size;
  }
  get bytes() {
    return this.totalBytes;
  }
  get corrupt() {
    return this.corruptCount;
  }
  update(limits) {
    this.limits = limits;
  }
  async get(key) {
    await this.ready;
    if (!KEY_PATTERN.test(key)) return void 0;
    let raw;
    try {
      raw = await (0, import_promises.readFile)(this.pathOf(key), "utf8");
    } catch {
      this.forget(key);
      return void 0;
    }
    const entry = parseEntry(raw);
    if (!entry) {
      this.corruptCount++;
      this.logger?.warn("Skipped a corrupt disk cache entry", { file: `${key}${ENTRY_SUFFIX}` });
      await this.remove(key);
      return void 0;
    }
    if (this.clock.now() - entry.createdAt >= this.limits.ttlMs) {
      await this.remove(key);
      return void 0;
    }
    return entry;
  }
  async set(key, entry) {
    await this.ready;
    if (!KEY_PATTERN.test(key)) return;
    const data = JSON.stringify({ v: 1, createdAt: entry.createdAt, reply: entry.reply });
    const bytes = Buffer.byteLength(data, "utf8");
    if (bytes > this.limits.maxBytes) return;
    await (0, import_promises.mkdir)(this.dir, { recursive: true });
    const temp = (0, import_node_path.join)(this.dir, `${key}.${process.pid}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}${TEMP_SUFFIX}`);
    try {
      await (0, import_promises.writeFile)(temp, data, "utf8");
      await (0, import_promises.rename)(temp, this.pathOf(key));
    } catch (error) {
      await (0, import_promises.rm)(temp, { force: true }).catch(() => {
      });
      throw error;
    }
    this.forget(key);
    this.index.set(key, { bytes });
    this.totalBytes += bytes;
    await this.evictOverflow();
  }
  async clear() {
    await this.ready;
    const keys = [...this.index.keys()];
    await Promise.all(keys.map((key) => this.remove(key)));
  }
  async evictOverflow() {
    for (const key of this.index.keys()) {
      if (this.totalBytes <= this.limits.maxBytes) return;
      await this.remove(key);
    }
  }
  async remove(key) {
    this.forget(key);
    await (0, import_promises.rm)(this.pathOf(key), { force: true }).catch((error) => {
      this.logger?.warn("Could not remove a disk cache entry", { file: `${key}${ENTRY_SUFFIX}`, error: String(error) });
    });
  }
  forget(key) {
    const known = this.index.get(key);
    if (!known) return;
    this.totalBytes -= known.bytes;
    this.index.delete(key);
  }
  /** Indexes existing entries, oldest first, and sweeps temporary files a crash left behind. */
  async scan() {
    try {
      await (0, import_promises.mkdir)(this.dir, { recursive: true });
      const names = await (0, import_promises.readdir)(this.dir);
      const found = [];
      for (const name of names) {
        const path = (0, import_node_path.join)(this.dir, name);
        if (name.endsWith(TEMP_SUFFIX)) {
          await (0, import_promises.rm)(path, { force: true }).catch(() => {
          });
          continue;
        }
        const key = name.slice(0, -ENTRY_SUFFIX.length);
        if (!name.endsWith(ENTRY_SUFFIX) || !KEY_PATTERN.test(key)) continue;
        const info = await (0, import_promises.stat)(path).catch(() => void 0);
        if (info?.isFile()) found.push({ key, bytes: info.size, mtimeMs: info.mtimeMs });
      }
      found.sort((a, b) => a.mtimeMs - b.mtimeMs);
      for (const { key, bytes } of found) {
        this.index.set(key, { bytes });
        this.totalBytes += bytes;
      }
      await this.evictOverflow();
    } catch (error) {
      this.logger?.warn("Could not read the disk cache folder; continuing without it", { error: String(error) });
    }
  }
  pathOf(key) {
    return (0, import_node_path.join)(this.dir, `${key}${ENTRY_SUFFIX}`);
  }
}
function parseEntry(raw) {
  try {
    const parsed = entryFileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { createdAt: parsed.data.createdAt, reply: parsed.data.reply } : void 0;
  } catch {
    return void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DiskCache,
  cachedReplySchema
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9kaXNrQ2FjaGUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHJhbmRvbUJ5dGVzIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgbWtkaXIsIHJlYWRkaXIsIHJlYWRGaWxlLCByZW5hbWUsIHJtLCBzdGF0LCB3cml0ZUZpbGUgfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgdHlwZSB7IENsb2NrLCBMb2dnZXIgfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcblxuLyoqIFdoYXQgYSBjYWNoZWQgcmVwbHkga2VlcHM6IGVub3VnaCB0byByZWJ1aWxkIGEgVGV4dFJlc3VsdCwgbmV2ZXIgdGhlIHJlcXVlc3Qgb3IgdGhlIGtleS4gKi9cbmV4cG9ydCBjb25zdCBjYWNoZWRSZXBseVNjaGVtYSA9IHoub2JqZWN0KHtcbiAgdGV4dDogei5zdHJpbmcoKSxcbiAgZmluaXNoUmVhc29uOiB6LnN0cmluZygpLFxuICB0cnVuY2F0ZWQ6IHouYm9vbGVhbigpLFxuICBtb2RlbDogei5zdHJpbmcoKSxcbiAgdXNhZ2U6IHoub2JqZWN0KHtcbiAgICBwcm9tcHRUb2tlbnM6IHoubnVtYmVyKCksXG4gICAgb3V0cHV0VG9rZW5zOiB6Lm51bWJlcigpLFxuICAgIHRoaW5raW5nVG9rZW5zOiB6Lm51bWJlcigpLFxuICAgIHRvdGFsVG9rZW5zOiB6Lm51bWJlcigpLFxuICB9KSxcbn0pO1xuZXhwb3J0IHR5cGUgQ2FjaGVkUmVwbHkgPSB6LmluZmVyPHR5cGVvZiBjYWNoZWRSZXBseVNjaGVtYT47XG5cbmNvbnN0IGVudHJ5RmlsZVNjaGVtYSA9IHoub2JqZWN0KHsgdjogei5saXRlcmFsKDEpLCBjcmVhdGVkQXQ6IHoubnVtYmVyKCksIHJlcGx5OiBjYWNoZWRSZXBseVNjaGVtYSB9KTtcblxuZXhwb3J0IGludGVyZmFjZSBTdG9yZWRFbnRyeSB7XG4gIHJlYWRvbmx5IHJlcGx5OiBDYWNoZWRSZXBseTtcbiAgLyoqIENsb2NrIHRpbWUgd2hlbiB0aGUgcmVwbHkgd2FzIHJlY2VpdmVkLiAqL1xuICByZWFkb25seSBjcmVhdGVkQXQ6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEaXNrQ2FjaGVMaW1pdHMge1xuICByZWFkb25seSBtYXhCeXRlczogbnVtYmVyO1xuICByZWFkb25seSB0dGxNczogbnVtYmVyO1xufVxuXG5pbnRlcmZhY2UgSW5kZXhFbnRyeSB7XG4gIHJlYWRvbmx5IGJ5dGVzOiBudW1iZXI7XG59XG5cbmNvbnN0IEVOVFJZX1NVRkZJWCA9ICcuanNvbic7XG5jb25zdCBURU1QX1NVRkZJWCA9ICcudG1wJztcbmNvbnN0IEtFWV9QQVRURVJOID0gL15bMC05YS1mXXsxNiwxMjh9JC87XG5cbi8qKlxuICogVGhlIHBlcnNpc3RlbnQgY2FjaGUgdGllcjogb25lIEpTT04gZmlsZSBwZXIgcmVwbHksIG5hbWVkIGJ5IHRoZSByZXF1ZXN0IGhhc2gsIGluIGEgZm9sZGVyIG9mXG4gKiBpdHMgb3duLiBXcml0ZXMgZ28gdG8gYSB0ZW1wb3JhcnkgZmlsZSB0aGF0IGlzIHJlbmFtZWQgaW50byBwbGFjZSwgc28gYSBjcmFzaCBvciBhIHNlY29uZFxuICogd2luZG93IG5ldmVyIGxlYXZlcyBoYWxmIGEgZmlsZSB1bmRlciBhIHJlYWwgbmFtZS4gRmlsZXMgdGhhdCBjYW5ub3QgYmUgcmVhZCBhcmUgY291bnRlZCxcbiAqIHNraXBwZWQgYW5kIHJlbW92ZWQuIFRoZSB0b3RhbCBzaXplIGlzIGNhcHBlZCBieSBldmljdGluZyB0aGUgb2xkZXN0IGZpbGVzIGZpcnN0LlxuICovXG5leHBvcnQgY2xhc3MgRGlza0NhY2hlIHtcbiAgLyoqIEluc2VydGlvbiBvcmRlciBpcyBhZ2Ugb3JkZXI6IHRoZSBmaXJzdCBlbnRyeSBpcyBldmljdGVkIGZpcnN0LiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IGluZGV4ID0gbmV3IE1hcDxzdHJpbmcsIEluZGV4RW50cnk+KCk7XG4gIHByaXZhdGUgdG90YWxCeXRlcyA9IDA7XG4gIHByaXZhdGUgY29ycnVwdENvdW50ID0gMDtcbiAgcHJpdmF0ZSByZWFkb25seSByZWFkeTogUHJvbWlzZTx2b2lkPjtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGRpcjogc3RyaW5nLFxuICAgIHByaXZhdGUgbGltaXRzOiBEaXNrQ2FjaGVMaW1pdHMsXG4gICAgcHJpdmF0ZSByZWFkb25seSBjbG9jazogQ2xvY2ssXG4gICAgcHJpdmF0ZSByZWFkb25seSBsb2dnZXI/OiBMb2dnZXIsXG4gICkge1xuICAgIHRoaXMucmVhZHkgPSB0aGlzLnNjYW4oKTtcbiAgfVxuXG4gIC8qKiBSZXNvbHZlcyBvbmNlIHRoZSBmb2xkZXIgaGFzIGJlZW4gc2Nhbm5lZCAoc3RhdGlzdGljcyBhcmUgY29tcGxldGUgZnJvbSB0aGVuIG9uKS4gKi9cbiAgd2hlblJlYWR5KCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJldHVybiB0aGlzLnJlYWR5O1xuICB9XG5cbiAgZ2V0IGVudHJpZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5pbmRleC5zaXplO1xuICB9XG5cbiAgZ2V0IGJ5dGVzKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMudG90YWxCeXRlcztcbiAgfVxuXG4gIGdldCBjb3JydXB0KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuY29ycnVwdENvdW50O1xuICB9XG5cbiAgdXBkYXRlKGxpbWl0czogRGlza0NhY2hlTGltaXRzKTogdm9pZCB7XG4gICAgdGhpcy5saW1pdHMgPSBsaW1pdHM7XG4gIH1cblxuICBhc3luYyBnZXQoa2V5OiBzdHJpbmcpOiBQcm9taXNlPFN0b3JlZEVudHJ5IHwgdW5kZWZpbmVkPiB7XG4gICAgYXdhaXQgdGhpcy5yZWFkeTtcbiAgICBpZiAoIUtFWV9QQVRURVJOLnRlc3Qoa2V5KSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBsZXQgcmF3OiBzdHJpbmc7XG4gICAgdHJ5IHtcbiAgICAgIHJhdyA9IGF3YWl0IHJlYWRGaWxlKHRoaXMucGF0aE9mKGtleSksICd1dGY4Jyk7XG4gICAgfSBjYXRjaCB7XG4gICAgICB0aGlzLmZvcmdldChrZXkpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgY29uc3QgZW50cnkgPSBwYXJzZUVudHJ5KHJhdyk7XG4gICAgaWYgKCFlbnRyeSkge1xuICAgICAgdGhpcy5jb3JydXB0Q291bnQrKztcbiAgICAgIHRoaXMubG9nZ2VyPy53YXJuKCdTa2lwcGVkIGEgY29ycnVwdCBkaXNrIGNhY2hlIGVudHJ5JywgeyBmaWxlOiBgJHtrZXl9JHtFTlRSWV9TVUZGSVh9YCB9KTtcbiAgICAgIGF3YWl0IHRoaXMucmVtb3ZlKGtleSk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBpZiAodGhpcy5jbG9jay5ub3coKSAtIGVudHJ5LmNyZWF0ZWRBdCA+PSB0aGlzLmxpbWl0cy50dGxNcykge1xuICAgICAgYXdhaXQgdGhpcy5yZW1vdmUoa2V5KTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHJldHVybiBlbnRyeTtcbiAgfVxuXG4gIGFzeW5jIHNldChrZXk6IHN0cmluZywgZW50cnk6IFN0b3JlZEVudHJ5KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5yZWFkeTtcbiAgICBpZiAoIUtFWV9QQVRURVJOLnRlc3Qoa2V5KSkgcmV0dXJuO1xuICAgIGNvbnN0IGRhdGEgPSBKU09OLnN0cmluZ2lmeSh7IHY6IDEsIGNyZWF0ZWRBdDogZW50cnkuY3JlYXRlZEF0LCByZXBseTogZW50cnkucmVwbHkgfSk7XG4gICAgY29uc3QgYnl0ZXMgPSBCdWZmZXIuYnl0ZUxlbmd0aChkYXRhLCAndXRmOCcpO1xuICAgIGlmIChieXRlcyA+IHRoaXMubGltaXRzLm1heEJ5dGVzKSByZXR1cm47XG4gICAgYXdhaXQgbWtkaXIodGhpcy5kaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGNvbnN0IHRlbXAgPSBqb2luKHRoaXMuZGlyLCBgJHtrZXl9LiR7cHJvY2Vzcy5waWR9LiR7cmFuZG9tQnl0ZXMoNCkudG9TdHJpbmcoJ2hleCcpfSR7VEVNUF9TVUZGSVh9YCk7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHdyaXRlRmlsZSh0ZW1wLCBkYXRhLCAndXRmOCcpO1xuICAgICAgYXdhaXQgcmVuYW1lKHRlbXAsIHRoaXMucGF0aE9mKGtleSkpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBhd2FpdCBybSh0ZW1wLCB7IGZvcmNlOiB0cnVlIH0pLmNhdGNoKCgpID0+IHt9KTtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICB0aGlzLmZvcmdldChrZXkpO1xuICAgIHRoaXMuaW5kZXguc2V0KGtleSwgeyBieXRlcyB9KTtcbiAgICB0aGlzLnRvdGFsQnl0ZXMgKz0gYnl0ZXM7XG4gICAgYXdhaXQgdGhpcy5ldmljdE92ZXJmbG93KCk7XG4gIH1cblxuICBhc3luYyBjbGVhcigpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLnJlYWR5O1xuICAgIGNvbnN0IGtleXMgPSBbLi4udGhpcy5pbmRleC5rZXlzKCldO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKGtleXMubWFwKChrZXkpID0+IHRoaXMucmVtb3ZlKGtleSkpKTtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgZXZpY3RPdmVyZmxvdygpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBmb3IgKGNvbnN0IGtleSBvZiB0aGlzLmluZGV4LmtleXMoKSkge1xuICAgICAgaWYgKHRoaXMudG90YWxCeXRlcyA8PSB0aGlzLmxpbWl0cy5tYXhCeXRlcykgcmV0dXJuO1xuICAgICAgYXdhaXQgdGhpcy5yZW1vdmUoa2V5KTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIHJlbW92ZShrZXk6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuZm9yZ2V0KGtleSk7XG4gICAgYXdhaXQgcm0odGhpcy5wYXRoT2Yoa2V5KSwgeyBmb3JjZTogdHJ1ZSB9KS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIHRoaXMubG9nZ2VyPy53YXJuKCdDb3VsZCBub3QgcmVtb3ZlIGEgZGlzayBjYWNoZSBlbnRyeScsIHsgZmlsZTogYCR7a2V5fSR7RU5UUllfU1VGRklYfWAsIGVycm9yOiBTdHJpbmcoZXJyb3IpIH0pO1xuICAgIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBmb3JnZXQoa2V5OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBrbm93biA9IHRoaXMuaW5kZXguZ2V0KGtleSk7XG4gICAgaWYgKCFrbm93bikgcmV0dXJuO1xuICAgIHRoaXMudG90YWxCeXRlcyAtPSBrbm93bi5ieXRlcztcbiAgICB0aGlzLmluZGV4LmRlbGV0ZShrZXkpO1xuICB9XG5cbiAgLyoqIEluZGV4ZXMgZXhpc3RpbmcgZW50cmllcywgb2xkZXN0IGZpcnN0LCBhbmQgc3dlZXBzIHRlbXBvcmFyeSBmaWxlcyBhIGNyYXNoIGxlZnQgYmVoaW5kLiAqL1xuICBwcml2YXRlIGFzeW5jIHNjYW4oKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IG1rZGlyKHRoaXMuZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIGNvbnN0IG5hbWVzID0gYXdhaXQgcmVhZGRpcih0aGlzLmRpcik7XG4gICAgICBjb25zdCBmb3VuZDogQXJyYXk8eyBrZXk6IHN0cmluZzsgYnl0ZXM6IG51bWJlcjsgbXRpbWVNczogbnVtYmVyIH0+ID0gW107XG4gICAgICBmb3IgKGNvbnN0IG5hbWUgb2YgbmFtZXMpIHtcbiAgICAgICAgY29uc3QgcGF0aCA9IGpvaW4odGhpcy5kaXIsIG5hbWUpO1xuICAgICAgICBpZiAobmFtZS5lbmRzV2l0aChURU1QX1NVRkZJWCkpIHtcbiAgICAgICAgICBhd2FpdCBybShwYXRoLCB7IGZvcmNlOiB0cnVlIH0pLmNhdGNoKCgpID0+IHt9KTtcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBrZXkgPSBuYW1lLnNsaWNlKDAsIC1FTlRSWV9TVUZGSVgubGVuZ3RoKTtcbiAgICAgICAgaWYgKCFuYW1lLmVuZHNXaXRoKEVOVFJZX1NVRkZJWCkgfHwgIUtFWV9QQVRURVJOLnRlc3Qoa2V5KSkgY29udGludWU7XG4gICAgICAgIGNvbnN0IGluZm8gPSBhd2FpdCBzdGF0KHBhdGgpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIGlmIChpbmZvPy5pc0ZpbGUoKSkgZm91bmQucHVzaCh7IGtleSwgYnl0ZXM6IGluZm8uc2l6ZSwgbXRpbWVNczogaW5mby5tdGltZU1zIH0pO1xuICAgICAgfVxuICAgICAgZm91bmQuc29ydCgoYSwgYikgPT4gYS5tdGltZU1zIC0gYi5tdGltZU1zKTtcbiAgICAgIGZvciAoY29uc3QgeyBrZXksIGJ5dGVzIH0gb2YgZm91bmQpIHtcbiAgICAgICAgdGhpcy5pbmRleC5zZXQoa2V5LCB7IGJ5dGVzIH0pO1xuICAgICAgICB0aGlzLnRvdGFsQnl0ZXMgKz0gYnl0ZXM7XG4gICAgICB9XG4gICAgICBhd2FpdCB0aGlzLmV2aWN0T3ZlcmZsb3coKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgdGhpcy5sb2dnZXI/Lndhcm4oJ0NvdWxkIG5vdCByZWFkIHRoZSBkaXNrIGNhY2hlIGZvbGRlcjsgY29udGludWluZyB3aXRob3V0IGl0JywgeyBlcnJvcjogU3RyaW5nKGVycm9yKSB9KTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHBhdGhPZihrZXk6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGpvaW4odGhpcy5kaXIsIGAke2tleX0ke0VOVFJZX1NVRkZJWH1gKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBwYXJzZUVudHJ5KHJhdzogc3RyaW5nKTogU3RvcmVkRW50cnkgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIGNvbnN0IHBhcnNlZCA9IGVudHJ5RmlsZVNjaGVtYS5zYWZlUGFyc2UoSlNPTi5wYXJzZShyYXcpKTtcbiAgICByZXR1cm4gcGFyc2VkLnN1Y2Nlc3MgPyB7IGNyZWF0ZWRBdDogcGFyc2VkLmRhdGEuY3JlYXRlZEF0LCByZXBseTogcGFyc2VkLmRhdGEucmVwbHkgfSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEseUJBQTRCO0FBQzVCLHNCQUFzRTtBQUN0RSx1QkFBcUI7QUFDckIsaUJBQWtCO0FBSVgsTUFBTSxvQkFBb0IsYUFBRSxPQUFPO0FBQUEsRUFDeEMsTUFBTSxhQUFFLE9BQU87QUFBQSxFQUNmLGNBQWMsYUFBRSxPQUFPO0FBQUEsRUFDdkIsV0FBVyxhQUFFLFFBQVE7QUFBQSxFQUNyQixPQUFPLGFBQUUsT0FBTztBQUFBLEVBQ2hCLE9BQU8sYUFBRSxPQUFPO0FBQUEsSUFDZCxjQUFjLGFBQUUsT0FBTztBQUFBLElBQ3ZCLGNBQWMsYUFBRSxPQUFPO0FBQUEsSUFDdkIsZ0JBQWdCLGFBQUUsT0FBTztBQUFBLElBQ3pCLGFBQWEsYUFBRSxPQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNILENBQUM7QUFHRCxNQUFNLGtCQUFrQixhQUFFLE9BQU8sRUFBRSxHQUFHLGFBQUUsUUFBUSxDQUFDLEdBQUcsV0FBVyxhQUFFLE9BQU8sR0FBRyxPQUFPLGtCQUFrQixDQUFDO0FBaUJyRyxNQUFNLGVBQWU7QUFDckIsTUFBTSxjQUFjO0FBQ3BCLE1BQU0sY0FBYztBQVFiLE1BQU0sVUFBVTtBQUFBLEVBT3JCLFlBQ21CLEtBQ1QsUUFDUyxPQUNBLFFBQ2pCO0FBSmlCO0FBQ1Q7QUFDUztBQUNBO0FBRWpCLFNBQUssUUFBUSxLQUFLLEtBQUs7QUFBQSxFQUN6QjtBQUFBLEVBTm1CO0FBQUEsRUFDVDtBQUFBLEVBQ1M7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQVRGLFFBQVEsb0JBQUksSUFBd0I7QUFBQSxFQUM3QyxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDTjtBQUFBO0FBQUEsRUFZakIsWUFBMkI7QUFDekIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsSUFBSSxVQUFrQjtBQUNwQixXQUFPLEtBQUssTUFBTTtBQUFBLEVBQ3BCO0FBQUEsRUFFQSxJQUFJLFFBQWdCO0FBQ2xCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLElBQUksVUFBa0I7QUFDcEIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsT0FBTyxRQUErQjtBQUNwQyxTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUFBLEVBRUEsTUFBTSxJQUFJLEtBQStDO0FBQ3ZELFVBQU0sS0FBSztBQUNYLFFBQUksQ0FBQyxZQUFZLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDbkMsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLFVBQU0sMEJBQVMsS0FBSyxPQUFPLEdBQUcsR0FBRyxNQUFNO0FBQUEsSUFDL0MsUUFBUTtBQUNOLFdBQUssT0FBTyxHQUFHO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLFFBQVEsV0FBVyxHQUFHO0FBQzVCLFFBQUksQ0FBQyxPQUFPO0FBQ1YsV0FBSztBQUNMLFdBQUssUUFBUSxLQUFLLHNDQUFzQyxFQUFFLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxHQUFHLENBQUM7QUFDekYsWUFBTSxLQUFLLE9BQU8sR0FBRztBQUNyQixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxNQUFNLElBQUksSUFBSSxNQUFNLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDM0QsWUFBTSxLQUFLLE9BQU8sR0FBRztBQUNyQixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxNQUFNLElBQUksS0FBYSxPQUFtQztBQUN4RCxVQUFNLEtBQUs7QUFDWCxRQUFJLENBQUMsWUFBWSxLQUFLLEdBQUcsRUFBRztBQUM1QixVQUFNLE9BQU8sS0FBSyxVQUFVLEVBQUUsR0FBRyxHQUFHLFdBQVcsTUFBTSxXQUFXLE9BQU8sTUFBTSxNQUFNLENBQUM7QUFDcEYsVUFBTSxRQUFRLE9BQU8sV0FBVyxNQUFNLE1BQU07QUFDNUMsUUFBSSxRQUFRLEtBQUssT0FBTyxTQUFVO0FBQ2xDLGNBQU0sdUJBQU0sS0FBSyxLQUFLLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDekMsVUFBTSxXQUFPLHVCQUFLLEtBQUssS0FBSyxHQUFHLEdBQUcsSUFBSSxRQUFRLEdBQUcsUUFBSSxnQ0FBWSxDQUFDLEVBQUUsU0FBUyxLQUFLLENBQUMsR0FBRyxXQUFXLEVBQUU7QUFDbkcsUUFBSTtBQUNGLGdCQUFNLDJCQUFVLE1BQU0sTUFBTSxNQUFNO0FBQ2xDLGdCQUFNLHdCQUFPLE1BQU0sS0FBSyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ3JDLFNBQVMsT0FBTztBQUNkLGdCQUFNLG9CQUFHLE1BQU0sRUFBRSxPQUFPLEtBQUssQ0FBQyxFQUFFLE1BQU0sTUFBTTtBQUFBLE1BQUMsQ0FBQztBQUM5QyxZQUFNO0FBQUEsSUFDUjtBQUNBLFNBQUssT0FBTyxHQUFHO0FBQ2YsU0FBSyxNQUFNLElBQUksS0FBSyxFQUFFLE1BQU0sQ0FBQztBQUM3QixTQUFLLGNBQWM7QUFDbkIsVUFBTSxLQUFLLGNBQWM7QUFBQSxFQUMzQjtBQUFBLEVBRUEsTUFBTSxRQUF1QjtBQUMzQixVQUFNLEtBQUs7QUFDWCxVQUFNLE9BQU8sQ0FBQyxHQUFHLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDbEMsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUN2RDtBQUFBLEVBRUEsTUFBYyxnQkFBK0I7QUFDM0MsZUFBVyxPQUFPLEtBQUssTUFBTSxLQUFLLEdBQUc7QUFDbkMsVUFBSSxLQUFLLGNBQWMsS0FBSyxPQUFPLFNBQVU7QUFDN0MsWUFBTSxLQUFLLE9BQU8sR0FBRztBQUFBLElBQ3ZCO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBYyxPQUFPLEtBQTRCO0FBQy9DLFNBQUssT0FBTyxHQUFHO0FBQ2YsY0FBTSxvQkFBRyxLQUFLLE9BQU8sR0FBRyxHQUFHLEVBQUUsT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLENBQUMsVUFBbUI7QUFDcEUsV0FBSyxRQUFRLEtBQUssdUNBQXVDLEVBQUUsTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLElBQUksT0FBTyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQUEsSUFDbEgsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVRLE9BQU8sS0FBbUI7QUFDaEMsVUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJLEdBQUc7QUFDaEMsUUFBSSxDQUFDLE1BQU87QUFDWixTQUFLLGNBQWMsTUFBTTtBQUN6QixTQUFLLE1BQU0sT0FBTyxHQUFHO0FBQUEsRUFDdkI7QUFBQTtBQUFBLEVBR0EsTUFBYyxPQUFzQjtBQUNsQyxRQUFJO0FBQ0YsZ0JBQU0sdUJBQU0sS0FBSyxLQUFLLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDekMsWUFBTSxRQUFRLFVBQU0seUJBQVEsS0FBSyxHQUFHO0FBQ3BDLFlBQU0sUUFBZ0UsQ0FBQztBQUN2RSxpQkFBVyxRQUFRLE9BQU87QUFDeEIsY0FBTSxXQUFPLHVCQUFLLEtBQUssS0FBSyxJQUFJO0FBQ2hDLFlBQUksS0FBSyxTQUFTLFdBQVcsR0FBRztBQUM5QixvQkFBTSxvQkFBRyxNQUFNLEVBQUUsT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLE1BQU07QUFBQSxVQUFDLENBQUM7QUFDOUM7QUFBQSxRQUNGO0FBQ0EsY0FBTSxNQUFNLEtBQUssTUFBTSxHQUFHLENBQUMsYUFBYSxNQUFNO0FBQzlDLFlBQUksQ0FBQyxLQUFLLFNBQVMsWUFBWSxLQUFLLENBQUMsWUFBWSxLQUFLLEdBQUcsRUFBRztBQUM1RCxjQUFNLE9BQU8sVUFBTSxzQkFBSyxJQUFJLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDbkQsWUFBSSxNQUFNLE9BQU8sRUFBRyxPQUFNLEtBQUssRUFBRSxLQUFLLE9BQU8sS0FBSyxNQUFNLFNBQVMsS0FBSyxRQUFRLENBQUM7QUFBQSxNQUNqRjtBQUNBLFlBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFVBQVUsRUFBRSxPQUFPO0FBQzFDLGlCQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssT0FBTztBQUNsQyxhQUFLLE1BQU0sSUFBSSxLQUFLLEVBQUUsTUFBTSxDQUFDO0FBQzdCLGFBQUssY0FBYztBQUFBLE1BQ3JCO0FBQ0EsWUFBTSxLQUFLLGNBQWM7QUFBQSxJQUMzQixTQUFTLE9BQU87QUFDZCxXQUFLLFFBQVEsS0FBSywrREFBK0QsRUFBRSxPQUFPLE9BQU8sS0FBSyxFQUFFLENBQUM7QUFBQSxJQUMzRztBQUFBLEVBQ0Y7QUFBQSxFQUVRLE9BQU8sS0FBcUI7QUFDbEMsZUFBTyx1QkFBSyxLQUFLLEtBQUssR0FBRyxHQUFHLEdBQUcsWUFBWSxFQUFFO0FBQUEsRUFDL0M7QUFDRjtBQUVBLFNBQVMsV0FBVyxLQUFzQztBQUN4RCxNQUFJO0FBQ0YsVUFBTSxTQUFTLGdCQUFnQixVQUFVLEtBQUssTUFBTSxHQUFHLENBQUM7QUFDeEQsV0FBTyxPQUFPLFVBQVUsRUFBRSxXQUFXLE9BQU8sS0FBSyxXQUFXLE9BQU8sT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQzNGLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
