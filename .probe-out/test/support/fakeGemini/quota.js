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
var quota_exports = {};
__export(quota_exports, {
  SlidingWindowQuota: () => SlidingWindowQuota
});
module.exports = __toCommonJS(quota_exports);
class SlidingWindowQuota {
  accepted = [];
  /** `limit` 0 means no quota. Times are `performance.now()` values. */
  tryAccept(now, limit, windowMs) {
    if (!(limit > 0)) return { accepted: true };
    this.accepted = this.accepted.filter((t) => t > now - windowMs);
    if (this.accepted.length >= limit) {
      const oldest = this.accepted[0];
      return { accepted: false, retryAfterMs: oldest + windowMs - now };
    }
    this.accepted.push(now);
    return { accepted: true };
  }
  reset() {
    this.accepted = [];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SlidingWindowQuota
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvcXVvdGEudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEdlbWluaSdzIHJlcXVlc3RzLXBlci1taW51dGUgbGltaXQgYXMgYSBzbGlkaW5nIHdpbmRvdyBvdmVyIGFjY2VwdGVkIHJlcXVlc3RzOiB3aGVuIGl0IGlzIGZ1bGwsXG4vLyB0aGUgcmVwbHkgc2F5cyBob3cgbG9uZyB1bnRpbCB0aGUgb2xkZXN0IHJlcXVlc3QgbGVhdmVzIHRoZSB3aW5kb3cuXG5cbmV4cG9ydCB0eXBlIFF1b3RhRGVjaXNpb24gPSB7IHJlYWRvbmx5IGFjY2VwdGVkOiB0cnVlIH0gfCB7IHJlYWRvbmx5IGFjY2VwdGVkOiBmYWxzZTsgcmVhZG9ubHkgcmV0cnlBZnRlck1zOiBudW1iZXIgfTtcblxuZXhwb3J0IGNsYXNzIFNsaWRpbmdXaW5kb3dRdW90YSB7XG4gIHByaXZhdGUgYWNjZXB0ZWQ6IG51bWJlcltdID0gW107XG5cbiAgLyoqIGBsaW1pdGAgMCBtZWFucyBubyBxdW90YS4gVGltZXMgYXJlIGBwZXJmb3JtYW5jZS5ub3coKWAgdmFsdWVzLiAqL1xuICB0cnlBY2NlcHQobm93OiBudW1iZXIsIGxpbWl0OiBudW1iZXIsIHdpbmRvd01zOiBudW1iZXIpOiBRdW90YURlY2lzaW9uIHtcbiAgICBpZiAoIShsaW1pdCA+IDApKSByZXR1cm4geyBhY2NlcHRlZDogdHJ1ZSB9O1xuICAgIHRoaXMuYWNjZXB0ZWQgPSB0aGlzLmFjY2VwdGVkLmZpbHRlcigodCkgPT4gdCA+IG5vdyAtIHdpbmRvd01zKTtcbiAgICBpZiAodGhpcy5hY2NlcHRlZC5sZW5ndGggPj0gbGltaXQpIHtcbiAgICAgIGNvbnN0IG9sZGVzdCA9IHRoaXMuYWNjZXB0ZWRbMF0gYXMgbnVtYmVyO1xuICAgICAgcmV0dXJuIHsgYWNjZXB0ZWQ6IGZhbHNlLCByZXRyeUFmdGVyTXM6IG9sZGVzdCArIHdpbmRvd01zIC0gbm93IH07XG4gICAgfVxuICAgIHRoaXMuYWNjZXB0ZWQucHVzaChub3cpO1xuICAgIHJldHVybiB7IGFjY2VwdGVkOiB0cnVlIH07XG4gIH1cblxuICByZXNldCgpOiB2b2lkIHtcbiAgICB0aGlzLmFjY2VwdGVkID0gW107XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLTyxNQUFNLG1CQUFtQjtBQUFBLEVBQ3RCLFdBQXFCLENBQUM7QUFBQTtBQUFBLEVBRzlCLFVBQVUsS0FBYSxPQUFlLFVBQWlDO0FBQ3JFLFFBQUksRUFBRSxRQUFRLEdBQUksUUFBTyxFQUFFLFVBQVUsS0FBSztBQUMxQyxTQUFLLFdBQVcsS0FBSyxTQUFTLE9BQU8sQ0FBQyxNQUFNLElBQUksTUFBTSxRQUFRO0FBQzlELFFBQUksS0FBSyxTQUFTLFVBQVUsT0FBTztBQUNqQyxZQUFNLFNBQVMsS0FBSyxTQUFTLENBQUM7QUFDOUIsYUFBTyxFQUFFLFVBQVUsT0FBTyxjQUFjLFNBQVMsV0FBVyxJQUFJO0FBQUEsSUFDbEU7QUFDQSxTQUFLLFNBQVMsS0FBSyxHQUFHO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLEtBQUs7QUFBQSxFQUMxQjtBQUFBLEVBRUEsUUFBYztBQUNaLFNBQUssV0FBVyxDQUFDO0FBQUEsRUFDbkI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
