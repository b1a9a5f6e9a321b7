import * as z from 'zod';
import { parseFrontMatter, renderFrontMatter } from '../documents/markdown/frontMatter';
import { bodyHash } from '../hash';

/**
 * What a chapter establishes, as the extraction returns it: who, what, where, when, and what
 * changed (injuries, deaths, possessions, relationships, secrets revealed). Each fact carries the
 * chapter's own words, so a later check can quote it as evidence and the quote can be verified.
 */

export const FACT_KINDS = ['character', 'place', 'object', 'time', 'event', 'state-change', 'relationship', 'secret', 'world-rule'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const factSchema = z.object({
  kind: z.enum(FACT_KINDS).describe('What sort of fact this is.'),
  subject: z.string().describe('Who or what the fact is about (a name, a place, an object).'),
  fact: z.string().describe('The fact in one plain sentence, as a reader of later chapters must remember it.'),
  quote: z.string().describe('The words of the chapter that establish it, copied exactly (one sentence or less).'),
});

export const chapterFactsSchema = z.object({
  facts: z.array(factSchema).describe('Every fact later chapters must stay consistent with, in the order the chapter establishes them.'),
});

export type Fact = z.infer<typeof factSchema>;
export type ChapterFacts = z.infer<typeof chapterFactsSchema>;

const KIND_HEADINGS: Readonly<Record<FactKind, string>> = {
  character: 'Characters',
  place: 'Places',
  object: 'Objects',
  time: 'Time',
  event: 'Events',
  'state-change': 'Changes of state',
  relationship: 'Relationships',
  secret: 'Secrets revealed',
  'world-rule': 'World rules',
};

/**
 * The facts file a writer reads and may edit: grouped by kind, one line per fact with the
 * chapter's words after it. Later checks are shown this text as it is on disk, so an edit here
 * is what the next check believes.
 */
export function renderFacts(chapter: number, sourceFile: string, facts: ChapterFacts): string {
  const lines = [
    `# Facts of chapter ${chapter}`,
    '',
    `What \`${sourceFile}\` establishes, for checking later chapters against it. Edit freely: later chapters are checked against this file as you leave it.`,
  ];
  for (const kind of FACT_KINDS) {
    const ofKind = facts.facts.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', `## ${KIND_HEADINGS[kind]}`, '');
    for (const f of ofKind) lines.push(`- **${oneLine(f.subject)}**: ${oneLine(f.fact)}${f.quote.trim() ? ` (“${oneLine(f.quote)}”)` : ''}`);
  }
  if (facts.facts.length === 0) lines.push('', '_No facts later chapters depend on._');
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where a facts file came from, in its front matter: the chapter file, the key of everything
 * the extraction read, and the hash of the body as written. A body that no longer has that hash
 * was edited by the writer, and is kept; a file with no such front matter is the writer's own.
 */
export interface FactsProvenance {
  readonly source: string;
  readonly key: string;
  readonly bodyHash: string;
}

export function renderFactsFile(provenance: Omit<FactsProvenance, 'bodyHash'>, body: string): string {
  return renderFrontMatter({ source: provenance.source, key: provenance.key, bodyHash: bodyHash(body) }, body);
}

export function factsProvenance(text: string): FactsProvenance | undefined {
  try {
    const { data, hasFrontMatter } = parseFrontMatter(text);
    if (!hasFrontMatter) return undefined;
    const { source, key, bodyHash: hash } = data;
    return typeof source === 'string' && typeof key === 'string' && typeof hash === 'string' ? { source, key, bodyHash: hash } : undefined;
  } catch {
    return undefined;
  }
}
