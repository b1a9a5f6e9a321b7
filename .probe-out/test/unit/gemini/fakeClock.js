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
var fakeClock_exports = {};
__export(fakeClock_exports, {
  FakeClock: () => FakeClock,
  settle: () => settle
});
module.exports = __toCommonJS(fakeClock_exports);
class FakeClock {
  time;
  sleepers = [];
  seq = 0;
  /** Starts well above 0: lru-cache treats a start time of 0 as "no TTL". */
  constructor(start = 17e11) {
    this.time = start;
  }
  now() {
    return this.time;
  }
  sleep(ms, signal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const sleeper = {
        at: this.time + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        }
      };
      const onAbort = () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.sleepers.push(sleeper);
    });
  }
  /** Sleepers still waiting. */
  get pending() {
    return this.sleepers.length;
  }
  /** Moves time forward by `ms`, waking every sleeper due on the way, in order. */
  async advance(ms) {
    const target = this.time + ms;
    await settle();
    for (; ; ) {
      const next = this.nextDue(target);
      if (!next) break;
      this.sleepers = this.sleepers.filter((s) => s !== next);
      this.time = Math.max(this.time, next.at);
      next.resolve();
      await settle();
    }
    this.time = target;
    await settle();
  }
  /** Lets pending promise callbacks run without moving time. */
  async tick() {
    await settle();
  }
  nextDue(target) {
    let best;
    for (const s of this.sleepers) {
      if (s.at > target) continue;
      if (!best || s.at < best.at || s.at === best.at && s.seq < best.seq) best = s;
    }
    return best;
  }
}
async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FakeClock,
  settle
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9mYWtlQ2xvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQ2xvY2sgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9wb3J0cyc7XG5cbmludGVyZmFjZSBTbGVlcGVyIHtcbiAgcmVhZG9ubHkgYXQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgc2VxOiBudW1iZXI7XG4gIHJlYWRvbmx5IHJlc29sdmU6ICgpID0+IHZvaWQ7XG59XG5cbi8qKlxuICogQSBjbG9jayB0aGF0IG9ubHkgbW92ZXMgd2hlbiBhIHRlc3Qgc2F5cyBzby4gYGFkdmFuY2VgIHdha2VzIHNsZWVwZXJzIGluIHRpbWUgb3JkZXIgYW5kIGxldHNcbiAqIHRoZSBwcm9taXNlIGNoYWlucyB0aGV5IHN0YXJ0IHJ1biBiZWZvcmUgbW92aW5nIG9uLCBzbyBjb2RlIHRoYXQgc2xlZXBzIGFnYWluIGFmdGVyIHdha2luZ1xuICogKGEgbGltaXRlcidzIHF1ZXVlLCBhIHJldHJ5IGxvb3ApIGlzIGRyaXZlbiB0byBhIHNldHRsZWQgc3RhdGUgYXQgZXZlcnkgc3RlcC5cbiAqL1xuZXhwb3J0IGNsYXNzIEZha2VDbG9jayBpbXBsZW1lbnRzIENsb2NrIHtcbiAgcHJpdmF0ZSB0aW1lOiBudW1iZXI7XG4gIHByaXZhdGUgc2xlZXBlcnM6IFNsZWVwZXJbXSA9IFtdO1xuICBwcml2YXRlIHNlcSA9IDA7XG5cbiAgLyoqIFN0YXJ0cyB3ZWxsIGFib3ZlIDA6IGxydS1jYWNoZSB0cmVhdHMgYSBzdGFydCB0aW1lIG9mIDAgYXMgXCJubyBUVExcIi4gKi9cbiAgY29uc3RydWN0b3Ioc3RhcnQgPSAxXzcwMF8wMDBfMDAwXzAwMCkge1xuICAgIHRoaXMudGltZSA9IHN0YXJ0O1xuICB9XG5cbiAgbm93KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMudGltZTtcbiAgfVxuXG4gIHNsZWVwKG1zOiBudW1iZXIsIHNpZ25hbD86IEFib3J0U2lnbmFsKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHNpZ25hbD8uYWJvcnRlZCkgcmV0dXJuIFByb21pc2UucmVqZWN0KHNpZ25hbC5yZWFzb24pO1xuICAgIHJldHVybiBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBjb25zdCBzbGVlcGVyOiBTbGVlcGVyID0ge1xuICAgICAgICBhdDogdGhpcy50aW1lICsgTWF0aC5tYXgoMCwgbXMpLFxuICAgICAgICBzZXE6IHRoaXMuc2VxKyssXG4gICAgICAgIHJlc29sdmU6ICgpID0+IHtcbiAgICAgICAgICBzaWduYWw/LnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCk7XG4gICAgICAgICAgcmVzb2x2ZSgpO1xuICAgICAgICB9LFxuICAgICAgfTtcbiAgICAgIGNvbnN0IG9uQWJvcnQgPSAoKSA9PiB7XG4gICAgICAgIHRoaXMuc2xlZXBlcnMgPSB0aGlzLnNsZWVwZXJzLmZpbHRlcigocykgPT4gcyAhPT0gc2xlZXBlcik7XG4gICAgICAgIHJlamVjdChzaWduYWw/LnJlYXNvbik7XG4gICAgICB9O1xuICAgICAgc2lnbmFsPy5hZGRFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQsIHsgb25jZTogdHJ1ZSB9KTtcbiAgICAgIHRoaXMuc2xlZXBlcnMucHVzaChzbGVlcGVyKTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBTbGVlcGVycyBzdGlsbCB3YWl0aW5nLiAqL1xuICBnZXQgcGVuZGluZygpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLnNsZWVwZXJzLmxlbmd0aDtcbiAgfVxuXG4gIC8qKiBNb3ZlcyB0aW1lIGZvcndhcmQgYnkgYG1zYCwgd2FraW5nIGV2ZXJ5IHNsZWVwZXIgZHVlIG9uIHRoZSB3YXksIGluIG9yZGVyLiAqL1xuICBhc3luYyBhZHZhbmNlKG1zOiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCB0YXJnZXQgPSB0aGlzLnRpbWUgKyBtcztcbiAgICBhd2FpdCBzZXR0bGUoKTtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBuZXh0ID0gdGhpcy5uZXh0RHVlKHRhcmdldCk7XG4gICAgICBpZiAoIW5leHQpIGJyZWFrO1xuICAgICAgdGhpcy5zbGVlcGVycyA9IHRoaXMuc2xlZXBlcnMuZmlsdGVyKChzKSA9PiBzICE9PSBuZXh0KTtcbiAgICAgIHRoaXMudGltZSA9IE1hdGgubWF4KHRoaXMudGltZSwgbmV4dC5hdCk7XG4gICAgICBuZXh0LnJlc29sdmUoKTtcbiAgICAgIGF3YWl0IHNldHRsZSgpO1xuICAgIH1cbiAgICB0aGlzLnRpbWUgPSB0YXJnZXQ7XG4gICAgYXdhaXQgc2V0dGxlKCk7XG4gIH1cblxuICAvKiogTGV0cyBwZW5kaW5nIHByb21pc2UgY2FsbGJhY2tzIHJ1biB3aXRob3V0IG1vdmluZyB0aW1lLiAqL1xuICBhc3luYyB0aWNrKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IHNldHRsZSgpO1xuICB9XG5cbiAgcHJpdmF0ZSBuZXh0RHVlKHRhcmdldDogbnVtYmVyKTogU2xlZXBlciB8IHVuZGVmaW5lZCB7XG4gICAgbGV0IGJlc3Q6IFNsZWVwZXIgfCB1bmRlZmluZWQ7XG4gICAgZm9yIChjb25zdCBzIG9mIHRoaXMuc2xlZXBlcnMpIHtcbiAgICAgIGlmIChzLmF0ID4gdGFyZ2V0KSBjb250aW51ZTtcbiAgICAgIGlmICghYmVzdCB8fCBzLmF0IDwgYmVzdC5hdCB8fCAocy5hdCA9PT0gYmVzdC5hdCAmJiBzLnNlcSA8IGJlc3Quc2VxKSkgYmVzdCA9IHM7XG4gICAgfVxuICAgIHJldHVybiBiZXN0O1xuICB9XG59XG5cbi8qKiBEcmFpbnMgdGhlIG1pY3JvdGFzayBxdWV1ZSAoYW5kIG9uZSBtYWNyb3Rhc2sgdHVybiwgZm9yIHByb21pc2UgY2hhaW5zIHRoYXQgc3BhbiBJL08tZnJlZSBhd2FpdHMpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNldHRsZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAyMDsgaSsrKSBhd2FpdCBQcm9taXNlLnJlc29sdmUoKTtcbiAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHNldEltbWVkaWF0ZShyZXNvbHZlKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFhTyxNQUFNLFVBQTJCO0FBQUEsRUFDOUI7QUFBQSxFQUNBLFdBQXNCLENBQUM7QUFBQSxFQUN2QixNQUFNO0FBQUE7QUFBQSxFQUdkLFlBQVksUUFBUSxPQUFtQjtBQUNyQyxTQUFLLE9BQU87QUFBQSxFQUNkO0FBQUEsRUFFQSxNQUFjO0FBQ1osV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsTUFBTSxJQUFZLFFBQXFDO0FBQ3JELFFBQUksUUFBUSxRQUFTLFFBQU8sUUFBUSxPQUFPLE9BQU8sTUFBTTtBQUN4RCxXQUFPLElBQUksUUFBYyxDQUFDLFNBQVMsV0FBVztBQUM1QyxZQUFNLFVBQW1CO0FBQUEsUUFDdkIsSUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsRUFBRTtBQUFBLFFBQzlCLEtBQUssS0FBSztBQUFBLFFBQ1YsU0FBUyxNQUFNO0FBQ2Isa0JBQVEsb0JBQW9CLFNBQVMsT0FBTztBQUM1QyxrQkFBUTtBQUFBLFFBQ1Y7QUFBQSxNQUNGO0FBQ0EsWUFBTSxVQUFVLE1BQU07QUFDcEIsYUFBSyxXQUFXLEtBQUssU0FBUyxPQUFPLENBQUMsTUFBTSxNQUFNLE9BQU87QUFDekQsZUFBTyxRQUFRLE1BQU07QUFBQSxNQUN2QjtBQUNBLGNBQVEsaUJBQWlCLFNBQVMsU0FBUyxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3pELFdBQUssU0FBUyxLQUFLLE9BQU87QUFBQSxJQUM1QixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxJQUFJLFVBQWtCO0FBQ3BCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUFRLElBQTJCO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLE9BQU87QUFDM0IsVUFBTSxPQUFPO0FBQ2IsZUFBUztBQUNQLFlBQU0sT0FBTyxLQUFLLFFBQVEsTUFBTTtBQUNoQyxVQUFJLENBQUMsS0FBTTtBQUNYLFdBQUssV0FBVyxLQUFLLFNBQVMsT0FBTyxDQUFDLE1BQU0sTUFBTSxJQUFJO0FBQ3RELFdBQUssT0FBTyxLQUFLLElBQUksS0FBSyxNQUFNLEtBQUssRUFBRTtBQUN2QyxXQUFLLFFBQVE7QUFDYixZQUFNLE9BQU87QUFBQSxJQUNmO0FBQ0EsU0FBSyxPQUFPO0FBQ1osVUFBTSxPQUFPO0FBQUEsRUFDZjtBQUFBO0FBQUEsRUFHQSxNQUFNLE9BQXNCO0FBQzFCLFVBQU0sT0FBTztBQUFBLEVBQ2Y7QUFBQSxFQUVRLFFBQVEsUUFBcUM7QUFDbkQsUUFBSTtBQUNKLGVBQVcsS0FBSyxLQUFLLFVBQVU7QUFDN0IsVUFBSSxFQUFFLEtBQUssT0FBUTtBQUNuQixVQUFJLENBQUMsUUFBUSxFQUFFLEtBQUssS0FBSyxNQUFPLEVBQUUsT0FBTyxLQUFLLE1BQU0sRUFBRSxNQUFNLEtBQUssSUFBTSxRQUFPO0FBQUEsSUFDaEY7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsZUFBc0IsU0FBd0I7QUFDNUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLElBQUssT0FBTSxRQUFRLFFBQVE7QUFDbkQsUUFBTSxJQUFJLFFBQWMsQ0FBQyxZQUFZLGFBQWEsT0FBTyxDQUFDO0FBQzVEOyIsCiAgIm5hbWVzIjogW10KfQo=
