import * as z from 'zod';
import type { ModelStage } from '../stages';
import { STYLE_RULE_IDS } from '../style/rules';

/**
 * The one truth for `storyWriter.*` settings. Keys are the setting names without the
 * `storyWriter.` prefix, exactly as they appear in `settings.json` and in `package.json`
 * `contributes.configuration` (a unit test holds the two in agreement, both ways).
 */

export const SETTINGS_SECTION = 'storyWriter';

/** How hard the model thinks: `auto` picks per stage (see `src/core/generation/requestSettings.ts`). */
export const THINKING_SETTINGS = ['auto', 'minimal', 'low', 'medium', 'high'] as const;
export type ThinkingSetting = (typeof THINKING_SETTINGS)[number];

export const RECOVERY_STRATEGIES = ['retry', 'retry_required', 'skip_optional'] as const;
export type RecoveryStrategy = (typeof RECOVERY_STRATEGIES)[number];

/** When continuity is checked: never, after the run makes a chapter, or also on every save of a chapter. */
export const CONTINUITY_CHECK_MODES = ['off', 'onRun', 'onSave'] as const;
export type ContinuityCheckMode = (typeof CONTINUITY_CHECK_MODES)[number];

const int = (min: number, max: number) => z.number().int().min(min).max(max);

const stageModelsSchema = z
  .object({
    concept: z.string().min(1),
    bible: z.string().min(1),
    outline: z.string().min(1),
    draft: z.string().min(1),
    revision: z.string().min(1),
  })
  .partial()
  .strict();

const usdPerMillion = z.number().min(0).max(10_000);

/** `storyWriter.prices`: the same fields as `PriceOverride` in `src/core/cost/cost.ts`. */
const pricesSchema = z.record(
  z.string().min(1),
  z
    .object({
      input: usdPerMillion,
      output: usdPerMillion,
      cachedInput: usdPerMillion.optional(),
      batchInput: usdPerMillion.optional(),
      batchOutput: usdPerMillion.optional(),
      batchCachedInput: usdPerMillion.optional(),
    })
    .strict(),
);

/**
 * Strategies for a stage whose output every later stage needs. Only the revision can be skipped
 * (the manuscript falls back to the draft), so `skip_optional` anywhere else is refused by name.
 */
export const REQUIRED_STAGE_STRATEGIES = ['retry', 'retry_required'] as const;
type RequiredStage = Exclude<ModelStage, 'revision'>;

export const DEFAULT_RECOVERY = {
  concept: 'retry',
  bible: 'retry',
  outline: 'retry',
  draft: 'retry_required',
  revision: 'skip_optional',
} as const satisfies Record<ModelStage, RecoveryStrategy>;

const requiredStage = (stage: RequiredStage) =>
  z
    .enum(REQUIRED_STAGE_STRATEGIES, {
      error: (issue) =>
        issue.input === 'skip_optional'
          ? `workflow.recovery.${stage} cannot be skip_optional: later stages need the ${stage}; use retry or retry_required (only revision can be skipped)`
          : `workflow.recovery.${stage} must be retry or retry_required`,
    })
    .default(DEFAULT_RECOVERY[stage]);

/** Keys left out keep their defaults, so `{ "revision": "retry" }` changes the revision alone. */
const recoverySchema = z
  .object({
    concept: requiredStage('concept'),
    bible: requiredStage('bible'),
    outline: requiredStage('outline'),
    draft: requiredStage('draft'),
    revision: z.enum(RECOVERY_STRATEGIES).default(DEFAULT_RECOVERY.revision),
  })
  .strict();

export const RECOVERY_DESCRIPTION =
  'Per-stage recovery after a failed item. Every strategy first makes up to `workflow.maxRetriesPerStage` attempts when another attempt may help (a busy or unreachable server, an unusable reply; never a content refusal). `retry`: then the item fails and what depends on it is not made (for concept, bible and outline that is every later stage; for a chapter, its revision and the manuscript), while independent chapters go on. `retry_required`: then the run stops (nothing new starts). `skip_optional` (revision only, with `workflow.allowStageSkipping`): then the revision is skipped and the manuscript uses the draft. Keys left out keep their defaults.';

/** Each field carries its default; `.describe()` is the one-line meaning used in messages. */
export const settingsShape = {
  model: z.string().min(1).default('gemini-3.8-flash').describe('Gemini model used for every stage unless stageModels names another ("Story: Select Model…" lists yours).'),
  stageModels: stageModelsSchema.default({}).describe('Per-stage model overrides (concept, bible, outline, draft, revision → model id).'),
  temperature: z
    .number()
    .min(0)
    .max(2)
    .nullable()
    .default(null)
    .describe("Sampling temperature; empty (null) leaves the model's default, which Gemini 3 recommends. Not sent to models that ignore it (3.6 and later)."),
  thinking: z
    .enum(THINKING_SETTINGS)
    .default('auto')
    .describe(
      'How much the model thinks before writing: auto (low for planning and drafting, medium for revision), minimal, low, medium or high, mapped to what each model accepts.',
    ),
  maxOutputTokens: int(0, 65536)
    .default(0)
    .describe("Tokens one reply may use, thinking included; 0 sizes each request from what it asks for. Always clamped to the model's limit."),
  thinkingBudget: int(-1, 32768)
    .default(-1)
    .describe(
      'Advanced: thinking tokens for models that take a budget (Gemini 2.5); -1 uses storyWriter.thinking, 0 turns thinking off where allowed. Ignored by models that think by level.',
    ),
  requestTimeoutSeconds: int(5, 3600).default(300).describe('Seconds before a request with no reply is abandoned and retried.'),
  apiBaseUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ })])
    .default('')
    .describe("Gemini endpoint; empty uses Google's. User settings only, so a workspace can never redirect your key."),
  'cache.enabled': z.boolean().default(true).describe('Reuse identical replies instead of paying for them again.'),
  'cache.ttlSeconds': int(0, 30 * 24 * 3600)
    .default(3600)
    .describe('Seconds a cached reply stays valid.'),
  'cache.maxEntries': int(1, 100000).default(1000).describe('Most replies kept in the cache.'),
  'cache.maxMegabytes': int(1, 4096).default(64).describe('Most megabytes the cache may hold (memory and disk each).'),
  'cache.persist': z.boolean().default(true).describe('Keep the cache on disk between sessions.'),
  'retry.maxRetries': int(0, 10).default(3).describe('Retries of a failed request (rate limits, overload, network).'),
  'retry.strategy': z.enum(['exponential', 'linear', 'fixed']).default('exponential').describe('How the delay between retries grows.'),
  'retry.baseDelayMs': int(0, 60000).default(1000).describe('First retry delay in milliseconds (jitter is added).'),
  'retry.maxDelaySeconds': int(1, 600).default(60).describe('Longest wait between two retries.'),
  'rateLimit.requestsPerMinute': int(1, 10000).default(60).describe('Most requests started in any 60 seconds.'),
  'rateLimit.tokensPerMinute': int(0, 100000000).default(0).describe('Most input tokens sent in any 60 seconds, as Gemini counts its TPM quota (0 = no limit).'),
  'rateLimit.minDelayMs': int(0, 60000).default(0).describe('Least time between two request starts.'),
  'rateLimit.maxConcurrent': int(1, 64).default(4).describe('Most requests in flight at once (chapters drafted in parallel).'),
  'circuitBreaker.failureThreshold': int(1, 100).default(5).describe('Consecutive failures that pause all requests.'),
  'circuitBreaker.cooldownSeconds': int(1, 3600).default(60).describe('Seconds requests stay paused before one probe is let through.'),
  'story.folder': z
    .string()
    .min(1)
    // Relative: no leading separator, no drive (`C:…`), no `..` segment.
    .regex(/^(?![\\/])(?![a-zA-Z]:)(?!.*(^|[\\/])\.\.([\\/]|$)).+$/, 'a relative folder inside the workspace')
    .default('stories')
    .describe('Workspace folder that holds stories.'),
  'story.targetWordCount': int(100, 500000)
    .default(3000)
    .describe(
      'The length storyWriter.story.minWordCount and storyWriter.story.maxWordCount are set against; each story scales them to its own target (with the defaults, a 60,000-word novel is short under 40,000 words and long over 100,000).',
    ),
  'story.minWordCount': int(50, 500000).default(2000).describe('A story under this many words (scaled to its target) is reported as short when the run ends.'),
  'story.maxWordCount': int(100, 1000000)
    .default(5000)
    .describe('A story over this many words (scaled to its target) is reported as long, and a chapter over its own target scaled the same way is flagged. Nothing is cut.'),
  'workflow.requireApproval': z.boolean().default(false).describe('Pause after each stage: Continue, Edit first, or Regenerate.'),
  'workflow.predictNextStage': z
    .boolean()
    .default(true)
    .describe(
      'While you review a stage (with `workflow.requireApproval`), write the next one in the background at low priority; Continue on an unchanged stage then takes it at once. Its requests and tokens are shown on their own line in Statistics.',
    ),
  'workflow.allowStageSkipping': z.boolean().default(true).describe('Let optional stages (revision) be skipped when they fail.'),
  'workflow.maxRetriesPerStage': int(0, 10).default(3).describe('Attempts at one stage before its recovery strategy decides.'),
  'workflow.recovery': recoverySchema.default(DEFAULT_RECOVERY).describe(RECOVERY_DESCRIPTION),
  'workflow.draftMode': z.enum(['parallel', 'sequential']).default('parallel').describe("Draft chapters at once, or in order with the previous chapter's summary."),
  'workflow.batchPollSeconds': int(1, 3600)
    .default(30)
    .describe('In batch mode (Run Workflow in Batch, `--batch`), seconds between two looks at the batch job while Gemini works on it.'),
  'ui.showProgress': z.boolean().default(true).describe('Show a progress notification while generating.'),
  'ui.streamToEditor': z.boolean().default(true).describe('Open what is being written (the concept, bible and outline, then each chapter) and show it as it arrives.'),
  prices: pricesSchema
    .default({})
    .describe(
      'Your own prices, USD per 1M tokens, for models the built-in table does not know or prices that changed: model id (a trailing * covers a family) → { input, output, cachedInput?, batchInput?, batchOutput?, batchCachedInput? }. Batch prices default to half.',
    ),
  'budget.maxUsdPerRun': z
    .number()
    .min(0)
    .default(0)
    .describe(
      'Most US dollars one run may spend (0 = no limit). The run stops before a request that could go over it, counting requests in flight at their largest possible cost.',
    ),
  'export.author': z.string().max(200).default('').describe('Author name on exported books (title page, EPUB metadata, manuscript header); empty uses `author:` in the brief.'),
  'checks.continuity': z
    .enum(CONTINUITY_CHECK_MODES)
    .default('off')
    .describe(
      "When to check chapters for continuity errors against the story bible and earlier chapters' facts (model calls, only for what changed): `off`; `onRun` after each drafted or revised chapter (the revision is asked to fix the draft's findings); `onSave` also whenever a chapter is saved in the editor.",
    ),
  'style.enabled': z
    .boolean()
    .default(true)
    .describe(
      'Show style problems (stock phrases, repetition, flat rhythm, adverbs, dialogue tags, point-of-view and tense slips) in chapter files on open and save. Offline: no request.',
    ),
  'style.disabledRules': z
    .array(z.enum(STYLE_RULE_IDS))
    .default([])
    .describe(`Style rules to turn off, by id: ${STYLE_RULE_IDS.join(', ')}.`),
  'style.extraPhrases': z
    .array(z.string().trim().min(1).max(200))
    .max(1000)
    .default([])
    .describe('Your own phrases to report as stock phrases (plain text, any case), added to the built-in list; a story\'s style.md can add more under an "Avoid" heading.'),
} as const;

export type SettingKey = keyof typeof settingsShape;
export const SETTING_KEYS = Object.keys(settingsShape) as SettingKey[];
export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;

/** Settings that must never come from a workspace (they could send the API key elsewhere). */
export const APPLICATION_SCOPED: ReadonlySet<SettingKey> = new Set<SettingKey>(['apiBaseUrl']);

export interface SettingProblem {
  /** Full setting id, e.g. `storyWriter.temperature`. */
  readonly key: string;
  readonly value: unknown;
  /** What is allowed, in words: "a number from 0 to 2". */
  readonly allowed: string;
}

export interface ValidatedSettings {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

/**
 * Validates a plain object of settings (short keys, as in `settingsShape`). Missing keys take
 * their defaults; a bad value is reported and replaced by its default, so one typo never stops
 * the extension. Unknown keys are ignored.
 */
export function validateSettings(raw: Readonly<Record<string, unknown>>): ValidatedSettings {
  const problems: SettingProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const field = settingsShape[key];
    const value = raw[key];
    const parsed = field.safeParse(value);
    if (parsed.success) {
      out[key] = parsed.data;
    } else {
      // A message the schema wrote for one sub-key (`workflow.recovery.draft`) says exactly what is wrong.
      const named = parsed.error.issues.find((i) => i.message.startsWith(`${key}.`));
      const allowed = named ? `${describeAllowed(key)} (${SETTINGS_SECTION}.${named.message})` : describeAllowed(key);
      problems.push({ key: `${SETTINGS_SECTION}.${key}`, value, allowed });
      out[key] = field.parse(undefined);
    }
  }
  // Cross-field rule: the word-count window must be ordered.
  const s = out as Settings;
  if (s['story.minWordCount'] > s['story.maxWordCount']) {
    problems.push({
      key: `${SETTINGS_SECTION}.story.minWordCount`,
      value: s['story.minWordCount'],
      allowed: `at most storyWriter.story.maxWordCount (${s['story.maxWordCount']})`,
    });
    out['story.minWordCount'] = settingsShape['story.minWordCount'].parse(undefined);
    out['story.maxWordCount'] = settingsShape['story.maxWordCount'].parse(undefined);
  }
  return { settings: out as Settings, problems };
}

/** The defaults, as a fully valid settings object. */
export function defaultSettings(): Settings {
  return validateSettings({}).settings;
}

/**
 * Accepts the flat `settings.json` form used by `--config FILE`: keys with or without the
 * `storyWriter.` prefix. Anything else is reported as an unknown key rather than silently dropped.
 */
export function settingsFromFlatJson(json: unknown): ValidatedSettings & { unknownKeys: string[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ...validateSettings({}), unknownKeys: [], problems: [{ key: '(config file)', value: json, allowed: 'a JSON object of storyWriter.* settings' }] };
  }
  const raw: Record<string, unknown> = {};
  const unknownKeys: string[] = [];
  for (const [k, v] of Object.entries(json)) {
    const short = k.startsWith(`${SETTINGS_SECTION}.`) ? k.slice(SETTINGS_SECTION.length + 1) : k;
    if ((SETTING_KEYS as string[]).includes(short)) raw[short] = v;
    else unknownKeys.push(k);
  }
  return { ...validateSettings(raw), unknownKeys };
}

/** JSON Schema of one setting, as zod renders it (used for messages and the manifest check). */
export function settingJsonSchema(key: SettingKey): Record<string, unknown> {
  return z.toJSONSchema(settingsShape[key], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** "a number from 0 to 2", "one of exponential, linear, fixed", … */
export function describeAllowed(key: SettingKey): string {
  const js = settingJsonSchema(key);
  const range = (noun: string) => {
    const min = js.minimum as number | undefined;
    const max = js.maximum as number | undefined;
    if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
    if (min !== undefined) return `${noun} of at least ${min}`;
    if (max !== undefined) return `${noun} of at most ${max}`;
    return noun;
  };
  if (Array.isArray(js.enum)) return `one of ${(js.enum as unknown[]).join(', ')}`;
  if (key === 'temperature') return 'empty (null), or a number from 0 to 2';
  switch (js.type) {
    case 'integer':
      return range('a whole number');
    case 'number':
      return range('a number');
    case 'boolean':
      return 'true or false';
    case 'object': {
      const props = Object.keys((js.properties as Record<string, unknown>) ?? {});
      if (key === 'prices') return 'an object of model id → { input, output, cachedInput?, batchInput?, batchOutput?, batchCachedInput? }, each USD per 1M tokens from 0 to 10000';
      if (key === 'workflow.recovery') return `an object with keys ${props.join(', ')}: each ${REQUIRED_STAGE_STRATEGIES.join(' or ')}, and revision may also be skip_optional`;
      return `an object with keys ${props.join(', ')}`;
    }
  }
  if (key === 'apiBaseUrl') return 'empty, or an http(s) URL';
  if (key === 'story.folder') return 'a relative folder inside the workspace';
  if (key === 'export.author') return 'a name of at most 200 characters (or empty)';
  if (key === 'style.disabledRules') return `a list of rule ids: ${STYLE_RULE_IDS.join(', ')}`;
  if (key === 'style.extraPhrases') return 'a list of phrases (each 1 to 200 characters)';
  return 'a non-empty string';
}
