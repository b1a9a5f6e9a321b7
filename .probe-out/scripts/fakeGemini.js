"use strict";
var import_node_util = require("node:util");
var import_fakeGemini = require("../test/support/fakeGemini");
const USAGE = `Usage: fakeGemini [--port N] [--host H] [--ttft-ms MS] [--tps N] [--rpm N] [--key KEY] [--quiet]
  --port      port to listen on (default 0: any free port)
  --host      address to listen on (default 127.0.0.1)
  --ttft-ms   time to first token, ms (default 0)
  --tps       output tokens per second, 0 = instant (default 0)
  --rpm       requests per minute before a 429, 0 = no limit (default 0)
  --key       API key clients must send (default test-key-123)
  --quiet     do not print a line per request`;
async function main() {
  const { values } = (0, import_node_util.parseArgs)({
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      "ttft-ms": { type: "string", default: "0" },
      tps: { type: "string", default: "0" },
      rpm: { type: "string", default: "0" },
      key: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const server = await (0, import_fakeGemini.startFakeGemini)({
    port: nonNegative("port", values.port),
    host: values.host,
    ttftMs: nonNegative("ttft-ms", values["ttft-ms"]),
    tokensPerSecond: nonNegative("tps", values.tps),
    requestsPerMinute: nonNegative("rpm", values.rpm),
    ...values.key !== void 0 ? { apiKey: values.key } : {},
    ...values.quiet ? {} : { onRequestEnd: printRequest }
  });
  console.log(`Fake Gemini listening on ${server.baseUrl}`);
  console.log("Use it with:");
  console.log(`  GOOGLE_GEMINI_BASE_URL=${server.baseUrl} GEMINI_API_KEY=${server.apiKey}`);
  console.log("Ctrl+C to stop.");
  const shutdown = (signal) => {
    console.log(`
${signal}: stopping (${server.stats.served} requests served)`);
    void server.stop().then(() => {
      process.exitCode = 0;
    });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
function nonNegative(name, raw) {
  const value = Number(raw);
  if (raw === void 0 || raw.trim() === "" || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`--${name} must be a number \u2265 0, got "${raw ?? ""}"`);
  }
  return value;
}
function printRequest(entry) {
  const ms = Math.round((entry.endedAt ?? entry.startedAt) - entry.startedAt);
  const fault = entry.fault ? ` fault=${entry.fault.kind}` : "";
  const key = entry.keyInQuery ? " KEY-IN-URL" : "";
  console.log(`#${entry.id} ${entry.action} ${entry.model ?? "-"} \u2192 ${entry.status} ${entry.endReason ?? ""} ${entry.outputWords}w ${ms}ms${fault}${key}`);
}
class UsageError extends Error {
}
main().catch((error) => {
  if (error instanceof UsageError || error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    console.error(`${error.message}
${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc2NyaXB0cy9mYWtlR2VtaW5pLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBSdW5zIHRoZSBHZW1pbmktcHJvdG9jb2wgdGVzdCBzZXJ2ZXIgZm9yIGRlbW9zIGFuZCBtYW51YWwgdGVzdGluZzpcbi8vICAgbm9kZSBlc2J1aWxkLm1qcyAtLXRlc3RzICYmIG5vZGUgb3V0L3NjcmlwdHMvZmFrZUdlbWluaS5qcyBbLS1wb3J0IDg3ODddIFstLXR0ZnQtbXMgNDAwXSBbLS10cHMgODBdIFstLXJwbSAxMF0gWy0ta2V5IEtdXG4vLyB0aGVuIHBvaW50IHRoZSBleHRlbnNpb24gb3IgdGhlIENMSSBhdCBpdCB3aXRoIHRoZSBwcmludGVkIGVudmlyb25tZW50IGxpbmVzLlxuaW1wb3J0IHsgcGFyc2VBcmdzIH0gZnJvbSAnbm9kZTp1dGlsJztcbmltcG9ydCB7IHN0YXJ0RmFrZUdlbWluaSB9IGZyb20gJy4uL3Rlc3Qvc3VwcG9ydC9mYWtlR2VtaW5pJztcbmltcG9ydCB0eXBlIHsgUmVxdWVzdExvZ0VudHJ5IH0gZnJvbSAnLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmknO1xuXG5jb25zdCBVU0FHRSA9IGBVc2FnZTogZmFrZUdlbWluaSBbLS1wb3J0IE5dIFstLWhvc3QgSF0gWy0tdHRmdC1tcyBNU10gWy0tdHBzIE5dIFstLXJwbSBOXSBbLS1rZXkgS0VZXSBbLS1xdWlldF1cbiAgLS1wb3J0ICAgICAgcG9ydCB0byBsaXN0ZW4gb24gKGRlZmF1bHQgMDogYW55IGZyZWUgcG9ydClcbiAgLS1ob3N0ICAgICAgYWRkcmVzcyB0byBsaXN0ZW4gb24gKGRlZmF1bHQgMTI3LjAuMC4xKVxuICAtLXR0ZnQtbXMgICB0aW1lIHRvIGZpcnN0IHRva2VuLCBtcyAoZGVmYXVsdCAwKVxuICAtLXRwcyAgICAgICBvdXRwdXQgdG9rZW5zIHBlciBzZWNvbmQsIDAgPSBpbnN0YW50IChkZWZhdWx0IDApXG4gIC0tcnBtICAgICAgIHJlcXVlc3RzIHBlciBtaW51dGUgYmVmb3JlIGEgNDI5LCAwID0gbm8gbGltaXQgKGRlZmF1bHQgMClcbiAgLS1rZXkgICAgICAgQVBJIGtleSBjbGllbnRzIG11c3Qgc2VuZCAoZGVmYXVsdCB0ZXN0LWtleS0xMjMpXG4gIC0tcXVpZXQgICAgIGRvIG5vdCBwcmludCBhIGxpbmUgcGVyIHJlcXVlc3RgO1xuXG5hc3luYyBmdW5jdGlvbiBtYWluKCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCB7IHZhbHVlcyB9ID0gcGFyc2VBcmdzKHtcbiAgICBvcHRpb25zOiB7XG4gICAgICBwb3J0OiB7IHR5cGU6ICdzdHJpbmcnLCBkZWZhdWx0OiAnMCcgfSxcbiAgICAgIGhvc3Q6IHsgdHlwZTogJ3N0cmluZycsIGRlZmF1bHQ6ICcxMjcuMC4wLjEnIH0sXG4gICAgICAndHRmdC1tcyc6IHsgdHlwZTogJ3N0cmluZycsIGRlZmF1bHQ6ICcwJyB9LFxuICAgICAgdHBzOiB7IHR5cGU6ICdzdHJpbmcnLCBkZWZhdWx0OiAnMCcgfSxcbiAgICAgIHJwbTogeyB0eXBlOiAnc3RyaW5nJywgZGVmYXVsdDogJzAnIH0sXG4gICAgICBrZXk6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgIHF1aWV0OiB7IHR5cGU6ICdib29sZWFuJywgZGVmYXVsdDogZmFsc2UgfSxcbiAgICAgIGhlbHA6IHsgdHlwZTogJ2Jvb2xlYW4nLCBzaG9ydDogJ2gnLCBkZWZhdWx0OiBmYWxzZSB9LFxuICAgIH0sXG4gIH0pO1xuICBpZiAodmFsdWVzLmhlbHApIHtcbiAgICBjb25zb2xlLmxvZyhVU0FHRSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHNlcnZlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSh7XG4gICAgcG9ydDogbm9uTmVnYXRpdmUoJ3BvcnQnLCB2YWx1ZXMucG9ydCksXG4gICAgaG9zdDogdmFsdWVzLmhvc3QsXG4gICAgdHRmdE1zOiBub25OZWdhdGl2ZSgndHRmdC1tcycsIHZhbHVlc1sndHRmdC1tcyddKSxcbiAgICB0b2tlbnNQZXJTZWNvbmQ6IG5vbk5lZ2F0aXZlKCd0cHMnLCB2YWx1ZXMudHBzKSxcbiAgICByZXF1ZXN0c1Blck1pbnV0ZTogbm9uTmVnYXRpdmUoJ3JwbScsIHZhbHVlcy5ycG0pLFxuICAgIC4uLih2YWx1ZXMua2V5ICE9PSB1bmRlZmluZWQgPyB7IGFwaUtleTogdmFsdWVzLmtleSB9IDoge30pLFxuICAgIC4uLih2YWx1ZXMucXVpZXQgPyB7fSA6IHsgb25SZXF1ZXN0RW5kOiBwcmludFJlcXVlc3QgfSksXG4gIH0pO1xuICBjb25zb2xlLmxvZyhgRmFrZSBHZW1pbmkgbGlzdGVuaW5nIG9uICR7c2VydmVyLmJhc2VVcmx9YCk7XG4gIGNvbnNvbGUubG9nKCdVc2UgaXQgd2l0aDonKTtcbiAgY29uc29sZS5sb2coYCAgR09PR0xFX0dFTUlOSV9CQVNFX1VSTD0ke3NlcnZlci5iYXNlVXJsfSBHRU1JTklfQVBJX0tFWT0ke3NlcnZlci5hcGlLZXl9YCk7XG4gIGNvbnNvbGUubG9nKCdDdHJsK0MgdG8gc3RvcC4nKTtcblxuICBjb25zdCBzaHV0ZG93biA9IChzaWduYWw6IE5vZGVKUy5TaWduYWxzKTogdm9pZCA9PiB7XG4gICAgY29uc29sZS5sb2coYFxcbiR7c2lnbmFsfTogc3RvcHBpbmcgKCR7c2VydmVyLnN0YXRzLnNlcnZlZH0gcmVxdWVzdHMgc2VydmVkKWApO1xuICAgIHZvaWQgc2VydmVyLnN0b3AoKS50aGVuKCgpID0+IHtcbiAgICAgIHByb2Nlc3MuZXhpdENvZGUgPSAwO1xuICAgIH0pO1xuICB9O1xuICBwcm9jZXNzLm9uY2UoJ1NJR0lOVCcsIHNodXRkb3duKTtcbiAgcHJvY2Vzcy5vbmNlKCdTSUdURVJNJywgc2h1dGRvd24pO1xufVxuXG5mdW5jdGlvbiBub25OZWdhdGl2ZShuYW1lOiBzdHJpbmcsIHJhdzogc3RyaW5nIHwgdW5kZWZpbmVkKTogbnVtYmVyIHtcbiAgY29uc3QgdmFsdWUgPSBOdW1iZXIocmF3KTtcbiAgaWYgKHJhdyA9PT0gdW5kZWZpbmVkIHx8IHJhdy50cmltKCkgPT09ICcnIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpIHx8IHZhbHVlIDwgMCkge1xuICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLSR7bmFtZX0gbXVzdCBiZSBhIG51bWJlciBcdTIyNjUgMCwgZ290IFwiJHtyYXcgPz8gJyd9XCJgKTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbmZ1bmN0aW9uIHByaW50UmVxdWVzdChlbnRyeTogUmVxdWVzdExvZ0VudHJ5KTogdm9pZCB7XG4gIGNvbnN0IG1zID0gTWF0aC5yb3VuZCgoZW50cnkuZW5kZWRBdCA/PyBlbnRyeS5zdGFydGVkQXQpIC0gZW50cnkuc3RhcnRlZEF0KTtcbiAgY29uc3QgZmF1bHQgPSBlbnRyeS5mYXVsdCA/IGAgZmF1bHQ9JHtlbnRyeS5mYXVsdC5raW5kfWAgOiAnJztcbiAgY29uc3Qga2V5ID0gZW50cnkua2V5SW5RdWVyeSA/ICcgS0VZLUlOLVVSTCcgOiAnJztcbiAgY29uc29sZS5sb2coYCMke2VudHJ5LmlkfSAke2VudHJ5LmFjdGlvbn0gJHtlbnRyeS5tb2RlbCA/PyAnLSd9IFx1MjE5MiAke2VudHJ5LnN0YXR1c30gJHtlbnRyeS5lbmRSZWFzb24gPz8gJyd9ICR7ZW50cnkub3V0cHV0V29yZHN9dyAke21zfW1zJHtmYXVsdH0ke2tleX1gKTtcbn1cblxuY2xhc3MgVXNhZ2VFcnJvciBleHRlbmRzIEVycm9yIHt9XG5cbm1haW4oKS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgVXNhZ2VFcnJvciB8fCAoZXJyb3IgaW5zdGFuY2VvZiBFcnJvciAmJiAnY29kZScgaW4gZXJyb3IgJiYgU3RyaW5nKGVycm9yLmNvZGUpLnN0YXJ0c1dpdGgoJ0VSUl9QQVJTRV9BUkdTJykpKSB7XG4gICAgY29uc29sZS5lcnJvcihgJHtlcnJvci5tZXNzYWdlfVxcbiR7VVNBR0V9YCk7XG4gICAgcHJvY2Vzcy5leGl0Q29kZSA9IDI7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnNvbGUuZXJyb3IoZXJyb3IpO1xuICBwcm9jZXNzLmV4aXRDb2RlID0gMTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUdBLHVCQUEwQjtBQUMxQix3QkFBZ0M7QUFHaEMsTUFBTSxRQUFRO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFTZCxlQUFlLE9BQXNCO0FBQ25DLFFBQU0sRUFBRSxPQUFPLFFBQUksNEJBQVU7QUFBQSxJQUMzQixTQUFTO0FBQUEsTUFDUCxNQUFNLEVBQUUsTUFBTSxVQUFVLFNBQVMsSUFBSTtBQUFBLE1BQ3JDLE1BQU0sRUFBRSxNQUFNLFVBQVUsU0FBUyxZQUFZO0FBQUEsTUFDN0MsV0FBVyxFQUFFLE1BQU0sVUFBVSxTQUFTLElBQUk7QUFBQSxNQUMxQyxLQUFLLEVBQUUsTUFBTSxVQUFVLFNBQVMsSUFBSTtBQUFBLE1BQ3BDLEtBQUssRUFBRSxNQUFNLFVBQVUsU0FBUyxJQUFJO0FBQUEsTUFDcEMsS0FBSyxFQUFFLE1BQU0sU0FBUztBQUFBLE1BQ3RCLE9BQU8sRUFBRSxNQUFNLFdBQVcsU0FBUyxNQUFNO0FBQUEsTUFDekMsTUFBTSxFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUssU0FBUyxNQUFNO0FBQUEsSUFDdEQ7QUFBQSxFQUNGLENBQUM7QUFDRCxNQUFJLE9BQU8sTUFBTTtBQUNmLFlBQVEsSUFBSSxLQUFLO0FBQ2pCO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FBUyxVQUFNLG1DQUFnQjtBQUFBLElBQ25DLE1BQU0sWUFBWSxRQUFRLE9BQU8sSUFBSTtBQUFBLElBQ3JDLE1BQU0sT0FBTztBQUFBLElBQ2IsUUFBUSxZQUFZLFdBQVcsT0FBTyxTQUFTLENBQUM7QUFBQSxJQUNoRCxpQkFBaUIsWUFBWSxPQUFPLE9BQU8sR0FBRztBQUFBLElBQzlDLG1CQUFtQixZQUFZLE9BQU8sT0FBTyxHQUFHO0FBQUEsSUFDaEQsR0FBSSxPQUFPLFFBQVEsU0FBWSxFQUFFLFFBQVEsT0FBTyxJQUFJLElBQUksQ0FBQztBQUFBLElBQ3pELEdBQUksT0FBTyxRQUFRLENBQUMsSUFBSSxFQUFFLGNBQWMsYUFBYTtBQUFBLEVBQ3ZELENBQUM7QUFDRCxVQUFRLElBQUksNEJBQTRCLE9BQU8sT0FBTyxFQUFFO0FBQ3hELFVBQVEsSUFBSSxjQUFjO0FBQzFCLFVBQVEsSUFBSSw0QkFBNEIsT0FBTyxPQUFPLG1CQUFtQixPQUFPLE1BQU0sRUFBRTtBQUN4RixVQUFRLElBQUksaUJBQWlCO0FBRTdCLFFBQU0sV0FBVyxDQUFDLFdBQWlDO0FBQ2pELFlBQVEsSUFBSTtBQUFBLEVBQUssTUFBTSxlQUFlLE9BQU8sTUFBTSxNQUFNLG1CQUFtQjtBQUM1RSxTQUFLLE9BQU8sS0FBSyxFQUFFLEtBQUssTUFBTTtBQUM1QixjQUFRLFdBQVc7QUFBQSxJQUNyQixDQUFDO0FBQUEsRUFDSDtBQUNBLFVBQVEsS0FBSyxVQUFVLFFBQVE7QUFDL0IsVUFBUSxLQUFLLFdBQVcsUUFBUTtBQUNsQztBQUVBLFNBQVMsWUFBWSxNQUFjLEtBQWlDO0FBQ2xFLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsTUFBSSxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sTUFBTSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQ2xGLFVBQU0sSUFBSSxXQUFXLEtBQUssSUFBSSxvQ0FBK0IsT0FBTyxFQUFFLEdBQUc7QUFBQSxFQUMzRTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxPQUE4QjtBQUNsRCxRQUFNLEtBQUssS0FBSyxPQUFPLE1BQU0sV0FBVyxNQUFNLGFBQWEsTUFBTSxTQUFTO0FBQzFFLFFBQU0sUUFBUSxNQUFNLFFBQVEsVUFBVSxNQUFNLE1BQU0sSUFBSSxLQUFLO0FBQzNELFFBQU0sTUFBTSxNQUFNLGFBQWEsZ0JBQWdCO0FBQy9DLFVBQVEsSUFBSSxJQUFJLE1BQU0sRUFBRSxJQUFJLE1BQU0sTUFBTSxJQUFJLE1BQU0sU0FBUyxHQUFHLFdBQU0sTUFBTSxNQUFNLElBQUksTUFBTSxhQUFhLEVBQUUsSUFBSSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssS0FBSyxHQUFHLEdBQUcsRUFBRTtBQUN6SjtBQUVBLE1BQU0sbUJBQW1CLE1BQU07QUFBQztBQUVoQyxLQUFLLEVBQUUsTUFBTSxDQUFDLFVBQW1CO0FBQy9CLE1BQUksaUJBQWlCLGNBQWUsaUJBQWlCLFNBQVMsVUFBVSxTQUFTLE9BQU8sTUFBTSxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsR0FBSTtBQUNqSSxZQUFRLE1BQU0sR0FBRyxNQUFNLE9BQU87QUFBQSxFQUFLLEtBQUssRUFBRTtBQUMxQyxZQUFRLFdBQVc7QUFDbkI7QUFBQSxFQUNGO0FBQ0EsVUFBUSxNQUFNLEtBQUs7QUFDbkIsVUFBUSxXQUFXO0FBQ3JCLENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
