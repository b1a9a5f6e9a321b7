// The Gemini-protocol test server: see server.ts. Import from here.
export { startFakeGemini, DEFAULT_API_KEY } from './server';
export { DEFAULT_MODELS } from './models';
export { defaultFixturesDir, findRepoRoot, listFixtures, loadFixture, type Fixture } from './fixtures';
export type {
  EndReason,
  FakeGemini,
  FakeGeminiOptions,
  FakeGeminiRuntimeOptions,
  FakeGeminiStats,
  BilledUsage,
  FakeModelInfo,
  Fault,
  GeminiAction,
  RequestInfo,
  RequestLogEntry,
  ScriptHandle,
} from './types';
