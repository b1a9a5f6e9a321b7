// Does the test server answer like Gemini? Each real recording in ../shared/fixtures (outside the
// repo; skipped when absent) is replayed at the wire level, and the server's reply must have the
// recording's status, content type and JSON shape.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MODELS, findRepoRoot, loadFixture, startFakeGemini, type FakeGemini } from '../../support/fakeGemini';

const SHARED = join(findRepoRoot(), '..', 'shared', 'fixtures');
const RECORDINGS = join(SHARED, 'gemini-recordings');
const ERRORS = join(SHARED, 'gemini-errors');

interface Recording {
  readonly interactions: ReadonlyArray<{
    readonly request: { readonly method: string; readonly url: string; readonly bodySegments?: readonly unknown[] };
    readonly response: {
      readonly statusCode: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly bodySegments?: readonly unknown[];
    };
  }>;
}

// Fields Gemini sends that the server leaves out (caching, per-modality output details, the
// opaque turnToken, debug details), and fields the server always sends where some model
// generations omit them (index and running candidate counts on 2.0; text on the
// thinking-ate-the-budget reply).
const MAY_BE_MISSING = new Set([
  'turnToken',
  'usageMetadata.cachedContentTokenCount',
  'usageMetadata.cacheTokensDetails',
  'usageMetadata.candidatesTokensDetails',
  'error.details',
]);
const MAY_BE_EXTRA = new Set(['candidates[0].index', 'candidates[0].content.parts', 'usageMetadata.candidatesTokenCount']);

/** Key paths of the parts of a reply that the product reads. */
function shape(body: unknown): Set<string> {
  const paths = new Set<string>();
  const add = (prefix: string, value: unknown): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const key of Object.keys(value)) paths.add(prefix + key);
  };
  const root = body as Record<string, unknown>;
  add('', root);
  const candidate = (root['candidates'] as unknown[] | undefined)?.[0] as Record<string, unknown> | undefined;
  add('candidates[0].', candidate);
  add('candidates[0].content.', candidate?.['content']);
  add('usageMetadata.', root['usageMetadata']);
  add('error.', root['error']);
  return paths;
}

function assertSameShape(ours: unknown, recorded: unknown, label: string): void {
  const mine = shape(ours);
  const theirs = shape(recorded);
  const missing = [...theirs].filter((p) => !mine.has(p) && !MAY_BE_MISSING.has(p));
  const extra = [...mine].filter((p) => !theirs.has(p) && !MAY_BE_EXTRA.has(p));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, label);
}

function sseEvents(text: string): unknown[] {
  return text
    .split(/\r\n\r\n|\n\n/)
    .map((event) => event.trim())
    .filter((event) => event.startsWith('data:'))
    .map((event) => JSON.parse(event.slice('data:'.length)) as unknown);
}

function candidateText(body: unknown): string | undefined {
  const candidate = (body as { candidates?: Array<{ content?: { parts?: Array<{ text?: string }> } }> }).candidates?.[0];
  return candidate?.content?.parts?.map((p) => p.text ?? '').join('');
}

function finishReason(body: unknown): string | undefined {
  return (body as { candidates?: Array<{ finishReason?: string }> }).candidates?.[0]?.finishReason;
}

const recordingFiles = existsSync(RECORDINGS)
  ? readdirSync(RECORDINGS)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
const errorFiles = existsSync(ERRORS)
  ? readdirSync(ERRORS)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

/** The model ids in the recordings' URLs that Gemini served. */
function recordedModels(): string[] {
  const ids = new Set<string>();
  for (const file of recordingFiles) {
    const recording = JSON.parse(readFileSync(join(RECORDINGS, file), 'utf8')) as Recording;
    for (const { request, response } of recording.interactions) {
      const id = /\/models\/([^/:?]+)/.exec(request.url)?.[1];
      // A model Gemini answered with 404 stays unknown.
      if (id && response.statusCode !== 404 && !DEFAULT_MODELS.includes(id)) ids.add(id);
    }
  }
  return [...ids];
}

describe('fake Gemini replies match real Gemini recordings (../shared)', function () {
  let server: FakeGemini | undefined;

  before(async function () {
    if (recordingFiles.length === 0) this.skip();
    // The recordings are from 2025: serve the models they called as they were served then.
    server = await startFakeGemini({ models: [...DEFAULT_MODELS, ...recordedModels()], retiredModels: [] });
  });
  after(async () => {
    await server?.stop();
  });

  if (recordingFiles.length === 0) it('(no recordings in ../shared: skipped)');

  for (const file of recordingFiles) {
    it(file.replace(/\.json$/, ''), async function () {
      const recording = JSON.parse(readFileSync(join(RECORDINGS, file), 'utf8')) as Recording;
      const [interaction] = recording.interactions;
      // One recording lost its streamed body (Content-Length: 0): nothing to compare against.
      if (!interaction?.response.bodySegments?.length) this.skip();
      const { request, response: recorded } = interaction;
      const live = server as FakeGemini;

      const response = await fetch(live.baseUrl + request.url, {
        method: request.method,
        headers: { 'content-type': 'application/json', 'x-goog-api-key': live.apiKey },
        body: JSON.stringify(request.bodySegments?.[0] ?? {}),
      });
      const text = await response.text();

      assert.equal(response.status, recorded.statusCode, 'status');
      const mediaType = (h: string | null | undefined): string | undefined => h?.split(';')[0]?.trim();
      assert.equal(mediaType(response.headers.get('content-type')), mediaType(recorded.headers['Content-Type']), 'content type');

      const streamed = response.status === 200 && mediaType(response.headers.get('content-type')) === 'text/event-stream';
      const ours = streamed ? sseEvents(text) : [JSON.parse(text) as unknown];
      const theirs = recorded.bodySegments ?? [];
      assertSameShape(ours[0], theirs[0], 'first segment');
      assertSameShape(ours.at(-1), theirs.at(-1), 'last segment');
      assert.equal(finishReason(ours.at(-1)), finishReason(theirs.at(-1)), 'finishReason');

      // Structured output: the same properties as the model filled in.
      const recordedText = candidateText(theirs[0]);
      if (recordedText?.trim().startsWith('{')) {
        const ourValue = JSON.parse(candidateText(ours[0]) ?? '') as Record<string, unknown>;
        const theirValue = JSON.parse(recordedText) as Record<string, unknown>;
        assert.deepEqual(Object.keys(ourValue).sort(), Object.keys(theirValue).sort(), 'JSON reply properties');
      }
    });
  }
});

describe("the project's Gemini fixtures are faithful copies of ../shared's", function () {
  if (errorFiles.length === 0) it('(no ../shared/fixtures/gemini-errors: skipped)');
  for (const file of errorFiles) {
    it(file, () => {
      const shared = JSON.parse(readFileSync(join(ERRORS, file), 'utf8')) as unknown;
      const own = loadFixture(file);
      assert.deepEqual({ statusCode: own.statusCode, headers: own.headers, body: own.body }, shared);
    });
  }
});
