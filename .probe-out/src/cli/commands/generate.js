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
var generate_exports = {};
__export(generate_exports, {
  generate: () => generate,
  generateHelp: () => generateHelp
});
module.exports = __toCommonJS(generate_exports);
var import_node_util = require("node:util");
var import_gemini = require("../../gemini");
var import_cliError = require("../cliError");
var import_config = require("../config");
var import_host = require("../host");
const generateHelp = `story-writer generate --prompt TEXT [--system TEXT] [--model M] [--no-cache] [--json] [--config FILE] [--verbose]

Sends one prompt to Gemini and prints the reply. On a terminal the reply streams as it arrives;
in a pipe or a file only the final, complete text is written. --json prints one object with the
text, finishReason, usage and the service's statistics.`;
async function generate(argv, io) {
  const { values } = (0, import_node_util.parseArgs)({
    args: argv,
    options: {
      prompt: { type: "string" },
      system: { type: "string" },
      model: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      config: { type: "string" },
      verbose: { type: "boolean", short: "v", default: false }
    },
    strict: true
  });
  if (!values.prompt?.trim()) throw new import_cliError.UsageError("generate needs --prompt TEXT (the text to send to Gemini).");
  const settings = await (0, import_config.loadSettings)(values.config);
  const service = (0, import_host.serviceFor)(io, settings, (0, import_host.loggerFor)(io, values.verbose));
  const live = !values.json && io.stdout.isTTY === true;
  try {
    const result = await service.generateText(
      { model: values.model ?? settings.model, prompt: values.prompt, ...values.system ? { systemInstruction: values.system } : {} },
      {
        signal: io.signal,
        bypassCache: values["no-cache"],
        label: "generate",
        ...live ? {
          onText: (delta) => io.stdout.write(delta),
          onRestart: () => io.stderr.write("\n[story-writer] the stream was cut; starting the reply again\n")
        } : {}
      }
    );
    if (values.json) {
      const { text, finishReason, truncated, usage, model, fromCache, durationMs } = result;
      io.stdout.write(`${JSON.stringify({ text, finishReason, truncated, usage, model, fromCache, durationMs, statistics: service.getStatistics() })}
`);
    } else if (live) {
      io.stdout.write("\n");
    } else {
      io.stdout.write(result.text.endsWith("\n") ? result.text : `${result.text}
`);
    }
    if (result.truncated) io.stderr.write("story-writer: the reply stopped at the output-token limit; raise storyWriter.maxOutputTokens for longer text.\n");
    return import_gemini.EXIT_CODES.ok;
  } finally {
    await service.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  generate,
  generateHelp
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9nZW5lcmF0ZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgcGFyc2VBcmdzIH0gZnJvbSAnbm9kZTp1dGlsJztcbmltcG9ydCB7IEVYSVRfQ09ERVMgfSBmcm9tICcuLi8uLi9nZW1pbmknO1xuaW1wb3J0IHsgVXNhZ2VFcnJvciB9IGZyb20gJy4uL2NsaUVycm9yJztcbmltcG9ydCB7IGxvYWRTZXR0aW5ncyB9IGZyb20gJy4uL2NvbmZpZyc7XG5pbXBvcnQgeyBsb2dnZXJGb3IsIHNlcnZpY2VGb3IsIHR5cGUgQ2xpSW8gfSBmcm9tICcuLi9ob3N0JztcblxuZXhwb3J0IGNvbnN0IGdlbmVyYXRlSGVscCA9IGBzdG9yeS13cml0ZXIgZ2VuZXJhdGUgLS1wcm9tcHQgVEVYVCBbLS1zeXN0ZW0gVEVYVF0gWy0tbW9kZWwgTV0gWy0tbm8tY2FjaGVdIFstLWpzb25dIFstLWNvbmZpZyBGSUxFXSBbLS12ZXJib3NlXVxuXG5TZW5kcyBvbmUgcHJvbXB0IHRvIEdlbWluaSBhbmQgcHJpbnRzIHRoZSByZXBseS4gT24gYSB0ZXJtaW5hbCB0aGUgcmVwbHkgc3RyZWFtcyBhcyBpdCBhcnJpdmVzO1xuaW4gYSBwaXBlIG9yIGEgZmlsZSBvbmx5IHRoZSBmaW5hbCwgY29tcGxldGUgdGV4dCBpcyB3cml0dGVuLiAtLWpzb24gcHJpbnRzIG9uZSBvYmplY3Qgd2l0aCB0aGVcbnRleHQsIGZpbmlzaFJlYXNvbiwgdXNhZ2UgYW5kIHRoZSBzZXJ2aWNlJ3Mgc3RhdGlzdGljcy5gO1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZ2VuZXJhdGUoYXJndjogc3RyaW5nW10sIGlvOiBDbGlJbyk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGNvbnN0IHsgdmFsdWVzIH0gPSBwYXJzZUFyZ3Moe1xuICAgIGFyZ3M6IGFyZ3YsXG4gICAgb3B0aW9uczoge1xuICAgICAgcHJvbXB0OiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICBzeXN0ZW06IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgIG1vZGVsOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAnbm8tY2FjaGUnOiB7IHR5cGU6ICdib29sZWFuJywgZGVmYXVsdDogZmFsc2UgfSxcbiAgICAgIGpzb246IHsgdHlwZTogJ2Jvb2xlYW4nLCBkZWZhdWx0OiBmYWxzZSB9LFxuICAgICAgY29uZmlnOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICB2ZXJib3NlOiB7IHR5cGU6ICdib29sZWFuJywgc2hvcnQ6ICd2JywgZGVmYXVsdDogZmFsc2UgfSxcbiAgICB9LFxuICAgIHN0cmljdDogdHJ1ZSxcbiAgfSk7XG4gIGlmICghdmFsdWVzLnByb21wdD8udHJpbSgpKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcignZ2VuZXJhdGUgbmVlZHMgLS1wcm9tcHQgVEVYVCAodGhlIHRleHQgdG8gc2VuZCB0byBHZW1pbmkpLicpO1xuICBjb25zdCBzZXR0aW5ncyA9IGF3YWl0IGxvYWRTZXR0aW5ncyh2YWx1ZXMuY29uZmlnKTtcbiAgY29uc3Qgc2VydmljZSA9IHNlcnZpY2VGb3IoaW8sIHNldHRpbmdzLCBsb2dnZXJGb3IoaW8sIHZhbHVlcy52ZXJib3NlKSk7XG4gIC8vIFN0cmVhbWluZyBpcyBmb3IgcGVvcGxlIHdhdGNoaW5nIGEgdGVybWluYWw7IGEgcGlwZSBtdXN0IG5ldmVyIGhvbGQgdGV4dCB0aGF0IGEgcmV0cnkgcmVwbGFjZWQuXG4gIGNvbnN0IGxpdmUgPSAhdmFsdWVzLmpzb24gJiYgaW8uc3Rkb3V0LmlzVFRZID09PSB0cnVlO1xuICB0cnkge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KFxuICAgICAgeyBtb2RlbDogdmFsdWVzLm1vZGVsID8/IHNldHRpbmdzLm1vZGVsLCBwcm9tcHQ6IHZhbHVlcy5wcm9tcHQsIC4uLih2YWx1ZXMuc3lzdGVtID8geyBzeXN0ZW1JbnN0cnVjdGlvbjogdmFsdWVzLnN5c3RlbSB9IDoge30pIH0sXG4gICAgICB7XG4gICAgICAgIHNpZ25hbDogaW8uc2lnbmFsLFxuICAgICAgICBieXBhc3NDYWNoZTogdmFsdWVzWyduby1jYWNoZSddLFxuICAgICAgICBsYWJlbDogJ2dlbmVyYXRlJyxcbiAgICAgICAgLi4uKGxpdmVcbiAgICAgICAgICA/IHtcbiAgICAgICAgICAgICAgb25UZXh0OiAoZGVsdGE6IHN0cmluZykgPT4gaW8uc3Rkb3V0LndyaXRlKGRlbHRhKSxcbiAgICAgICAgICAgICAgb25SZXN0YXJ0OiAoKSA9PiBpby5zdGRlcnIud3JpdGUoJ1xcbltzdG9yeS13cml0ZXJdIHRoZSBzdHJlYW0gd2FzIGN1dDsgc3RhcnRpbmcgdGhlIHJlcGx5IGFnYWluXFxuJyksXG4gICAgICAgICAgICB9XG4gICAgICAgICAgOiB7fSksXG4gICAgICB9LFxuICAgICk7XG4gICAgaWYgKHZhbHVlcy5qc29uKSB7XG4gICAgICBjb25zdCB7IHRleHQsIGZpbmlzaFJlYXNvbiwgdHJ1bmNhdGVkLCB1c2FnZSwgbW9kZWwsIGZyb21DYWNoZSwgZHVyYXRpb25NcyB9ID0gcmVzdWx0O1xuICAgICAgaW8uc3Rkb3V0LndyaXRlKGAke0pTT04uc3RyaW5naWZ5KHsgdGV4dCwgZmluaXNoUmVhc29uLCB0cnVuY2F0ZWQsIHVzYWdlLCBtb2RlbCwgZnJvbUNhY2hlLCBkdXJhdGlvbk1zLCBzdGF0aXN0aWNzOiBzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKSB9KX1cXG5gKTtcbiAgICB9IGVsc2UgaWYgKGxpdmUpIHtcbiAgICAgIGlvLnN0ZG91dC53cml0ZSgnXFxuJyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGlvLnN0ZG91dC53cml0ZShyZXN1bHQudGV4dC5lbmRzV2l0aCgnXFxuJykgPyByZXN1bHQudGV4dCA6IGAke3Jlc3VsdC50ZXh0fVxcbmApO1xuICAgIH1cbiAgICBpZiAocmVzdWx0LnRydW5jYXRlZCkgaW8uc3RkZXJyLndyaXRlKCdzdG9yeS13cml0ZXI6IHRoZSByZXBseSBzdG9wcGVkIGF0IHRoZSBvdXRwdXQtdG9rZW4gbGltaXQ7IHJhaXNlIHN0b3J5V3JpdGVyLm1heE91dHB1dFRva2VucyBmb3IgbG9uZ2VyIHRleHQuXFxuJyk7XG4gICAgcmV0dXJuIEVYSVRfQ09ERVMub2s7XG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgc2VydmljZS5kaXNwb3NlKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLHVCQUEwQjtBQUMxQixvQkFBMkI7QUFDM0Isc0JBQTJCO0FBQzNCLG9CQUE2QjtBQUM3QixrQkFBa0Q7QUFFM0MsTUFBTSxlQUFlO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNNUIsZUFBc0IsU0FBUyxNQUFnQixJQUE0QjtBQUN6RSxRQUFNLEVBQUUsT0FBTyxRQUFJLDRCQUFVO0FBQUEsSUFDM0IsTUFBTTtBQUFBLElBQ04sU0FBUztBQUFBLE1BQ1AsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLE1BQ3pCLFFBQVEsRUFBRSxNQUFNLFNBQVM7QUFBQSxNQUN6QixPQUFPLEVBQUUsTUFBTSxTQUFTO0FBQUEsTUFDeEIsWUFBWSxFQUFFLE1BQU0sV0FBVyxTQUFTLE1BQU07QUFBQSxNQUM5QyxNQUFNLEVBQUUsTUFBTSxXQUFXLFNBQVMsTUFBTTtBQUFBLE1BQ3hDLFFBQVEsRUFBRSxNQUFNLFNBQVM7QUFBQSxNQUN6QixTQUFTLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxTQUFTLE1BQU07QUFBQSxJQUN6RDtBQUFBLElBQ0EsUUFBUTtBQUFBLEVBQ1YsQ0FBQztBQUNELE1BQUksQ0FBQyxPQUFPLFFBQVEsS0FBSyxFQUFHLE9BQU0sSUFBSSwyQkFBVyw0REFBNEQ7QUFDN0csUUFBTSxXQUFXLFVBQU0sNEJBQWEsT0FBTyxNQUFNO0FBQ2pELFFBQU0sY0FBVSx3QkFBVyxJQUFJLGNBQVUsdUJBQVUsSUFBSSxPQUFPLE9BQU8sQ0FBQztBQUV0RSxRQUFNLE9BQU8sQ0FBQyxPQUFPLFFBQVEsR0FBRyxPQUFPLFVBQVU7QUFDakQsTUFBSTtBQUNGLFVBQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxNQUMzQixFQUFFLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxRQUFRLE9BQU8sUUFBUSxHQUFJLE9BQU8sU0FBUyxFQUFFLG1CQUFtQixPQUFPLE9BQU8sSUFBSSxDQUFDLEVBQUc7QUFBQSxNQUMvSDtBQUFBLFFBQ0UsUUFBUSxHQUFHO0FBQUEsUUFDWCxhQUFhLE9BQU8sVUFBVTtBQUFBLFFBQzlCLE9BQU87QUFBQSxRQUNQLEdBQUksT0FDQTtBQUFBLFVBQ0UsUUFBUSxDQUFDLFVBQWtCLEdBQUcsT0FBTyxNQUFNLEtBQUs7QUFBQSxVQUNoRCxXQUFXLE1BQU0sR0FBRyxPQUFPLE1BQU0saUVBQWlFO0FBQUEsUUFDcEcsSUFDQSxDQUFDO0FBQUEsTUFDUDtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sTUFBTTtBQUNmLFlBQU0sRUFBRSxNQUFNLGNBQWMsV0FBVyxPQUFPLE9BQU8sV0FBVyxXQUFXLElBQUk7QUFDL0UsU0FBRyxPQUFPLE1BQU0sR0FBRyxLQUFLLFVBQVUsRUFBRSxNQUFNLGNBQWMsV0FBVyxPQUFPLE9BQU8sV0FBVyxZQUFZLFlBQVksUUFBUSxjQUFjLEVBQUUsQ0FBQyxDQUFDO0FBQUEsQ0FBSTtBQUFBLElBQ3BKLFdBQVcsTUFBTTtBQUNmLFNBQUcsT0FBTyxNQUFNLElBQUk7QUFBQSxJQUN0QixPQUFPO0FBQ0wsU0FBRyxPQUFPLE1BQU0sT0FBTyxLQUFLLFNBQVMsSUFBSSxJQUFJLE9BQU8sT0FBTyxHQUFHLE9BQU8sSUFBSTtBQUFBLENBQUk7QUFBQSxJQUMvRTtBQUNBLFFBQUksT0FBTyxVQUFXLElBQUcsT0FBTyxNQUFNLGlIQUFpSDtBQUN2SixXQUFPLHlCQUFXO0FBQUEsRUFDcEIsVUFBRTtBQUNBLFVBQU0sUUFBUSxRQUFRO0FBQUEsRUFDeEI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
