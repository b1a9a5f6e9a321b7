import * as z from 'zod';
import { OPEN_TEXT, parsePartialJson } from '../../documents/partialJson';

/**
 * The Markdown a structured stage (concept, bible, outline) shows while its JSON streams: the
 * stage's own renderer, given what has arrived, cut just before the first place that is not final
 * yet. So the live view only ever grows (but for the word being written), and once the JSON is
 * whole it is the renderer's output for it.
 *
 * How "not final" is found without a second renderer per stage: everything still to come is
 * filled in with placeholders before rendering — a string still streaming ends with `OPEN_TEXT`,
 * each field of an open object that has not started is `NOT_STARTED` (text), a placeholder
 * number, or a list of one placeholder, and an open list gets one placeholder item more. The
 * text is rendered twice, with two placeholder numbers, and cut:
 * - at the first `OPEN_TEXT`: the string being written shows up to its last character;
 * - at the start of the line of the first `NOT_STARTED` or of the first difference between the
 *   two renderings: a value that has not begun shows nothing, not even its heading or label.
 * A renderer that puts a later field before an earlier one (the bible's era before its world)
 * therefore holds the view at that point until the field arrives, instead of inserting text
 * above what is already shown.
 */
export class StructuredPreview {
  private readonly jsonSchema: JsonSchema;
  /** Without number fields one rendering tells everything (each rendering completes the reply through zod: not free per chunk). */
  private readonly placeholderNumbers: readonly number[];

  constructor(
    schema: z.ZodType,
    /** The stage's completion and rendering of a reply; undefined when it cannot be rendered (yet). */
    private readonly render: (raw: unknown) => string | undefined,
  ) {
    this.jsonSchema = jsonSchemaOf(schema);
    this.placeholderNumbers = hasNumbers(this.jsonSchema) ? PLACEHOLDER_NUMBERS : PLACEHOLDER_NUMBERS.slice(0, 1);
  }

  /** The Markdown to show for the JSON text received so far; undefined when there is none yet. */
  markdown(soFar: string): string | undefined {
    const partial = parsePartialJson(soFar);
    if (!partial) return undefined;
    const [first, second = first] = this.placeholderNumbers.map((n) => this.renderSafely(withPlaceholders(partial.value, this.jsonSchema, partial.open, n)));
    if (first === undefined || second === undefined) return undefined;
    const writing = first.indexOf(OPEN_TEXT);
    const notStarted = Math.min(...[first.indexOf(NOT_STARTED), firstDifference(first, second)].filter((i) => i >= 0));
    const cut = Math.min(writing < 0 ? first.length : writing, notStarted < first.length ? lineStart(first, notStarted) : first.length);
    // Cut or not, blank lines at the end come and go with what follows: only text counts.
    return cut < first.length ? first.slice(0, cut).trimEnd() : first;
  }

  private renderSafely(raw: unknown): string | undefined {
    try {
      return this.render(raw);
    } catch {
      // A half-arrived value the renderer cannot take: nothing new to show yet.
      return undefined;
    }
  }
}

/**
 * Two whole numbers that fit every number field of the stage schemas (chapter numbers,
 * target words) and differ in their last digit, so where a placeholder number is rendered the two
 * renderings differ.
 */
const PLACEHOLDER_NUMBERS = [911, 919] as const;

/** Stands for text that has not begun (another private-use character than `OPEN_TEXT`). */
const NOT_STARTED = '\uE001';

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
}

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  return json;
}

function withPlaceholders(value: unknown, schema: JsonSchema | undefined, open: ReadonlySet<object>, n: number): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => withPlaceholders(item, schema?.items, open, n));
    if (open.has(value)) items.push(placeholder(schema?.items, n));
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const filled: Record<string, unknown> = {};
    const properties = schema?.properties ?? {};
    for (const [key, v] of Object.entries(value)) filled[key] = withPlaceholders(v, properties[key], open, n);
    if (open.has(value)) for (const [key, s] of Object.entries(properties)) if (!(key in filled)) filled[key] = placeholder(s, n);
    return filled;
  }
  return value;
}

function hasNumbers(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') || types.includes('number')) return true;
  return hasNumbers(schema.items) || Object.values(schema.properties ?? {}).some(hasNumbers);
}

/** What stands for a value that has not started. */
function placeholder(schema: JsonSchema | undefined, n: number): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  switch (type) {
    case 'integer':
    case 'number':
      return n;
    case 'array':
      return [placeholder(schema?.items, n)];
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const [key, s] of Object.entries(schema?.properties ?? {})) object[key] = placeholder(s, n);
      return object;
    }
    default:
      return NOT_STARTED;
  }
}

/** Where `a` and `b` first differ; -1 when they are the same. */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
