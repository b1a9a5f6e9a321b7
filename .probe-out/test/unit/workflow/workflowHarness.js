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
var workflowHarness_exports = {};
__export(workflowHarness_exports, {
  MemoryLogger: () => MemoryLogger,
  smallBrief: () => smallBrief,
  workflowHarness: () => workflowHarness
});
module.exports = __toCommonJS(workflowHarness_exports);
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_settings = require("../../../src/core/config/settings");
var import_briefFile = require("../../../src/core/story/briefFile");
var import_runner = require("../../../src/core/workflow/runner");
var import_geminiService = require("../../../src/gemini/geminiService");
var import_nodeFileSystem = require("../../../src/node/nodeFileSystem");
var import_fakeGemini = require("../../support/fakeGemini");
const smallBrief = {
  title: "The Lighthouse Keeper",
  genre: "literary fiction",
  tone: "melancholy but hopeful",
  pointOfView: "third-limited",
  targetWords: 600,
  chapters: 3,
  language: "English",
  premise: "A keeper on a remote island finds a message in a bottle addressed to her dead brother."
};
class MemoryLogger {
  constructor(lines = [], tag = "") {
    this.lines = lines;
    this.tag = tag;
  }
  lines;
  tag;
  trace(m, f) {
    this.add("trace", m, f);
  }
  debug(m, f) {
    this.add("debug", m, f);
  }
  info(m, f) {
    this.add("info", m, f);
  }
  warn(m, f) {
    this.add("warn", m, f);
  }
  error(m, f) {
    this.add("error", m, f);
  }
  child(component) {
    return new MemoryLogger(this.lines, component);
  }
  add(level, message, fields) {
    this.lines.push(`${level} [${this.tag}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ""}`);
  }
}
async function workflowHarness(over = {}, brief = smallBrief) {
  const root = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "story-writer-e2e-"));
  const storyDir = (0, import_node_path.join)(root, "stories", "keeper");
  const fs = new import_nodeFileSystem.NodeFileSystem();
  await fs.writeFile((0, import_node_path.join)(storyDir, "brief.md"), new TextEncoder().encode((0, import_briefFile.renderBrief)(brief)));
  const server = await (0, import_fakeGemini.startFakeGemini)();
  const settings = {
    ...(0, import_settings.defaultSettings)(),
    apiBaseUrl: server.baseUrl,
    "retry.baseDelayMs": 5,
    "retry.maxDelaySeconds": 1,
    "rateLimit.requestsPerMinute": 1e4,
    "cache.persist": true,
    thinkingBudget: 0,
    ...over
  };
  const logger = new MemoryLogger();
  const makeService = () => new import_geminiService.GeminiService({ apiKey: async () => server.apiKey, settings, logger, cacheDir: (0, import_node_path.join)(root, "cache") });
  const harness = {
    root,
    storyDir,
    server,
    fs,
    settings,
    logger,
    service: makeService(),
    generateRequests: () => server.requests.filter((r) => r.action === "generateContent" || r.action === "streamGenerateContent"),
    run: (options = {}) => (0, import_runner.runWorkflow)({ fs, storyDir, generator: harness.service, settings, logger, ...options }),
    async restartService() {
      await harness.service.dispose();
      harness.service = makeService();
    },
    async cleanup() {
      await harness.service.dispose();
      await server.stop();
      await (0, import_promises.rm)(root, { recursive: true, force: true });
    }
  };
  return harness;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MemoryLogger,
  smallBrief,
  workflowHarness
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L3dvcmtmbG93SGFybmVzcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgbWtkdGVtcCwgcm0gfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBkZWZhdWx0U2V0dGluZ3MsIHR5cGUgU2V0dGluZ3MgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jb25maWcvc2V0dGluZ3MnO1xuaW1wb3J0IHR5cGUgeyBMb2dnZXIgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9wb3J0cyc7XG5pbXBvcnQgeyByZW5kZXJCcmllZiB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0b3J5L2JyaWVmRmlsZSc7XG5pbXBvcnQgdHlwZSB7IEJyaWVmIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvYnJpZWYnO1xuaW1wb3J0IHsgcnVuV29ya2Zsb3csIHR5cGUgUnVuV29ya2Zsb3dPcHRpb25zIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvcnVubmVyJztcbmltcG9ydCB0eXBlIHsgUnVuU3VtbWFyeSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3dvcmtmbG93L3Byb2dyZXNzJztcbmltcG9ydCB7IEdlbWluaVNlcnZpY2UgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL2dlbWluaVNlcnZpY2UnO1xuaW1wb3J0IHsgTm9kZUZpbGVTeXN0ZW0gfSBmcm9tICcuLi8uLi8uLi9zcmMvbm9kZS9ub2RlRmlsZVN5c3RlbSc7XG5pbXBvcnQgeyBzdGFydEZha2VHZW1pbmksIHR5cGUgRmFrZUdlbWluaSB9IGZyb20gJy4uLy4uL3N1cHBvcnQvZmFrZUdlbWluaSc7XG5cbi8qKiBBIHNtYWxsIHN0b3J5OiB0aHJlZSBjaGFwdGVycyBvZiAyMDAgd29yZHMsIHNvIGEgd2hvbGUgcnVuIHRha2VzIGEgbW9tZW50LiAqL1xuZXhwb3J0IGNvbnN0IHNtYWxsQnJpZWY6IEJyaWVmID0ge1xuICB0aXRsZTogJ1RoZSBMaWdodGhvdXNlIEtlZXBlcicsXG4gIGdlbnJlOiAnbGl0ZXJhcnkgZmljdGlvbicsXG4gIHRvbmU6ICdtZWxhbmNob2x5IGJ1dCBob3BlZnVsJyxcbiAgcG9pbnRPZlZpZXc6ICd0aGlyZC1saW1pdGVkJyxcbiAgdGFyZ2V0V29yZHM6IDYwMCxcbiAgY2hhcHRlcnM6IDMsXG4gIGxhbmd1YWdlOiAnRW5nbGlzaCcsXG4gIHByZW1pc2U6ICdBIGtlZXBlciBvbiBhIHJlbW90ZSBpc2xhbmQgZmluZHMgYSBtZXNzYWdlIGluIGEgYm90dGxlIGFkZHJlc3NlZCB0byBoZXIgZGVhZCBicm90aGVyLicsXG59O1xuXG4vKiogQSBsb2dnZXIgdGhhdCBrZWVwcyBsaW5lcywgZm9yIGFzc2VydGlvbnMgYW5kIGZvciBhIGZhaWxpbmcgdGVzdCdzIG91dHB1dC4gKi9cbmV4cG9ydCBjbGFzcyBNZW1vcnlMb2dnZXIgaW1wbGVtZW50cyBMb2dnZXIge1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBsaW5lczogc3RyaW5nW10gPSBbXSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRhZyA9ICcnLFxuICApIHt9XG4gIHRyYWNlKG06IHN0cmluZywgZj86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogdm9pZCB7XG4gICAgdGhpcy5hZGQoJ3RyYWNlJywgbSwgZik7XG4gIH1cbiAgZGVidWcobTogc3RyaW5nLCBmPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiB2b2lkIHtcbiAgICB0aGlzLmFkZCgnZGVidWcnLCBtLCBmKTtcbiAgfVxuICBpbmZvKG06IHN0cmluZywgZj86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogdm9pZCB7XG4gICAgdGhpcy5hZGQoJ2luZm8nLCBtLCBmKTtcbiAgfVxuICB3YXJuKG06IHN0cmluZywgZj86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogdm9pZCB7XG4gICAgdGhpcy5hZGQoJ3dhcm4nLCBtLCBmKTtcbiAgfVxuICBlcnJvcihtOiBzdHJpbmcsIGY/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHZvaWQge1xuICAgIHRoaXMuYWRkKCdlcnJvcicsIG0sIGYpO1xuICB9XG4gIGNoaWxkKGNvbXBvbmVudDogc3RyaW5nKTogTG9nZ2VyIHtcbiAgICByZXR1cm4gbmV3IE1lbW9yeUxvZ2dlcih0aGlzLmxpbmVzLCBjb21wb25lbnQpO1xuICB9XG4gIHByaXZhdGUgYWRkKGxldmVsOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZywgZmllbGRzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiB2b2lkIHtcbiAgICB0aGlzLmxpbmVzLnB1c2goYCR7bGV2ZWx9IFske3RoaXMudGFnfV0gJHttZXNzYWdlfSR7ZmllbGRzID8gYCAke0pTT04uc3RyaW5naWZ5KGZpZWxkcyl9YCA6ICcnfWApO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV29ya2Zsb3dIYXJuZXNzIHtcbiAgcmVhZG9ubHkgcm9vdDogc3RyaW5nO1xuICByZWFkb25seSBzdG9yeURpcjogc3RyaW5nO1xuICByZWFkb25seSBzZXJ2ZXI6IEZha2VHZW1pbmk7XG4gIHJlYWRvbmx5IGZzOiBOb2RlRmlsZVN5c3RlbTtcbiAgcmVhZG9ubHkgc2V0dGluZ3M6IFNldHRpbmdzO1xuICByZWFkb25seSBsb2dnZXI6IE1lbW9yeUxvZ2dlcjtcbiAgc2VydmljZTogR2VtaW5pU2VydmljZTtcbiAgLyoqIEdlbmVyYXRlIHJlcXVlc3RzIHRoZSBzZXJ2ZXIgaGFzIHNlZW4gKG1vZGVsIGxvb2t1cHMgZXhjbHVkZWQpLiAqL1xuICBnZW5lcmF0ZVJlcXVlc3RzKCk6IEZha2VHZW1pbmlbJ3JlcXVlc3RzJ107XG4gIHJ1bihvcHRpb25zPzogUGFydGlhbDxSdW5Xb3JrZmxvd09wdGlvbnM+KTogUHJvbWlzZTxSdW5TdW1tYXJ5PjtcbiAgLyoqIEEgZnJlc2ggc2VydmljZSBvdmVyIHRoZSBzYW1lIGRpc2sgY2FjaGUgKHdoYXQgYSBuZXcgVlMgQ29kZSBzZXNzaW9uIHdvdWxkIGhhdmUpLiAqL1xuICByZXN0YXJ0U2VydmljZSgpOiBQcm9taXNlPHZvaWQ+O1xuICBjbGVhbnVwKCk6IFByb21pc2U8dm9pZD47XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB3b3JrZmxvd0hhcm5lc3Mob3ZlcjogUGFydGlhbDxTZXR0aW5ncz4gPSB7fSwgYnJpZWY6IEJyaWVmID0gc21hbGxCcmllZik6IFByb21pc2U8V29ya2Zsb3dIYXJuZXNzPiB7XG4gIGNvbnN0IHJvb3QgPSBhd2FpdCBta2R0ZW1wKGpvaW4odG1wZGlyKCksICdzdG9yeS13cml0ZXItZTJlLScpKTtcbiAgY29uc3Qgc3RvcnlEaXIgPSBqb2luKHJvb3QsICdzdG9yaWVzJywgJ2tlZXBlcicpO1xuICBjb25zdCBmcyA9IG5ldyBOb2RlRmlsZVN5c3RlbSgpO1xuICBhd2FpdCBmcy53cml0ZUZpbGUoam9pbihzdG9yeURpciwgJ2JyaWVmLm1kJyksIG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShyZW5kZXJCcmllZihicmllZikpKTtcbiAgY29uc3Qgc2VydmVyID0gYXdhaXQgc3RhcnRGYWtlR2VtaW5pKCk7XG4gIGNvbnN0IHNldHRpbmdzOiBTZXR0aW5ncyA9IHtcbiAgICAuLi5kZWZhdWx0U2V0dGluZ3MoKSxcbiAgICBhcGlCYXNlVXJsOiBzZXJ2ZXIuYmFzZVVybCxcbiAgICAncmV0cnkuYmFzZURlbGF5TXMnOiA1LFxuICAgICdyZXRyeS5tYXhEZWxheVNlY29uZHMnOiAxLFxuICAgICdyYXRlTGltaXQucmVxdWVzdHNQZXJNaW51dGUnOiAxMF8wMDAsXG4gICAgJ2NhY2hlLnBlcnNpc3QnOiB0cnVlLFxuICAgIHRoaW5raW5nQnVkZ2V0OiAwLFxuICAgIC4uLm92ZXIsXG4gIH07XG4gIGNvbnN0IGxvZ2dlciA9IG5ldyBNZW1vcnlMb2dnZXIoKTtcbiAgY29uc3QgbWFrZVNlcnZpY2UgPSAoKSA9PiBuZXcgR2VtaW5pU2VydmljZSh7IGFwaUtleTogYXN5bmMgKCkgPT4gc2VydmVyLmFwaUtleSwgc2V0dGluZ3MsIGxvZ2dlciwgY2FjaGVEaXI6IGpvaW4ocm9vdCwgJ2NhY2hlJykgfSk7XG4gIGNvbnN0IGhhcm5lc3M6IFdvcmtmbG93SGFybmVzcyA9IHtcbiAgICByb290LFxuICAgIHN0b3J5RGlyLFxuICAgIHNlcnZlcixcbiAgICBmcyxcbiAgICBzZXR0aW5ncyxcbiAgICBsb2dnZXIsXG4gICAgc2VydmljZTogbWFrZVNlcnZpY2UoKSxcbiAgICBnZW5lcmF0ZVJlcXVlc3RzOiAoKSA9PiBzZXJ2ZXIucmVxdWVzdHMuZmlsdGVyKChyKSA9PiByLmFjdGlvbiA9PT0gJ2dlbmVyYXRlQ29udGVudCcgfHwgci5hY3Rpb24gPT09ICdzdHJlYW1HZW5lcmF0ZUNvbnRlbnQnKSxcbiAgICBydW46IChvcHRpb25zID0ge30pID0+IHJ1bldvcmtmbG93KHsgZnMsIHN0b3J5RGlyLCBnZW5lcmF0b3I6IGhhcm5lc3Muc2VydmljZSwgc2V0dGluZ3MsIGxvZ2dlciwgLi4ub3B0aW9ucyB9KSxcbiAgICBhc3luYyByZXN0YXJ0U2VydmljZSgpIHtcbiAgICAgIGF3YWl0IGhhcm5lc3Muc2VydmljZS5kaXNwb3NlKCk7XG4gICAgICBoYXJuZXNzLnNlcnZpY2UgPSBtYWtlU2VydmljZSgpO1xuICAgIH0sXG4gICAgYXN5bmMgY2xlYW51cCgpIHtcbiAgICAgIGF3YWl0IGhhcm5lc3Muc2VydmljZS5kaXNwb3NlKCk7XG4gICAgICBhd2FpdCBzZXJ2ZXIuc3RvcCgpO1xuICAgICAgYXdhaXQgcm0ocm9vdCwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICAgIH0sXG4gIH07XG4gIHJldHVybiBoYXJuZXNzO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxzQkFBNEI7QUFDNUIscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUNyQixzQkFBK0M7QUFFL0MsdUJBQTRCO0FBRTVCLG9CQUFxRDtBQUVyRCwyQkFBOEI7QUFDOUIsNEJBQStCO0FBQy9CLHdCQUFpRDtBQUcxQyxNQUFNLGFBQW9CO0FBQUEsRUFDL0IsT0FBTztBQUFBLEVBQ1AsT0FBTztBQUFBLEVBQ1AsTUFBTTtBQUFBLEVBQ04sYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsU0FBUztBQUNYO0FBR08sTUFBTSxhQUErQjtBQUFBLEVBQzFDLFlBQ1csUUFBa0IsQ0FBQyxHQUNYLE1BQU0sSUFDdkI7QUFGUztBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUZRO0FBQUEsRUFDUTtBQUFBLEVBRW5CLE1BQU0sR0FBVyxHQUFtQztBQUNsRCxTQUFLLElBQUksU0FBUyxHQUFHLENBQUM7QUFBQSxFQUN4QjtBQUFBLEVBQ0EsTUFBTSxHQUFXLEdBQW1DO0FBQ2xELFNBQUssSUFBSSxTQUFTLEdBQUcsQ0FBQztBQUFBLEVBQ3hCO0FBQUEsRUFDQSxLQUFLLEdBQVcsR0FBbUM7QUFDakQsU0FBSyxJQUFJLFFBQVEsR0FBRyxDQUFDO0FBQUEsRUFDdkI7QUFBQSxFQUNBLEtBQUssR0FBVyxHQUFtQztBQUNqRCxTQUFLLElBQUksUUFBUSxHQUFHLENBQUM7QUFBQSxFQUN2QjtBQUFBLEVBQ0EsTUFBTSxHQUFXLEdBQW1DO0FBQ2xELFNBQUssSUFBSSxTQUFTLEdBQUcsQ0FBQztBQUFBLEVBQ3hCO0FBQUEsRUFDQSxNQUFNLFdBQTJCO0FBQy9CLFdBQU8sSUFBSSxhQUFhLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDL0M7QUFBQSxFQUNRLElBQUksT0FBZSxTQUFpQixRQUF3QztBQUNsRixTQUFLLE1BQU0sS0FBSyxHQUFHLEtBQUssS0FBSyxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUcsU0FBUyxJQUFJLEtBQUssVUFBVSxNQUFNLENBQUMsS0FBSyxFQUFFLEVBQUU7QUFBQSxFQUNsRztBQUNGO0FBa0JBLGVBQXNCLGdCQUFnQixPQUEwQixDQUFDLEdBQUcsUUFBZSxZQUFzQztBQUN2SCxRQUFNLE9BQU8sVUFBTSw2QkFBUSwyQkFBSyx1QkFBTyxHQUFHLG1CQUFtQixDQUFDO0FBQzlELFFBQU0sZUFBVyx1QkFBSyxNQUFNLFdBQVcsUUFBUTtBQUMvQyxRQUFNLEtBQUssSUFBSSxxQ0FBZTtBQUM5QixRQUFNLEdBQUcsY0FBVSx1QkFBSyxVQUFVLFVBQVUsR0FBRyxJQUFJLFlBQVksRUFBRSxXQUFPLDhCQUFZLEtBQUssQ0FBQyxDQUFDO0FBQzNGLFFBQU0sU0FBUyxVQUFNLG1DQUFnQjtBQUNyQyxRQUFNLFdBQXFCO0FBQUEsSUFDekIsT0FBRyxpQ0FBZ0I7QUFBQSxJQUNuQixZQUFZLE9BQU87QUFBQSxJQUNuQixxQkFBcUI7QUFBQSxJQUNyQix5QkFBeUI7QUFBQSxJQUN6QiwrQkFBK0I7QUFBQSxJQUMvQixpQkFBaUI7QUFBQSxJQUNqQixnQkFBZ0I7QUFBQSxJQUNoQixHQUFHO0FBQUEsRUFDTDtBQUNBLFFBQU0sU0FBUyxJQUFJLGFBQWE7QUFDaEMsUUFBTSxjQUFjLE1BQU0sSUFBSSxtQ0FBYyxFQUFFLFFBQVEsWUFBWSxPQUFPLFFBQVEsVUFBVSxRQUFRLGNBQVUsdUJBQUssTUFBTSxPQUFPLEVBQUUsQ0FBQztBQUNsSSxRQUFNLFVBQTJCO0FBQUEsSUFDL0I7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUyxZQUFZO0FBQUEsSUFDckIsa0JBQWtCLE1BQU0sT0FBTyxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxxQkFBcUIsRUFBRSxXQUFXLHVCQUF1QjtBQUFBLElBQzVILEtBQUssQ0FBQyxVQUFVLENBQUMsVUFBTSwyQkFBWSxFQUFFLElBQUksVUFBVSxXQUFXLFFBQVEsU0FBUyxVQUFVLFFBQVEsR0FBRyxRQUFRLENBQUM7QUFBQSxJQUM3RyxNQUFNLGlCQUFpQjtBQUNyQixZQUFNLFFBQVEsUUFBUSxRQUFRO0FBQzlCLGNBQVEsVUFBVSxZQUFZO0FBQUEsSUFDaEM7QUFBQSxJQUNBLE1BQU0sVUFBVTtBQUNkLFlBQU0sUUFBUSxRQUFRLFFBQVE7QUFDOUIsWUFBTSxPQUFPLEtBQUs7QUFDbEIsZ0JBQU0sb0JBQUcsTUFBTSxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
