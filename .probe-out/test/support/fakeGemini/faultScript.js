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
var faultScript_exports = {};
__export(faultScript_exports, {
  FaultScript: () => FaultScript
});
module.exports = __toCommonJS(faultScript_exports);
class FaultScript {
  queue = [];
  matchers = [];
  enqueue(faults) {
    this.queue.push(...faults);
  }
  addMatcher(predicate, fault, times = 1) {
    const matcher = { predicate, fault, times, used: 0, cancelled: false };
    this.matchers.push(matcher);
    return {
      get used() {
        return matcher.used;
      },
      cancel: () => {
        matcher.cancelled = true;
      }
    };
  }
  /** The fault for this request, consuming it; undefined for a normal reply. */
  take(request) {
    this.matchers = this.matchers.filter((m) => !m.cancelled && m.used < m.times);
    const matcher = this.matchers.find((m) => m.predicate(request));
    if (matcher) {
      matcher.used++;
      return matcher.fault;
    }
    return this.queue.shift();
  }
  get pending() {
    return this.queue.length;
  }
  clear() {
    this.queue = [];
    for (const m of this.matchers) m.cancelled = true;
    this.matchers = [];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FaultScript
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvZmF1bHRTY3JpcHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFNjcmlwdGVkIGZhdWx0czogYSBGSUZPIHF1ZXVlIGZvciBcInRoZSBuZXh0IHJlcXVlc3RzXCIsIGFuZCBtYXRjaGVycyBmb3IgXCJyZXF1ZXN0cyBsaWtlIHRoaXNcIi5cbi8vIEEgbWF0Y2hpbmcgbWF0Y2hlciB3aW5zIG92ZXIgdGhlIHF1ZXVlLCB3aG9zZSBoZWFkIHRoZW4gd2FpdHMgZm9yIHRoZSBuZXh0IHJlcXVlc3QuXG5pbXBvcnQgdHlwZSB7IEZhdWx0LCBSZXF1ZXN0SW5mbywgU2NyaXB0SGFuZGxlIH0gZnJvbSAnLi90eXBlcyc7XG5cbmludGVyZmFjZSBNYXRjaGVyIHtcbiAgcmVhZG9ubHkgcHJlZGljYXRlOiAocmVxdWVzdDogUmVxdWVzdEluZm8pID0+IGJvb2xlYW47XG4gIHJlYWRvbmx5IGZhdWx0OiBGYXVsdDtcbiAgcmVhZG9ubHkgdGltZXM6IG51bWJlcjtcbiAgdXNlZDogbnVtYmVyO1xuICBjYW5jZWxsZWQ6IGJvb2xlYW47XG59XG5cbmV4cG9ydCBjbGFzcyBGYXVsdFNjcmlwdCB7XG4gIHByaXZhdGUgcXVldWU6IEZhdWx0W10gPSBbXTtcbiAgcHJpdmF0ZSBtYXRjaGVyczogTWF0Y2hlcltdID0gW107XG5cbiAgZW5xdWV1ZShmYXVsdHM6IHJlYWRvbmx5IEZhdWx0W10pOiB2b2lkIHtcbiAgICB0aGlzLnF1ZXVlLnB1c2goLi4uZmF1bHRzKTtcbiAgfVxuXG4gIGFkZE1hdGNoZXIocHJlZGljYXRlOiAocmVxdWVzdDogUmVxdWVzdEluZm8pID0+IGJvb2xlYW4sIGZhdWx0OiBGYXVsdCwgdGltZXMgPSAxKTogU2NyaXB0SGFuZGxlIHtcbiAgICBjb25zdCBtYXRjaGVyOiBNYXRjaGVyID0geyBwcmVkaWNhdGUsIGZhdWx0LCB0aW1lcywgdXNlZDogMCwgY2FuY2VsbGVkOiBmYWxzZSB9O1xuICAgIHRoaXMubWF0Y2hlcnMucHVzaChtYXRjaGVyKTtcbiAgICByZXR1cm4ge1xuICAgICAgZ2V0IHVzZWQoKSB7XG4gICAgICAgIHJldHVybiBtYXRjaGVyLnVzZWQ7XG4gICAgICB9LFxuICAgICAgY2FuY2VsOiAoKSA9PiB7XG4gICAgICAgIG1hdGNoZXIuY2FuY2VsbGVkID0gdHJ1ZTtcbiAgICAgIH0sXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBUaGUgZmF1bHQgZm9yIHRoaXMgcmVxdWVzdCwgY29uc3VtaW5nIGl0OyB1bmRlZmluZWQgZm9yIGEgbm9ybWFsIHJlcGx5LiAqL1xuICB0YWtlKHJlcXVlc3Q6IFJlcXVlc3RJbmZvKTogRmF1bHQgfCB1bmRlZmluZWQge1xuICAgIHRoaXMubWF0Y2hlcnMgPSB0aGlzLm1hdGNoZXJzLmZpbHRlcigobSkgPT4gIW0uY2FuY2VsbGVkICYmIG0udXNlZCA8IG0udGltZXMpO1xuICAgIGNvbnN0IG1hdGNoZXIgPSB0aGlzLm1hdGNoZXJzLmZpbmQoKG0pID0+IG0ucHJlZGljYXRlKHJlcXVlc3QpKTtcbiAgICBpZiAobWF0Y2hlcikge1xuICAgICAgbWF0Y2hlci51c2VkKys7XG4gICAgICByZXR1cm4gbWF0Y2hlci5mYXVsdDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMucXVldWUuc2hpZnQoKTtcbiAgfVxuXG4gIGdldCBwZW5kaW5nKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMucXVldWUubGVuZ3RoO1xuICB9XG5cbiAgY2xlYXIoKTogdm9pZCB7XG4gICAgdGhpcy5xdWV1ZSA9IFtdO1xuICAgIGZvciAoY29uc3QgbSBvZiB0aGlzLm1hdGNoZXJzKSBtLmNhbmNlbGxlZCA9IHRydWU7XG4gICAgdGhpcy5tYXRjaGVycyA9IFtdO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBWU8sTUFBTSxZQUFZO0FBQUEsRUFDZixRQUFpQixDQUFDO0FBQUEsRUFDbEIsV0FBc0IsQ0FBQztBQUFBLEVBRS9CLFFBQVEsUUFBZ0M7QUFDdEMsU0FBSyxNQUFNLEtBQUssR0FBRyxNQUFNO0FBQUEsRUFDM0I7QUFBQSxFQUVBLFdBQVcsV0FBOEMsT0FBYyxRQUFRLEdBQWlCO0FBQzlGLFVBQU0sVUFBbUIsRUFBRSxXQUFXLE9BQU8sT0FBTyxNQUFNLEdBQUcsV0FBVyxNQUFNO0FBQzlFLFNBQUssU0FBUyxLQUFLLE9BQU87QUFDMUIsV0FBTztBQUFBLE1BQ0wsSUFBSSxPQUFPO0FBQ1QsZUFBTyxRQUFRO0FBQUEsTUFDakI7QUFBQSxNQUNBLFFBQVEsTUFBTTtBQUNaLGdCQUFRLFlBQVk7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLEtBQUssU0FBeUM7QUFDNUMsU0FBSyxXQUFXLEtBQUssU0FBUyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsYUFBYSxFQUFFLE9BQU8sRUFBRSxLQUFLO0FBQzVFLFVBQU0sVUFBVSxLQUFLLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUM5RCxRQUFJLFNBQVM7QUFDWCxjQUFRO0FBQ1IsYUFBTyxRQUFRO0FBQUEsSUFDakI7QUFDQSxXQUFPLEtBQUssTUFBTSxNQUFNO0FBQUEsRUFDMUI7QUFBQSxFQUVBLElBQUksVUFBa0I7QUFDcEIsV0FBTyxLQUFLLE1BQU07QUFBQSxFQUNwQjtBQUFBLEVBRUEsUUFBYztBQUNaLFNBQUssUUFBUSxDQUFDO0FBQ2QsZUFBVyxLQUFLLEtBQUssU0FBVSxHQUFFLFlBQVk7QUFDN0MsU0FBSyxXQUFXLENBQUM7QUFBQSxFQUNuQjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
