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
var prng_exports = {};
__export(prng_exports, {
  Prng: () => Prng,
  seedFrom: () => seedFrom
});
module.exports = __toCommonJS(prng_exports);
var import_node_crypto = require("node:crypto");
function seedFrom(text) {
  const digest = (0, import_node_crypto.createHash)("sha256").update(text).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
}
class Prng {
  a;
  b;
  c;
  d;
  constructor(seed) {
    [this.a, this.b, this.c, this.d] = seed;
    for (let i = 0; i < 12; i++) this.next();
  }
  static fromText(text) {
    return new Prng(seedFrom(text));
  }
  /** Uniform in [0, 1). */
  next() {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = this.a + this.b | 0;
    this.a = this.b ^ this.b >>> 9;
    this.b = this.c + (this.c << 3) | 0;
    this.c = this.c << 21 | this.c >>> 11;
    this.d = this.d + 1 | 0;
    t = t + this.d | 0;
    this.c = this.c + t | 0;
    return (t >>> 0) / 4294967296;
  }
  /** Integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(items) {
    if (items.length === 0) throw new Error("Prng.pick: empty list");
    return items[Math.floor(this.next() * items.length)];
  }
  chance(probability) {
    return this.next() < probability;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Prng,
  seedFrom
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvcHJuZy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQSBzbWFsbCBzZWVkZWQgUFJORywgc28gdGhhdCBpZGVudGljYWwgcmVxdWVzdHMgZ2V0IGlkZW50aWNhbCByZXBsaWVzIGFjcm9zcyBydW5zIGFuZCBOb2RlXG4vLyB2ZXJzaW9ucyAoTWF0aC5yYW5kb20gY2Fubm90IGJlIHNlZWRlZCkuXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuXG4vKiogc2hhMjU2IG9mIHRoZSB0ZXh0LCBhcyBmb3VyIDMyLWJpdCB3b3JkczogdGhlIFBSTkcncyBzZWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlZWRGcm9tKHRleHQ6IHN0cmluZyk6IHJlYWRvbmx5IFtudW1iZXIsIG51bWJlciwgbnVtYmVyLCBudW1iZXJdIHtcbiAgY29uc3QgZGlnZXN0ID0gY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHRleHQpLmRpZ2VzdCgpO1xuICByZXR1cm4gW2RpZ2VzdC5yZWFkVUludDMyTEUoMCksIGRpZ2VzdC5yZWFkVUludDMyTEUoNCksIGRpZ2VzdC5yZWFkVUludDMyTEUoOCksIGRpZ2VzdC5yZWFkVUludDMyTEUoMTIpXTtcbn1cblxuLyoqIHNmYzMyOiB0aW55LCBmYXN0LCBhbmQgZ29vZCBlbm91Z2ggZm9yIHBpY2tpbmcgd29yZHMuICovXG5leHBvcnQgY2xhc3MgUHJuZyB7XG4gIHByaXZhdGUgYTogbnVtYmVyO1xuICBwcml2YXRlIGI6IG51bWJlcjtcbiAgcHJpdmF0ZSBjOiBudW1iZXI7XG4gIHByaXZhdGUgZDogbnVtYmVyO1xuXG4gIGNvbnN0cnVjdG9yKHNlZWQ6IHJlYWRvbmx5IFtudW1iZXIsIG51bWJlciwgbnVtYmVyLCBudW1iZXJdKSB7XG4gICAgW3RoaXMuYSwgdGhpcy5iLCB0aGlzLmMsIHRoaXMuZF0gPSBzZWVkO1xuICAgIC8vIFdhcm0gdXAgc28gdGhhdCBzaW1pbGFyIHNlZWRzIGRpdmVyZ2UuXG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCAxMjsgaSsrKSB0aGlzLm5leHQoKTtcbiAgfVxuXG4gIHN0YXRpYyBmcm9tVGV4dCh0ZXh0OiBzdHJpbmcpOiBQcm5nIHtcbiAgICByZXR1cm4gbmV3IFBybmcoc2VlZEZyb20odGV4dCkpO1xuICB9XG5cbiAgLyoqIFVuaWZvcm0gaW4gWzAsIDEpLiAqL1xuICBuZXh0KCk6IG51bWJlciB7XG4gICAgdGhpcy5hID4+Pj0gMDtcbiAgICB0aGlzLmIgPj4+PSAwO1xuICAgIHRoaXMuYyA+Pj49IDA7XG4gICAgdGhpcy5kID4+Pj0gMDtcbiAgICBsZXQgdCA9ICh0aGlzLmEgKyB0aGlzLmIpIHwgMDtcbiAgICB0aGlzLmEgPSB0aGlzLmIgXiAodGhpcy5iID4+PiA5KTtcbiAgICB0aGlzLmIgPSAodGhpcy5jICsgKHRoaXMuYyA8PCAzKSkgfCAwO1xuICAgIHRoaXMuYyA9ICh0aGlzLmMgPDwgMjEpIHwgKHRoaXMuYyA+Pj4gMTEpO1xuICAgIHRoaXMuZCA9ICh0aGlzLmQgKyAxKSB8IDA7XG4gICAgdCA9ICh0ICsgdGhpcy5kKSB8IDA7XG4gICAgdGhpcy5jID0gKHRoaXMuYyArIHQpIHwgMDtcbiAgICByZXR1cm4gKHQgPj4+IDApIC8gNDI5NDk2NzI5NjtcbiAgfVxuXG4gIC8qKiBJbnRlZ2VyIGluIFttaW4sIG1heF0sIGJvdGggaW5jbHVkZWQuICovXG4gIGludChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpOiBudW1iZXIge1xuICAgIHJldHVybiBtaW4gKyBNYXRoLmZsb29yKHRoaXMubmV4dCgpICogKG1heCAtIG1pbiArIDEpKTtcbiAgfVxuXG4gIHBpY2s8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQge1xuICAgIGlmIChpdGVtcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcignUHJuZy5waWNrOiBlbXB0eSBsaXN0Jyk7XG4gICAgcmV0dXJuIGl0ZW1zW01hdGguZmxvb3IodGhpcy5uZXh0KCkgKiBpdGVtcy5sZW5ndGgpXSBhcyBUO1xuICB9XG5cbiAgY2hhbmNlKHByb2JhYmlsaXR5OiBudW1iZXIpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5uZXh0KCkgPCBwcm9iYWJpbGl0eTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBRUEseUJBQTJCO0FBR3BCLFNBQVMsU0FBUyxNQUF5RDtBQUNoRixRQUFNLGFBQVMsK0JBQVcsUUFBUSxFQUFFLE9BQU8sSUFBSSxFQUFFLE9BQU87QUFDeEQsU0FBTyxDQUFDLE9BQU8sYUFBYSxDQUFDLEdBQUcsT0FBTyxhQUFhLENBQUMsR0FBRyxPQUFPLGFBQWEsQ0FBQyxHQUFHLE9BQU8sYUFBYSxFQUFFLENBQUM7QUFDekc7QUFHTyxNQUFNLEtBQUs7QUFBQSxFQUNSO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFFUixZQUFZLE1BQWlEO0FBQzNELEtBQUMsS0FBSyxHQUFHLEtBQUssR0FBRyxLQUFLLEdBQUcsS0FBSyxDQUFDLElBQUk7QUFFbkMsYUFBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLElBQUssTUFBSyxLQUFLO0FBQUEsRUFDekM7QUFBQSxFQUVBLE9BQU8sU0FBUyxNQUFvQjtBQUNsQyxXQUFPLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLE9BQWU7QUFDYixTQUFLLE9BQU87QUFDWixTQUFLLE9BQU87QUFDWixTQUFLLE9BQU87QUFDWixTQUFLLE9BQU87QUFDWixRQUFJLElBQUssS0FBSyxJQUFJLEtBQUssSUFBSztBQUM1QixTQUFLLElBQUksS0FBSyxJQUFLLEtBQUssTUFBTTtBQUM5QixTQUFLLElBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFNO0FBQ3BDLFNBQUssSUFBSyxLQUFLLEtBQUssS0FBTyxLQUFLLE1BQU07QUFDdEMsU0FBSyxJQUFLLEtBQUssSUFBSSxJQUFLO0FBQ3hCLFFBQUssSUFBSSxLQUFLLElBQUs7QUFDbkIsU0FBSyxJQUFLLEtBQUssSUFBSSxJQUFLO0FBQ3hCLFlBQVEsTUFBTSxLQUFLO0FBQUEsRUFDckI7QUFBQTtBQUFBLEVBR0EsSUFBSSxLQUFhLEtBQXFCO0FBQ3BDLFdBQU8sTUFBTSxLQUFLLE1BQU0sS0FBSyxLQUFLLEtBQUssTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUN2RDtBQUFBLEVBRUEsS0FBUSxPQUF3QjtBQUM5QixRQUFJLE1BQU0sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLHVCQUF1QjtBQUMvRCxXQUFPLE1BQU0sS0FBSyxNQUFNLEtBQUssS0FBSyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDckQ7QUFBQSxFQUVBLE9BQU8sYUFBOEI7QUFDbkMsV0FBTyxLQUFLLEtBQUssSUFBSTtBQUFBLEVBQ3ZCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
