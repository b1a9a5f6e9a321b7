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
var replyLength_exports = {};
__export(replyLength_exports, {
  DEFAULT_REPLY_WORDS: () => DEFAULT_REPLY_WORDS,
  TOKENS_PER_WORD: () => TOKENS_PER_WORD,
  replyLength: () => replyLength,
  requestedWords: () => requestedWords,
  tokensForChars: () => tokensForChars,
  tokensForWords: () => tokensForWords
});
module.exports = __toCommonJS(replyLength_exports);
const DEFAULT_REPLY_WORDS = 300;
const MAX_REPLY_WORDS = 2e4;
const TOKENS_PER_WORD = 1.3;
const WORDS_PHRASE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:-|–|—|to)\s*\d[\d,]*)?[\s-]*words?\b/i;
function requestedWords(...texts) {
  for (const text of texts) {
    const match = text === void 0 ? null : WORDS_PHRASE.exec(text);
    if (match?.[1] !== void 0) {
      const n = Number(match[1].replace(/,/g, ""));
      return Math.min(MAX_REPLY_WORDS, Math.max(1, n));
    }
  }
  return void 0;
}
function replyLength(requested, maxOutputTokens) {
  const wanted = requested ?? DEFAULT_REPLY_WORDS;
  if (maxOutputTokens === void 0 || !(maxOutputTokens > 0)) return { words: wanted, truncated: false };
  const cap = Math.max(1, Math.floor(maxOutputTokens * 0.75));
  return wanted > cap ? { words: cap, truncated: true } : { words: wanted, truncated: false };
}
function tokensForWords(words) {
  return Math.ceil(words * TOKENS_PER_WORD);
}
function tokensForChars(chars) {
  return Math.ceil(chars / 4);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_REPLY_WORDS,
  TOKENS_PER_WORD,
  replyLength,
  requestedWords,
  tokensForChars,
  tokensForWords
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvcmVwbHlMZW5ndGgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEhvdyBsb25nIGEgcHJvc2UgcmVwbHkgc2hvdWxkIGJlOiB3aGF0IHRoZSBwcm9tcHQgYXNrcyBmb3IsIGJvdW5kZWQgYnkgbWF4T3V0cHV0VG9rZW5zIHRoZSB3YXlcbi8vIGEgcmVhbCBtb2RlbCBpcyBjdXQgb2ZmLlxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9SRVBMWV9XT1JEUyA9IDMwMDtcbmNvbnN0IE1BWF9SRVBMWV9XT1JEUyA9IDIwXzAwMDtcbi8qKiBHZW1pbmkncyByb3VnaCByYXRpbyBmb3IgRW5nbGlzaCBwcm9zZTsgYWxzbyB1c2VkIGZvciB1c2FnZSBtZXRhZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBUT0tFTlNfUEVSX1dPUkQgPSAxLjM7XG5cbi8vIFwiYWJvdXQgMTIwMCB3b3Jkc1wiLCBcIjEsMjAwIHdvcmRzXCIsIFwiYSA5MDAtd29yZCBzY2VuZVwiLCBcIjgwMFx1MjAxMzEwMDAgd29yZHNcIiAodGFrZXMgdGhlIGZpcnN0IG51bWJlcikuXG5jb25zdCBXT1JEU19QSFJBU0UgPSAvKFxcZHsxLDN9KD86LFxcZHszfSkrfFxcZCspKD86XFxzKig/Oi18XHUyMDEzfFx1MjAxNHx0bylcXHMqXFxkW1xcZCxdKik/W1xccy1dKndvcmRzP1xcYi9pO1xuXG4vKiogVGhlIGZpcnN0IFwiTiB3b3Jkc1wiIGluIHRoZSB0ZXh0cywgc2VhcmNoZWQgaW4gb3JkZXI7IHVuZGVmaW5lZCB3aGVuIG5vbmUgYXNrcyBmb3IgYSBsZW5ndGguICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdGVkV29yZHMoLi4udGV4dHM6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgdW5kZWZpbmVkPik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3QgdGV4dCBvZiB0ZXh0cykge1xuICAgIGNvbnN0IG1hdGNoID0gdGV4dCA9PT0gdW5kZWZpbmVkID8gbnVsbCA6IFdPUkRTX1BIUkFTRS5leGVjKHRleHQpO1xuICAgIGlmIChtYXRjaD8uWzFdICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IG4gPSBOdW1iZXIobWF0Y2hbMV0ucmVwbGFjZSgvLC9nLCAnJykpO1xuICAgICAgcmV0dXJuIE1hdGgubWluKE1BWF9SRVBMWV9XT1JEUywgTWF0aC5tYXgoMSwgbikpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlcGx5TGVuZ3RoIHtcbiAgcmVhZG9ubHkgd29yZHM6IG51bWJlcjtcbiAgLyoqIFRoZSBtb2RlbCByYW4gb3V0IG9mIG91dHB1dCB0b2tlbnMgYmVmb3JlIHNheWluZyBhbGwgaXQgd2FudGVkIHRvLiAqL1xuICByZWFkb25seSB0cnVuY2F0ZWQ6IGJvb2xlYW47XG59XG5cbi8qKiBXb3JkcyB0byBnZW5lcmF0ZTogdGhlIHJlcXVlc3RlZCBsZW5ndGggKG9yIHRoZSBkZWZhdWx0KSwgY2FwcGVkIGJ5IGBtYXhPdXRwdXRUb2tlbnNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcGx5TGVuZ3RoKHJlcXVlc3RlZDogbnVtYmVyIHwgdW5kZWZpbmVkLCBtYXhPdXRwdXRUb2tlbnM6IG51bWJlciB8IHVuZGVmaW5lZCk6IFJlcGx5TGVuZ3RoIHtcbiAgY29uc3Qgd2FudGVkID0gcmVxdWVzdGVkID8/IERFRkFVTFRfUkVQTFlfV09SRFM7XG4gIGlmIChtYXhPdXRwdXRUb2tlbnMgPT09IHVuZGVmaW5lZCB8fCAhKG1heE91dHB1dFRva2VucyA+IDApKSByZXR1cm4geyB3b3Jkczogd2FudGVkLCB0cnVuY2F0ZWQ6IGZhbHNlIH07XG4gIGNvbnN0IGNhcCA9IE1hdGgubWF4KDEsIE1hdGguZmxvb3IobWF4T3V0cHV0VG9rZW5zICogMC43NSkpO1xuICByZXR1cm4gd2FudGVkID4gY2FwID8geyB3b3JkczogY2FwLCB0cnVuY2F0ZWQ6IHRydWUgfSA6IHsgd29yZHM6IHdhbnRlZCwgdHJ1bmNhdGVkOiBmYWxzZSB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdG9rZW5zRm9yV29yZHMod29yZHM6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLmNlaWwod29yZHMgKiBUT0tFTlNfUEVSX1dPUkQpO1xufVxuXG4vKiogR2VtaW5pJ3MgcnVsZSBvZiB0aHVtYjogYWJvdXQgZm91ciBjaGFyYWN0ZXJzIHBlciB0b2tlbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b2tlbnNGb3JDaGFycyhjaGFyczogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGguY2VpbChjaGFycyAvIDQpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFHTyxNQUFNLHNCQUFzQjtBQUNuQyxNQUFNLGtCQUFrQjtBQUVqQixNQUFNLGtCQUFrQjtBQUcvQixNQUFNLGVBQWU7QUFHZCxTQUFTLGtCQUFrQixPQUE4RDtBQUM5RixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLFFBQVEsU0FBUyxTQUFZLE9BQU8sYUFBYSxLQUFLLElBQUk7QUFDaEUsUUFBSSxRQUFRLENBQUMsTUFBTSxRQUFXO0FBQzVCLFlBQU0sSUFBSSxPQUFPLE1BQU0sQ0FBQyxFQUFFLFFBQVEsTUFBTSxFQUFFLENBQUM7QUFDM0MsYUFBTyxLQUFLLElBQUksaUJBQWlCLEtBQUssSUFBSSxHQUFHLENBQUMsQ0FBQztBQUFBLElBQ2pEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVNPLFNBQVMsWUFBWSxXQUErQixpQkFBa0Q7QUFDM0csUUFBTSxTQUFTLGFBQWE7QUFDNUIsTUFBSSxvQkFBb0IsVUFBYSxFQUFFLGtCQUFrQixHQUFJLFFBQU8sRUFBRSxPQUFPLFFBQVEsV0FBVyxNQUFNO0FBQ3RHLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sa0JBQWtCLElBQUksQ0FBQztBQUMxRCxTQUFPLFNBQVMsTUFBTSxFQUFFLE9BQU8sS0FBSyxXQUFXLEtBQUssSUFBSSxFQUFFLE9BQU8sUUFBUSxXQUFXLE1BQU07QUFDNUY7QUFFTyxTQUFTLGVBQWUsT0FBdUI7QUFDcEQsU0FBTyxLQUFLLEtBQUssUUFBUSxlQUFlO0FBQzFDO0FBR08sU0FBUyxlQUFlLE9BQXVCO0FBQ3BELFNBQU8sS0FBSyxLQUFLLFFBQVEsQ0FBQztBQUM1QjsiLAogICJuYW1lcyI6IFtdCn0K
