#!/usr/bin/env node
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
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
var import_gemini = require("../gemini");
var import_cliError = require("./cliError");
var import_check = require("./commands/check");
var import_generate = require("./commands/generate");
const COMMANDS = {
  generate: { run: import_generate.generate, help: import_generate.generateHelp },
  check: { run: import_check.check, help: import_check.checkHelp }
};
const USAGE = `Usage: story-writer <command> [options]

Commands:
${Object.values(COMMANDS).map((c) => `  ${c.help.split("\n")[0]}`).join("\n")}

The key comes from GEMINI_API_KEY; the endpoint from storyWriter.apiBaseUrl in --config or
GOOGLE_GEMINI_BASE_URL. Exit codes: 0 ok, 1 unexpected, 2 bad input or configuration,
3 authentication, 4 daily quota exhausted, 5 content blocked, 6 service unavailable, 130 interrupted.`;
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${USAGE}
`);
    return name ? import_gemini.EXIT_CODES.ok : import_gemini.EXIT_CODES.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`story-writer: unknown command "${name}". Run story-writer --help for the list.
`);
    return import_gemini.EXIT_CODES.badInput;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${command.help}
`);
    return import_gemini.EXIT_CODES.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    return report(e, io);
  }
}
function report(e, io) {
  if ((0, import_gemini.isGeminiError)(e)) {
    if (e.kind === "cancelled") {
      io.stderr.write("story-writer: interrupted.\n");
      return import_gemini.EXIT_CODES.cancelled;
    }
    io.stderr.write(`story-writer: ${e.message}
`);
    return e.exitCode;
  }
  if (e instanceof import_cliError.UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
    io.stderr.write(`story-writer: ${e.message}
`);
    return import_gemini.EXIT_CODES.badInput;
  }
  const exitCode = e.exitCode;
  io.stderr.write(`story-writer: ${e?.message ?? String(e)}
`);
  return typeof exitCode === "number" ? exitCode : import_gemini.EXIT_CODES.unexpected;
}
if (require.main === module) {
  const controller = new AbortController();
  let interrupts = 0;
  process.on("SIGINT", () => {
    if (++interrupts > 1) process.exit(import_gemini.EXIT_CODES.cancelled);
    controller.abort(new Error("interrupted"));
  });
  process.on("SIGTERM", () => controller.abort(new Error("terminated")));
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: controller.signal }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`story-writer: unexpected failure: ${e?.stack ?? String(e)}
`);
      process.exitCode = import_gemini.EXIT_CODES.unexpected;
    }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9tYWluLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIjIS91c3IvYmluL2VudiBub2RlXG4vLyBUaGUgaGVhZGxlc3MgYHN0b3J5LXdyaXRlcmAgY29tbWFuZDogdGhlIHNhbWUgZW5naW5lIGFzIHRoZSBleHRlbnNpb24sIGZvciB0ZXJtaW5hbHMsIGJhdGNoXG4vLyBydW5zIGFuZCBiZW5jaG1hcmtzLiBFcnJvcnMgZ28gdG8gc3RkZXJyIGFzIG9uZSBzZW50ZW5jZSBwbHVzIHdoYXQgdG8gZG87IGV4aXQgY29kZXMgYXJlIHNoYXJlZFxuLy8gYnkgZXZlcnkgc3ViY29tbWFuZCAoc2VlIHRoZSBSRUFETUUpLlxuaW1wb3J0IHsgRVhJVF9DT0RFUywgaXNHZW1pbmlFcnJvciB9IGZyb20gJy4uL2dlbWluaSc7XG5pbXBvcnQgeyBVc2FnZUVycm9yIH0gZnJvbSAnLi9jbGlFcnJvcic7XG5pbXBvcnQgeyBjaGVjaywgY2hlY2tIZWxwIH0gZnJvbSAnLi9jb21tYW5kcy9jaGVjayc7XG5pbXBvcnQgeyBnZW5lcmF0ZSwgZ2VuZXJhdGVIZWxwIH0gZnJvbSAnLi9jb21tYW5kcy9nZW5lcmF0ZSc7XG5pbXBvcnQgdHlwZSB7IENsaUlvIH0gZnJvbSAnLi9ob3N0JztcblxudHlwZSBDb21tYW5kID0gKGFyZ3Y6IHN0cmluZ1tdLCBpbzogQ2xpSW8pID0+IFByb21pc2U8bnVtYmVyPjtcblxuY29uc3QgQ09NTUFORFM6IFJlY29yZDxzdHJpbmcsIHsgcnVuOiBDb21tYW5kOyBoZWxwOiBzdHJpbmcgfT4gPSB7XG4gIGdlbmVyYXRlOiB7IHJ1bjogZ2VuZXJhdGUsIGhlbHA6IGdlbmVyYXRlSGVscCB9LFxuICBjaGVjazogeyBydW46IGNoZWNrLCBoZWxwOiBjaGVja0hlbHAgfSxcbn07XG5cbmNvbnN0IFVTQUdFID0gYFVzYWdlOiBzdG9yeS13cml0ZXIgPGNvbW1hbmQ+IFtvcHRpb25zXVxuXG5Db21tYW5kczpcbiR7T2JqZWN0LnZhbHVlcyhDT01NQU5EUykubWFwKChjKSA9PiBgICAke2MuaGVscC5zcGxpdCgnXFxuJylbMF19YCkuam9pbignXFxuJyl9XG5cblRoZSBrZXkgY29tZXMgZnJvbSBHRU1JTklfQVBJX0tFWTsgdGhlIGVuZHBvaW50IGZyb20gc3RvcnlXcml0ZXIuYXBpQmFzZVVybCBpbiAtLWNvbmZpZyBvclxuR09PR0xFX0dFTUlOSV9CQVNFX1VSTC4gRXhpdCBjb2RlczogMCBvaywgMSB1bmV4cGVjdGVkLCAyIGJhZCBpbnB1dCBvciBjb25maWd1cmF0aW9uLFxuMyBhdXRoZW50aWNhdGlvbiwgNCBkYWlseSBxdW90YSBleGhhdXN0ZWQsIDUgY29udGVudCBibG9ja2VkLCA2IHNlcnZpY2UgdW5hdmFpbGFibGUsIDEzMCBpbnRlcnJ1cHRlZC5gO1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWFpbihhcmd2OiBzdHJpbmdbXSwgaW86IENsaUlvKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgY29uc3QgW25hbWUsIC4uLnJlc3RdID0gYXJndjtcbiAgaWYgKCFuYW1lIHx8IG5hbWUgPT09ICctLWhlbHAnIHx8IG5hbWUgPT09ICctaCcgfHwgbmFtZSA9PT0gJ2hlbHAnKSB7XG4gICAgaW8uc3Rkb3V0LndyaXRlKGAke1VTQUdFfVxcbmApO1xuICAgIHJldHVybiBuYW1lID8gRVhJVF9DT0RFUy5vayA6IEVYSVRfQ09ERVMuYmFkSW5wdXQ7XG4gIH1cbiAgY29uc3QgY29tbWFuZCA9IENPTU1BTkRTW25hbWVdO1xuICBpZiAoIWNvbW1hbmQpIHtcbiAgICBpby5zdGRlcnIud3JpdGUoYHN0b3J5LXdyaXRlcjogdW5rbm93biBjb21tYW5kIFwiJHtuYW1lfVwiLiBSdW4gc3Rvcnktd3JpdGVyIC0taGVscCBmb3IgdGhlIGxpc3QuXFxuYCk7XG4gICAgcmV0dXJuIEVYSVRfQ09ERVMuYmFkSW5wdXQ7XG4gIH1cbiAgaWYgKHJlc3QuaW5jbHVkZXMoJy0taGVscCcpIHx8IHJlc3QuaW5jbHVkZXMoJy1oJykpIHtcbiAgICBpby5zdGRvdXQud3JpdGUoYCR7Y29tbWFuZC5oZWxwfVxcbmApO1xuICAgIHJldHVybiBFWElUX0NPREVTLm9rO1xuICB9XG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IGNvbW1hbmQucnVuKHJlc3QsIGlvKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHJldHVybiByZXBvcnQoZSwgaW8pO1xuICB9XG59XG5cbmZ1bmN0aW9uIHJlcG9ydChlOiB1bmtub3duLCBpbzogQ2xpSW8pOiBudW1iZXIge1xuICBpZiAoaXNHZW1pbmlFcnJvcihlKSkge1xuICAgIGlmIChlLmtpbmQgPT09ICdjYW5jZWxsZWQnKSB7XG4gICAgICBpby5zdGRlcnIud3JpdGUoJ3N0b3J5LXdyaXRlcjogaW50ZXJydXB0ZWQuXFxuJyk7XG4gICAgICByZXR1cm4gRVhJVF9DT0RFUy5jYW5jZWxsZWQ7XG4gICAgfVxuICAgIGlvLnN0ZGVyci53cml0ZShgc3Rvcnktd3JpdGVyOiAke2UubWVzc2FnZX1cXG5gKTtcbiAgICByZXR1cm4gZS5leGl0Q29kZTtcbiAgfVxuICBpZiAoZSBpbnN0YW5jZW9mIFVzYWdlRXJyb3IgfHwgKGUgYXMgeyBjb2RlPzogc3RyaW5nIH0pLmNvZGU/LnN0YXJ0c1dpdGgoJ0VSUl9QQVJTRV9BUkdTJykpIHtcbiAgICBpby5zdGRlcnIud3JpdGUoYHN0b3J5LXdyaXRlcjogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1cXG5gKTtcbiAgICByZXR1cm4gRVhJVF9DT0RFUy5iYWRJbnB1dDtcbiAgfVxuICBjb25zdCBleGl0Q29kZSA9IChlIGFzIHsgZXhpdENvZGU/OiB1bmtub3duIH0pLmV4aXRDb2RlO1xuICBpby5zdGRlcnIud3JpdGUoYHN0b3J5LXdyaXRlcjogJHsoZSBhcyBFcnJvcik/Lm1lc3NhZ2UgPz8gU3RyaW5nKGUpfVxcbmApO1xuICByZXR1cm4gdHlwZW9mIGV4aXRDb2RlID09PSAnbnVtYmVyJyA/IGV4aXRDb2RlIDogRVhJVF9DT0RFUy51bmV4cGVjdGVkO1xufVxuXG5pZiAocmVxdWlyZS5tYWluID09PSBtb2R1bGUpIHtcbiAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgbGV0IGludGVycnVwdHMgPSAwO1xuICBwcm9jZXNzLm9uKCdTSUdJTlQnLCAoKSA9PiB7XG4gICAgLy8gRmlyc3QgQ3RybCtDIGNhbmNlbHMgY2xlYW5seSAocGFydGlhbCB0ZXh0IGlzIHNhdmVkKTsgYSBzZWNvbmQgb25lIGxlYXZlcyBhdCBvbmNlLlxuICAgIGlmICgrK2ludGVycnVwdHMgPiAxKSBwcm9jZXNzLmV4aXQoRVhJVF9DT0RFUy5jYW5jZWxsZWQpO1xuICAgIGNvbnRyb2xsZXIuYWJvcnQobmV3IEVycm9yKCdpbnRlcnJ1cHRlZCcpKTtcbiAgfSk7XG4gIHByb2Nlc3Mub24oJ1NJR1RFUk0nLCAoKSA9PiBjb250cm9sbGVyLmFib3J0KG5ldyBFcnJvcigndGVybWluYXRlZCcpKSk7XG4gIG1haW4ocHJvY2Vzcy5hcmd2LnNsaWNlKDIpLCB7IHN0ZG91dDogcHJvY2Vzcy5zdGRvdXQsIHN0ZGVycjogcHJvY2Vzcy5zdGRlcnIsIGVudjogcHJvY2Vzcy5lbnYsIGN3ZDogcHJvY2Vzcy5jd2QoKSwgc2lnbmFsOiBjb250cm9sbGVyLnNpZ25hbCB9KS50aGVuKFxuICAgIChjb2RlKSA9PiB7XG4gICAgICBwcm9jZXNzLmV4aXRDb2RlID0gY29kZTtcbiAgICB9LFxuICAgIChlOiB1bmtub3duKSA9PiB7XG4gICAgICBwcm9jZXNzLnN0ZGVyci53cml0ZShgc3Rvcnktd3JpdGVyOiB1bmV4cGVjdGVkIGZhaWx1cmU6ICR7KGUgYXMgRXJyb3IpPy5zdGFjayA/PyBTdHJpbmcoZSl9XFxuYCk7XG4gICAgICBwcm9jZXNzLmV4aXRDb2RlID0gRVhJVF9DT0RFUy51bmV4cGVjdGVkO1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLG9CQUEwQztBQUMxQyxzQkFBMkI7QUFDM0IsbUJBQWlDO0FBQ2pDLHNCQUF1QztBQUt2QyxNQUFNLFdBQTJEO0FBQUEsRUFDL0QsVUFBVSxFQUFFLEtBQUssMEJBQVUsTUFBTSw2QkFBYTtBQUFBLEVBQzlDLE9BQU8sRUFBRSxLQUFLLG9CQUFPLE1BQU0sdUJBQVU7QUFDdkM7QUFFQSxNQUFNLFFBQVE7QUFBQTtBQUFBO0FBQUEsRUFHWixPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU03RSxlQUFzQixLQUFLLE1BQWdCLElBQTRCO0FBQ3JFLFFBQU0sQ0FBQyxNQUFNLEdBQUcsSUFBSSxJQUFJO0FBQ3hCLE1BQUksQ0FBQyxRQUFRLFNBQVMsWUFBWSxTQUFTLFFBQVEsU0FBUyxRQUFRO0FBQ2xFLE9BQUcsT0FBTyxNQUFNLEdBQUcsS0FBSztBQUFBLENBQUk7QUFDNUIsV0FBTyxPQUFPLHlCQUFXLEtBQUsseUJBQVc7QUFBQSxFQUMzQztBQUNBLFFBQU0sVUFBVSxTQUFTLElBQUk7QUFDN0IsTUFBSSxDQUFDLFNBQVM7QUFDWixPQUFHLE9BQU8sTUFBTSxrQ0FBa0MsSUFBSTtBQUFBLENBQTRDO0FBQ2xHLFdBQU8seUJBQVc7QUFBQSxFQUNwQjtBQUNBLE1BQUksS0FBSyxTQUFTLFFBQVEsS0FBSyxLQUFLLFNBQVMsSUFBSSxHQUFHO0FBQ2xELE9BQUcsT0FBTyxNQUFNLEdBQUcsUUFBUSxJQUFJO0FBQUEsQ0FBSTtBQUNuQyxXQUFPLHlCQUFXO0FBQUEsRUFDcEI7QUFDQSxNQUFJO0FBQ0YsV0FBTyxNQUFNLFFBQVEsSUFBSSxNQUFNLEVBQUU7QUFBQSxFQUNuQyxTQUFTLEdBQUc7QUFDVixXQUFPLE9BQU8sR0FBRyxFQUFFO0FBQUEsRUFDckI7QUFDRjtBQUVBLFNBQVMsT0FBTyxHQUFZLElBQW1CO0FBQzdDLFVBQUksNkJBQWMsQ0FBQyxHQUFHO0FBQ3BCLFFBQUksRUFBRSxTQUFTLGFBQWE7QUFDMUIsU0FBRyxPQUFPLE1BQU0sOEJBQThCO0FBQzlDLGFBQU8seUJBQVc7QUFBQSxJQUNwQjtBQUNBLE9BQUcsT0FBTyxNQUFNLGlCQUFpQixFQUFFLE9BQU87QUFBQSxDQUFJO0FBQzlDLFdBQU8sRUFBRTtBQUFBLEVBQ1g7QUFDQSxNQUFJLGFBQWEsOEJBQWUsRUFBd0IsTUFBTSxXQUFXLGdCQUFnQixHQUFHO0FBQzFGLE9BQUcsT0FBTyxNQUFNLGlCQUFrQixFQUFZLE9BQU87QUFBQSxDQUFJO0FBQ3pELFdBQU8seUJBQVc7QUFBQSxFQUNwQjtBQUNBLFFBQU0sV0FBWSxFQUE2QjtBQUMvQyxLQUFHLE9BQU8sTUFBTSxpQkFBa0IsR0FBYSxXQUFXLE9BQU8sQ0FBQyxDQUFDO0FBQUEsQ0FBSTtBQUN2RSxTQUFPLE9BQU8sYUFBYSxXQUFXLFdBQVcseUJBQVc7QUFDOUQ7QUFFQSxJQUFJLFFBQVEsU0FBUyxRQUFRO0FBQzNCLFFBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxNQUFJLGFBQWE7QUFDakIsVUFBUSxHQUFHLFVBQVUsTUFBTTtBQUV6QixRQUFJLEVBQUUsYUFBYSxFQUFHLFNBQVEsS0FBSyx5QkFBVyxTQUFTO0FBQ3ZELGVBQVcsTUFBTSxJQUFJLE1BQU0sYUFBYSxDQUFDO0FBQUEsRUFDM0MsQ0FBQztBQUNELFVBQVEsR0FBRyxXQUFXLE1BQU0sV0FBVyxNQUFNLElBQUksTUFBTSxZQUFZLENBQUMsQ0FBQztBQUNyRSxPQUFLLFFBQVEsS0FBSyxNQUFNLENBQUMsR0FBRyxFQUFFLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLEtBQUssUUFBUSxLQUFLLEtBQUssUUFBUSxJQUFJLEdBQUcsUUFBUSxXQUFXLE9BQU8sQ0FBQyxFQUFFO0FBQUEsSUFDL0ksQ0FBQyxTQUFTO0FBQ1IsY0FBUSxXQUFXO0FBQUEsSUFDckI7QUFBQSxJQUNBLENBQUMsTUFBZTtBQUNkLGNBQVEsT0FBTyxNQUFNLHFDQUFzQyxHQUFhLFNBQVMsT0FBTyxDQUFDLENBQUM7QUFBQSxDQUFJO0FBQzlGLGNBQVEsV0FBVyx5QkFBVztBQUFBLElBQ2hDO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
