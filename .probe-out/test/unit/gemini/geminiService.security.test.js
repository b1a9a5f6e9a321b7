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
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_zod = require("zod");
var import_errors = require("../../../src/gemini/errors");
var import_fakeGemini = require("../../support/fakeGemini");
var import_serviceHarness = require("./serviceHarness");
const MODEL = "gemini-2.5-flash";
const SECRET = "AIzaSyTEST-SECRET-KEY-5f2c9e";
const WRONG = "AIzaSyWRONG-KEY-77aa01";
describe("the API key never leaks", function() {
  this.timeout(15e3);
  let server;
  let dir;
  const services = [];
  before(async () => {
    server = await (0, import_fakeGemini.startFakeGemini)({ apiKey: SECRET });
    dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "gemini-key-"));
  });
  after(async () => {
    await Promise.all(services.map((s) => s.dispose()));
    await server.stop();
    await (0, import_promises.rm)(dir, { recursive: true, force: true });
  });
  it("is absent from URLs, error messages, log lines, statistics and cache files", async () => {
    const logger = new import_serviceHarness.CapturingLogger();
    const errors = [];
    const collect = (p) => p.then(
      () => void 0,
      (e) => {
        assert.ok(e instanceof import_errors.GeminiError);
        errors.push(e.message, e.partialText ?? "", String(e.stack));
      }
    );
    const { service } = (0, import_serviceHarness.serviceFor)({
      server,
      logger,
      cacheDir: dir,
      settings: { "cache.persist": true, "retry.maxRetries": 1, requestTimeoutSeconds: 0.2 }
    });
    services.push(service);
    await service.generateText({ model: MODEL, prompt: "Write 30 words." });
    await service.generateJson({ model: MODEL, prompt: "A title." }, import_zod.z.object({ title: import_zod.z.string() }));
    for (const name of ["400-invalid-argument", "404-model-not-found", "429-per-day", "200-finish-safety"]) {
      server.script({ kind: "fixture", name });
      await collect(service.generateText({ model: MODEL, prompt: `fail ${name}` }));
    }
    server.script(
      { kind: "status", statusCode: 400, body: { error: { code: 400, message: `Bad key ${SECRET} in ?key=${SECRET}`, status: "INVALID_ARGUMENT" } } }
    );
    await collect(service.generateText({ model: MODEL, prompt: "echo" }));
    server.script({ kind: "status", statusCode: 500, body: `upstream said: x-goog-api-key: ${SECRET}` }, { kind: "hang" }, { kind: "hang" });
    await collect(service.generateText({ model: MODEL, prompt: "echo plain text" }));
    const controller = new AbortController();
    const cancelled = collect(service.generateText({ model: MODEL, prompt: "Write 50 words. cancel me" }, { signal: controller.signal }));
    controller.abort();
    await cancelled;
    await service.checkHealth(MODEL);
    await service.checkHealth("no-such-model");
    await service.flush();
    const wrong = (0, import_serviceHarness.serviceFor)({ server, logger, apiKey: WRONG });
    services.push(wrong.service);
    await collect(wrong.service.generateText({ model: MODEL, prompt: "x" }));
    await wrong.service.checkHealth(MODEL);
    assert.ok(errors.length >= 8);
    const files = await (0, import_promises.readdir)(dir);
    assert.ok(files.length >= 2, "the disk cache was written");
    const fileText = (await Promise.all(files.map((f) => (0, import_promises.readFile)((0, import_node_path.join)(dir, f), "utf8")))).join("\n");
    const haystacks = {
      "error messages": errors.join("\n"),
      "log lines": logger.text(),
      statistics: JSON.stringify(service.getStatistics()),
      "cache files": fileText,
      "request URLs": server.requests.map((r) => `${r.path}?${new URLSearchParams(r.query)}`).join("\n")
    };
    for (const [where, text] of Object.entries(haystacks)) {
      for (const key of [SECRET, WRONG]) assert.ok(!text.includes(key), `the key appears in ${where}`);
    }
    assert.ok(server.requests.every((r) => r.hadKeyHeader && !r.keyInQuery), "sent only as the x-goog-api-key header");
    assert.ok(logger.lines.length > 10, "there were log lines to check");
    assert.ok((0, import_serviceHarness.generateRequests)(server).length >= 8);
  });
});
describe("the service module", () => {
  const dir = (0, import_node_path.resolve)(__dirname, "../../../../src/gemini");
  it("never imports vscode, and loads @google/genai only lazily", async () => {
    const files = (await (0, import_promises.readdir)(dir)).filter((f) => f.endsWith(".ts"));
    assert.ok(files.includes("geminiService.ts"));
    for (const file of files) {
      const source = await (0, import_promises.readFile)((0, import_node_path.join)(dir, file), "utf8");
      assert.doesNotMatch(source, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, file);
      for (const line of source.split("\n").filter((l) => /^import .*['"]@google\/genai['"]/.test(l))) {
        assert.match(line, /^import type /, `${file} imports the SDK eagerly: ${line}`);
      }
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9nZW1pbmlTZXJ2aWNlLnNlY3VyaXR5LnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgbWtkdGVtcCwgcmVhZGRpciwgcmVhZEZpbGUsIHJtIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBHZW1pbmlFcnJvciB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvZXJyb3JzJztcbmltcG9ydCB0eXBlIHsgR2VtaW5pU2VydmljZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvZ2VtaW5pU2VydmljZSc7XG5pbXBvcnQgeyBzdGFydEZha2VHZW1pbmksIHR5cGUgRmFrZUdlbWluaSB9IGZyb20gJy4uLy4uL3N1cHBvcnQvZmFrZUdlbWluaSc7XG5pbXBvcnQgeyBDYXB0dXJpbmdMb2dnZXIsIGdlbmVyYXRlUmVxdWVzdHMsIHNlcnZpY2VGb3IgfSBmcm9tICcuL3NlcnZpY2VIYXJuZXNzJztcblxuY29uc3QgTU9ERUwgPSAnZ2VtaW5pLTIuNS1mbGFzaCc7XG5jb25zdCBTRUNSRVQgPSAnQUl6YVN5VEVTVC1TRUNSRVQtS0VZLTVmMmM5ZSc7XG5jb25zdCBXUk9ORyA9ICdBSXphU3lXUk9ORy1LRVktNzdhYTAxJztcblxuZGVzY3JpYmUoJ3RoZSBBUEkga2V5IG5ldmVyIGxlYWtzJywgZnVuY3Rpb24gKCkge1xuICB0aGlzLnRpbWVvdXQoMTVfMDAwKTtcbiAgbGV0IHNlcnZlcjogRmFrZUdlbWluaTtcbiAgbGV0IGRpcjogc3RyaW5nO1xuICBjb25zdCBzZXJ2aWNlczogR2VtaW5pU2VydmljZVtdID0gW107XG5cbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICBzZXJ2ZXIgPSBhd2FpdCBzdGFydEZha2VHZW1pbmkoeyBhcGlLZXk6IFNFQ1JFVCB9KTtcbiAgICBkaXIgPSBhd2FpdCBta2R0ZW1wKGpvaW4odG1wZGlyKCksICdnZW1pbmkta2V5LScpKTtcbiAgfSk7XG5cbiAgYWZ0ZXIoYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IFByb21pc2UuYWxsKHNlcnZpY2VzLm1hcCgocykgPT4gcy5kaXNwb3NlKCkpKTtcbiAgICBhd2FpdCBzZXJ2ZXIuc3RvcCgpO1xuICAgIGF3YWl0IHJtKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9KTtcblxuICBpdCgnaXMgYWJzZW50IGZyb20gVVJMcywgZXJyb3IgbWVzc2FnZXMsIGxvZyBsaW5lcywgc3RhdGlzdGljcyBhbmQgY2FjaGUgZmlsZXMnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgbG9nZ2VyID0gbmV3IENhcHR1cmluZ0xvZ2dlcigpO1xuICAgIGNvbnN0IGVycm9yczogc3RyaW5nW10gPSBbXTtcbiAgICBjb25zdCBjb2xsZWN0ID0gKHA6IFByb21pc2U8dW5rbm93bj4pID0+XG4gICAgICBwLnRoZW4oXG4gICAgICAgICgpID0+IHVuZGVmaW5lZCxcbiAgICAgICAgKGU6IHVua25vd24pID0+IHtcbiAgICAgICAgICBhc3NlcnQub2soZSBpbnN0YW5jZW9mIEdlbWluaUVycm9yKTtcbiAgICAgICAgICBlcnJvcnMucHVzaChlLm1lc3NhZ2UsIGUucGFydGlhbFRleHQgPz8gJycsIFN0cmluZyhlLnN0YWNrKSk7XG4gICAgICAgIH0sXG4gICAgICApO1xuICAgIGNvbnN0IHsgc2VydmljZSB9ID0gc2VydmljZUZvcih7XG4gICAgICBzZXJ2ZXIsXG4gICAgICBsb2dnZXIsXG4gICAgICBjYWNoZURpcjogZGlyLFxuICAgICAgc2V0dGluZ3M6IHsgJ2NhY2hlLnBlcnNpc3QnOiB0cnVlLCAncmV0cnkubWF4UmV0cmllcyc6IDEsIHJlcXVlc3RUaW1lb3V0U2Vjb25kczogMC4yIH0sXG4gICAgfSk7XG4gICAgc2VydmljZXMucHVzaChzZXJ2aWNlKTtcblxuICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSAzMCB3b3Jkcy4nIH0pO1xuICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVKc29uKHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdBIHRpdGxlLicgfSwgei5vYmplY3QoeyB0aXRsZTogei5zdHJpbmcoKSB9KSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIFsnNDAwLWludmFsaWQtYXJndW1lbnQnLCAnNDA0LW1vZGVsLW5vdC1mb3VuZCcsICc0MjktcGVyLWRheScsICcyMDAtZmluaXNoLXNhZmV0eSddKSB7XG4gICAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ2ZpeHR1cmUnLCBuYW1lIH0pO1xuICAgICAgYXdhaXQgY29sbGVjdChzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiBgZmFpbCAke25hbWV9YCB9KSk7XG4gICAgfVxuICAgIC8vIEEgbWlzYmVoYXZpbmcgcHJveHkgdGhhdCBlY2hvZXMgdGhlIGtleSBiYWNrIGluIGl0cyBlcnJvciBib2R5LlxuICAgIHNlcnZlci5zY3JpcHQoXG4gICAgICB7IGtpbmQ6ICdzdGF0dXMnLCBzdGF0dXNDb2RlOiA0MDAsIGJvZHk6IHsgZXJyb3I6IHsgY29kZTogNDAwLCBtZXNzYWdlOiBgQmFkIGtleSAke1NFQ1JFVH0gaW4gP2tleT0ke1NFQ1JFVH1gLCBzdGF0dXM6ICdJTlZBTElEX0FSR1VNRU5UJyB9IH0gfSxcbiAgICApO1xuICAgIGF3YWl0IGNvbGxlY3Qoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ2VjaG8nIH0pKTtcbiAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ3N0YXR1cycsIHN0YXR1c0NvZGU6IDUwMCwgYm9keTogYHVwc3RyZWFtIHNhaWQ6IHgtZ29vZy1hcGkta2V5OiAke1NFQ1JFVH1gIH0sIHsga2luZDogJ2hhbmcnIH0sIHsga2luZDogJ2hhbmcnIH0pO1xuICAgIGF3YWl0IGNvbGxlY3Qoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ2VjaG8gcGxhaW4gdGV4dCcgfSkpO1xuICAgIGNvbnN0IGNvbnRyb2xsZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgY29uc3QgY2FuY2VsbGVkID0gY29sbGVjdChzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNTAgd29yZHMuIGNhbmNlbCBtZScgfSwgeyBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsIH0pKTtcbiAgICBjb250cm9sbGVyLmFib3J0KCk7XG4gICAgYXdhaXQgY2FuY2VsbGVkO1xuICAgIGF3YWl0IHNlcnZpY2UuY2hlY2tIZWFsdGgoTU9ERUwpO1xuICAgIGF3YWl0IHNlcnZpY2UuY2hlY2tIZWFsdGgoJ25vLXN1Y2gtbW9kZWwnKTtcbiAgICBhd2FpdCBzZXJ2aWNlLmZsdXNoKCk7XG5cbiAgICBjb25zdCB3cm9uZyA9IHNlcnZpY2VGb3IoeyBzZXJ2ZXIsIGxvZ2dlciwgYXBpS2V5OiBXUk9ORyB9KTtcbiAgICBzZXJ2aWNlcy5wdXNoKHdyb25nLnNlcnZpY2UpO1xuICAgIGF3YWl0IGNvbGxlY3Qod3Jvbmcuc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ3gnIH0pKTtcbiAgICBhd2FpdCB3cm9uZy5zZXJ2aWNlLmNoZWNrSGVhbHRoKE1PREVMKTtcblxuICAgIGFzc2VydC5vayhlcnJvcnMubGVuZ3RoID49IDgpO1xuICAgIGNvbnN0IGZpbGVzID0gYXdhaXQgcmVhZGRpcihkaXIpO1xuICAgIGFzc2VydC5vayhmaWxlcy5sZW5ndGggPj0gMiwgJ3RoZSBkaXNrIGNhY2hlIHdhcyB3cml0dGVuJyk7XG4gICAgY29uc3QgZmlsZVRleHQgPSAoYXdhaXQgUHJvbWlzZS5hbGwoZmlsZXMubWFwKChmKSA9PiByZWFkRmlsZShqb2luKGRpciwgZiksICd1dGY4JykpKSkuam9pbignXFxuJyk7XG4gICAgY29uc3QgaGF5c3RhY2tzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICAgICAgJ2Vycm9yIG1lc3NhZ2VzJzogZXJyb3JzLmpvaW4oJ1xcbicpLFxuICAgICAgJ2xvZyBsaW5lcyc6IGxvZ2dlci50ZXh0KCksXG4gICAgICBzdGF0aXN0aWNzOiBKU09OLnN0cmluZ2lmeShzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKSksXG4gICAgICAnY2FjaGUgZmlsZXMnOiBmaWxlVGV4dCxcbiAgICAgICdyZXF1ZXN0IFVSTHMnOiBzZXJ2ZXIucmVxdWVzdHMubWFwKChyKSA9PiBgJHtyLnBhdGh9PyR7bmV3IFVSTFNlYXJjaFBhcmFtcyhyLnF1ZXJ5IGFzIFJlY29yZDxzdHJpbmcsIHN0cmluZz4pfWApLmpvaW4oJ1xcbicpLFxuICAgIH07XG4gICAgZm9yIChjb25zdCBbd2hlcmUsIHRleHRdIG9mIE9iamVjdC5lbnRyaWVzKGhheXN0YWNrcykpIHtcbiAgICAgIGZvciAoY29uc3Qga2V5IG9mIFtTRUNSRVQsIFdST05HXSkgYXNzZXJ0Lm9rKCF0ZXh0LmluY2x1ZGVzKGtleSksIGB0aGUga2V5IGFwcGVhcnMgaW4gJHt3aGVyZX1gKTtcbiAgICB9XG4gICAgYXNzZXJ0Lm9rKHNlcnZlci5yZXF1ZXN0cy5ldmVyeSgocikgPT4gci5oYWRLZXlIZWFkZXIgJiYgIXIua2V5SW5RdWVyeSksICdzZW50IG9ubHkgYXMgdGhlIHgtZ29vZy1hcGkta2V5IGhlYWRlcicpO1xuICAgIGFzc2VydC5vayhsb2dnZXIubGluZXMubGVuZ3RoID4gMTAsICd0aGVyZSB3ZXJlIGxvZyBsaW5lcyB0byBjaGVjaycpO1xuICAgIGFzc2VydC5vayhnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoID49IDgpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgndGhlIHNlcnZpY2UgbW9kdWxlJywgKCkgPT4ge1xuICBjb25zdCBkaXIgPSByZXNvbHZlKF9fZGlybmFtZSwgJy4uLy4uLy4uLy4uL3NyYy9nZW1pbmknKTtcblxuICBpdCgnbmV2ZXIgaW1wb3J0cyB2c2NvZGUsIGFuZCBsb2FkcyBAZ29vZ2xlL2dlbmFpIG9ubHkgbGF6aWx5JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGZpbGVzID0gKGF3YWl0IHJlYWRkaXIoZGlyKSkuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKCcudHMnKSk7XG4gICAgYXNzZXJ0Lm9rKGZpbGVzLmluY2x1ZGVzKCdnZW1pbmlTZXJ2aWNlLnRzJykpO1xuICAgIGZvciAoY29uc3QgZmlsZSBvZiBmaWxlcykge1xuICAgICAgY29uc3Qgc291cmNlID0gYXdhaXQgcmVhZEZpbGUoam9pbihkaXIsIGZpbGUpLCAndXRmOCcpO1xuICAgICAgYXNzZXJ0LmRvZXNOb3RNYXRjaChzb3VyY2UsIC9mcm9tIFsnXCJddnNjb2RlWydcIl18cmVxdWlyZVxcKFsnXCJddnNjb2RlWydcIl1cXCkvLCBmaWxlKTtcbiAgICAgIGZvciAoY29uc3QgbGluZSBvZiBzb3VyY2Uuc3BsaXQoJ1xcbicpLmZpbHRlcigobCkgPT4gL15pbXBvcnQgLipbJ1wiXUBnb29nbGVcXC9nZW5haVsnXCJdLy50ZXN0KGwpKSkge1xuICAgICAgICBhc3NlcnQubWF0Y2gobGluZSwgL15pbXBvcnQgdHlwZSAvLCBgJHtmaWxlfSBpbXBvcnRzIHRoZSBTREsgZWFnZXJseTogJHtsaW5lfWApO1xuICAgICAgfVxuICAgIH1cbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsc0JBQStDO0FBQy9DLHFCQUF1QjtBQUN2Qix1QkFBOEI7QUFDOUIsaUJBQWtCO0FBQ2xCLG9CQUE0QjtBQUU1Qix3QkFBaUQ7QUFDakQsNEJBQThEO0FBRTlELE1BQU0sUUFBUTtBQUNkLE1BQU0sU0FBUztBQUNmLE1BQU0sUUFBUTtBQUVkLFNBQVMsMkJBQTJCLFdBQVk7QUFDOUMsT0FBSyxRQUFRLElBQU07QUFDbkIsTUFBSTtBQUNKLE1BQUk7QUFDSixRQUFNLFdBQTRCLENBQUM7QUFFbkMsU0FBTyxZQUFZO0FBQ2pCLGFBQVMsVUFBTSxtQ0FBZ0IsRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUNqRCxVQUFNLFVBQU0sNkJBQVEsMkJBQUssdUJBQU8sR0FBRyxhQUFhLENBQUM7QUFBQSxFQUNuRCxDQUFDO0FBRUQsUUFBTSxZQUFZO0FBQ2hCLFVBQU0sUUFBUSxJQUFJLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsQ0FBQztBQUNsRCxVQUFNLE9BQU8sS0FBSztBQUNsQixjQUFNLG9CQUFHLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNoRCxDQUFDO0FBRUQsS0FBRyw4RUFBOEUsWUFBWTtBQUMzRixVQUFNLFNBQVMsSUFBSSxzQ0FBZ0I7QUFDbkMsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFVBQU0sVUFBVSxDQUFDLE1BQ2YsRUFBRTtBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQ04sQ0FBQyxNQUFlO0FBQ2QsZUFBTyxHQUFHLGFBQWEseUJBQVc7QUFDbEMsZUFBTyxLQUFLLEVBQUUsU0FBUyxFQUFFLGVBQWUsSUFBSSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQUEsTUFDN0Q7QUFBQSxJQUNGO0FBQ0YsVUFBTSxFQUFFLFFBQVEsUUFBSSxrQ0FBVztBQUFBLE1BQzdCO0FBQUEsTUFDQTtBQUFBLE1BQ0EsVUFBVTtBQUFBLE1BQ1YsVUFBVSxFQUFFLGlCQUFpQixNQUFNLG9CQUFvQixHQUFHLHVCQUF1QixJQUFJO0FBQUEsSUFDdkYsQ0FBQztBQUNELGFBQVMsS0FBSyxPQUFPO0FBRXJCLFVBQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsa0JBQWtCLENBQUM7QUFDdEUsVUFBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxXQUFXLEdBQUcsYUFBRSxPQUFPLEVBQUUsT0FBTyxhQUFFLE9BQU8sRUFBRSxDQUFDLENBQUM7QUFDaEcsZUFBVyxRQUFRLENBQUMsd0JBQXdCLHVCQUF1QixlQUFlLG1CQUFtQixHQUFHO0FBQ3RHLGFBQU8sT0FBTyxFQUFFLE1BQU0sV0FBVyxLQUFLLENBQUM7QUFDdkMsWUFBTSxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLFFBQVEsSUFBSSxHQUFHLENBQUMsQ0FBQztBQUFBLElBQzlFO0FBRUEsV0FBTztBQUFBLE1BQ0wsRUFBRSxNQUFNLFVBQVUsWUFBWSxLQUFLLE1BQU0sRUFBRSxPQUFPLEVBQUUsTUFBTSxLQUFLLFNBQVMsV0FBVyxNQUFNLFlBQVksTUFBTSxJQUFJLFFBQVEsbUJBQW1CLEVBQUUsRUFBRTtBQUFBLElBQ2hKO0FBQ0EsVUFBTSxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLE9BQU8sQ0FBQyxDQUFDO0FBQ3BFLFdBQU8sT0FBTyxFQUFFLE1BQU0sVUFBVSxZQUFZLEtBQUssTUFBTSxrQ0FBa0MsTUFBTSxHQUFHLEdBQUcsRUFBRSxNQUFNLE9BQU8sR0FBRyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ3ZJLFVBQU0sUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQkFBa0IsQ0FBQyxDQUFDO0FBQy9FLFVBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxVQUFNLFlBQVksUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSw0QkFBNEIsR0FBRyxFQUFFLFFBQVEsV0FBVyxPQUFPLENBQUMsQ0FBQztBQUNwSSxlQUFXLE1BQU07QUFDakIsVUFBTTtBQUNOLFVBQU0sUUFBUSxZQUFZLEtBQUs7QUFDL0IsVUFBTSxRQUFRLFlBQVksZUFBZTtBQUN6QyxVQUFNLFFBQVEsTUFBTTtBQUVwQixVQUFNLFlBQVEsa0NBQVcsRUFBRSxRQUFRLFFBQVEsUUFBUSxNQUFNLENBQUM7QUFDMUQsYUFBUyxLQUFLLE1BQU0sT0FBTztBQUMzQixVQUFNLFFBQVEsTUFBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxJQUFJLENBQUMsQ0FBQztBQUN2RSxVQUFNLE1BQU0sUUFBUSxZQUFZLEtBQUs7QUFFckMsV0FBTyxHQUFHLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFVBQU0sUUFBUSxVQUFNLHlCQUFRLEdBQUc7QUFDL0IsV0FBTyxHQUFHLE1BQU0sVUFBVSxHQUFHLDRCQUE0QjtBQUN6RCxVQUFNLFlBQVksTUFBTSxRQUFRLElBQUksTUFBTSxJQUFJLENBQUMsVUFBTSw4QkFBUyx1QkFBSyxLQUFLLENBQUMsR0FBRyxNQUFNLENBQUMsQ0FBQyxHQUFHLEtBQUssSUFBSTtBQUNoRyxVQUFNLFlBQW9DO0FBQUEsTUFDeEMsa0JBQWtCLE9BQU8sS0FBSyxJQUFJO0FBQUEsTUFDbEMsYUFBYSxPQUFPLEtBQUs7QUFBQSxNQUN6QixZQUFZLEtBQUssVUFBVSxRQUFRLGNBQWMsQ0FBQztBQUFBLE1BQ2xELGVBQWU7QUFBQSxNQUNmLGdCQUFnQixPQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLElBQUksSUFBSSxJQUFJLGdCQUFnQixFQUFFLEtBQStCLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUFBLElBQzdIO0FBQ0EsZUFBVyxDQUFDLE9BQU8sSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDckQsaUJBQVcsT0FBTyxDQUFDLFFBQVEsS0FBSyxFQUFHLFFBQU8sR0FBRyxDQUFDLEtBQUssU0FBUyxHQUFHLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUFBLElBQ2pHO0FBQ0EsV0FBTyxHQUFHLE9BQU8sU0FBUyxNQUFNLENBQUMsTUFBTSxFQUFFLGdCQUFnQixDQUFDLEVBQUUsVUFBVSxHQUFHLHdDQUF3QztBQUNqSCxXQUFPLEdBQUcsT0FBTyxNQUFNLFNBQVMsSUFBSSwrQkFBK0I7QUFDbkUsV0FBTyxPQUFHLHdDQUFpQixNQUFNLEVBQUUsVUFBVSxDQUFDO0FBQUEsRUFDaEQsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLHNCQUFzQixNQUFNO0FBQ25DLFFBQU0sVUFBTSwwQkFBUSxXQUFXLHdCQUF3QjtBQUV2RCxLQUFHLDZEQUE2RCxZQUFZO0FBQzFFLFVBQU0sU0FBUyxVQUFNLHlCQUFRLEdBQUcsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsS0FBSyxDQUFDO0FBQ2xFLFdBQU8sR0FBRyxNQUFNLFNBQVMsa0JBQWtCLENBQUM7QUFDNUMsZUFBVyxRQUFRLE9BQU87QUFDeEIsWUFBTSxTQUFTLFVBQU0sOEJBQVMsdUJBQUssS0FBSyxJQUFJLEdBQUcsTUFBTTtBQUNyRCxhQUFPLGFBQWEsUUFBUSxpREFBaUQsSUFBSTtBQUNqRixpQkFBVyxRQUFRLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sbUNBQW1DLEtBQUssQ0FBQyxDQUFDLEdBQUc7QUFDL0YsZUFBTyxNQUFNLE1BQU0saUJBQWlCLEdBQUcsSUFBSSw2QkFBNkIsSUFBSSxFQUFFO0FBQUEsTUFDaEY7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
