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
var replies_exports = {};
__export(replies_exports, {
  partialStreamChunks: () => partialStreamChunks,
  replyBody: () => replyBody,
  streamChunks: () => streamChunks
});
module.exports = __toCommonJS(replies_exports);
var import_replyLength = require("./replyLength");
function replyBody(reply) {
  return responseBody(reply, reply.text, countPieces(reply.text), true);
}
function streamChunks(reply, wordsPerChunk) {
  const pieces = textPieces(reply.text);
  const groups = groupPieces(pieces, wordsPerChunk);
  let words = 0;
  return groups.map((group, i) => {
    words += group.length;
    const last = i === groups.length - 1;
    return { body: responseBody(reply, group.join(""), words, last), wordsSoFar: words };
  });
}
function partialStreamChunks(reply, wordsPerChunk, words) {
  const pieces = textPieces(reply.text).slice(0, Math.max(0, words));
  let sent = 0;
  return groupPieces(pieces, wordsPerChunk).filter((group) => group.length > 0).map((group) => {
    sent += group.length;
    return { body: responseBody(reply, group.join(""), sent, false), wordsSoFar: sent };
  });
}
function responseBody(reply, text, wordsSoFar, final) {
  const candidateTokens = (0, import_replyLength.tokensForWords)(wordsSoFar);
  const thoughts = reply.thoughtsTokens ?? 0;
  return {
    candidates: [
      {
        content: { parts: [{ text }], role: "model" },
        ...final ? { finishReason: reply.finishReason } : {},
        index: 0
      }
    ],
    usageMetadata: {
      promptTokenCount: reply.promptTokens,
      candidatesTokenCount: candidateTokens,
      totalTokenCount: reply.promptTokens + candidateTokens + thoughts,
      promptTokensDetails: [{ modality: "TEXT", tokenCount: reply.promptTokens }],
      ...reply.thoughtsTokens !== void 0 ? { thoughtsTokenCount: reply.thoughtsTokens } : {}
    },
    modelVersion: reply.model,
    responseId: reply.responseId
  };
}
function textPieces(text) {
  const pieces = text.match(/\s*\S+/g) ?? [];
  const consumed = pieces.join("").length;
  if (consumed < text.length) {
    if (pieces.length === 0) return [text];
    pieces[pieces.length - 1] += text.slice(consumed);
  }
  return pieces;
}
function countPieces(text) {
  return (text.match(/\S+/g) ?? []).length;
}
function groupPieces(pieces, wordsPerChunk) {
  if (pieces.length === 0) return [[]];
  const size = Math.max(1, Math.floor(wordsPerChunk));
  const firstSize = Math.min(size, 2);
  const groups = [pieces.slice(0, firstSize)];
  for (let i = firstSize; i < pieces.length; i += size) groups.push(pieces.slice(i, i + size));
  return groups;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  partialStreamChunks,
  replyBody,
  streamChunks
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvcmVwbGllcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gR2VuZXJhdGVDb250ZW50UmVzcG9uc2UgYm9kaWVzIGluIHRoZSBzaGFwZSBvZiB0aGUgcmVjb3JkaW5nczogb25lIGZvciBhIHdob2xlIHJlcGx5LCBvciBhIGxpc3Rcbi8vIG9mIHN0cmVhbSBjaHVua3Mgd2hvc2UgdGV4dHMgY29uY2F0ZW5hdGUgdG8gZXhhY3RseSB0aGUgc2FtZSByZXBseS5cbmltcG9ydCB7IHRva2Vuc0ZvcldvcmRzIH0gZnJvbSAnLi9yZXBseUxlbmd0aCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVwbHkge1xuICByZWFkb25seSB0ZXh0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGZpbmlzaFJlYXNvbjogc3RyaW5nO1xuICByZWFkb25seSBtb2RlbDogc3RyaW5nO1xuICByZWFkb25seSByZXNwb25zZUlkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHByb21wdFRva2VuczogbnVtYmVyO1xuICAvKiogUHJlc2VudCBmb3IgdGhpbmtpbmcgbW9kZWxzLiAqL1xuICByZWFkb25seSB0aG91Z2h0c1Rva2Vucz86IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdHJlYW1DaHVuayB7XG4gIC8qKiBUaGUgZXZlbnQncyBKU09OIGJvZHkuICovXG4gIHJlYWRvbmx5IGJvZHk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAvKiogV29yZHMgb2YgcmVwbHkgdGV4dCB1cCB0byBhbmQgaW5jbHVkaW5nIHRoaXMgY2h1bmsgKGRyaXZlcyB0aGUgcGFjaW5nKS4gKi9cbiAgcmVhZG9ubHkgd29yZHNTb0ZhcjogbnVtYmVyO1xufVxuXG4vKiogVGhlIG5vbi1zdHJlYW1lZCByZXBseS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXBseUJvZHkocmVwbHk6IFJlcGx5KTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICByZXR1cm4gcmVzcG9uc2VCb2R5KHJlcGx5LCByZXBseS50ZXh0LCBjb3VudFBpZWNlcyhyZXBseS50ZXh0KSwgdHJ1ZSk7XG59XG5cbi8qKlxuICogVGhlIHN0cmVhbWVkIHJlcGx5OiBhIHNob3J0IGZpcnN0IGNodW5rIChHZW1pbmkncyBmaXJzdCBjaHVuayBpcyBvZnRlbiBvbmUgd29yZCksIHRoZW5cbiAqIGB3b3Jkc1BlckNodW5rYCB3b3JkcyBlYWNoOyB0aGUgbGFzdCBjYXJyaWVzIHRoZSBmaW5pc2hSZWFzb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdHJlYW1DaHVua3MocmVwbHk6IFJlcGx5LCB3b3Jkc1BlckNodW5rOiBudW1iZXIpOiBTdHJlYW1DaHVua1tdIHtcbiAgY29uc3QgcGllY2VzID0gdGV4dFBpZWNlcyhyZXBseS50ZXh0KTtcbiAgY29uc3QgZ3JvdXBzID0gZ3JvdXBQaWVjZXMocGllY2VzLCB3b3Jkc1BlckNodW5rKTtcbiAgbGV0IHdvcmRzID0gMDtcbiAgcmV0dXJuIGdyb3Vwcy5tYXAoKGdyb3VwLCBpKSA9PiB7XG4gICAgd29yZHMgKz0gZ3JvdXAubGVuZ3RoO1xuICAgIGNvbnN0IGxhc3QgPSBpID09PSBncm91cHMubGVuZ3RoIC0gMTtcbiAgICByZXR1cm4geyBib2R5OiByZXNwb25zZUJvZHkocmVwbHksIGdyb3VwLmpvaW4oJycpLCB3b3JkcywgbGFzdCksIHdvcmRzU29GYXI6IHdvcmRzIH07XG4gIH0pO1xufVxuXG4vKiogQ2h1bmtzIGZvciBvbmx5IHRoZSBmaXJzdCBgd29yZHNgIHdvcmRzIG9mIHRoZSByZXBseSwgbm9uZSBvZiB0aGVtIGZpbmFsLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnRpYWxTdHJlYW1DaHVua3MocmVwbHk6IFJlcGx5LCB3b3Jkc1BlckNodW5rOiBudW1iZXIsIHdvcmRzOiBudW1iZXIpOiBTdHJlYW1DaHVua1tdIHtcbiAgY29uc3QgcGllY2VzID0gdGV4dFBpZWNlcyhyZXBseS50ZXh0KS5zbGljZSgwLCBNYXRoLm1heCgwLCB3b3JkcykpO1xuICBsZXQgc2VudCA9IDA7XG4gIHJldHVybiBncm91cFBpZWNlcyhwaWVjZXMsIHdvcmRzUGVyQ2h1bmspXG4gICAgLmZpbHRlcigoZ3JvdXApID0+IGdyb3VwLmxlbmd0aCA+IDApXG4gICAgLm1hcCgoZ3JvdXApID0+IHtcbiAgICAgIHNlbnQgKz0gZ3JvdXAubGVuZ3RoO1xuICAgICAgcmV0dXJuIHsgYm9keTogcmVzcG9uc2VCb2R5KHJlcGx5LCBncm91cC5qb2luKCcnKSwgc2VudCwgZmFsc2UpLCB3b3Jkc1NvRmFyOiBzZW50IH07XG4gICAgfSk7XG59XG5cbmZ1bmN0aW9uIHJlc3BvbnNlQm9keShyZXBseTogUmVwbHksIHRleHQ6IHN0cmluZywgd29yZHNTb0ZhcjogbnVtYmVyLCBmaW5hbDogYm9vbGVhbik6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3QgY2FuZGlkYXRlVG9rZW5zID0gdG9rZW5zRm9yV29yZHMod29yZHNTb0Zhcik7XG4gIGNvbnN0IHRob3VnaHRzID0gcmVwbHkudGhvdWdodHNUb2tlbnMgPz8gMDtcbiAgcmV0dXJuIHtcbiAgICBjYW5kaWRhdGVzOiBbXG4gICAgICB7XG4gICAgICAgIGNvbnRlbnQ6IHsgcGFydHM6IFt7IHRleHQgfV0sIHJvbGU6ICdtb2RlbCcgfSxcbiAgICAgICAgLi4uKGZpbmFsID8geyBmaW5pc2hSZWFzb246IHJlcGx5LmZpbmlzaFJlYXNvbiB9IDoge30pLFxuICAgICAgICBpbmRleDogMCxcbiAgICAgIH0sXG4gICAgXSxcbiAgICB1c2FnZU1ldGFkYXRhOiB7XG4gICAgICBwcm9tcHRUb2tlbkNvdW50OiByZXBseS5wcm9tcHRUb2tlbnMsXG4gICAgICBjYW5kaWRhdGVzVG9rZW5Db3VudDogY2FuZGlkYXRlVG9rZW5zLFxuICAgICAgdG90YWxUb2tlbkNvdW50OiByZXBseS5wcm9tcHRUb2tlbnMgKyBjYW5kaWRhdGVUb2tlbnMgKyB0aG91Z2h0cyxcbiAgICAgIHByb21wdFRva2Vuc0RldGFpbHM6IFt7IG1vZGFsaXR5OiAnVEVYVCcsIHRva2VuQ291bnQ6IHJlcGx5LnByb21wdFRva2VucyB9XSxcbiAgICAgIC4uLihyZXBseS50aG91Z2h0c1Rva2VucyAhPT0gdW5kZWZpbmVkID8geyB0aG91Z2h0c1Rva2VuQ291bnQ6IHJlcGx5LnRob3VnaHRzVG9rZW5zIH0gOiB7fSksXG4gICAgfSxcbiAgICBtb2RlbFZlcnNpb246IHJlcGx5Lm1vZGVsLFxuICAgIHJlc3BvbnNlSWQ6IHJlcGx5LnJlc3BvbnNlSWQsXG4gIH07XG59XG5cbi8qKlxuICogVGhlIHRleHQgYXMgd29yZCBwaWVjZXMsIGVhY2ggd2l0aCB0aGUgd2hpdGVzcGFjZSBiZWZvcmUgaXQgKFwiIHNreVwiLCBcIlxcblxcblRoZVwiKSwgc28gdGhhdCBhbnlcbiAqIGdyb3VwaW5nIG9mIGNvbnNlY3V0aXZlIHBpZWNlcyBjb25jYXRlbmF0ZXMgYmFjayB0byB0aGUgZXhhY3QgdGV4dC4gVHJhaWxpbmcgd2hpdGVzcGFjZSByaWRlc1xuICogb24gdGhlIGxhc3QgcGllY2UuXG4gKi9cbmZ1bmN0aW9uIHRleHRQaWVjZXModGV4dDogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBwaWVjZXMgPSB0ZXh0Lm1hdGNoKC9cXHMqXFxTKy9nKSA/PyBbXTtcbiAgY29uc3QgY29uc3VtZWQgPSBwaWVjZXMuam9pbignJykubGVuZ3RoO1xuICBpZiAoY29uc3VtZWQgPCB0ZXh0Lmxlbmd0aCkge1xuICAgIGlmIChwaWVjZXMubGVuZ3RoID09PSAwKSByZXR1cm4gW3RleHRdO1xuICAgIHBpZWNlc1twaWVjZXMubGVuZ3RoIC0gMV0gKz0gdGV4dC5zbGljZShjb25zdW1lZCk7XG4gIH1cbiAgcmV0dXJuIHBpZWNlcztcbn1cblxuZnVuY3Rpb24gY291bnRQaWVjZXModGV4dDogc3RyaW5nKTogbnVtYmVyIHtcbiAgcmV0dXJuICh0ZXh0Lm1hdGNoKC9cXFMrL2cpID8/IFtdKS5sZW5ndGg7XG59XG5cbmZ1bmN0aW9uIGdyb3VwUGllY2VzKHBpZWNlczogc3RyaW5nW10sIHdvcmRzUGVyQ2h1bms6IG51bWJlcik6IHN0cmluZ1tdW10ge1xuICBpZiAocGllY2VzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIFtbXV07XG4gIGNvbnN0IHNpemUgPSBNYXRoLm1heCgxLCBNYXRoLmZsb29yKHdvcmRzUGVyQ2h1bmspKTtcbiAgY29uc3QgZmlyc3RTaXplID0gTWF0aC5taW4oc2l6ZSwgMik7XG4gIGNvbnN0IGdyb3Vwczogc3RyaW5nW11bXSA9IFtwaWVjZXMuc2xpY2UoMCwgZmlyc3RTaXplKV07XG4gIGZvciAobGV0IGkgPSBmaXJzdFNpemU7IGkgPCBwaWVjZXMubGVuZ3RoOyBpICs9IHNpemUpIGdyb3Vwcy5wdXNoKHBpZWNlcy5zbGljZShpLCBpICsgc2l6ZSkpO1xuICByZXR1cm4gZ3JvdXBzO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFFQSx5QkFBK0I7QUFvQnhCLFNBQVMsVUFBVSxPQUF1QztBQUMvRCxTQUFPLGFBQWEsT0FBTyxNQUFNLE1BQU0sWUFBWSxNQUFNLElBQUksR0FBRyxJQUFJO0FBQ3RFO0FBTU8sU0FBUyxhQUFhLE9BQWMsZUFBc0M7QUFDL0UsUUFBTSxTQUFTLFdBQVcsTUFBTSxJQUFJO0FBQ3BDLFFBQU0sU0FBUyxZQUFZLFFBQVEsYUFBYTtBQUNoRCxNQUFJLFFBQVE7QUFDWixTQUFPLE9BQU8sSUFBSSxDQUFDLE9BQU8sTUFBTTtBQUM5QixhQUFTLE1BQU07QUFDZixVQUFNLE9BQU8sTUFBTSxPQUFPLFNBQVM7QUFDbkMsV0FBTyxFQUFFLE1BQU0sYUFBYSxPQUFPLE1BQU0sS0FBSyxFQUFFLEdBQUcsT0FBTyxJQUFJLEdBQUcsWUFBWSxNQUFNO0FBQUEsRUFDckYsQ0FBQztBQUNIO0FBR08sU0FBUyxvQkFBb0IsT0FBYyxlQUF1QixPQUE4QjtBQUNyRyxRQUFNLFNBQVMsV0FBVyxNQUFNLElBQUksRUFBRSxNQUFNLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxDQUFDO0FBQ2pFLE1BQUksT0FBTztBQUNYLFNBQU8sWUFBWSxRQUFRLGFBQWEsRUFDckMsT0FBTyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUMsRUFDbEMsSUFBSSxDQUFDLFVBQVU7QUFDZCxZQUFRLE1BQU07QUFDZCxXQUFPLEVBQUUsTUFBTSxhQUFhLE9BQU8sTUFBTSxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssR0FBRyxZQUFZLEtBQUs7QUFBQSxFQUNwRixDQUFDO0FBQ0w7QUFFQSxTQUFTLGFBQWEsT0FBYyxNQUFjLFlBQW9CLE9BQXlDO0FBQzdHLFFBQU0sc0JBQWtCLG1DQUFlLFVBQVU7QUFDakQsUUFBTSxXQUFXLE1BQU0sa0JBQWtCO0FBQ3pDLFNBQU87QUFBQSxJQUNMLFlBQVk7QUFBQSxNQUNWO0FBQUEsUUFDRSxTQUFTLEVBQUUsT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxRQUFRO0FBQUEsUUFDNUMsR0FBSSxRQUFRLEVBQUUsY0FBYyxNQUFNLGFBQWEsSUFBSSxDQUFDO0FBQUEsUUFDcEQsT0FBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsSUFDQSxlQUFlO0FBQUEsTUFDYixrQkFBa0IsTUFBTTtBQUFBLE1BQ3hCLHNCQUFzQjtBQUFBLE1BQ3RCLGlCQUFpQixNQUFNLGVBQWUsa0JBQWtCO0FBQUEsTUFDeEQscUJBQXFCLENBQUMsRUFBRSxVQUFVLFFBQVEsWUFBWSxNQUFNLGFBQWEsQ0FBQztBQUFBLE1BQzFFLEdBQUksTUFBTSxtQkFBbUIsU0FBWSxFQUFFLG9CQUFvQixNQUFNLGVBQWUsSUFBSSxDQUFDO0FBQUEsSUFDM0Y7QUFBQSxJQUNBLGNBQWMsTUFBTTtBQUFBLElBQ3BCLFlBQVksTUFBTTtBQUFBLEVBQ3BCO0FBQ0Y7QUFPQSxTQUFTLFdBQVcsTUFBd0I7QUFDMUMsUUFBTSxTQUFTLEtBQUssTUFBTSxTQUFTLEtBQUssQ0FBQztBQUN6QyxRQUFNLFdBQVcsT0FBTyxLQUFLLEVBQUUsRUFBRTtBQUNqQyxNQUFJLFdBQVcsS0FBSyxRQUFRO0FBQzFCLFFBQUksT0FBTyxXQUFXLEVBQUcsUUFBTyxDQUFDLElBQUk7QUFDckMsV0FBTyxPQUFPLFNBQVMsQ0FBQyxLQUFLLEtBQUssTUFBTSxRQUFRO0FBQUEsRUFDbEQ7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksTUFBc0I7QUFDekMsVUFBUSxLQUFLLE1BQU0sTUFBTSxLQUFLLENBQUMsR0FBRztBQUNwQztBQUVBLFNBQVMsWUFBWSxRQUFrQixlQUFtQztBQUN4RSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU8sQ0FBQyxDQUFDLENBQUM7QUFDbkMsUUFBTSxPQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxhQUFhLENBQUM7QUFDbEQsUUFBTSxZQUFZLEtBQUssSUFBSSxNQUFNLENBQUM7QUFDbEMsUUFBTSxTQUFxQixDQUFDLE9BQU8sTUFBTSxHQUFHLFNBQVMsQ0FBQztBQUN0RCxXQUFTLElBQUksV0FBVyxJQUFJLE9BQU8sUUFBUSxLQUFLLEtBQU0sUUFBTyxLQUFLLE9BQU8sTUFBTSxHQUFHLElBQUksSUFBSSxDQUFDO0FBQzNGLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
