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
var wordCount_exports = {};
__export(wordCount_exports, {
  countWords: () => countWords
});
module.exports = __toCommonJS(wordCount_exports);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;
function countWords(text) {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, " ").match(WORD)?.length ?? 0;
  return cjk + rest;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  countWords
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL3dvcmRDb3VudC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBXb3JkIGNvdW50cyB0aGUgd2F5IGEgd3JpdGVyIG1lYW5zIHRoZW0uIFNjcmlwdHMgd3JpdHRlbiB3aXRob3V0IHNwYWNlcyBiZXR3ZWVuIHdvcmRzXG4gKiAoQ2hpbmVzZSwgSmFwYW5lc2UpIGNvdW50IG9uZSB3b3JkIHBlciBjaGFyYWN0ZXIsIHdoaWNoIGlzIGhvdyB3b3JkIGNvdW50cyBhcmUgdXN1YWxseSBxdW90ZWRcbiAqIGZvciB0aGVtOyBldmVyeXRoaW5nIGVsc2UgY291bnRzIHJ1bnMgb2YgbGV0dGVycyBhbmQgZGlnaXRzLCBzbyBNYXJrZG93biBtYXJrcywgZGFzaGVzIGFuZFxuICogcHVuY3R1YXRpb24gYXJlIG5vdCB3b3JkcyBhbmQgXCJkb24ndFwiIG9yIFwid2VsbC1rbm93blwiIGFyZSBvbmUuXG4gKi9cblxuY29uc3QgQ0pLID0gL1tcXHB7U2NyaXB0PUhhbn1cXHB7U2NyaXB0PUhpcmFnYW5hfVxccHtTY3JpcHQ9S2F0YWthbmF9XS9ndTtcbmNvbnN0IFdPUkQgPSAvW1xccHtMfVxccHtOfVxccHtNfV0rKD86WydcdTIwMTlcXC1dW1xccHtMfVxccHtOfVxccHtNfV0rKSovZ3U7XG5cbmV4cG9ydCBmdW5jdGlvbiBjb3VudFdvcmRzKHRleHQ6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGNqayA9IHRleHQubWF0Y2goQ0pLKT8ubGVuZ3RoID8/IDA7XG4gIGNvbnN0IHJlc3QgPSB0ZXh0LnJlcGxhY2UoQ0pLLCAnICcpLm1hdGNoKFdPUkQpPy5sZW5ndGggPz8gMDtcbiAgcmV0dXJuIGNqayArIHJlc3Q7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT0EsTUFBTSxNQUFNO0FBQ1osTUFBTSxPQUFPO0FBRU4sU0FBUyxXQUFXLE1BQXNCO0FBQy9DLFFBQU0sTUFBTSxLQUFLLE1BQU0sR0FBRyxHQUFHLFVBQVU7QUFDdkMsUUFBTSxPQUFPLEtBQUssUUFBUSxLQUFLLEdBQUcsRUFBRSxNQUFNLElBQUksR0FBRyxVQUFVO0FBQzNELFNBQU8sTUFBTTtBQUNmOyIsCiAgIm5hbWVzIjogW10KfQo=
