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
var assert = __toESM(require("node:assert/strict"));
var import_node_child_process = require("node:child_process");
var import_node_path = require("node:path");
var import_lock = require("../../../src/core/checkpoint/lock");
var import_tempStory = require("./tempStory");
function contend(storyDir) {
  const child = (0, import_node_child_process.spawn)(process.execPath, [(0, import_node_path.join)(__dirname, "lockContender.js"), storyDir], { stdio: ["pipe", "pipe", "inherit"] });
  const verdict = new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.trim());
    });
    child.on("error", reject);
    child.on("close", () => resolve(out.trim() || "exited"));
  });
  return { child, verdict };
}
describe("story lock across processes", function() {
  this.timeout(2e4);
  it("lets at most one of several processes starting together hold the lock", async () => {
    const { dir, cleanup } = await (0, import_tempStory.makeTempDir)();
    const contenders = Array.from({ length: 6 }, () => contend(dir));
    try {
      const verdicts = await Promise.all(contenders.map((c) => c.verdict));
      const winners = verdicts.filter((v) => v === "won").length;
      assert.deepEqual(verdicts.filter((v) => v !== "won" && v !== "refused"), []);
      assert.ok(winners <= 1, `${winners} processes hold the lock at once`);
      console.log(`      ${winners} won, ${verdicts.length - winners} refused`);
      if (winners === 1) {
        const holder = await (0, import_lock.readLock)(import_tempStory.nodeFs, dir);
        assert.match(holder?.owner ?? "", /^contender \d+$/);
      }
    } finally {
      for (const c of contenders) c.child.stdin?.end();
      await Promise.all(contenders.map((c) => new Promise((resolve) => c.child.exitCode !== null ? resolve(void 0) : c.child.on("close", resolve))));
    }
    const lock = await (0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "test" });
    await lock.release();
    await cleanup();
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L2xvY2suY3Jvc3NQcm9jZXNzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd24sIHR5cGUgQ2hpbGRQcm9jZXNzIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgYWNxdWlyZUxvY2ssIHJlYWRMb2NrIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9sb2NrJztcbmltcG9ydCB7IG1ha2VUZW1wRGlyLCBub2RlRnMgfSBmcm9tICcuL3RlbXBTdG9yeSc7XG5cbi8qKiBTdGFydHMgYSBjb250ZW5kZXIgcHJvY2VzcyBhbmQgcmVzb2x2ZXMgd2l0aCBpdHMgZmlyc3QgbGluZTogYHdvbmAgb3IgYHJlZnVzZWRgLiAqL1xuZnVuY3Rpb24gY29udGVuZChzdG9yeURpcjogc3RyaW5nKTogeyBjaGlsZDogQ2hpbGRQcm9jZXNzOyB2ZXJkaWN0OiBQcm9taXNlPHN0cmluZz4gfSB7XG4gIGNvbnN0IGNoaWxkID0gc3Bhd24ocHJvY2Vzcy5leGVjUGF0aCwgW2pvaW4oX19kaXJuYW1lLCAnbG9ja0NvbnRlbmRlci5qcycpLCBzdG9yeURpcl0sIHsgc3RkaW86IFsncGlwZScsICdwaXBlJywgJ2luaGVyaXQnXSB9KTtcbiAgY29uc3QgdmVyZGljdCA9IG5ldyBQcm9taXNlPHN0cmluZz4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGxldCBvdXQgPSAnJztcbiAgICBjaGlsZC5zdGRvdXQhLm9uKCdkYXRhJywgKGQ6IEJ1ZmZlcikgPT4ge1xuICAgICAgb3V0ICs9IGQudG9TdHJpbmcoKTtcbiAgICAgIGlmIChvdXQuaW5jbHVkZXMoJ1xcbicpKSByZXNvbHZlKG91dC50cmltKCkpO1xuICAgIH0pO1xuICAgIGNoaWxkLm9uKCdlcnJvcicsIHJlamVjdCk7XG4gICAgLy8gYGNsb3NlYCwgbm90IGBleGl0YDogaXQgY29tZXMgYWZ0ZXIgdGhlIGNoaWxkJ3Mgb3V0cHV0IGhhcyBhbGwgYmVlbiByZWFkLlxuICAgIGNoaWxkLm9uKCdjbG9zZScsICgpID0+IHJlc29sdmUob3V0LnRyaW0oKSB8fCAnZXhpdGVkJykpO1xuICB9KTtcbiAgcmV0dXJuIHsgY2hpbGQsIHZlcmRpY3QgfTtcbn1cblxuZGVzY3JpYmUoJ3N0b3J5IGxvY2sgYWNyb3NzIHByb2Nlc3NlcycsIGZ1bmN0aW9uICgpIHtcbiAgdGhpcy50aW1lb3V0KDIwXzAwMCk7XG5cbiAgaXQoJ2xldHMgYXQgbW9zdCBvbmUgb2Ygc2V2ZXJhbCBwcm9jZXNzZXMgc3RhcnRpbmcgdG9nZXRoZXIgaG9sZCB0aGUgbG9jaycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCB7IGRpciwgY2xlYW51cCB9ID0gYXdhaXQgbWFrZVRlbXBEaXIoKTtcbiAgICBjb25zdCBjb250ZW5kZXJzID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogNiB9LCAoKSA9PiBjb250ZW5kKGRpcikpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB2ZXJkaWN0cyA9IGF3YWl0IFByb21pc2UuYWxsKGNvbnRlbmRlcnMubWFwKChjKSA9PiBjLnZlcmRpY3QpKTtcbiAgICAgIGNvbnN0IHdpbm5lcnMgPSB2ZXJkaWN0cy5maWx0ZXIoKHYpID0+IHYgPT09ICd3b24nKS5sZW5ndGg7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHZlcmRpY3RzLmZpbHRlcigodikgPT4gdiAhPT0gJ3dvbicgJiYgdiAhPT0gJ3JlZnVzZWQnKSwgW10pO1xuICAgICAgYXNzZXJ0Lm9rKHdpbm5lcnMgPD0gMSwgYCR7d2lubmVyc30gcHJvY2Vzc2VzIGhvbGQgdGhlIGxvY2sgYXQgb25jZWApO1xuICAgICAgY29uc29sZS5sb2coYCAgICAgICR7d2lubmVyc30gd29uLCAke3ZlcmRpY3RzLmxlbmd0aCAtIHdpbm5lcnN9IHJlZnVzZWRgKTtcbiAgICAgIGlmICh3aW5uZXJzID09PSAxKSB7XG4gICAgICAgIGNvbnN0IGhvbGRlciA9IGF3YWl0IHJlYWRMb2NrKG5vZGVGcywgZGlyKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKGhvbGRlcj8ub3duZXIgPz8gJycsIC9eY29udGVuZGVyIFxcZCskLyk7XG4gICAgICB9XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGZvciAoY29uc3QgYyBvZiBjb250ZW5kZXJzKSBjLmNoaWxkLnN0ZGluPy5lbmQoKTtcbiAgICAgIGF3YWl0IFByb21pc2UuYWxsKGNvbnRlbmRlcnMubWFwKChjKSA9PiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4gKGMuY2hpbGQuZXhpdENvZGUgIT09IG51bGwgPyByZXNvbHZlKHVuZGVmaW5lZCkgOiBjLmNoaWxkLm9uKCdjbG9zZScsIHJlc29sdmUpKSkpKTtcbiAgICB9XG4gICAgLy8gRXZlcnkgd2lubmVyIHJlbGVhc2VkIG9uIGV4aXQ6IHRoZSBsb2NrIGlzIGZyZWUgYWdhaW4uXG4gICAgY29uc3QgbG9jayA9IGF3YWl0IGFjcXVpcmVMb2NrKG5vZGVGcywgZGlyLCB7IG93bmVyOiAndGVzdCcgfSk7XG4gICAgYXdhaXQgbG9jay5yZWxlYXNlKCk7XG4gICAgYXdhaXQgY2xlYW51cCgpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixnQ0FBeUM7QUFDekMsdUJBQXFCO0FBQ3JCLGtCQUFzQztBQUN0Qyx1QkFBb0M7QUFHcEMsU0FBUyxRQUFRLFVBQXFFO0FBQ3BGLFFBQU0sWUFBUSxpQ0FBTSxRQUFRLFVBQVUsS0FBQyx1QkFBSyxXQUFXLGtCQUFrQixHQUFHLFFBQVEsR0FBRyxFQUFFLE9BQU8sQ0FBQyxRQUFRLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFDN0gsUUFBTSxVQUFVLElBQUksUUFBZ0IsQ0FBQyxTQUFTLFdBQVc7QUFDdkQsUUFBSSxNQUFNO0FBQ1YsVUFBTSxPQUFRLEdBQUcsUUFBUSxDQUFDLE1BQWM7QUFDdEMsYUFBTyxFQUFFLFNBQVM7QUFDbEIsVUFBSSxJQUFJLFNBQVMsSUFBSSxFQUFHLFNBQVEsSUFBSSxLQUFLLENBQUM7QUFBQSxJQUM1QyxDQUFDO0FBQ0QsVUFBTSxHQUFHLFNBQVMsTUFBTTtBQUV4QixVQUFNLEdBQUcsU0FBUyxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssUUFBUSxDQUFDO0FBQUEsRUFDekQsQ0FBQztBQUNELFNBQU8sRUFBRSxPQUFPLFFBQVE7QUFDMUI7QUFFQSxTQUFTLCtCQUErQixXQUFZO0FBQ2xELE9BQUssUUFBUSxHQUFNO0FBRW5CLEtBQUcseUVBQXlFLFlBQVk7QUFDdEYsVUFBTSxFQUFFLEtBQUssUUFBUSxJQUFJLFVBQU0sOEJBQVk7QUFDM0MsVUFBTSxhQUFhLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxHQUFHLE1BQU0sUUFBUSxHQUFHLENBQUM7QUFDL0QsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxXQUFXLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDO0FBQ25FLFlBQU0sVUFBVSxTQUFTLE9BQU8sQ0FBQyxNQUFNLE1BQU0sS0FBSyxFQUFFO0FBQ3BELGFBQU8sVUFBVSxTQUFTLE9BQU8sQ0FBQyxNQUFNLE1BQU0sU0FBUyxNQUFNLFNBQVMsR0FBRyxDQUFDLENBQUM7QUFDM0UsYUFBTyxHQUFHLFdBQVcsR0FBRyxHQUFHLE9BQU8sa0NBQWtDO0FBQ3BFLGNBQVEsSUFBSSxTQUFTLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTyxVQUFVO0FBQ3hFLFVBQUksWUFBWSxHQUFHO0FBQ2pCLGNBQU0sU0FBUyxVQUFNLHNCQUFTLHlCQUFRLEdBQUc7QUFDekMsZUFBTyxNQUFNLFFBQVEsU0FBUyxJQUFJLGlCQUFpQjtBQUFBLE1BQ3JEO0FBQUEsSUFDRixVQUFFO0FBQ0EsaUJBQVcsS0FBSyxXQUFZLEdBQUUsTUFBTSxPQUFPLElBQUk7QUFDL0MsWUFBTSxRQUFRLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxJQUFJLFFBQVEsQ0FBQyxZQUFhLEVBQUUsTUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFTLElBQUksRUFBRSxNQUFNLEdBQUcsU0FBUyxPQUFPLENBQUUsQ0FBQyxDQUFDO0FBQUEsSUFDcEo7QUFFQSxVQUFNLE9BQU8sVUFBTSx5QkFBWSx5QkFBUSxLQUFLLEVBQUUsT0FBTyxPQUFPLENBQUM7QUFDN0QsVUFBTSxLQUFLLFFBQVE7QUFDbkIsVUFBTSxRQUFRO0FBQUEsRUFDaEIsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
