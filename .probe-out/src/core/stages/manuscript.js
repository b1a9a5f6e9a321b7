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
var manuscript_exports = {};
__export(manuscript_exports, {
  assembleManuscript: () => assembleManuscript
});
module.exports = __toCommonJS(manuscript_exports);
var import_text = require("./markdown/text");
function assembleManuscript(brief, concept, chapters) {
  const ordered = [...chapters].sort((a, b) => a.number - b.number);
  const anchors = new AnchorMaker();
  const headings = ordered.map((c) => c.title.trim() ? `Chapter ${c.number}: ${c.title.trim()}` : `Chapter ${c.number}`);
  anchors.make(brief.title);
  anchors.make("Contents");
  const links = headings.map((h) => `[${h}](#${anchors.make(h)})`);
  const parts = [`# ${brief.title}`];
  if (concept?.logline) parts.push(`*${concept.logline.replace(/\s*\n\s*/g, " ").replace(/\*/g, "\\*")}*`);
  if (ordered.length > 0) parts.push("## Contents", links.map((l, i) => `${i + 1}. ${l}`).join("\n"));
  ordered.forEach((c, i) => parts.push("---", `## ${headings[i]}`, demoteHeadings((0, import_text.normalizeNewlines)(c.prose).trim())));
  return `${parts.join("\n\n")}
`;
}
function demoteHeadings(prose) {
  let inFence = false;
  return prose.split("\n").map((line) => {
    if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^( {0,3})(#{1,6})(\s)/.exec(line);
    return m ? `${m[1]}${"#".repeat(Math.min(6, Math.max(3, m[2].length + 2)))}${line.slice(m[1].length + m[2].length)}` : line;
  }).join("\n");
}
class AnchorMaker {
  seen = /* @__PURE__ */ new Map();
  make(heading) {
    const base = heading.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  assembleManuscript
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL21hbnVzY3JpcHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQnJpZWYgfSBmcm9tICcuLi9zdG9yeS9icmllZic7XG5pbXBvcnQgdHlwZSB7IENvbmNlcHQgfSBmcm9tICcuL2NvbmNlcHQnO1xuaW1wb3J0IHsgbm9ybWFsaXplTmV3bGluZXMgfSBmcm9tICcuL21hcmtkb3duL3RleHQnO1xuXG4vKiogT25lIGNoYXB0ZXIgYXMgaXQgZ29lcyBpbnRvIHRoZSBtYW51c2NyaXB0LCBhbmQgd2hpY2ggc3RhZ2UgaXRzIHByb3NlIGNhbWUgZnJvbS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWFudXNjcmlwdENoYXB0ZXIge1xuICByZWFkb25seSBudW1iZXI6IG51bWJlcjtcbiAgcmVhZG9ubHkgdGl0bGU6IHN0cmluZztcbiAgcmVhZG9ubHkgcHJvc2U6IHN0cmluZztcbiAgLyoqIGBkcmFmdGAgd2hlcmUgcmV2aXNpb24gd2FzIHNraXBwZWQgb3IgZmFpbGVkICh0aGUgcmVjb3Zlcnkgc3RyYXRlZ3kgYHNraXBfb3B0aW9uYWxgKS4gKi9cbiAgcmVhZG9ubHkgc291cmNlOiAncmV2aXNpb24nIHwgJ2RyYWZ0Jztcbn1cblxuLyoqXG4gKiBUaGUgZmluaXNoZWQgc3RvcnkgYXMgb25lIE1hcmtkb3duIGZpbGUgKGBzdG9yeS5tZGApLCB3aXRoIG5vIG1vZGVsIGNhbGw6IGEgdGl0bGUgcGFnZSAodGl0bGVcbiAqIGFuZCBsb2dsaW5lKSwgYSB0YWJsZSBvZiBjb250ZW50cyBsaW5raW5nIHRvIGVhY2ggY2hhcHRlciwgdGhlbiB0aGUgY2hhcHRlcnMgaW4gb3JkZXIuIENoYXB0ZXJcbiAqIGhlYWRpbmdzIGFyZSBgIyNgIHVuZGVyIHRoZSBib29rJ3MgYCNgIHRpdGxlOyBoZWFkaW5ncyBpbnNpZGUgdGhlIHByb3NlIGFyZSBwdXNoZWQgZG93biBvbmVcbiAqIGxldmVsIHNvIHRoZXkgc3RheSBpbnNpZGUgdGhlaXIgY2hhcHRlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VtYmxlTWFudXNjcmlwdChicmllZjogQnJpZWYsIGNvbmNlcHQ6IENvbmNlcHQgfCB1bmRlZmluZWQsIGNoYXB0ZXJzOiByZWFkb25seSBNYW51c2NyaXB0Q2hhcHRlcltdKTogc3RyaW5nIHtcbiAgY29uc3Qgb3JkZXJlZCA9IFsuLi5jaGFwdGVyc10uc29ydCgoYSwgYikgPT4gYS5udW1iZXIgLSBiLm51bWJlcik7XG4gIGNvbnN0IGFuY2hvcnMgPSBuZXcgQW5jaG9yTWFrZXIoKTtcbiAgY29uc3QgaGVhZGluZ3MgPSBvcmRlcmVkLm1hcCgoYykgPT4gKGMudGl0bGUudHJpbSgpID8gYENoYXB0ZXIgJHtjLm51bWJlcn06ICR7Yy50aXRsZS50cmltKCl9YCA6IGBDaGFwdGVyICR7Yy5udW1iZXJ9YCkpO1xuICBhbmNob3JzLm1ha2UoYnJpZWYudGl0bGUpO1xuICBhbmNob3JzLm1ha2UoJ0NvbnRlbnRzJyk7XG4gIGNvbnN0IGxpbmtzID0gaGVhZGluZ3MubWFwKChoKSA9PiBgWyR7aH1dKCMke2FuY2hvcnMubWFrZShoKX0pYCk7XG5cbiAgY29uc3QgcGFydHMgPSBbYCMgJHticmllZi50aXRsZX1gXTtcbiAgaWYgKGNvbmNlcHQ/LmxvZ2xpbmUpIHBhcnRzLnB1c2goYCoke2NvbmNlcHQubG9nbGluZS5yZXBsYWNlKC9cXHMqXFxuXFxzKi9nLCAnICcpLnJlcGxhY2UoL1xcKi9nLCAnXFxcXConKX0qYCk7XG4gIGlmIChvcmRlcmVkLmxlbmd0aCA+IDApIHBhcnRzLnB1c2goJyMjIENvbnRlbnRzJywgbGlua3MubWFwKChsLCBpKSA9PiBgJHtpICsgMX0uICR7bH1gKS5qb2luKCdcXG4nKSk7XG4gIG9yZGVyZWQuZm9yRWFjaCgoYywgaSkgPT4gcGFydHMucHVzaCgnLS0tJywgYCMjICR7aGVhZGluZ3NbaV19YCwgZGVtb3RlSGVhZGluZ3Mobm9ybWFsaXplTmV3bGluZXMoYy5wcm9zZSkudHJpbSgpKSkpO1xuICByZXR1cm4gYCR7cGFydHMuam9pbignXFxuXFxuJyl9XFxuYDtcbn1cblxuLyoqIGAjIFNjZW5lYCBpbiBhIGNoYXB0ZXIncyBwcm9zZSB3b3VsZCBvdXRyYW5rIHRoZSBjaGFwdGVyIGhlYWRpbmc7IHB1c2ggaXQgYmVsb3cgYCMjYC4gKi9cbmZ1bmN0aW9uIGRlbW90ZUhlYWRpbmdzKHByb3NlOiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgaW5GZW5jZSA9IGZhbHNlO1xuICByZXR1cm4gcHJvc2VcbiAgICAuc3BsaXQoJ1xcbicpXG4gICAgLm1hcCgobGluZSkgPT4ge1xuICAgICAgaWYgKC9eIHswLDN9KGBgYHx+fn4pLy50ZXN0KGxpbmUpKSBpbkZlbmNlID0gIWluRmVuY2U7XG4gICAgICBjb25zdCBtID0gaW5GZW5jZSA/IG51bGwgOiAvXiggezAsM30pKCN7MSw2fSkoXFxzKS8uZXhlYyhsaW5lKTtcbiAgICAgIHJldHVybiBtID8gYCR7bVsxXX0keycjJy5yZXBlYXQoTWF0aC5taW4oNiwgTWF0aC5tYXgoMywgbVsyXSEubGVuZ3RoICsgMikpKX0ke2xpbmUuc2xpY2UobVsxXSEubGVuZ3RoICsgbVsyXSEubGVuZ3RoKX1gIDogbGluZTtcbiAgICB9KVxuICAgIC5qb2luKCdcXG4nKTtcbn1cblxuLyoqXG4gKiBHaXRIdWItc3R5bGUgaGVhZGluZyBhbmNob3JzICh3aGF0IFZTIENvZGUncyBNYXJrZG93biBwcmV2aWV3IHVzZXMpOiBsb3dlciBjYXNlLCBwdW5jdHVhdGlvblxuICogZHJvcHBlZCwgc3BhY2VzIHRvIGh5cGhlbnMsIGAtMWAsIGAtMmAgXHUyMDI2IGZvciByZXBlYXRzLiBVbmljb2RlIGxldHRlcnMgYXJlIGtlcHQuXG4gKi9cbmNsYXNzIEFuY2hvck1ha2VyIHtcbiAgcHJpdmF0ZSByZWFkb25seSBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcblxuICBtYWtlKGhlYWRpbmc6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgYmFzZSA9IGhlYWRpbmdcbiAgICAgIC50b0xvd2VyQ2FzZSgpXG4gICAgICAudHJpbSgpXG4gICAgICAucmVwbGFjZSgvW15cXHB7TH1cXHB7TX1cXHB7Tn1cXHB7UGN9IC1dL2d1LCAnJylcbiAgICAgIC5yZXBsYWNlKC8gL2csICctJyk7XG4gICAgY29uc3QgY291bnQgPSB0aGlzLnNlZW4uZ2V0KGJhc2UpID8/IDA7XG4gICAgdGhpcy5zZWVuLnNldChiYXNlLCBjb3VudCArIDEpO1xuICAgIHJldHVybiBjb3VudCA9PT0gMCA/IGJhc2UgOiBgJHtiYXNlfS0ke2NvdW50fWA7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFFQSxrQkFBa0M7QUFpQjNCLFNBQVMsbUJBQW1CLE9BQWMsU0FBOEIsVUFBZ0Q7QUFDN0gsUUFBTSxVQUFVLENBQUMsR0FBRyxRQUFRLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQ2hFLFFBQU0sVUFBVSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxXQUFXLFFBQVEsSUFBSSxDQUFDLE1BQU8sRUFBRSxNQUFNLEtBQUssSUFBSSxXQUFXLEVBQUUsTUFBTSxLQUFLLEVBQUUsTUFBTSxLQUFLLENBQUMsS0FBSyxXQUFXLEVBQUUsTUFBTSxFQUFHO0FBQ3ZILFVBQVEsS0FBSyxNQUFNLEtBQUs7QUFDeEIsVUFBUSxLQUFLLFVBQVU7QUFDdkIsUUFBTSxRQUFRLFNBQVMsSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLENBQUMsQ0FBQyxHQUFHO0FBRS9ELFFBQU0sUUFBUSxDQUFDLEtBQUssTUFBTSxLQUFLLEVBQUU7QUFDakMsTUFBSSxTQUFTLFFBQVMsT0FBTSxLQUFLLElBQUksUUFBUSxRQUFRLFFBQVEsYUFBYSxHQUFHLEVBQUUsUUFBUSxPQUFPLEtBQUssQ0FBQyxHQUFHO0FBQ3ZHLE1BQUksUUFBUSxTQUFTLEVBQUcsT0FBTSxLQUFLLGVBQWUsTUFBTSxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDbEcsVUFBUSxRQUFRLENBQUMsR0FBRyxNQUFNLE1BQU0sS0FBSyxPQUFPLE1BQU0sU0FBUyxDQUFDLENBQUMsSUFBSSxtQkFBZSwrQkFBa0IsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztBQUNuSCxTQUFPLEdBQUcsTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUFBO0FBQzlCO0FBR0EsU0FBUyxlQUFlLE9BQXVCO0FBQzdDLE1BQUksVUFBVTtBQUNkLFNBQU8sTUFDSixNQUFNLElBQUksRUFDVixJQUFJLENBQUMsU0FBUztBQUNiLFFBQUksbUJBQW1CLEtBQUssSUFBSSxFQUFHLFdBQVUsQ0FBQztBQUM5QyxVQUFNLElBQUksVUFBVSxPQUFPLHdCQUF3QixLQUFLLElBQUk7QUFDNUQsV0FBTyxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRyxJQUFJLE9BQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsRUFBRSxDQUFDLEVBQUcsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxNQUFNLEVBQUUsQ0FBQyxFQUFHLFNBQVMsRUFBRSxDQUFDLEVBQUcsTUFBTSxDQUFDLEtBQUs7QUFBQSxFQUM1SCxDQUFDLEVBQ0EsS0FBSyxJQUFJO0FBQ2Q7QUFNQSxNQUFNLFlBQVk7QUFBQSxFQUNDLE9BQU8sb0JBQUksSUFBb0I7QUFBQSxFQUVoRCxLQUFLLFNBQXlCO0FBQzVCLFVBQU0sT0FBTyxRQUNWLFlBQVksRUFDWixLQUFLLEVBQ0wsUUFBUSxnQ0FBZ0MsRUFBRSxFQUMxQyxRQUFRLE1BQU0sR0FBRztBQUNwQixVQUFNLFFBQVEsS0FBSyxLQUFLLElBQUksSUFBSSxLQUFLO0FBQ3JDLFNBQUssS0FBSyxJQUFJLE1BQU0sUUFBUSxDQUFDO0FBQzdCLFdBQU8sVUFBVSxJQUFJLE9BQU8sR0FBRyxJQUFJLElBQUksS0FBSztBQUFBLEVBQzlDO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
