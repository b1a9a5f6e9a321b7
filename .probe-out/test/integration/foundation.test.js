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
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_helpers = require("./helpers");
const FAKE_KEY = "AIzaTEST-integration-key-0123456789abcdefXYZ";
describe("foundation: activation, API key, log, settings", () => {
  let api;
  before(async () => {
    api = await (0, import_helpers.activateExtension)();
    await api.apiKeys.clearApiKey();
  });
  it("activates and registers its commands", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ["storyWriter.setApiKey", "storyWriter.clearApiKey", "storyWriter.showLog"]) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });
  it("shows the welcome view while no key is stored", async () => {
    await vscode.commands.executeCommand("workbench.view.extension.storyWriter");
    assert.equal(await api.apiKeys.getApiKey(), void 0);
    await (0, import_helpers.screenshot)("01-welcome-no-key");
  });
  it("Set API Key with an argument stores the trimmed key and flips the context key", async () => {
    const changed = (0, import_helpers.nextEvent)(api.apiKeys.onDidChange, (has) => has);
    const stored = await vscode.commands.executeCommand("storyWriter.setApiKey", `  ${FAKE_KEY}  `);
    assert.equal(stored, true);
    assert.equal(await changed, true);
    assert.equal(await api.apiKeys.getApiKey(), FAKE_KEY);
    await (0, import_helpers.screenshot)("02-welcome-key-set");
  });
  it("Set API Key with an empty value changes nothing", async () => {
    const stored = await vscode.commands.executeCommand("storyWriter.setApiKey", "   ");
    assert.equal(stored, false);
    assert.equal(await api.apiKeys.getApiKey(), FAKE_KEY);
  });
  it("never writes the key to the log", async () => {
    await vscode.commands.executeCommand("storyWriter.showLog");
    const logDir = api.logUri.fsPath;
    const files = await collectLogFiles(path.dirname(logDir), "API key stored");
    assert.ok(files.length > 0, `no log file mentions the stored key event under ${path.dirname(logDir)}`);
    for (const f of files) assert.ok(!(0, import_node_fs.readFileSync)(f, "utf8").includes(FAKE_KEY), `${f} contains the API key`);
    for (const f of listFiles(path.dirname(logDir))) assert.ok(!(0, import_node_fs.readFileSync)(f, "utf8").includes(FAKE_KEY), `${f} contains the API key`);
  });
  it("Clear API Key removes the key", async () => {
    const changed = (0, import_helpers.nextEvent)(api.apiKeys.onDidChange, (has) => !has);
    const cleared = await vscode.commands.executeCommand("storyWriter.clearApiKey", { confirmed: true });
    assert.equal(cleared, true);
    assert.equal(await changed, false);
    assert.equal(await api.apiKeys.getApiKey(), void 0);
  });
  it("warns about a bad setting, naming the key, and uses the default", async () => {
    const config = vscode.workspace.getConfiguration("storyWriter");
    const changed = (0, import_helpers.nextEvent)(api.settings.onDidChange);
    await config.update("temperature", 5, vscode.ConfigurationTarget.Global);
    const settings = await changed;
    try {
      assert.equal(settings.temperature, 0.7);
      assert.ok(api.settings.problems.some((p) => p.key === "storyWriter.temperature"));
      assert.match(api.settings.lastWarning ?? "", /storyWriter\.temperature is 5 but must be a number from 0 to 2/);
      await vscode.commands.executeCommand("notifications.showList");
      await (0, import_helpers.screenshot)("03-bad-setting-warning");
      await vscode.commands.executeCommand("notifications.hideList");
    } finally {
      const restored = (0, import_helpers.nextEvent)(api.settings.onDidChange);
      await config.update("temperature", void 0, vscode.ConfigurationTarget.Global);
      await restored;
    }
    assert.equal(api.settings.problems.length, 0);
  });
});
function listFiles(dir) {
  const out = [];
  for (const e of (0, import_node_fs.readdirSync)(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if ((0, import_node_fs.statSync)(p).size < 2e7) out.push(p);
  }
  return out;
}
async function collectLogFiles(dir, needle) {
  let found = [];
  await (0, import_helpers.waitFor)(`a log file containing "${needle}"`, () => {
    found = listFiles(dir).filter((f) => (0, import_node_fs.readFileSync)(f, "utf8").includes(needle));
    return found.length > 0;
  });
  return found;
}
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9mb3VuZGF0aW9uLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYywgc3RhdFN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBTdG9yeVdyaXRlckFwaSB9IGZyb20gJy4uLy4uL3NyYy9leHRlbnNpb24nO1xuaW1wb3J0IHsgYWN0aXZhdGVFeHRlbnNpb24sIG5leHRFdmVudCwgc2NyZWVuc2hvdCwgd2FpdEZvciB9IGZyb20gJy4vaGVscGVycyc7XG5cbmNvbnN0IEZBS0VfS0VZID0gJ0FJemFURVNULWludGVncmF0aW9uLWtleS0wMTIzNDU2Nzg5YWJjZGVmWFlaJztcblxuZGVzY3JpYmUoJ2ZvdW5kYXRpb246IGFjdGl2YXRpb24sIEFQSSBrZXksIGxvZywgc2V0dGluZ3MnLCAoKSA9PiB7XG4gIGxldCBhcGk6IFN0b3J5V3JpdGVyQXBpO1xuXG4gIGJlZm9yZShhc3luYyAoKSA9PiB7XG4gICAgYXBpID0gYXdhaXQgYWN0aXZhdGVFeHRlbnNpb24oKTtcbiAgICBhd2FpdCBhcGkuYXBpS2V5cy5jbGVhckFwaUtleSgpO1xuICB9KTtcblxuICBpdCgnYWN0aXZhdGVzIGFuZCByZWdpc3RlcnMgaXRzIGNvbW1hbmRzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGNvbW1hbmRzID0gYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmdldENvbW1hbmRzKHRydWUpO1xuICAgIGZvciAoY29uc3QgaWQgb2YgWydzdG9yeVdyaXRlci5zZXRBcGlLZXknLCAnc3RvcnlXcml0ZXIuY2xlYXJBcGlLZXknLCAnc3RvcnlXcml0ZXIuc2hvd0xvZyddKSB7XG4gICAgICBhc3NlcnQub2soY29tbWFuZHMuaW5jbHVkZXMoaWQpLCBgJHtpZH0gaXMgbm90IHJlZ2lzdGVyZWRgKTtcbiAgICB9XG4gIH0pO1xuXG4gIGl0KCdzaG93cyB0aGUgd2VsY29tZSB2aWV3IHdoaWxlIG5vIGtleSBpcyBzdG9yZWQnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2gudmlldy5leHRlbnNpb24uc3RvcnlXcml0ZXInKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgYXBpLmFwaUtleXMuZ2V0QXBpS2V5KCksIHVuZGVmaW5lZCk7XG4gICAgYXdhaXQgc2NyZWVuc2hvdCgnMDEtd2VsY29tZS1uby1rZXknKTtcbiAgfSk7XG5cbiAgaXQoJ1NldCBBUEkgS2V5IHdpdGggYW4gYXJndW1lbnQgc3RvcmVzIHRoZSB0cmltbWVkIGtleSBhbmQgZmxpcHMgdGhlIGNvbnRleHQga2V5JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGNoYW5nZWQgPSBuZXh0RXZlbnQoYXBpLmFwaUtleXMub25EaWRDaGFuZ2UsIChoYXMpID0+IGhhcyk7XG4gICAgY29uc3Qgc3RvcmVkID0gYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kPGJvb2xlYW4+KCdzdG9yeVdyaXRlci5zZXRBcGlLZXknLCBgICAke0ZBS0VfS0VZfSAgYCk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0b3JlZCwgdHJ1ZSk7XG4gICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGNoYW5nZWQsIHRydWUpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBhcGkuYXBpS2V5cy5nZXRBcGlLZXkoKSwgRkFLRV9LRVkpO1xuICAgIGF3YWl0IHNjcmVlbnNob3QoJzAyLXdlbGNvbWUta2V5LXNldCcpO1xuICB9KTtcblxuICBpdCgnU2V0IEFQSSBLZXkgd2l0aCBhbiBlbXB0eSB2YWx1ZSBjaGFuZ2VzIG5vdGhpbmcnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3Qgc3RvcmVkID0gYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kPGJvb2xlYW4+KCdzdG9yeVdyaXRlci5zZXRBcGlLZXknLCAnICAgJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0b3JlZCwgZmFsc2UpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBhcGkuYXBpS2V5cy5nZXRBcGlLZXkoKSwgRkFLRV9LRVkpO1xuICB9KTtcblxuICBpdCgnbmV2ZXIgd3JpdGVzIHRoZSBrZXkgdG8gdGhlIGxvZycsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3N0b3J5V3JpdGVyLnNob3dMb2cnKTtcbiAgICBjb25zdCBsb2dEaXIgPSBhcGkubG9nVXJpLmZzUGF0aDtcbiAgICAvLyBUaGUgY2hhbm5lbCdzIGZpbGUgbGl2ZXMgbmV4dCB0byAob3IgdW5kZXIpIHRoZSBleHRlbnNpb24ncyBsb2cgZm9sZGVyLlxuICAgIGNvbnN0IGZpbGVzID0gYXdhaXQgY29sbGVjdExvZ0ZpbGVzKHBhdGguZGlybmFtZShsb2dEaXIpLCAnQVBJIGtleSBzdG9yZWQnKTtcbiAgICBhc3NlcnQub2soZmlsZXMubGVuZ3RoID4gMCwgYG5vIGxvZyBmaWxlIG1lbnRpb25zIHRoZSBzdG9yZWQga2V5IGV2ZW50IHVuZGVyICR7cGF0aC5kaXJuYW1lKGxvZ0Rpcil9YCk7XG4gICAgZm9yIChjb25zdCBmIG9mIGZpbGVzKSBhc3NlcnQub2soIXJlYWRGaWxlU3luYyhmLCAndXRmOCcpLmluY2x1ZGVzKEZBS0VfS0VZKSwgYCR7Zn0gY29udGFpbnMgdGhlIEFQSSBrZXlgKTtcbiAgICBmb3IgKGNvbnN0IGYgb2YgbGlzdEZpbGVzKHBhdGguZGlybmFtZShsb2dEaXIpKSkgYXNzZXJ0Lm9rKCFyZWFkRmlsZVN5bmMoZiwgJ3V0ZjgnKS5pbmNsdWRlcyhGQUtFX0tFWSksIGAke2Z9IGNvbnRhaW5zIHRoZSBBUEkga2V5YCk7XG4gIH0pO1xuXG4gIGl0KCdDbGVhciBBUEkgS2V5IHJlbW92ZXMgdGhlIGtleScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjaGFuZ2VkID0gbmV4dEV2ZW50KGFwaS5hcGlLZXlzLm9uRGlkQ2hhbmdlLCAoaGFzKSA9PiAhaGFzKTtcbiAgICBjb25zdCBjbGVhcmVkID0gYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kPGJvb2xlYW4+KCdzdG9yeVdyaXRlci5jbGVhckFwaUtleScsIHsgY29uZmlybWVkOiB0cnVlIH0pO1xuICAgIGFzc2VydC5lcXVhbChjbGVhcmVkLCB0cnVlKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgY2hhbmdlZCwgZmFsc2UpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBhcGkuYXBpS2V5cy5nZXRBcGlLZXkoKSwgdW5kZWZpbmVkKTtcbiAgfSk7XG5cbiAgaXQoJ3dhcm5zIGFib3V0IGEgYmFkIHNldHRpbmcsIG5hbWluZyB0aGUga2V5LCBhbmQgdXNlcyB0aGUgZGVmYXVsdCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjb25maWcgPSB2c2NvZGUud29ya3NwYWNlLmdldENvbmZpZ3VyYXRpb24oJ3N0b3J5V3JpdGVyJyk7XG4gICAgY29uc3QgY2hhbmdlZCA9IG5leHRFdmVudChhcGkuc2V0dGluZ3Mub25EaWRDaGFuZ2UpO1xuICAgIGF3YWl0IGNvbmZpZy51cGRhdGUoJ3RlbXBlcmF0dXJlJywgNSwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuR2xvYmFsKTtcbiAgICBjb25zdCBzZXR0aW5ncyA9IGF3YWl0IGNoYW5nZWQ7XG4gICAgdHJ5IHtcbiAgICAgIGFzc2VydC5lcXVhbChzZXR0aW5ncy50ZW1wZXJhdHVyZSwgMC43KTtcbiAgICAgIGFzc2VydC5vayhhcGkuc2V0dGluZ3MucHJvYmxlbXMuc29tZSgocCkgPT4gcC5rZXkgPT09ICdzdG9yeVdyaXRlci50ZW1wZXJhdHVyZScpKTtcbiAgICAgIGFzc2VydC5tYXRjaChhcGkuc2V0dGluZ3MubGFzdFdhcm5pbmcgPz8gJycsIC9zdG9yeVdyaXRlclxcLnRlbXBlcmF0dXJlIGlzIDUgYnV0IG11c3QgYmUgYSBudW1iZXIgZnJvbSAwIHRvIDIvKTtcbiAgICAgIC8vIFRvYXN0cyBhcmUgbm90IGRyYXduIGluIHRoZSBhdXRvbWF0ZWQgd29ya2JlbmNoOyB0aGUgbm90aWZpY2F0aW9uIGxpc3Qgc2hvd3MgdGhlIHdhcm5pbmcuXG4gICAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ25vdGlmaWNhdGlvbnMuc2hvd0xpc3QnKTtcbiAgICAgIGF3YWl0IHNjcmVlbnNob3QoJzAzLWJhZC1zZXR0aW5nLXdhcm5pbmcnKTtcbiAgICAgIGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnbm90aWZpY2F0aW9ucy5oaWRlTGlzdCcpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBjb25zdCByZXN0b3JlZCA9IG5leHRFdmVudChhcGkuc2V0dGluZ3Mub25EaWRDaGFuZ2UpO1xuICAgICAgYXdhaXQgY29uZmlnLnVwZGF0ZSgndGVtcGVyYXR1cmUnLCB1bmRlZmluZWQsIHZzY29kZS5Db25maWd1cmF0aW9uVGFyZ2V0Lkdsb2JhbCk7XG4gICAgICBhd2FpdCByZXN0b3JlZDtcbiAgICB9XG4gICAgYXNzZXJ0LmVxdWFsKGFwaS5zZXR0aW5ncy5wcm9ibGVtcy5sZW5ndGgsIDApO1xuICB9KTtcbn0pO1xuXG5mdW5jdGlvbiBsaXN0RmlsZXMoZGlyOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBlIG9mIHJlYWRkaXJTeW5jKGRpciwgeyB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pKSB7XG4gICAgY29uc3QgcCA9IHBhdGguam9pbihkaXIsIGUubmFtZSk7XG4gICAgaWYgKGUuaXNEaXJlY3RvcnkoKSkgb3V0LnB1c2goLi4ubGlzdEZpbGVzKHApKTtcbiAgICBlbHNlIGlmIChzdGF0U3luYyhwKS5zaXplIDwgMjBfMDAwXzAwMCkgb3V0LnB1c2gocCk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY29sbGVjdExvZ0ZpbGVzKGRpcjogc3RyaW5nLCBuZWVkbGU6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgbGV0IGZvdW5kOiBzdHJpbmdbXSA9IFtdO1xuICAvLyBUaGUgbG9nIGNoYW5uZWwgZmx1c2hlcyB0byBkaXNrIGFzeW5jaHJvbm91c2x5LlxuICBhd2FpdCB3YWl0Rm9yKGBhIGxvZyBmaWxlIGNvbnRhaW5pbmcgXCIke25lZWRsZX1cImAsICgpID0+IHtcbiAgICBmb3VuZCA9IGxpc3RGaWxlcyhkaXIpLmZpbHRlcigoZikgPT4gcmVhZEZpbGVTeW5jKGYsICd1dGY4JykuaW5jbHVkZXMobmVlZGxlKSk7XG4gICAgcmV0dXJuIGZvdW5kLmxlbmd0aCA+IDA7XG4gIH0pO1xuICByZXR1cm4gZm91bmQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLHFCQUFvRDtBQUNwRCxXQUFzQjtBQUN0QixhQUF3QjtBQUV4QixxQkFBa0U7QUFFbEUsTUFBTSxXQUFXO0FBRWpCLFNBQVMsa0RBQWtELE1BQU07QUFDL0QsTUFBSTtBQUVKLFNBQU8sWUFBWTtBQUNqQixVQUFNLFVBQU0sa0NBQWtCO0FBQzlCLFVBQU0sSUFBSSxRQUFRLFlBQVk7QUFBQSxFQUNoQyxDQUFDO0FBRUQsS0FBRyx3Q0FBd0MsWUFBWTtBQUNyRCxVQUFNLFdBQVcsTUFBTSxPQUFPLFNBQVMsWUFBWSxJQUFJO0FBQ3ZELGVBQVcsTUFBTSxDQUFDLHlCQUF5QiwyQkFBMkIscUJBQXFCLEdBQUc7QUFDNUYsYUFBTyxHQUFHLFNBQVMsU0FBUyxFQUFFLEdBQUcsR0FBRyxFQUFFLG9CQUFvQjtBQUFBLElBQzVEO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyxpREFBaUQsWUFBWTtBQUM5RCxVQUFNLE9BQU8sU0FBUyxlQUFlLHNDQUFzQztBQUMzRSxXQUFPLE1BQU0sTUFBTSxJQUFJLFFBQVEsVUFBVSxHQUFHLE1BQVM7QUFDckQsY0FBTSwyQkFBVyxtQkFBbUI7QUFBQSxFQUN0QyxDQUFDO0FBRUQsS0FBRyxpRkFBaUYsWUFBWTtBQUM5RixVQUFNLGNBQVUsMEJBQVUsSUFBSSxRQUFRLGFBQWEsQ0FBQyxRQUFRLEdBQUc7QUFDL0QsVUFBTSxTQUFTLE1BQU0sT0FBTyxTQUFTLGVBQXdCLHlCQUF5QixLQUFLLFFBQVEsSUFBSTtBQUN2RyxXQUFPLE1BQU0sUUFBUSxJQUFJO0FBQ3pCLFdBQU8sTUFBTSxNQUFNLFNBQVMsSUFBSTtBQUNoQyxXQUFPLE1BQU0sTUFBTSxJQUFJLFFBQVEsVUFBVSxHQUFHLFFBQVE7QUFDcEQsY0FBTSwyQkFBVyxvQkFBb0I7QUFBQSxFQUN2QyxDQUFDO0FBRUQsS0FBRyxtREFBbUQsWUFBWTtBQUNoRSxVQUFNLFNBQVMsTUFBTSxPQUFPLFNBQVMsZUFBd0IseUJBQXlCLEtBQUs7QUFDM0YsV0FBTyxNQUFNLFFBQVEsS0FBSztBQUMxQixXQUFPLE1BQU0sTUFBTSxJQUFJLFFBQVEsVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUN0RCxDQUFDO0FBRUQsS0FBRyxtQ0FBbUMsWUFBWTtBQUNoRCxVQUFNLE9BQU8sU0FBUyxlQUFlLHFCQUFxQjtBQUMxRCxVQUFNLFNBQVMsSUFBSSxPQUFPO0FBRTFCLFVBQU0sUUFBUSxNQUFNLGdCQUFnQixLQUFLLFFBQVEsTUFBTSxHQUFHLGdCQUFnQjtBQUMxRSxXQUFPLEdBQUcsTUFBTSxTQUFTLEdBQUcsbURBQW1ELEtBQUssUUFBUSxNQUFNLENBQUMsRUFBRTtBQUNyRyxlQUFXLEtBQUssTUFBTyxRQUFPLEdBQUcsS0FBQyw2QkFBYSxHQUFHLE1BQU0sRUFBRSxTQUFTLFFBQVEsR0FBRyxHQUFHLENBQUMsdUJBQXVCO0FBQ3pHLGVBQVcsS0FBSyxVQUFVLEtBQUssUUFBUSxNQUFNLENBQUMsRUFBRyxRQUFPLEdBQUcsS0FBQyw2QkFBYSxHQUFHLE1BQU0sRUFBRSxTQUFTLFFBQVEsR0FBRyxHQUFHLENBQUMsdUJBQXVCO0FBQUEsRUFDckksQ0FBQztBQUVELEtBQUcsaUNBQWlDLFlBQVk7QUFDOUMsVUFBTSxjQUFVLDBCQUFVLElBQUksUUFBUSxhQUFhLENBQUMsUUFBUSxDQUFDLEdBQUc7QUFDaEUsVUFBTSxVQUFVLE1BQU0sT0FBTyxTQUFTLGVBQXdCLDJCQUEyQixFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzVHLFdBQU8sTUFBTSxTQUFTLElBQUk7QUFDMUIsV0FBTyxNQUFNLE1BQU0sU0FBUyxLQUFLO0FBQ2pDLFdBQU8sTUFBTSxNQUFNLElBQUksUUFBUSxVQUFVLEdBQUcsTUFBUztBQUFBLEVBQ3ZELENBQUM7QUFFRCxLQUFHLG1FQUFtRSxZQUFZO0FBQ2hGLFVBQU0sU0FBUyxPQUFPLFVBQVUsaUJBQWlCLGFBQWE7QUFDOUQsVUFBTSxjQUFVLDBCQUFVLElBQUksU0FBUyxXQUFXO0FBQ2xELFVBQU0sT0FBTyxPQUFPLGVBQWUsR0FBRyxPQUFPLG9CQUFvQixNQUFNO0FBQ3ZFLFVBQU0sV0FBVyxNQUFNO0FBQ3ZCLFFBQUk7QUFDRixhQUFPLE1BQU0sU0FBUyxhQUFhLEdBQUc7QUFDdEMsYUFBTyxHQUFHLElBQUksU0FBUyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsUUFBUSx5QkFBeUIsQ0FBQztBQUNoRixhQUFPLE1BQU0sSUFBSSxTQUFTLGVBQWUsSUFBSSxnRUFBZ0U7QUFFN0csWUFBTSxPQUFPLFNBQVMsZUFBZSx3QkFBd0I7QUFDN0QsZ0JBQU0sMkJBQVcsd0JBQXdCO0FBQ3pDLFlBQU0sT0FBTyxTQUFTLGVBQWUsd0JBQXdCO0FBQUEsSUFDL0QsVUFBRTtBQUNBLFlBQU0sZUFBVywwQkFBVSxJQUFJLFNBQVMsV0FBVztBQUNuRCxZQUFNLE9BQU8sT0FBTyxlQUFlLFFBQVcsT0FBTyxvQkFBb0IsTUFBTTtBQUMvRSxZQUFNO0FBQUEsSUFDUjtBQUNBLFdBQU8sTUFBTSxJQUFJLFNBQVMsU0FBUyxRQUFRLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsVUFBVSxLQUF1QjtBQUN4QyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBVyxTQUFLLDRCQUFZLEtBQUssRUFBRSxlQUFlLEtBQUssQ0FBQyxHQUFHO0FBQ3pELFVBQU0sSUFBSSxLQUFLLEtBQUssS0FBSyxFQUFFLElBQUk7QUFDL0IsUUFBSSxFQUFFLFlBQVksRUFBRyxLQUFJLEtBQUssR0FBRyxVQUFVLENBQUMsQ0FBQztBQUFBLGlCQUNwQyx5QkFBUyxDQUFDLEVBQUUsT0FBTyxJQUFZLEtBQUksS0FBSyxDQUFDO0FBQUEsRUFDcEQ7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxlQUFlLGdCQUFnQixLQUFhLFFBQW1DO0FBQzdFLE1BQUksUUFBa0IsQ0FBQztBQUV2QixZQUFNLHdCQUFRLDBCQUEwQixNQUFNLEtBQUssTUFBTTtBQUN2RCxZQUFRLFVBQVUsR0FBRyxFQUFFLE9BQU8sQ0FBQyxVQUFNLDZCQUFhLEdBQUcsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQzdFLFdBQU8sTUFBTSxTQUFTO0FBQUEsRUFDeEIsQ0FBQztBQUNELFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
