// The Gemini-protocol test server: real HTTP on 127.0.0.1, the Developer API's REST paths as the
// @google/genai SDK calls them, deterministic replies, simulated pacing and quota, scripted faults,
// and a log of every request.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { deliverError, deliverFault, deliverReply, type Pacing } from './delivery';
import { Batches, type EntryAnswer } from './batches';
import { CachedContents, withCache } from './cachedContents';
import { apiKeyInvalidBody, errorBody, type ErrorBody, modelNotFoundBody, modelRetiredBody, perMinuteQuotaBody } from './errorBodies';
import { Exchange, isAbortError } from './exchange';
import { FaultScript } from './faultScript';
import { defaultFixturesDir, loadFixture } from './fixtures';
import { parseGenerateBody, requestHash, type ParsedGenerateBody } from './geminiRequest';
import { roughJson, roughOpening, shortfall } from './imperfection';
import { modelCatalog, modelResource, RETIRED_MODELS, type ModelCatalog } from './models';
import { Prng } from './prng';
import { generateProse, phrase } from './prose';
import { SlidingWindowQuota } from './quota';
import { replyBody, type Reply } from './replies';
import { DEFAULT_REPLY_WORDS, replyLength, requestedWords, textTokenRoom } from './replyLength';
import { valueForSchema } from './schemaValue';
import { continuityValue } from './continuityReplies';
import { thinkingRejection, thoughtsTokens } from './thinkingRules';
import { contentTokens, ImplicitCache, promptTokenCount } from './tokenAccounting';
import type {
  Fault,
  FakeGemini,
  FakeGeminiOptions,
  FakeGeminiRuntimeOptions,
  FakeGeminiStats,
  FakeBehaviour,
  FakeModelInfo,
  GeminiAction,
  RequestInfo,
  RequestLogEntry,
  ScriptHandle,
} from './types';

export const DEFAULT_API_KEY = 'test-key-123';
const DEFAULT_WAIT_MS = 5_000;
const LIST_PAGE_SIZE = 50;

type ResolvedOptions = Required<Omit<FakeGeminiRuntimeOptions, 'models'>> & Pick<FakeGeminiRuntimeOptions, 'models'>;

/** What shapes a reply besides the request: the server's behaviour and seed. */
interface ReplyStyle {
  readonly behaviour: FakeBehaviour;
  readonly seed: number;
}

/** Start a server and wait until it listens. Stop it with `await server.stop()`. */
export async function startFakeGemini(options: FakeGeminiOptions = {}): Promise<FakeGemini> {
  const server = new FakeGeminiServer(options);
  await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return server;
}

/** `/v1beta/models`, `/v1beta/models/gemini-3.8-flash`, `/v1beta/models/gemini-3.8-flash:countTokens`. */
const ROUTE = /^\/(v1[a-z0-9]*)\/models(?:\/([^/:]+)(?::([A-Za-z]+))?)?\/?$/;

/** `/v1beta/cachedContents`, `/v1beta/cachedContents/ID`, `/v1beta/batches/ID`, `/v1beta/batches/ID:cancel`. */
const RESOURCE_ROUTE = /^\/(v1[a-z0-9]*)\/(cachedContents|batches)(?:\/([^/:]+)(?::([A-Za-z]+))?)?\/?$/;

interface Route {
  readonly action: GeminiAction;
  readonly apiVersion: string;
  readonly model?: string;
  /** A cache's or batch's resource name (`cachedContents/abc`, `batches/xyz`). */
  readonly resource?: string;
}

class FakeGeminiServer implements FakeGemini {
  private readonly http: Server;
  private readonly sockets = new Set<Socket>();
  private readonly active = new Set<Exchange>();
  private readonly events = new EventEmitter();
  private readonly faults = new FaultScript();
  private readonly quota = new SlidingWindowQuota();
  private readonly implicitCache = new ImplicitCache();
  private options: ResolvedOptions;
  private catalog: ModelCatalog;
  private log: RequestLogEntry[] = [];
  private nextId = 1;
  private counters = { served: 0, rateLimited: 0, quotaRejected: 0 };
  private address: AddressInfo | undefined;
  private stopping: Promise<void> | undefined;
  /** Explicit context caches and batch jobs the server holds. */
  readonly cachedContents: CachedContents;
  readonly batches: Batches;

  constructor(options: FakeGeminiOptions) {
    this.options = {
      apiKey: options.apiKey ?? DEFAULT_API_KEY,
      models: options.models,
      retiredModels: options.retiredModels ?? RETIRED_MODELS,
      behaviour: options.behaviour ?? 'obedient',
      seed: options.seed ?? 1,
      ttftMs: options.ttftMs ?? 0,
      tokensPerSecond: options.tokensPerSecond ?? 0,
      requestsPerMinute: options.requestsPerMinute ?? 0,
      quotaWindowMs: options.quotaWindowMs ?? 60_000,
      wordsPerChunk: options.wordsPerChunk ?? 12,
      modelLookupDelayMs: options.modelLookupDelayMs ?? 0,
      fixturesDir: options.fixturesDir ?? defaultFixturesDir(),
      batchPollsToFinish: options.batchPollsToFinish ?? 2,
      onRequestEnd: options.onRequestEnd ?? (() => undefined),
    };
    this.catalog = modelCatalog(options.models);
    this.cachedContents = new CachedContents(Date.now, (name) => loadFixture(name, this.options.fixturesDir).body);
    this.batches = new Batches(
      Date.now,
      () => this.options.batchPollsToFinish,
      (model, request) => this.batchEntry(model, request),
    );
    this.http = createServer((req, res) => void this.handle(req, res));
    this.http.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.events.setMaxListeners(0);
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, host, () => {
        this.http.off('error', reject);
        this.address = this.http.address() as AddressInfo;
        resolve();
      });
    });
  }

  get port(): number {
    return this.address?.port ?? 0;
  }

  get baseUrl(): string {
    const host = this.address?.address ?? '127.0.0.1';
    return `http://${host.includes(':') ? `[${host}]` : host}:${this.port}`;
  }

  get apiKey(): string {
    return this.options.apiKey;
  }

  get requests(): readonly RequestLogEntry[] {
    return this.log;
  }

  get stats(): FakeGeminiStats {
    return { ...this.counters, inFlight: this.active.size };
  }

  script(...faults: Fault[]): void {
    this.faults.enqueue(faults);
  }

  scriptWhen(predicate: (request: RequestInfo) => boolean, fault: Fault, options: { times?: number } = {}): ScriptHandle {
    return this.faults.addMatcher(predicate, fault, options.times ?? 1);
  }

  setOptions(options: Partial<FakeGeminiRuntimeOptions>): void {
    const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.options = { ...this.options, ...defined };
    if (options.models) this.catalog = modelCatalog(options.models);
  }

  reset(): void {
    this.log = [];
    this.faults.clear();
    this.quota.reset();
    this.implicitCache.clear();
    this.counters = { served: 0, rateLimited: 0, quotaRejected: 0 };
    this.cachedContents.clear();
    this.batches.clear();
  }

  waitForRequest(predicate: (entry: RequestLogEntry) => boolean = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<RequestLogEntry> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.log.find(predicate);
        if (found) {
          clearTimeout(timer);
          this.events.off('change', check);
          resolve(found);
        }
        return found !== undefined;
      };
      const timer = setTimeout(() => {
        this.events.off('change', check);
        reject(new Error(`fake Gemini: no matching request within ${timeoutMs} ms (${this.log.length} logged)`));
      }, timeoutMs);
      if (!check()) this.events.on('change', check);
    });
  }

  stop(): Promise<void> {
    this.stopping ??= new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      for (const exchange of this.active) exchange.abandon('server-stopped');
      this.http.closeAllConnections();
      for (const socket of this.sockets) socket.destroy();
    });
    return this.stopping;
  }

  // ---- request handling -------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake-gemini.invalid');
    const route = this.route(req.method ?? 'GET', url.pathname);
    let body: unknown;
    let bodyError: string | undefined;
    try {
      const raw = await readBody(req);
      if (raw.trim() !== '') body = JSON.parse(raw);
    } catch (error) {
      if (!req.complete || res.destroyed) return; // the client went away while sending
      bodyError = `Invalid JSON payload received. ${error instanceof Error ? error.message : String(error)}`;
    }
    const parsed = parseGenerateBody(body);
    const entry = this.logRequest(req, url, route, parsed, body);
    const exchange = new Exchange(res, entry, (ended) => this.onExchangeEnd(ended));
    this.active.add(exchange);
    try {
      if (bodyError !== undefined) return deliverError(exchange, errorBody(400, bodyError), entry.stream);
      await this.answer(exchange, route, body, parsed, presentedKey(req, url));
    } catch (error) {
      if (isAbortError(error)) return;
      // A bug or a bad script (e.g. an unknown fixture): make it visible to the test.
      const message = error instanceof Error ? error.message : String(error);
      if (!exchange.closed && entry.status === 0) exchange.sendJson(500, errorBody(500, `fake Gemini: ${message}`));
      else exchange.abandon('cut');
    }
  }

  private route(method: string, pathname: string): Route {
    const resource = RESOURCE_ROUTE.exec(pathname);
    if (resource) return resourceRoute(method, resource);
    const match = ROUTE.exec(pathname);
    if (!match) return { action: 'unknown', apiVersion: 'v1beta' };
    const [, apiVersion = 'v1beta', rawModel, verb] = match;
    const model = rawModel === undefined ? undefined : safeDecode(rawModel);
    const action = actionFor(method, model, verb);
    return { action, apiVersion, ...(model !== undefined ? { model } : {}) };
  }

  private logRequest(req: IncomingMessage, url: URL, route: Route, parsed: ParsedGenerateBody, body: unknown): RequestLogEntry {
    const keyHeader = req.headers['x-goog-api-key'];
    const entry: RequestLogEntry = {
      id: this.nextId++,
      action: route.action,
      method: req.method ?? 'GET',
      ...(route.model !== undefined ? { model: route.model } : {}),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      stream: route.action === 'streamGenerateContent',
      startedAt: performance.now(),
      startedAtEpochMs: Date.now(),
      status: 0,
      promptText: parsed.promptText,
      ...(parsed.systemInstruction !== undefined ? { systemInstruction: parsed.systemInstruction } : {}),
      ...(parsed.generationConfig !== undefined ? { generationConfig: parsed.generationConfig } : {}),
      ...cachedContentOf(body),
      hadKeyHeader: keyHeader !== undefined,
      keyInQuery: url.searchParams.has('key'),
      outputWords: 0,
      outputText: '',
    };
    this.log.push(entry);
    this.events.emit('change');
    return entry;
  }

  private onExchangeEnd(exchange: Exchange): void {
    this.active.delete(exchange);
    this.counters.served++;
    if (exchange.entry.status === 429) this.counters.rateLimited++;
    this.events.emit('change');
    this.options.onRequestEnd(exchange.entry);
  }

  private async answer(exchange: Exchange, route: Route, body: unknown, parsed: ParsedGenerateBody, key: string | undefined): Promise<void> {
    const { entry } = exchange;
    if (key !== this.options.apiKey) return deliverError(exchange, apiKeyInvalidBody(), entry.stream);
    switch (route.action) {
      case 'listModels':
        return this.listModels(exchange);
      case 'unknown':
        return exchange.sendJson(404, errorBody(404, `Method not found: ${entry.method} ${entry.path}`));
      case 'createCachedContent': {
        // A test may refuse cache creation with `scriptWhen((r) => r.action === 'createCachedContent', …)`.
        const fault = this.faults.takeMatching({ action: route.action, model: '', stream: false, promptText: parsed.promptText, body });
        if (fault)
          return deliverFault(exchange, fault, emptyReply(), false, { ttftMs: 0, tokensPerSecond: 0, wordsPerChunk: 1 }, (name) => loadFixture(name, this.options.fixturesDir));
        return sendResult(exchange, this.cachedContents.create(body));
      }
      case 'getCachedContent':
        return sendResult(exchange, this.cachedContents.get(route.resource ?? ''));
      case 'deleteCachedContent':
        return sendResult(exchange, this.cachedContents.delete(route.resource ?? ''));
      case 'getBatch':
        return sendResult(exchange, this.batches.get(route.resource ?? ''));
      case 'cancelBatch':
        return sendResult(exchange, this.batches.cancel(route.resource ?? ''));
      default:
        break;
    }
    const model = this.catalog.find(route.model ?? '');
    if (!model) {
      const id = (route.model ?? '').replace(/^models\//, '');
      const body = this.options.retiredModels.includes(id) ? modelRetiredBody(id) : modelNotFoundBody(route.model ?? '', route.apiVersion);
      return deliverError(exchange, body, entry.stream);
    }
    switch (route.action) {
      case 'getModel':
        await exchange.waitUntil(entry.startedAt + this.options.modelLookupDelayMs);
        return exchange.sendJson(200, modelResource(model));
      case 'countTokens':
        return exchange.sendJson(200, countTokensBody(parsed));
      case 'batchGenerateContent': {
        // A test may refuse a whole job: `scriptWhen((r) => r.action === 'batchGenerateContent' && isBatchCreate(r.body), …)`.
        const fault = this.faults.takeMatching({ action: route.action, model: model.id, stream: false, promptText: '', body });
        if (fault)
          return deliverFault(exchange, fault, emptyReply(), false, { ttftMs: 0, tokensPerSecond: 0, wordsPerChunk: 1 }, (name) => loadFixture(name, this.options.fixturesDir));
        return sendResult(exchange, this.batches.create(model.id, body));
      }
      default:
        return this.generate(exchange, model, body, parsed);
    }
  }

  private listModels(exchange: Exchange): void {
    const all = this.catalog.all();
    const pageSize = Math.max(1, Number(exchange.entry.query['pageSize']) || LIST_PAGE_SIZE);
    const offset = Math.max(0, Number(exchange.entry.query['pageToken']) || 0);
    const page = all.slice(offset, offset + pageSize).map(modelResource);
    const next = offset + pageSize < all.length ? { nextPageToken: String(offset + pageSize) } : {};
    exchange.sendJson(200, { models: page, ...next });
  }

  private async generate(exchange: Exchange, model: FakeModelInfo, body: unknown, asSent: ParsedGenerateBody): Promise<void> {
    const { entry } = exchange;
    const cacheUse = this.cachedContents.use(body);
    if (cacheUse.kind === 'rejected') return deliverError(exchange, cacheUse.body as ErrorBody, entry.stream);
    const parsed = cacheUse.kind === 'cached' ? withCache(asSent, cacheUse.cache) : asSent;
    const options = this.options; // a snapshot: later setOptions calls do not change this request
    const decision = this.quota.tryAccept(entry.startedAt, options.requestsPerMinute, options.quotaWindowMs);
    if (!decision.accepted) {
      entry.quotaRejected = true;
      this.counters.quotaRejected++;
      return deliverError(exchange, perMinuteQuotaBody(model.id, options.requestsPerMinute, decision.retryAfterMs), entry.stream);
    }
    const info: RequestInfo = {
      action: entry.action,
      model: model.id,
      stream: entry.stream,
      promptText: parsed.promptText,
      ...(parsed.systemInstruction !== undefined ? { systemInstruction: parsed.systemInstruction } : {}),
      ...(parsed.generationConfig !== undefined ? { generationConfig: parsed.generationConfig } : {}),
      body,
    };
    const fault = this.faults.take(info);
    const rejection = fault ? undefined : thinkingRejection(model, parsed);
    if (rejection) return deliverError(exchange, rejection, entry.stream);
    const planned = planReply(model, body, parsed, { behaviour: options.behaviour, seed: options.seed });
    // A request against an explicit cache is billed the cache's tokens as cached; otherwise the implicit cache may apply.
    const cachedTokens = cacheUse.kind === 'cached' ? cacheUse.cache.tokens : this.implicitCache.admit(model, parsed, entry.startedAt, planned.promptTokens);
    const reply = { ...planned, cachedTokens };
    const pacing: Pacing = { ttftMs: options.ttftMs, tokensPerSecond: options.tokensPerSecond, wordsPerChunk: options.wordsPerChunk };
    if (!fault) return deliverReply(exchange, reply, entry.stream, pacing);
    entry.fault = fault;
    this.events.emit('change');
    return deliverFault(exchange, fault, reply, entry.stream, pacing, (name) => loadFixture(name, options.fixturesDir));
  }

  /** One request of a batch job, answered when the job finishes: a reply, or the error that entry met. */
  private batchEntry(modelId: string, request: unknown): EntryAnswer {
    const model = this.catalog.find(modelId);
    if (!model) return { error: modelNotFoundBody(modelId, 'v1beta').error };
    const cacheUse = this.cachedContents.use(request);
    if (cacheUse.kind === 'rejected') return { error: (cacheUse.body as ErrorBody).error };
    const asSent = parseGenerateBody(request);
    const parsed = cacheUse.kind === 'cached' ? withCache(asSent, cacheUse.cache) : asSent;
    const info: RequestInfo = {
      action: 'batchGenerateContent',
      model: model.id,
      stream: false,
      promptText: parsed.promptText,
      ...(parsed.systemInstruction !== undefined ? { systemInstruction: parsed.systemInstruction } : {}),
      ...(parsed.generationConfig !== undefined ? { generationConfig: parsed.generationConfig } : {}),
      body: request,
    };
    const fault = this.faults.take(info);
    const rejection = fault ? undefined : thinkingRejection(model, parsed);
    if (rejection) return { error: rejection.error };
    const planned = planReply(model, request, parsed, { behaviour: this.options.behaviour, seed: this.options.seed });
    const reply = { ...planned, ...(cacheUse.kind === 'cached' ? { cachedTokens: cacheUse.cache.tokens } : {}) };
    if (!fault) return { response: replyBody(reply) };
    return batchFault(fault, reply, (name) => loadFixture(name, this.options.fixturesDir));
  }
}

/** A scripted fault as one batch entry meets it: an error entry, or the text it asks for. */
function batchFault(fault: Fault, reply: Reply, fixture: (name: string) => { statusCode: number; body: unknown }): EntryAnswer {
  switch (fault.kind) {
    case 'text':
      return { response: replyBody({ ...reply, text: fault.text, finishReason: fault.finishReason ?? 'STOP' }) };
    case 'fixture': {
      const loaded = fixture(fault.name);
      if (loaded.statusCode === 200) return { response: loaded.body as Record<string, unknown> };
      return { error: (loaded.body as ErrorBody).error };
    }
    case 'status':
      return { error: (fault.body as ErrorBody | undefined)?.error ?? errorBody(fault.statusCode).error };
    default:
      return { error: errorBody(500).error };
  }
}

/** The `cachedContent` a generate body names, for the request log. */
function cachedContentOf(body: unknown): { cachedContent?: string } {
  const name = (body as { cachedContent?: unknown } | undefined)?.cachedContent;
  return typeof name === 'string' ? { cachedContent: name } : {};
}

/** A reply with nothing in it, for faults delivered to requests that are not generations. */
function emptyReply(): Reply {
  return { text: '', finishReason: 'STOP', model: '', responseId: '', promptTokens: 0 };
}

function resourceRoute(method: string, match: RegExpExecArray): Route {
  const [, apiVersion = 'v1beta', kind, id, verb] = match;
  const resource = id === undefined ? undefined : `${kind}/${safeDecode(id)}`;
  const action: GeminiAction =
    kind === 'cachedContents'
      ? resource === undefined
        ? method === 'POST'
          ? 'createCachedContent'
          : 'unknown'
        : method === 'GET'
          ? 'getCachedContent'
          : method === 'DELETE'
            ? 'deleteCachedContent'
            : 'unknown'
      : resource !== undefined && verb === 'cancel' && method === 'POST'
        ? 'cancelBatch'
        : resource !== undefined && verb === undefined && method === 'GET'
          ? 'getBatch'
          : 'unknown';
  return { action, apiVersion, ...(resource !== undefined ? { resource } : {}) };
}

function sendResult(exchange: Exchange, result: { status: number; body: unknown }): void {
  if (result.status === 200) exchange.sendJson(200, result.body);
  else deliverError(exchange, result.body as ErrorBody, false);
}

function actionFor(method: string, model: string | undefined, verb: string | undefined): GeminiAction {
  if (model === undefined) return method === 'GET' ? 'listModels' : 'unknown';
  if (verb === undefined) return method === 'GET' ? 'getModel' : 'unknown';
  if (method !== 'POST') return 'unknown';
  switch (verb) {
    case 'generateContent':
    case 'streamGenerateContent':
    case 'countTokens':
    case 'batchGenerateContent':
      return verb;
    default:
      return 'unknown';
  }
}

/**
 * The deterministic reply to a generate request: prose, or JSON when a schema is given. Thinking
 * comes first and counts against `maxOutputTokens`; the text gets what is left and is cut at the
 * limit with MAX_TOKENS (JSON too, mid-value, as a real model's is).
 */
function planReply(model: FakeModelInfo, body: unknown, parsed: ParsedGenerateBody, style: ReplyStyle): Reply {
  const hash = requestHash(model.id, body);
  const rng = Prng.fromText(hash);
  const rough = style.behaviour === 'imperfect' ? Prng.fromText(`${hash}:imperfect:${style.seed}`) : undefined;
  const thoughts = thoughtsTokens(model, parsed, Prng.fromText(`${hash}:thoughts`));
  const { text, finishReason } = parsed.wantsJson ? jsonReply(parsed, rng, rough, thoughts) : proseReply(parsed, rng, rough, thoughts);
  return {
    text,
    finishReason,
    model: model.id,
    responseId: Buffer.from(hash.slice(0, 32), 'hex').toString('base64url'),
    promptTokens: promptTokenCount(parsed),
    ...(thoughts !== undefined ? { thoughtsTokens: thoughts } : {}),
  };
}

function proseReply(parsed: ParsedGenerateBody, rng: Prng, rough: Prng | undefined, thoughts: number | undefined): { text: string; finishReason: string } {
  const asked = requestedWords(parsed.promptText, parsed.systemInstruction) ?? DEFAULT_REPLY_WORDS;
  const wanted = rough ? shortfall(asked, rough) : asked;
  const length = replyLength(wanted, parsed.maxOutputTokens, thoughts);
  let text = generateProse(rng, length.words);
  if (rough && !length.truncated) text = roughOpening(text, parsed.promptText, rough);
  return { text, finishReason: length.truncated ? 'MAX_TOKENS' : 'STOP' };
}

function jsonReply(parsed: ParsedGenerateBody, rng: Prng, rough: Prng | undefined, thoughts: number | undefined): { text: string; finishReason: string } {
  const value =
    parsed.responseSchema !== undefined ? (continuityValue(parsed.responseSchema, parsed.promptText, rng) ?? valueForSchema(parsed.responseSchema, rng)) : { result: phrase(rng) };
  const whole = rough ? roughJson(value, parsed.responseSchema, rough) : JSON.stringify(value, null, 2);
  const roomChars = textTokenRoom(parsed.maxOutputTokens, thoughts) * 4;
  return whole.length > roomChars ? { text: whole.slice(0, roomChars), finishReason: 'MAX_TOKENS' } : { text: whole, finishReason: 'STOP' };
}

/** countTokens in the recording's shape: per-content part tokens plus one per role, as generate counts them. */
function countTokensBody(parsed: ParsedGenerateBody): Record<string, unknown> {
  const { contents, system } = contentTokens(parsed);
  const totalTokens = promptTokenCount(parsed);
  return {
    contentTokens: contents,
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: totalTokens }],
    systemInstructionsTokens: system ?? {},
    totalTokens,
  };
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** The key the client sent: the header the SDK uses, else a `?key=` (accepted, as Gemini does, but logged). */
function presentedKey(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers['x-goog-api-key'];
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('key') ?? undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}
