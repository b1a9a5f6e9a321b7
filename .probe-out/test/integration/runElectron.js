"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var path = __toESM(require("node:path"));
var import_test_electron = require("@vscode/test-electron");
async function main() {
  const root = path.resolve(__dirname, "../../..");
  await (0, import_test_electron.runTests)({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, "index.js"),
    launchArgs: ["--disable-extensions", "--disable-workspace-trust"]
  });
}
main().catch((e) => {
  console.error("integration tests failed:", e);
  process.exit(1);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9ydW5FbGVjdHJvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gYG5wbSBydW4gdGVzdDplbGVjdHJvbmA6IHRoZSBzYW1lIGludGVncmF0aW9uIHN1aXRlIHRocm91Z2ggQHZzY29kZS90ZXN0LWVsZWN0cm9uLCBmb3IgbWFjaGluZXNcbi8vIHRoYXQgY2FuIGRvd25sb2FkIFZTIENvZGUgKHRoaXMgb25lIGNhbm5vdDsgYG5wbSB0ZXN0YCB1c2VzIHRlc3QvaGFybmVzcy8gaW5zdGVhZCkuXG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBydW5UZXN0cyB9IGZyb20gJ0B2c2NvZGUvdGVzdC1lbGVjdHJvbic7XG5cbmFzeW5jIGZ1bmN0aW9uIG1haW4oKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHJvb3QgPSBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4vLi4vLi4nKTtcbiAgYXdhaXQgcnVuVGVzdHMoe1xuICAgIGV4dGVuc2lvbkRldmVsb3BtZW50UGF0aDogcm9vdCxcbiAgICBleHRlbnNpb25UZXN0c1BhdGg6IHBhdGguam9pbihfX2Rpcm5hbWUsICdpbmRleC5qcycpLFxuICAgIGxhdW5jaEFyZ3M6IFsnLS1kaXNhYmxlLWV4dGVuc2lvbnMnLCAnLS1kaXNhYmxlLXdvcmtzcGFjZS10cnVzdCddLFxuICB9KTtcbn1cblxubWFpbigpLmNhdGNoKChlOiB1bmtub3duKSA9PiB7XG4gIGNvbnNvbGUuZXJyb3IoJ2ludGVncmF0aW9uIHRlc3RzIGZhaWxlZDonLCBlKTtcbiAgcHJvY2Vzcy5leGl0KDEpO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUVBLFdBQXNCO0FBQ3RCLDJCQUF5QjtBQUV6QixlQUFlLE9BQXNCO0FBQ25DLFFBQU0sT0FBTyxLQUFLLFFBQVEsV0FBVyxVQUFVO0FBQy9DLFlBQU0sK0JBQVM7QUFBQSxJQUNiLDBCQUEwQjtBQUFBLElBQzFCLG9CQUFvQixLQUFLLEtBQUssV0FBVyxVQUFVO0FBQUEsSUFDbkQsWUFBWSxDQUFDLHdCQUF3QiwyQkFBMkI7QUFBQSxFQUNsRSxDQUFDO0FBQ0g7QUFFQSxLQUFLLEVBQUUsTUFBTSxDQUFDLE1BQWU7QUFDM0IsVUFBUSxNQUFNLDZCQUE2QixDQUFDO0FBQzVDLFVBQVEsS0FBSyxDQUFDO0FBQ2hCLENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
