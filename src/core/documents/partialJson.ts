/**
 * Reads the beginning of a JSON text, as a model streams it, cut at any character: what has
 * arrived becomes a value, and every place where more is still to come is marked, so a renderer
 * can tell what is final. Written for the structured stages' live view (see
 * `core/workflow/stages/structuredPreview.ts`); libraries that read partial JSON give the value
 * but not which objects, arrays and strings are still open, which is what keeps the view from
 * showing a guess that later changes.
 *
 * - A string still streaming ends with `OPEN_TEXT` (what arrived of it comes before).
 * - An object or array still streaming is in `open`.
 * - A key whose value has not started, a number or literal that may still grow (`12` of `120`,
 *   `tr` of `true`), an escape cut in half: left out until they are whole.
 * - A Markdown fence around the JSON (models add one now and then) is skipped.
 */

/** A private-use character: marks where a string is still streaming (a model has no reason to write it). */
export const OPEN_TEXT = '\uE000';

export interface PartialJson {
  readonly value: unknown;
  /** The objects and arrays of `value` whose closing bracket has not arrived yet. */
  readonly open: ReadonlySet<object>;
  /** The whole value has arrived. */
  readonly complete: boolean;
}

/** `undefined` until a value has begun, or when the text is not JSON at all. */
export function parsePartialJson(text: string): PartialJson | undefined {
  const start = jsonStart(text);
  if (start < 0) return undefined;
  const reader = new Reader(text, start);
  try {
    const read = reader.value();
    return read === MISSING ? undefined : { value: read.value, open: reader.open, complete: read.complete };
  } catch (error) {
    if (error instanceof NotJson) return undefined;
    throw error;
  }
}

/** Where the JSON begins: after leading space and an opening Markdown fence (```json). */
function jsonStart(text: string): number {
  const fence = /^\s*```[a-zA-Z]*[ \t]*(\r?\n|$)/.exec(text);
  if (fence) return fence[1] ? fence[0].length : -1;
  if (/^\s*`{1,2}$/.test(text)) return -1; // perhaps a fence, perhaps not: wait
  return 0;
}

class NotJson extends Error {}

interface Read {
  readonly value: unknown;
  /** False: the text ended inside this value. */
  readonly complete: boolean;
}

/** Nothing usable of a value yet. */
const MISSING = Symbol('missing');

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: ReadonlyArray<readonly [string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

class Reader {
  readonly open = new Set<object>();

  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  value(): Read | typeof MISSING {
    this.skipSpace();
    if (this.ended) return MISSING;
    const c = this.text[this.at]!;
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    return this.literal();
  }

  private object(): Read {
    const object: Record<string, unknown> = {};
    this.open.add(object);
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.ended) return { value: object, complete: false };
      if (this.text[this.at] === '}') {
        this.at++;
        this.open.delete(object);
        return { value: object, complete: true };
      }
      if (this.text[this.at] === ',') {
        this.at++;
        continue;
      }
      if (this.text[this.at] !== '"') throw new NotJson();
      const key = this.string();
      if (!key.complete) return { value: object, complete: false };
      this.skipSpace();
      if (this.ended) return { value: object, complete: false };
      if (this.text[this.at] !== ':') throw new NotJson();
      this.at++;
      const read = this.value();
      if (read === MISSING) return { value: object, complete: false };
      object[key.value as string] = read.value;
      if (!read.complete) return { value: object, complete: false };
    }
  }

  private array(): Read {
    const array: unknown[] = [];
    this.open.add(array);
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.ended) return { value: array, complete: false };
      if (this.text[this.at] === ']') {
        this.at++;
        this.open.delete(array);
        return { value: array, complete: true };
      }
      if (this.text[this.at] === ',') {
        this.at++;
        continue;
      }
      const read = this.value();
      if (read === MISSING) return { value: array, complete: false };
      array.push(read.value);
      if (!read.complete) return { value: array, complete: false };
    }
  }

  /** A string; one cut short ends with OPEN_TEXT. */
  private string(): Read {
    let value = '';
    this.at++;
    let from = this.at;
    while (!this.ended) {
      const c = this.text[this.at]!;
      if (c === '"') {
        value += this.text.slice(from, this.at);
        this.at++;
        return { value, complete: true };
      }
      if (c !== '\\') {
        this.at++;
        continue;
      }
      value += this.text.slice(from, this.at);
      const escape = this.escape();
      if (escape === undefined) return { value: value + OPEN_TEXT, complete: false };
      value += escape;
      from = this.at;
    }
    return { value: value + this.text.slice(from) + OPEN_TEXT, complete: false };
  }

  /** The escape at a backslash, or undefined when the text ends inside it. */
  private escape(): string | undefined {
    const c = this.text[this.at + 1];
    if (c === undefined) return undefined;
    if (c === 'u') {
      const hex = this.text.slice(this.at + 2, this.at + 6);
      if (hex.length < 4) {
        if (!/^[0-9a-fA-F]*$/.test(hex)) throw new NotJson();
        return undefined;
      }
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new NotJson();
      this.at += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const escaped = ESCAPES[c];
    if (escaped === undefined) throw new NotJson();
    this.at += 2;
    return escaped;
  }

  /** A number, complete only when something follows it (`12` may be the start of `120`). */
  private number(): Read | typeof MISSING {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    const end = match ? this.at + match[0].length : this.at;
    if (end >= this.text.length) return MISSING;
    // A match that stops at '.', 'e' or a sign is a number cut in the middle (`1.` then `1.5`) or not JSON.
    if (!match || /[.eE+\-0-9]/.test(this.text[end]!)) {
      if (/^-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][+-]?\d*)?$/.test(this.text.slice(this.at))) return MISSING;
      throw new NotJson();
    }
    this.at = end;
    return { value: Number(match[0]), complete: true };
  }

  private literal(): Read | typeof MISSING {
    const rest = this.text.slice(this.at, this.at + 5);
    for (const [word, value] of LITERALS) {
      if (rest.startsWith(word)) {
        this.at += word.length;
        return { value, complete: true };
      }
      if (word.startsWith(rest)) return MISSING; // cut in the middle of the word
    }
    throw new NotJson();
  }

  private skipSpace(): void {
    while (!this.ended && /\s/.test(this.text[this.at]!)) this.at++;
  }

  private get ended(): boolean {
    return this.at >= this.text.length;
  }
}
