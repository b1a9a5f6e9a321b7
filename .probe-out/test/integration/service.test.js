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
var vscode = __toESM(require("vscode"));
var import_fakeGemini = require("../support/fakeGemini");
var import_helpers = require("./helpers");
describe("service commands against the Gemini-protocol server", () => {
  let api;
  let server;
  const config = () => vscode.workspace.getConfiguration("storyWriter");
  before(async () => {
    api = await (0, import_helpers.activateExtension)();
    server = await (0, import_fakeGemini.startFakeGemini)();
    await config().update("apiBaseUrl", server.baseUrl, vscode.ConfigurationTarget.Global);
    await api.apiKeys.setApiKey(server.apiKey);
  });
  after(async () => {
    await config().update("apiBaseUrl", void 0, vscode.ConfigurationTarget.Global);
    await server.stop();
  });
  it("Test Connection reports ok for a valid key and model, through the real SDK", async () => {
    const status = await vscode.commands.executeCommand("storyWriter.testConnection");
    assert.equal(status, "ok");
    const get = server.requests.find((r) => r.action === "getModel");
    assert.ok(get, "the server saw no models.get request");
    assert.equal(get.hadKeyHeader, true);
    assert.equal(get.keyInQuery, false);
  });
  it("Test Connection reports an invalid key with the Set API Key action", async () => {
    await api.apiKeys.setApiKey("not-the-right-key-000");
    try {
      const status = await vscode.commands.executeCommand("storyWriter.testConnection");
      assert.equal(status, "invalid-key");
      await vscode.commands.executeCommand("notifications.showList");
      await (0, import_helpers.screenshot)("04-invalid-key-error");
      await vscode.commands.executeCommand("notifications.hideList");
    } finally {
      await api.apiKeys.setApiKey(server.apiKey);
    }
  });
  it("Clear Cache empties the response cache and the statistics view shows the figures", async () => {
    await api.service.generateText({ model: "gemini-2.5-flash", prompt: "Write about 30 words about rain." });
    await api.service.generateText({ model: "gemini-2.5-flash", prompt: "Write about 30 words about rain." });
    let stats = api.service.getStatistics();
    assert.equal(stats.cacheHits, 1);
    assert.ok(stats.cacheEntries >= 1);
    await vscode.commands.executeCommand("storyWriter.showStatistics");
    await (0, import_helpers.screenshot)("05-statistics-view");
    await vscode.commands.executeCommand("storyWriter.clearCache");
    stats = api.service.getStatistics();
    assert.equal(stats.cacheEntries, 0);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9zZXJ2aWNlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IFN0b3J5V3JpdGVyQXBpIH0gZnJvbSAnLi4vLi4vc3JjL2V4dGVuc2lvbic7XG5pbXBvcnQgeyBzdGFydEZha2VHZW1pbmksIHR5cGUgRmFrZUdlbWluaSB9IGZyb20gJy4uL3N1cHBvcnQvZmFrZUdlbWluaSc7XG5pbXBvcnQgeyBhY3RpdmF0ZUV4dGVuc2lvbiwgc2NyZWVuc2hvdCB9IGZyb20gJy4vaGVscGVycyc7XG5cbmRlc2NyaWJlKCdzZXJ2aWNlIGNvbW1hbmRzIGFnYWluc3QgdGhlIEdlbWluaS1wcm90b2NvbCBzZXJ2ZXInLCAoKSA9PiB7XG4gIGxldCBhcGk6IFN0b3J5V3JpdGVyQXBpO1xuICBsZXQgc2VydmVyOiBGYWtlR2VtaW5pO1xuICBjb25zdCBjb25maWcgPSAoKSA9PiB2c2NvZGUud29ya3NwYWNlLmdldENvbmZpZ3VyYXRpb24oJ3N0b3J5V3JpdGVyJyk7XG5cbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICBhcGkgPSBhd2FpdCBhY3RpdmF0ZUV4dGVuc2lvbigpO1xuICAgIHNlcnZlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSgpO1xuICAgIGF3YWl0IGNvbmZpZygpLnVwZGF0ZSgnYXBpQmFzZVVybCcsIHNlcnZlci5iYXNlVXJsLCB2c2NvZGUuQ29uZmlndXJhdGlvblRhcmdldC5HbG9iYWwpO1xuICAgIGF3YWl0IGFwaS5hcGlLZXlzLnNldEFwaUtleShzZXJ2ZXIuYXBpS2V5KTtcbiAgfSk7XG5cbiAgYWZ0ZXIoYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IGNvbmZpZygpLnVwZGF0ZSgnYXBpQmFzZVVybCcsIHVuZGVmaW5lZCwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuR2xvYmFsKTtcbiAgICBhd2FpdCBzZXJ2ZXIuc3RvcCgpO1xuICB9KTtcblxuICBpdCgnVGVzdCBDb25uZWN0aW9uIHJlcG9ydHMgb2sgZm9yIGEgdmFsaWQga2V5IGFuZCBtb2RlbCwgdGhyb3VnaCB0aGUgcmVhbCBTREsnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3Qgc3RhdHVzID0gYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kPHN0cmluZz4oJ3N0b3J5V3JpdGVyLnRlc3RDb25uZWN0aW9uJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cywgJ29rJyk7XG4gICAgY29uc3QgZ2V0ID0gc2VydmVyLnJlcXVlc3RzLmZpbmQoKHIpID0+IHIuYWN0aW9uID09PSAnZ2V0TW9kZWwnKTtcbiAgICBhc3NlcnQub2soZ2V0LCAndGhlIHNlcnZlciBzYXcgbm8gbW9kZWxzLmdldCByZXF1ZXN0Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGdldC5oYWRLZXlIZWFkZXIsIHRydWUpO1xuICAgIGFzc2VydC5lcXVhbChnZXQua2V5SW5RdWVyeSwgZmFsc2UpO1xuICB9KTtcblxuICBpdCgnVGVzdCBDb25uZWN0aW9uIHJlcG9ydHMgYW4gaW52YWxpZCBrZXkgd2l0aCB0aGUgU2V0IEFQSSBLZXkgYWN0aW9uJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IGFwaS5hcGlLZXlzLnNldEFwaUtleSgnbm90LXRoZS1yaWdodC1rZXktMDAwJyk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZDxzdHJpbmc+KCdzdG9yeVdyaXRlci50ZXN0Q29ubmVjdGlvbicpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXR1cywgJ2ludmFsaWQta2V5Jyk7XG4gICAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ25vdGlmaWNhdGlvbnMuc2hvd0xpc3QnKTtcbiAgICAgIGF3YWl0IHNjcmVlbnNob3QoJzA0LWludmFsaWQta2V5LWVycm9yJyk7XG4gICAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ25vdGlmaWNhdGlvbnMuaGlkZUxpc3QnKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgYXdhaXQgYXBpLmFwaUtleXMuc2V0QXBpS2V5KHNlcnZlci5hcGlLZXkpO1xuICAgIH1cbiAgfSk7XG5cbiAgaXQoJ0NsZWFyIENhY2hlIGVtcHRpZXMgdGhlIHJlc3BvbnNlIGNhY2hlIGFuZCB0aGUgc3RhdGlzdGljcyB2aWV3IHNob3dzIHRoZSBmaWd1cmVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IGFwaS5zZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiAnZ2VtaW5pLTIuNS1mbGFzaCcsIHByb21wdDogJ1dyaXRlIGFib3V0IDMwIHdvcmRzIGFib3V0IHJhaW4uJyB9KTtcbiAgICBhd2FpdCBhcGkuc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogJ2dlbWluaS0yLjUtZmxhc2gnLCBwcm9tcHQ6ICdXcml0ZSBhYm91dCAzMCB3b3JkcyBhYm91dCByYWluLicgfSk7XG4gICAgbGV0IHN0YXRzID0gYXBpLnNlcnZpY2UuZ2V0U3RhdGlzdGljcygpO1xuICAgIGFzc2VydC5lcXVhbChzdGF0cy5jYWNoZUhpdHMsIDEpO1xuICAgIGFzc2VydC5vayhzdGF0cy5jYWNoZUVudHJpZXMgPj0gMSk7XG4gICAgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdzdG9yeVdyaXRlci5zaG93U3RhdGlzdGljcycpO1xuICAgIGF3YWl0IHNjcmVlbnNob3QoJzA1LXN0YXRpc3RpY3MtdmlldycpO1xuICAgIGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnc3RvcnlXcml0ZXIuY2xlYXJDYWNoZScpO1xuICAgIHN0YXRzID0gYXBpLnNlcnZpY2UuZ2V0U3RhdGlzdGljcygpO1xuICAgIGFzc2VydC5lcXVhbChzdGF0cy5jYWNoZUVudHJpZXMsIDApO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixhQUF3QjtBQUV4Qix3QkFBaUQ7QUFDakQscUJBQThDO0FBRTlDLFNBQVMsdURBQXVELE1BQU07QUFDcEUsTUFBSTtBQUNKLE1BQUk7QUFDSixRQUFNLFNBQVMsTUFBTSxPQUFPLFVBQVUsaUJBQWlCLGFBQWE7QUFFcEUsU0FBTyxZQUFZO0FBQ2pCLFVBQU0sVUFBTSxrQ0FBa0I7QUFDOUIsYUFBUyxVQUFNLG1DQUFnQjtBQUMvQixVQUFNLE9BQU8sRUFBRSxPQUFPLGNBQWMsT0FBTyxTQUFTLE9BQU8sb0JBQW9CLE1BQU07QUFDckYsVUFBTSxJQUFJLFFBQVEsVUFBVSxPQUFPLE1BQU07QUFBQSxFQUMzQyxDQUFDO0FBRUQsUUFBTSxZQUFZO0FBQ2hCLFVBQU0sT0FBTyxFQUFFLE9BQU8sY0FBYyxRQUFXLE9BQU8sb0JBQW9CLE1BQU07QUFDaEYsVUFBTSxPQUFPLEtBQUs7QUFBQSxFQUNwQixDQUFDO0FBRUQsS0FBRyw4RUFBOEUsWUFBWTtBQUMzRixVQUFNLFNBQVMsTUFBTSxPQUFPLFNBQVMsZUFBdUIsNEJBQTRCO0FBQ3hGLFdBQU8sTUFBTSxRQUFRLElBQUk7QUFDekIsVUFBTSxNQUFNLE9BQU8sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsVUFBVTtBQUMvRCxXQUFPLEdBQUcsS0FBSyxzQ0FBc0M7QUFDckQsV0FBTyxNQUFNLElBQUksY0FBYyxJQUFJO0FBQ25DLFdBQU8sTUFBTSxJQUFJLFlBQVksS0FBSztBQUFBLEVBQ3BDLENBQUM7QUFFRCxLQUFHLHNFQUFzRSxZQUFZO0FBQ25GLFVBQU0sSUFBSSxRQUFRLFVBQVUsdUJBQXVCO0FBQ25ELFFBQUk7QUFDRixZQUFNLFNBQVMsTUFBTSxPQUFPLFNBQVMsZUFBdUIsNEJBQTRCO0FBQ3hGLGFBQU8sTUFBTSxRQUFRLGFBQWE7QUFDbEMsWUFBTSxPQUFPLFNBQVMsZUFBZSx3QkFBd0I7QUFDN0QsZ0JBQU0sMkJBQVcsc0JBQXNCO0FBQ3ZDLFlBQU0sT0FBTyxTQUFTLGVBQWUsd0JBQXdCO0FBQUEsSUFDL0QsVUFBRTtBQUNBLFlBQU0sSUFBSSxRQUFRLFVBQVUsT0FBTyxNQUFNO0FBQUEsSUFDM0M7QUFBQSxFQUNGLENBQUM7QUFFRCxLQUFHLG9GQUFvRixZQUFZO0FBQ2pHLFVBQU0sSUFBSSxRQUFRLGFBQWEsRUFBRSxPQUFPLG9CQUFvQixRQUFRLG1DQUFtQyxDQUFDO0FBQ3hHLFVBQU0sSUFBSSxRQUFRLGFBQWEsRUFBRSxPQUFPLG9CQUFvQixRQUFRLG1DQUFtQyxDQUFDO0FBQ3hHLFFBQUksUUFBUSxJQUFJLFFBQVEsY0FBYztBQUN0QyxXQUFPLE1BQU0sTUFBTSxXQUFXLENBQUM7QUFDL0IsV0FBTyxHQUFHLE1BQU0sZ0JBQWdCLENBQUM7QUFDakMsVUFBTSxPQUFPLFNBQVMsZUFBZSw0QkFBNEI7QUFDakUsY0FBTSwyQkFBVyxvQkFBb0I7QUFDckMsVUFBTSxPQUFPLFNBQVMsZUFBZSx3QkFBd0I7QUFDN0QsWUFBUSxJQUFJLFFBQVEsY0FBYztBQUNsQyxXQUFPLE1BQU0sTUFBTSxjQUFjLENBQUM7QUFBQSxFQUNwQyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
