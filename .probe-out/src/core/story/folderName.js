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
var folderName_exports = {};
__export(folderName_exports, {
  folderNameProblem: () => folderNameProblem,
  numberedNames: () => numberedNames,
  slugify: () => slugify
});
module.exports = __toCommonJS(folderName_exports);
var import_hash = require("../hash");
const MAX_SLUG = 60;
const MAX_FOLDER_NAME = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const TRANSLITERATIONS = {
  \u00DF: "ss",
  \u00E6: "ae",
  \u00C6: "ae",
  \u0153: "oe",
  \u0152: "oe",
  \u00F8: "o",
  \u00D8: "o",
  \u0111: "d",
  \u0110: "d",
  \u00F0: "d",
  \u00D0: "d",
  \u00FE: "th",
  \u00DE: "th",
  \u0142: "l",
  \u0141: "l",
  \u0131: "i",
  \u0127: "h",
  "&": " and "
};
function slugify(title) {
  const ascii = [...title.normalize("NFKD")].map((ch) => TRANSLITERATIONS[ch] ?? ch).join("").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
  let slug = ascii.replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, "") || slug.slice(0, MAX_SLUG);
  if (slug === "") return `story-${(0, import_hash.contentHash)(title.normalize("NFC")).slice(0, 8)}`;
  return WINDOWS_RESERVED.test(slug) ? `${slug}-story` : slug;
}
function folderNameProblem(name) {
  if (name.trim() === "") return "is empty";
  if (name !== name.trim()) return "starts or ends with a space";
  if (/[/\\]/.test(name)) return 'contains "/" or "\\": a story folder is one folder name, not a path';
  if (/^[a-z]:/i.test(name)) return "looks like a drive path";
  if (name === "." || name === "..") return "points outside the stories folder";
  if (name.startsWith(".")) return "starts with a dot (hidden folders are not allowed)";
  if (/[<>:"|?*\u0000-\u001f\u007f]/.test(name)) return 'contains a character that folders cannot have (< > : " | ? * or a control character)';
  if (/[. ]$/.test(name)) return "ends with a dot or a space";
  if (WINDOWS_RESERVED.test(name)) return "is a reserved device name on Windows";
  if (name.length > MAX_FOLDER_NAME) return `is longer than ${MAX_FOLDER_NAME} characters`;
  return void 0;
}
function* numberedNames(base) {
  yield base;
  for (let n = 2; ; n++) yield `${base}-${n}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  folderNameProblem,
  numberedNames,
  slugify
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvZm9sZGVyTmFtZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgY29udGVudEhhc2ggfSBmcm9tICcuLi9oYXNoJztcblxuLyoqXG4gKiBTdG9yeSBmb2xkZXIgbmFtZXMuIEEgc3RvcnkncyBmb2xkZXIgbXVzdCBiZSBvbmUgcGxhaW4gcGF0aCBzZWdtZW50IGluc2lkZSB0aGUgc3RvcmllcyBmb2xkZXIgb25cbiAqIGV2ZXJ5IE9TIHRoZSB3b3Jrc3BhY2UgbWF5IGJlIG9wZW5lZCBvbiAoV2luZG93cyBpbmNsdWRlZCwgdGhyb3VnaCByZW1vdGUgd29ya3NwYWNlcyksIHNvIHRoZVxuICogcnVsZXMgYXJlIHRoZSB1bmlvbiBvZiB3aGF0IFdpbmRvd3MsIG1hY09TIGFuZCBMaW51eCBmb3JiaWQsIHBsdXMgbm8gaGlkZGVuIGZvbGRlcnMuXG4gKi9cblxuY29uc3QgTUFYX1NMVUcgPSA2MDtcbmNvbnN0IE1BWF9GT0xERVJfTkFNRSA9IDEwMDtcblxuLyoqIFdpbmRvd3MgZGV2aWNlIG5hbWVzOiBgY29uYCwgYG51bC50eHRgLCBgY29tMWAgXHUyMDI2IGNhbm5vdCBiZSBmaWxlcyBvciBmb2xkZXJzIHRoZXJlLiAqL1xuY29uc3QgV0lORE9XU19SRVNFUlZFRCA9IC9eKGNvbnxwcm58YXV4fG51bHxjb21bMC05XHUwMEI5XHUwMEIyXHUwMEIzXXxscHRbMC05XHUwMEI5XHUwMEIyXHUwMEIzXSkoXFwuLiopPyQvaTtcblxuLyoqIExldHRlcnMgTkZLRCBkb2VzIG5vdCBzcGxpdCBpbnRvIEFTQ0lJICsgYWNjZW50LiAqL1xuY29uc3QgVFJBTlNMSVRFUkFUSU9OUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7XG4gIFx1MDBERjogJ3NzJyxcbiAgXHUwMEU2OiAnYWUnLFxuICBcdTAwQzY6ICdhZScsXG4gIFx1MDE1MzogJ29lJyxcbiAgXHUwMTUyOiAnb2UnLFxuICBcdTAwRjg6ICdvJyxcbiAgXHUwMEQ4OiAnbycsXG4gIFx1MDExMTogJ2QnLFxuICBcdTAxMTA6ICdkJyxcbiAgXHUwMEYwOiAnZCcsXG4gIFx1MDBEMDogJ2QnLFxuICBcdTAwRkU6ICd0aCcsXG4gIFx1MDBERTogJ3RoJyxcbiAgXHUwMTQyOiAnbCcsXG4gIFx1MDE0MTogJ2wnLFxuICBcdTAxMzE6ICdpJyxcbiAgXHUwMTI3OiAnaCcsXG4gICcmJzogJyBhbmQgJyxcbn07XG5cbi8qKlxuICogVGhlIGZvbGRlciBuYW1lIGZvciBhIHRpdGxlOiBBU0NJSSwgbG93ZXIgY2FzZSwgd29yZHMgam9pbmVkIGJ5IGh5cGhlbnMgKFwiXHUwMEM3YSB2YSwgWm9cdTAwRUI/XCIgXHUyMTkyXG4gKiBgY2EtdmEtem9lYCkuIEEgdGl0bGUgd2l0aCBubyBMYXRpbiBsZXR0ZXJzIG9yIGRpZ2l0cyAoQ0pLLCBlbW9qaSwgQXJhYmljKSBnZXRzXG4gKiBgc3RvcnktPDggaGV4IG9mIGl0cyBoYXNoPmA6IHN0YWJsZSBmb3IgdGhlIHNhbWUgdGl0bGUsIGFuZCBuZXZlciBhbiBlbXB0eSBvciByZXNlcnZlZCBuYW1lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2x1Z2lmeSh0aXRsZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgYXNjaWkgPSBbLi4udGl0bGUubm9ybWFsaXplKCdORktEJyldXG4gICAgLm1hcCgoY2gpID0+IFRSQU5TTElURVJBVElPTlNbY2hdID8/IGNoKVxuICAgIC5qb2luKCcnKVxuICAgIC5yZXBsYWNlKC9cXHB7TX0vZ3UsICcnKVxuICAgIC50b0xvd2VyQ2FzZSgpO1xuICBsZXQgc2x1ZyA9IGFzY2lpXG4gICAgLnJlcGxhY2UoL1snXHUyMDE5XS9nLCAnJylcbiAgICAucmVwbGFjZSgvW15hLXowLTldKy9nLCAnLScpXG4gICAgLnJlcGxhY2UoL14tK3wtKyQvZywgJycpO1xuICBpZiAoc2x1Zy5sZW5ndGggPiBNQVhfU0xVRykgc2x1ZyA9IHNsdWcuc2xpY2UoMCwgTUFYX1NMVUcpLnJlcGxhY2UoLy1bXi1dKiQvLCAnJykgfHwgc2x1Zy5zbGljZSgwLCBNQVhfU0xVRyk7XG4gIGlmIChzbHVnID09PSAnJykgcmV0dXJuIGBzdG9yeS0ke2NvbnRlbnRIYXNoKHRpdGxlLm5vcm1hbGl6ZSgnTkZDJykpLnNsaWNlKDAsIDgpfWA7XG4gIC8vIFwiQ29uXCIgb3IgXCJBdXhcIiBhcmUgZmluZSB0aXRsZXMgYnV0IG5vdCBmb2xkZXIgbmFtZXMgb24gV2luZG93cy5cbiAgcmV0dXJuIFdJTkRPV1NfUkVTRVJWRUQudGVzdChzbHVnKSA/IGAke3NsdWd9LXN0b3J5YCA6IHNsdWc7XG59XG5cbi8qKlxuICogV2h5IGEgZm9sZGVyIG5hbWUgdGhlIHdyaXRlciB0eXBlZCBjYW5ub3QgYmUgdXNlZCwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgY2FuLiBSZWplY3RzIGFueXRoaW5nXG4gKiB0aGF0IGNvdWxkIGVzY2FwZSB0aGUgc3RvcmllcyBmb2xkZXIgKGAuLmAsIHNlcGFyYXRvcnMsIGFic29sdXRlIHBhdGhzKSBvciBoaWRlIG9yIGJyZWFrIHRoZXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZm9sZGVyTmFtZVByb2JsZW0obmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKG5hbWUudHJpbSgpID09PSAnJykgcmV0dXJuICdpcyBlbXB0eSc7XG4gIGlmIChuYW1lICE9PSBuYW1lLnRyaW0oKSkgcmV0dXJuICdzdGFydHMgb3IgZW5kcyB3aXRoIGEgc3BhY2UnO1xuICBpZiAoL1svXFxcXF0vLnRlc3QobmFtZSkpIHJldHVybiAnY29udGFpbnMgXCIvXCIgb3IgXCJcXFxcXCI6IGEgc3RvcnkgZm9sZGVyIGlzIG9uZSBmb2xkZXIgbmFtZSwgbm90IGEgcGF0aCc7XG4gIGlmICgvXlthLXpdOi9pLnRlc3QobmFtZSkpIHJldHVybiAnbG9va3MgbGlrZSBhIGRyaXZlIHBhdGgnO1xuICBpZiAobmFtZSA9PT0gJy4nIHx8IG5hbWUgPT09ICcuLicpIHJldHVybiAncG9pbnRzIG91dHNpZGUgdGhlIHN0b3JpZXMgZm9sZGVyJztcbiAgaWYgKG5hbWUuc3RhcnRzV2l0aCgnLicpKSByZXR1cm4gJ3N0YXJ0cyB3aXRoIGEgZG90IChoaWRkZW4gZm9sZGVycyBhcmUgbm90IGFsbG93ZWQpJztcbiAgaWYgKC9bPD46XCJ8PypcXHUwMDAwLVxcdTAwMWZcXHUwMDdmXS8udGVzdChuYW1lKSkgcmV0dXJuICdjb250YWlucyBhIGNoYXJhY3RlciB0aGF0IGZvbGRlcnMgY2Fubm90IGhhdmUgKDwgPiA6IFwiIHwgPyAqIG9yIGEgY29udHJvbCBjaGFyYWN0ZXIpJztcbiAgaWYgKC9bLiBdJC8udGVzdChuYW1lKSkgcmV0dXJuICdlbmRzIHdpdGggYSBkb3Qgb3IgYSBzcGFjZSc7XG4gIGlmIChXSU5ET1dTX1JFU0VSVkVELnRlc3QobmFtZSkpIHJldHVybiAnaXMgYSByZXNlcnZlZCBkZXZpY2UgbmFtZSBvbiBXaW5kb3dzJztcbiAgaWYgKG5hbWUubGVuZ3RoID4gTUFYX0ZPTERFUl9OQU1FKSByZXR1cm4gYGlzIGxvbmdlciB0aGFuICR7TUFYX0ZPTERFUl9OQU1FfSBjaGFyYWN0ZXJzYDtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIGBzbHVnYCwgYHNsdWctMmAsIGBzbHVnLTNgIFx1MjAyNjogY2FuZGlkYXRlcyBpbiB0aGUgb3JkZXIgdGhleSBhcmUgdHJpZWQgd2hlbiBhIG5hbWUgaXMgdGFrZW4uICovXG5leHBvcnQgZnVuY3Rpb24qIG51bWJlcmVkTmFtZXMoYmFzZTogc3RyaW5nKTogR2VuZXJhdG9yPHN0cmluZz4ge1xuICB5aWVsZCBiYXNlO1xuICBmb3IgKGxldCBuID0gMjsgOyBuKyspIHlpZWxkIGAke2Jhc2V9LSR7bn1gO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxrQkFBNEI7QUFRNUIsTUFBTSxXQUFXO0FBQ2pCLE1BQU0sa0JBQWtCO0FBR3hCLE1BQU0sbUJBQW1CO0FBR3pCLE1BQU0sbUJBQXFEO0FBQUEsRUFDekQsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsUUFBRztBQUFBLEVBQ0gsS0FBSztBQUNQO0FBT08sU0FBUyxRQUFRLE9BQXVCO0FBQzdDLFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxVQUFVLE1BQU0sQ0FBQyxFQUN0QyxJQUFJLENBQUMsT0FBTyxpQkFBaUIsRUFBRSxLQUFLLEVBQUUsRUFDdEMsS0FBSyxFQUFFLEVBQ1AsUUFBUSxXQUFDLFVBQU0sSUFBRSxHQUFFLEVBQUUsRUFDckIsWUFBWTtBQUNmLE1BQUksT0FBTyxNQUNSLFFBQVEsU0FBUyxFQUFFLEVBQ25CLFFBQVEsZUFBZSxHQUFHLEVBQzFCLFFBQVEsWUFBWSxFQUFFO0FBQ3pCLE1BQUksS0FBSyxTQUFTLFNBQVUsUUFBTyxLQUFLLE1BQU0sR0FBRyxRQUFRLEVBQUUsUUFBUSxXQUFXLEVBQUUsS0FBSyxLQUFLLE1BQU0sR0FBRyxRQUFRO0FBQzNHLE1BQUksU0FBUyxHQUFJLFFBQU8sYUFBUyx5QkFBWSxNQUFNLFVBQVUsS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsQ0FBQztBQUVoRixTQUFPLGlCQUFpQixLQUFLLElBQUksSUFBSSxHQUFHLElBQUksV0FBVztBQUN6RDtBQU1PLFNBQVMsa0JBQWtCLE1BQWtDO0FBQ2xFLE1BQUksS0FBSyxLQUFLLE1BQU0sR0FBSSxRQUFPO0FBQy9CLE1BQUksU0FBUyxLQUFLLEtBQUssRUFBRyxRQUFPO0FBQ2pDLE1BQUksUUFBUSxLQUFLLElBQUksRUFBRyxRQUFPO0FBQy9CLE1BQUksV0FBVyxLQUFLLElBQUksRUFBRyxRQUFPO0FBQ2xDLE1BQUksU0FBUyxPQUFPLFNBQVMsS0FBTSxRQUFPO0FBQzFDLE1BQUksS0FBSyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2pDLE1BQUksK0JBQStCLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxRQUFRLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDL0IsTUFBSSxpQkFBaUIsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUN4QyxNQUFJLEtBQUssU0FBUyxnQkFBaUIsUUFBTyxrQkFBa0IsZUFBZTtBQUMzRSxTQUFPO0FBQ1Q7QUFHTyxVQUFVLGNBQWMsTUFBaUM7QUFDOUQsUUFBTTtBQUNOLFdBQVMsSUFBSSxLQUFLLElBQUssT0FBTSxHQUFHLElBQUksSUFBSSxDQUFDO0FBQzNDOyIsCiAgIm5hbWVzIjogW10KfQo=
