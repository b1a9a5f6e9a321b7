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
var partialSaver_exports = {};
__export(partialSaver_exports, {
  PartialSaver: () => PartialSaver
});
module.exports = __toCommonJS(partialSaver_exports);
var import_node_path = require("node:path");
var import_checkpointFile = require("../checkpoint/checkpointFile");
var import_hash = require("../hash");
var import_wordCount = require("../stages/wordCount");
class PartialSaver {
  constructor(fs, storyDir, file, meta, clock, initial = "", intervalMs = 1e3) {
    this.fs = fs;
    this.storyDir = storyDir;
    this.file = file;
    this.meta = meta;
    this.clock = clock;
    this.intervalMs = intervalMs;
    this.latest = initial;
    this.written = initial;
    this.startedAt = clock.now();
  }
  fs;
  storyDir;
  file;
  meta;
  clock;
  intervalMs;
  latest;
  written;
  lastWriteAt = Number.NEGATIVE_INFINITY;
  timer;
  chain = Promise.resolve();
  closed = false;
  startedAt;
  /** The whole text so far (not a delta). Replacing it with shorter text is allowed (a restart). */
  update(text) {
    if (this.closed) return;
    this.latest = text;
    if (this.timer) return;
    const wait = this.lastWriteAt + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.schedule();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = void 0;
      this.schedule();
    }, wait);
    this.timer.unref?.();
  }
  /** Writes the latest text now (if any is unsaved) and waits for every write to finish. */
  async flush() {
    this.cancelTimer();
    this.schedule();
    await this.chain;
  }
  /** The chapter is complete: stop saving and delete the partial file. */
  async remove() {
    this.closed = true;
    this.cancelTimer();
    await this.chain;
    const path = import_node_path.posix.join(this.storyDir, this.file);
    if (await this.fs.stat(path)) await this.fs.delete(path);
  }
  /** Stops saving without touching the file (after the final flush). */
  async close() {
    this.closed = true;
    this.cancelTimer();
    await this.chain;
  }
  get savedText() {
    return this.written;
  }
  schedule() {
    this.chain = this.chain.then(() => this.writeLatest()).catch(() => void 0);
  }
  async writeLatest() {
    const text = this.latest;
    if (text === this.written || text.trim() === "") return;
    this.lastWriteAt = this.clock.now();
    const meta = {
      ...this.meta,
      status: "partial",
      bodyHash: (0, import_hash.bodyHash)(text),
      usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
      durationMs: this.clock.now() - this.startedAt,
      generatedAt: new Date(this.clock.now()).toISOString(),
      words: (0, import_wordCount.countWords)(text)
    };
    await (0, import_checkpointFile.writeCheckpoint)(this.fs, import_node_path.posix.join(this.storyDir, this.file), meta, text);
    this.written = text;
  }
  cancelTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PartialSaver
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvcGFydGlhbFNhdmVyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBwb3NpeCB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyB3cml0ZUNoZWNrcG9pbnQgfSBmcm9tICcuLi9jaGVja3BvaW50L2NoZWNrcG9pbnRGaWxlJztcbmltcG9ydCB0eXBlIHsgQ2hlY2twb2ludE1ldGEgfSBmcm9tICcuLi9jaGVja3BvaW50L21ldGEnO1xuaW1wb3J0IHsgYm9keUhhc2ggfSBmcm9tICcuLi9oYXNoJztcbmltcG9ydCB0eXBlIHsgQ2xvY2ssIEZpbGVTeXN0ZW0gfSBmcm9tICcuLi9wb3J0cyc7XG5pbXBvcnQgeyBjb3VudFdvcmRzIH0gZnJvbSAnLi4vc3RhZ2VzL3dvcmRDb3VudCc7XG5cbmV4cG9ydCB0eXBlIFBhcnRpYWxNZXRhQmFzZSA9IFBpY2s8Q2hlY2twb2ludE1ldGEsICdzdGFnZScgfCAnY2hhcHRlcicgfCAnbW9kZWwnIHwgJ3Byb21wdEhhc2gnIHwgJ2lucHV0cyc+O1xuXG4vKipcbiAqIFRoZSBlbWVyZ2VuY3kgc2F2ZSBvZiBhIHN0cmVhbWluZyBjaGFwdGVyOiBpdHMgdGV4dCBzbyBmYXIgZ29lcyB0byBgY2hhcHRlci1OTi5wYXJ0aWFsLm1kYCxcbiAqIHRocm90dGxlZCB3aGlsZSBpdCBzdHJlYW1zIChhdCBtb3N0IG9uY2UgcGVyIGBpbnRlcnZhbE1zYCksIGF0IG9uY2Ugb24gYGZsdXNoYCAoZmFpbHVyZSBvclxuICogY2FuY2VsKSwgYW5kIHRoZSBmaWxlIGlzIHJlbW92ZWQgd2hlbiB0aGUgY2hhcHRlciBpcyBjb21wbGV0ZS4gV3JpdGVzIGFyZSBhdG9taWMgYW5kIG9uZSBhdCBhXG4gKiB0aW1lLCBzbyB0aGUgZmlsZSBhbHdheXMgaG9sZHMgb25lIHdob2xlLCByZWNlbnQgdmVyc2lvbiBvZiB0aGUgdGV4dCBcdTIwMTQgbmV2ZXIgYSBtaXguXG4gKi9cbmV4cG9ydCBjbGFzcyBQYXJ0aWFsU2F2ZXIge1xuICBwcml2YXRlIGxhdGVzdDogc3RyaW5nO1xuICBwcml2YXRlIHdyaXR0ZW46IHN0cmluZztcbiAgcHJpdmF0ZSBsYXN0V3JpdGVBdCA9IE51bWJlci5ORUdBVElWRV9JTkZJTklUWTtcbiAgcHJpdmF0ZSB0aW1lcjogUmV0dXJuVHlwZTx0eXBlb2Ygc2V0VGltZW91dD4gfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgY2hhaW46IFByb21pc2U8dm9pZD4gPSBQcm9taXNlLnJlc29sdmUoKTtcbiAgcHJpdmF0ZSBjbG9zZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGFydGVkQXQ6IG51bWJlcjtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGZzOiBGaWxlU3lzdGVtLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc3RvcnlEaXI6IHN0cmluZyxcbiAgICAvKiogU3RvcnktcmVsYXRpdmUgcGF0aCBvZiB0aGUgcGFydGlhbCBmaWxlLiAqL1xuICAgIHJlYWRvbmx5IGZpbGU6IHN0cmluZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG1ldGE6IFBhcnRpYWxNZXRhQmFzZSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNsb2NrOiBDbG9jayxcbiAgICAvKiogVGV4dCBhbHJlYWR5IG9uIGRpc2sgKGEgcGFydGlhbCBiZWluZyBjb250aW51ZWQpLiAqL1xuICAgIGluaXRpYWwgPSAnJyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGludGVydmFsTXMgPSAxMDAwLFxuICApIHtcbiAgICB0aGlzLmxhdGVzdCA9IGluaXRpYWw7XG4gICAgdGhpcy53cml0dGVuID0gaW5pdGlhbDtcbiAgICB0aGlzLnN0YXJ0ZWRBdCA9IGNsb2NrLm5vdygpO1xuICB9XG5cbiAgLyoqIFRoZSB3aG9sZSB0ZXh0IHNvIGZhciAobm90IGEgZGVsdGEpLiBSZXBsYWNpbmcgaXQgd2l0aCBzaG9ydGVyIHRleHQgaXMgYWxsb3dlZCAoYSByZXN0YXJ0KS4gKi9cbiAgdXBkYXRlKHRleHQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLmNsb3NlZCkgcmV0dXJuO1xuICAgIHRoaXMubGF0ZXN0ID0gdGV4dDtcbiAgICBpZiAodGhpcy50aW1lcikgcmV0dXJuO1xuICAgIGNvbnN0IHdhaXQgPSB0aGlzLmxhc3RXcml0ZUF0ICsgdGhpcy5pbnRlcnZhbE1zIC0gdGhpcy5jbG9jay5ub3coKTtcbiAgICBpZiAod2FpdCA8PSAwKSB7XG4gICAgICB0aGlzLnNjaGVkdWxlKCk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIHRoaXMudGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIHRoaXMudGltZXIgPSB1bmRlZmluZWQ7XG4gICAgICB0aGlzLnNjaGVkdWxlKCk7XG4gICAgfSwgd2FpdCk7XG4gICAgdGhpcy50aW1lci51bnJlZj8uKCk7XG4gIH1cblxuICAvKiogV3JpdGVzIHRoZSBsYXRlc3QgdGV4dCBub3cgKGlmIGFueSBpcyB1bnNhdmVkKSBhbmQgd2FpdHMgZm9yIGV2ZXJ5IHdyaXRlIHRvIGZpbmlzaC4gKi9cbiAgYXN5bmMgZmx1c2goKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdGhpcy5jYW5jZWxUaW1lcigpO1xuICAgIHRoaXMuc2NoZWR1bGUoKTtcbiAgICBhd2FpdCB0aGlzLmNoYWluO1xuICB9XG5cbiAgLyoqIFRoZSBjaGFwdGVyIGlzIGNvbXBsZXRlOiBzdG9wIHNhdmluZyBhbmQgZGVsZXRlIHRoZSBwYXJ0aWFsIGZpbGUuICovXG4gIGFzeW5jIHJlbW92ZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICB0aGlzLmNsb3NlZCA9IHRydWU7XG4gICAgdGhpcy5jYW5jZWxUaW1lcigpO1xuICAgIGF3YWl0IHRoaXMuY2hhaW47XG4gICAgY29uc3QgcGF0aCA9IHBvc2l4LmpvaW4odGhpcy5zdG9yeURpciwgdGhpcy5maWxlKTtcbiAgICBpZiAoYXdhaXQgdGhpcy5mcy5zdGF0KHBhdGgpKSBhd2FpdCB0aGlzLmZzLmRlbGV0ZShwYXRoKTtcbiAgfVxuXG4gIC8qKiBTdG9wcyBzYXZpbmcgd2l0aG91dCB0b3VjaGluZyB0aGUgZmlsZSAoYWZ0ZXIgdGhlIGZpbmFsIGZsdXNoKS4gKi9cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdGhpcy5jbG9zZWQgPSB0cnVlO1xuICAgIHRoaXMuY2FuY2VsVGltZXIoKTtcbiAgICBhd2FpdCB0aGlzLmNoYWluO1xuICB9XG5cbiAgZ2V0IHNhdmVkVGV4dCgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLndyaXR0ZW47XG4gIH1cblxuICBwcml2YXRlIHNjaGVkdWxlKCk6IHZvaWQge1xuICAgIHRoaXMuY2hhaW4gPSB0aGlzLmNoYWluLnRoZW4oKCkgPT4gdGhpcy53cml0ZUxhdGVzdCgpKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyB3cml0ZUxhdGVzdCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCB0ZXh0ID0gdGhpcy5sYXRlc3Q7XG4gICAgaWYgKHRleHQgPT09IHRoaXMud3JpdHRlbiB8fCB0ZXh0LnRyaW0oKSA9PT0gJycpIHJldHVybjtcbiAgICB0aGlzLmxhc3RXcml0ZUF0ID0gdGhpcy5jbG9jay5ub3coKTtcbiAgICBjb25zdCBtZXRhOiBDaGVja3BvaW50TWV0YSA9IHtcbiAgICAgIC4uLnRoaXMubWV0YSxcbiAgICAgIHN0YXR1czogJ3BhcnRpYWwnLFxuICAgICAgYm9keUhhc2g6IGJvZHlIYXNoKHRleHQpLFxuICAgICAgdXNhZ2U6IHsgcHJvbXB0VG9rZW5zOiAwLCBvdXRwdXRUb2tlbnM6IDAsIHRoaW5raW5nVG9rZW5zOiAwIH0sXG4gICAgICBkdXJhdGlvbk1zOiB0aGlzLmNsb2NrLm5vdygpIC0gdGhpcy5zdGFydGVkQXQsXG4gICAgICBnZW5lcmF0ZWRBdDogbmV3IERhdGUodGhpcy5jbG9jay5ub3coKSkudG9JU09TdHJpbmcoKSxcbiAgICAgIHdvcmRzOiBjb3VudFdvcmRzKHRleHQpLFxuICAgIH07XG4gICAgYXdhaXQgd3JpdGVDaGVja3BvaW50KHRoaXMuZnMsIHBvc2l4LmpvaW4odGhpcy5zdG9yeURpciwgdGhpcy5maWxlKSwgbWV0YSwgdGV4dCk7XG4gICAgdGhpcy53cml0dGVuID0gdGV4dDtcbiAgfVxuXG4gIHByaXZhdGUgY2FuY2VsVGltZXIoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMudGltZXIpIGNsZWFyVGltZW91dCh0aGlzLnRpbWVyKTtcbiAgICB0aGlzLnRpbWVyID0gdW5kZWZpbmVkO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsdUJBQXNCO0FBQ3RCLDRCQUFnQztBQUVoQyxrQkFBeUI7QUFFekIsdUJBQTJCO0FBVXBCLE1BQU0sYUFBYTtBQUFBLEVBU3hCLFlBQ21CLElBQ0EsVUFFUixNQUNRLE1BQ0EsT0FFakIsVUFBVSxJQUNPLGFBQWEsS0FDOUI7QUFUaUI7QUFDQTtBQUVSO0FBQ1E7QUFDQTtBQUdBO0FBRWpCLFNBQUssU0FBUztBQUNkLFNBQUssVUFBVTtBQUNmLFNBQUssWUFBWSxNQUFNLElBQUk7QUFBQSxFQUM3QjtBQUFBLEVBYm1CO0FBQUEsRUFDQTtBQUFBLEVBRVI7QUFBQSxFQUNRO0FBQUEsRUFDQTtBQUFBLEVBR0E7QUFBQSxFQWpCWDtBQUFBLEVBQ0E7QUFBQSxFQUNBLGNBQWMsT0FBTztBQUFBLEVBQ3JCO0FBQUEsRUFDQSxRQUF1QixRQUFRLFFBQVE7QUFBQSxFQUN2QyxTQUFTO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFtQmpCLE9BQU8sTUFBb0I7QUFDekIsUUFBSSxLQUFLLE9BQVE7QUFDakIsU0FBSyxTQUFTO0FBQ2QsUUFBSSxLQUFLLE1BQU87QUFDaEIsVUFBTSxPQUFPLEtBQUssY0FBYyxLQUFLLGFBQWEsS0FBSyxNQUFNLElBQUk7QUFDakUsUUFBSSxRQUFRLEdBQUc7QUFDYixXQUFLLFNBQVM7QUFDZDtBQUFBLElBQ0Y7QUFDQSxTQUFLLFFBQVEsV0FBVyxNQUFNO0FBQzVCLFdBQUssUUFBUTtBQUNiLFdBQUssU0FBUztBQUFBLElBQ2hCLEdBQUcsSUFBSTtBQUNQLFNBQUssTUFBTSxRQUFRO0FBQUEsRUFDckI7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUF1QjtBQUMzQixTQUFLLFlBQVk7QUFDakIsU0FBSyxTQUFTO0FBQ2QsVUFBTSxLQUFLO0FBQUEsRUFDYjtBQUFBO0FBQUEsRUFHQSxNQUFNLFNBQXdCO0FBQzVCLFNBQUssU0FBUztBQUNkLFNBQUssWUFBWTtBQUNqQixVQUFNLEtBQUs7QUFDWCxVQUFNLE9BQU8sdUJBQU0sS0FBSyxLQUFLLFVBQVUsS0FBSyxJQUFJO0FBQ2hELFFBQUksTUFBTSxLQUFLLEdBQUcsS0FBSyxJQUFJLEVBQUcsT0FBTSxLQUFLLEdBQUcsT0FBTyxJQUFJO0FBQUEsRUFDekQ7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUF1QjtBQUMzQixTQUFLLFNBQVM7QUFDZCxTQUFLLFlBQVk7QUFDakIsVUFBTSxLQUFLO0FBQUEsRUFDYjtBQUFBLEVBRUEsSUFBSSxZQUFvQjtBQUN0QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFUSxXQUFpQjtBQUN2QixTQUFLLFFBQVEsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLFlBQVksQ0FBQyxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLE1BQWMsY0FBNkI7QUFDekMsVUFBTSxPQUFPLEtBQUs7QUFDbEIsUUFBSSxTQUFTLEtBQUssV0FBVyxLQUFLLEtBQUssTUFBTSxHQUFJO0FBQ2pELFNBQUssY0FBYyxLQUFLLE1BQU0sSUFBSTtBQUNsQyxVQUFNLE9BQXVCO0FBQUEsTUFDM0IsR0FBRyxLQUFLO0FBQUEsTUFDUixRQUFRO0FBQUEsTUFDUixjQUFVLHNCQUFTLElBQUk7QUFBQSxNQUN2QixPQUFPLEVBQUUsY0FBYyxHQUFHLGNBQWMsR0FBRyxnQkFBZ0IsRUFBRTtBQUFBLE1BQzdELFlBQVksS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsTUFDcEMsYUFBYSxJQUFJLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxFQUFFLFlBQVk7QUFBQSxNQUNwRCxXQUFPLDZCQUFXLElBQUk7QUFBQSxJQUN4QjtBQUNBLGNBQU0sdUNBQWdCLEtBQUssSUFBSSx1QkFBTSxLQUFLLEtBQUssVUFBVSxLQUFLLElBQUksR0FBRyxNQUFNLElBQUk7QUFDL0UsU0FBSyxVQUFVO0FBQUEsRUFDakI7QUFBQSxFQUVRLGNBQW9CO0FBQzFCLFFBQUksS0FBSyxNQUFPLGNBQWEsS0FBSyxLQUFLO0FBQ3ZDLFNBQUssUUFBUTtBQUFBLEVBQ2Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
