import { BRIEF_FILE } from '../stages';
import { stringify as stringifyYaml } from 'yaml';
import { FrontMatterError, parseFrontMatter } from '../documents/markdown/frontMatter';
import { BRIEF_ALLOWED, BRIEF_FIELDS, BRIEF_LIMITS, POINTS_OF_VIEW, briefSchema, normalizePointOfView, type Brief, type BriefField } from './brief';
import { showValue, type Problem } from './problem';

/**
 * `brief.md` ⇄ `Brief`. Reading is forgiving about spelling (`target_words`, `POV`, "5,000",
 * "close third") because the writer types this file by hand; what it cannot read it reports with
 * the file, the key, what is allowed and what was found.
 */

export type BriefParseResult = { readonly ok: true; readonly brief: Brief; readonly warnings: readonly string[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Keys as writers type them (lower case, no `-`, `_` or spaces) → the field they mean. */
const KEY_ALIASES: Readonly<Record<string, BriefField>> = {
  title: 'title',
  genre: 'genre',
  tone: 'tone',
  mood: 'tone',
  audience: 'audience',
  readers: 'audience',
  pointofview: 'pointOfView',
  pov: 'pointOfView',
  viewpoint: 'pointOfView',
  targetwords: 'targetWords',
  targetwordcount: 'targetWords',
  wordcount: 'targetWords',
  words: 'targetWords',
  length: 'targetWords',
  chapters: 'chapters',
  chaptercount: 'chapters',
  language: 'language',
  lang: 'language',
  premise: 'premise',
};

const normalizeKey = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Parses the text of `brief.md`. `path` is only used in messages, so pass what the writer
 * recognises (a workspace-relative path is ideal).
 */
export function parseBrief(text: string, path = BRIEF_FILE): BriefParseResult {
  let data: Record<string, unknown>;
  let body: string;
  let hasFrontMatter: boolean;
  try {
    ({ data, body, hasFrontMatter } = parseFrontMatter(text));
  } catch (e) {
    if (!(e instanceof FrontMatterError)) throw e;
    return fail('front matter', `${path}: the front matter (between the "---" lines at the top) is broken: ${e.message}`, e.line);
  }

  const warnings: string[] = [];
  const raw = collectFields(data, path, warnings);
  body = body.replace(/\r\n?/g, '\n');
  if (!hasFrontMatter) {
    // A brief typed from scratch may be "# Title" + premise; take the heading as the title.
    const heading = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(body);
    if (heading) {
      raw.title = heading[1];
      body = body.slice(heading[0].length);
    }
  }
  if (raw.premise === undefined || String(raw.premise).trim() === '') raw.premise = body;
  else if (body.trim() !== '') warnings.push(`${path}: both a \`premise\` key and body text were found; the \`premise\` key is used`);

  return checkBrief(raw, path, hasFrontMatter, warnings);
}

/**
 * Validates raw field values (as typed by a writer or passed by a command) into a `Brief`,
 * collecting a message for every field that is wrong rather than stopping at the first.
 */
export function checkBrief(raw: Partial<Record<BriefField, unknown>>, path = BRIEF_FILE, hasFrontMatter = true, warnings: readonly string[] = []): BriefParseResult {
  const problems: Problem[] = [];
  const candidate: Record<string, unknown> = {};
  for (const field of BRIEF_FIELDS) {
    const value = coerceField(field, raw[field]);
    const parsed = briefSchema.shape[field].safeParse(value);
    if (!parsed.success) problems.push({ field, message: fieldMessage(field, raw[field], path, hasFrontMatter) });
    else if (parsed.data !== undefined) candidate[field] = parsed.data; // absent stays absent, not `key: undefined`
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, brief: briefSchema.parse(candidate), warnings };
}

function fail(field: string, message: string, line?: number): BriefParseResult {
  return { ok: false, problems: [line === undefined ? { field, message } : { field, message, line }] };
}

/** Maps front-matter keys onto fields; unknown keys become warnings, never silent drops. */
function collectFields(data: Record<string, unknown>, path: string, warnings: string[]): Partial<Record<BriefField, unknown>> {
  const raw: Partial<Record<BriefField, unknown>> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = KEY_ALIASES[normalizeKey(key)];
    if (!field) {
      warnings.push(`${path}: unknown key \`${key}\` is ignored (known keys: ${BRIEF_FIELDS.filter((f) => f !== 'premise').join(', ')})`);
    } else if (field in raw) {
      warnings.push(`${path}: \`${key}\` repeats \`${field}\`; the first one is used`);
    } else {
      raw[field] = value;
    }
  }
  return raw;
}

/** Turns what YAML gives for hand-typed values into what the schema expects. */
function coerceField(field: BriefField, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '' && field !== 'premise') return undefined;
  switch (field) {
    case 'targetWords':
    case 'chapters':
      return typeof value === 'string' ? (readWholeNumber(value) ?? value) : value;
    case 'pointOfView':
      return typeof value === 'string' ? (normalizePointOfView(value) ?? value) : value;
    case 'title':
    case 'genre':
    case 'tone':
    case 'audience':
    case 'language':
      // `title: 1984` arrives as a number; the writer meant the text.
      return typeof value === 'number' ? String(value) : value;
    default:
      return value;
  }
}

/** "5,000", "5 000", "5_000", "5000 words" → 5000; anything else → undefined. */
function readWholeNumber(text: string): number | undefined {
  const m = /^\s*(\d{1,3}(?:[,_ \u00a0\u202f]\d{3})+|\d+)\s*(?:words?)?\s*$/i.exec(text);
  return m ? Number(m[1]!.replace(/[,_ \u00a0\u202f]/g, '')) : undefined;
}

function fieldMessage(field: BriefField, value: unknown, path: string, hasFrontMatter: boolean): string {
  if (field === 'premise') {
    if (typeof value === 'string' && value.length > BRIEF_LIMITS.premiseChars) {
      return `${path}: the premise is too long (${value.length} characters; at most ${BRIEF_LIMITS.premiseChars})`;
    }
    return `${path} has no premise: write a few sentences below the front matter`;
  }
  if (field === 'title' && (value === undefined || value === null || String(value).trim() === '')) {
    return hasFrontMatter
      ? `${path}: \`title\` is missing: add a line like "title: The Lighthouse Keeper" to the front matter`
      : `${path} has no front matter: start the file with "---", a line like "title: The Lighthouse Keeper", and "---"`;
  }
  const allowed = field === 'pointOfView' ? `${BRIEF_ALLOWED.pointOfView} (or e.g. "first person", "close third")` : BRIEF_ALLOWED[field];
  return `${path}: \`${field}\` must be ${allowed} (found ${showValue(value)})`;
}

/** Comment lines written above a key: the file teaches its own format. */
const KEY_HINTS: Partial<Record<BriefField, string>> = {
  pointOfView: POINTS_OF_VIEW.join(' | '),
  targetWords: `whole story, ${BRIEF_LIMITS.targetWords.min} to ${BRIEF_LIMITS.targetWords.max}`,
};

/** Shown, commented out, for optional keys the brief leaves empty. */
const EMPTY_HINTS: Partial<Record<BriefField, string>> = {
  genre: 'e.g. literary fiction, cozy mystery, space opera',
  tone: 'e.g. wry and tender, bleak, playful',
  audience: 'e.g. adult readers, middle grade, young adult',
  chapters: 'a number from 1 to 100; leave out to let Story Writer choose',
};

/**
 * Writes `brief.md`. Every key appears (empty optional ones as comments with examples) in a fixed
 * order, so a new brief doubles as the template. `parseBrief(renderBrief(b))` gives back `b`.
 */
export function renderBrief(brief: Brief): string {
  const lines: string[] = ['---'];
  for (const field of BRIEF_FIELDS) {
    if (field === 'premise') continue;
    const value = brief[field];
    if (value === undefined) {
      lines.push(`# ${field}: ${EMPTY_HINTS[field] ?? ''}`.trimEnd());
      continue;
    }
    const hint = KEY_HINTS[field];
    if (hint) lines.push(`# ${hint}`);
    lines.push(stringifyYaml({ [field]: value }, { lineWidth: 0 }).trimEnd());
  }
  lines.push('---', '', brief.premise.replace(/\r\n?/g, '\n').trim(), '');
  return lines.join('\n');
}
