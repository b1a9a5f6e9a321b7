import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';

/** A Markdown document split into its YAML front matter and its body. */
export interface FrontMatterDocument {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** False when the file had no front matter block at all. */
  readonly hasFrontMatter: boolean;
}

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * Splits `---\nyaml\n---\nbody`. A file without an opening fence is all body. An opening fence
 * with no closing one, YAML that does not parse, or front matter that is not a mapping is an
 * error: such a file was damaged, and silently treating it as body would lose its metadata.
 */
export function parseFrontMatter(text: string): FrontMatterDocument {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, body: text, hasFrontMatter: false };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new FrontMatterError('front matter starts with "---" but never closes with a "---" line');
  const yamlText = rest.slice(0, close.index);
  let body = rest.slice(close.index + close[0].length);
  body = body.replace(/^\r?\n/, '');
  let data: unknown;
  try {
    data = yamlText.trim() === '' ? {} : parseYaml(yamlText);
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    throw new FrontMatterError(`front matter is not valid YAML${line ? ` (line ${line + 1})` : ''}: ${(e as Error).message.split('\n')[0]}`, line);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a set of "key: value" lines');
  }
  return { data: data as Record<string, unknown>, body, hasFrontMatter: true };
}

/** Joins front matter and body; keys keep their insertion order, Unicode is written as is. */
export function renderFrontMatter(data: Record<string, unknown>, body: string): string {
  const yamlText = stringifyYaml(data, { lineWidth: 0 }).trimEnd();
  return `---\n${yamlText}\n---\n\n${body.replace(/^\n+/, '')}`;
}
