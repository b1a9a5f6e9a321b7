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
var semaphore_exports = {};
__export(semaphore_exports, {
  Semaphore: () => Semaphore
});
module.exports = __toCommonJS(semaphore_exports);
class Semaphore {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  waiting = [];
  async run(task) {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }
  acquire() {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Semaphore
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvc2VtYXBob3JlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEJvdW5kcyBob3cgbWFueSBjaGFwdGVyIGdlbmVyYXRpb25zIHRoZSBydW5uZXIgc3RhcnRzIGF0IG9uY2UgKHRoZSBzZXJ2aWNlIGhhcyBpdHMgb3duIGxpbWl0ZXI7XG4gKiB0aGlzIGtlZXBzIHRoZSBydW5uZXIgZnJvbSBxdWV1ZWluZyBldmVyeSBjaGFwdGVyIHRoZXJlLCBzbyBjYW5jZWxsYXRpb24gYW5kIGZhdGFsIGVycm9ycyBzdG9wXG4gKiB3b3JrIHRoYXQgaGFzIG5vdCBzdGFydGVkKS4gRklGTywgc28gY2hhcHRlcnMgc3RhcnQgaW4gb3JkZXIuXG4gKi9cbmV4cG9ydCBjbGFzcyBTZW1hcGhvcmUge1xuICBwcml2YXRlIGFjdGl2ZSA9IDA7XG4gIHByaXZhdGUgcmVhZG9ubHkgd2FpdGluZzogQXJyYXk8KCkgPT4gdm9pZD4gPSBbXTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGxpbWl0OiBudW1iZXIpIHt9XG5cbiAgYXN5bmMgcnVuPFQ+KHRhc2s6ICgpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgICBhd2FpdCB0aGlzLmFjcXVpcmUoKTtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGF3YWl0IHRhc2soKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgdGhpcy5yZWxlYXNlKCk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBhY3F1aXJlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLmFjdGl2ZSA8IHRoaXMubGltaXQpIHtcbiAgICAgIHRoaXMuYWN0aXZlKys7XG4gICAgICByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKCk7XG4gICAgfVxuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4gdGhpcy53YWl0aW5nLnB1c2gocmVzb2x2ZSkpO1xuICB9XG5cbiAgcHJpdmF0ZSByZWxlYXNlKCk6IHZvaWQge1xuICAgIGNvbnN0IG5leHQgPSB0aGlzLndhaXRpbmcuc2hpZnQoKTtcbiAgICBpZiAobmV4dCkgbmV4dCgpO1xuICAgIGVsc2UgdGhpcy5hY3RpdmUtLTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtPLE1BQU0sVUFBVTtBQUFBLEVBSXJCLFlBQTZCLE9BQWU7QUFBZjtBQUFBLEVBQWdCO0FBQUEsRUFBaEI7QUFBQSxFQUhyQixTQUFTO0FBQUEsRUFDQSxVQUE2QixDQUFDO0FBQUEsRUFJL0MsTUFBTSxJQUFPLE1BQW9DO0FBQy9DLFVBQU0sS0FBSyxRQUFRO0FBQ25CLFFBQUk7QUFDRixhQUFPLE1BQU0sS0FBSztBQUFBLElBQ3BCLFVBQUU7QUFDQSxXQUFLLFFBQVE7QUFBQSxJQUNmO0FBQUEsRUFDRjtBQUFBLEVBRVEsVUFBeUI7QUFDL0IsUUFBSSxLQUFLLFNBQVMsS0FBSyxPQUFPO0FBQzVCLFdBQUs7QUFDTCxhQUFPLFFBQVEsUUFBUTtBQUFBLElBQ3pCO0FBQ0EsV0FBTyxJQUFJLFFBQVEsQ0FBQyxZQUFZLEtBQUssUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUFBLEVBQzVEO0FBQUEsRUFFUSxVQUFnQjtBQUN0QixVQUFNLE9BQU8sS0FBSyxRQUFRLE1BQU07QUFDaEMsUUFBSSxLQUFNLE1BQUs7QUFBQSxRQUNWLE1BQUs7QUFBQSxFQUNaO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
