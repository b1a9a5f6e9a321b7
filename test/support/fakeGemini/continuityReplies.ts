// Continuity editing as an imperfect model does it. A request is recognised by the shape of its
// response schema alone (an array of facts that each carry a quote; an array of findings that each
// quote a passage and evidence and name the evidence's source from an enum), never by words in
// the prompt. The model reads its material the way any reply here does: the tagged blocks of the
// prompt. It quotes most things exactly, but sometimes changes a word, invents a sentence, or
// names the wrong source, so the product's verification has real work to do.
import { asObject } from './geminiRequest';
import type { Prng } from './prng';
import { phrase, personName } from './prose';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Block {
  readonly tag: string;
  readonly name?: string;
  readonly text: string;
}

/** A fact list or a findings list for a schema of either shape; undefined for any other schema. */
export function continuityValue(schema: unknown, promptText: string, rng: Prng): Json | undefined {
  const root = asObject(schema);
  const props = asObject(root?.['properties']);
  const facts = itemProperties(props?.['facts']);
  if (facts && 'quote' in facts && 'fact' in facts) return { facts: factsFor(promptText, facts, rng) };
  const findings = itemProperties(props?.['findings']);
  const sources = enumOf(findings?.['evidenceSource']);
  if (findings && 'passage' in findings && 'evidence' in findings && sources) return { findings: findingsFor(promptText, findings, sources, rng) };
  return undefined;
}

function itemProperties(array: unknown): Record<string, unknown> | undefined {
  return asObject(asObject(asObject(array)?.['items'])?.['properties']) as Record<string, unknown> | undefined;
}

function enumOf(schema: unknown): string[] | undefined {
  const values = asObject(schema)?.['enum'];
  return Array.isArray(values) && values.every((v) => typeof v === 'string') && values.length > 0 ? (values as string[]) : undefined;
}

// ── Reading the prompt ──────────────────────────────────────────────────────────────────────

function blocks(promptText: string): Block[] {
  const out: Block[] = [];
  for (const m of promptText.matchAll(/<([a-z_]+)((?:\s+[a-z]+="[^"]*")*)>\n([\s\S]*?)\n<\/\1>/g)) {
    const name = /name="([^"]*)"/.exec(m[2] ?? '')?.[1];
    out.push({ tag: m[1]!, ...(name !== undefined ? { name } : {}), text: m[3]! });
  }
  return out;
}

/**
 * What a model would quote from a block: sentences of prose (five words or more), the values of
 * a reference document's entries (`- **Goal:** to find the ledger` gives "to find the ledger"),
 * and the chapter's words a facts file quotes in “…”. Nothing with Markdown markup inside.
 */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const plain = line
      .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
      .replace(/^\*\*[^*]+\*\*:?\s*/, '')
      .trim();
    const parts = plain.match(/[^.!?]+[.!?]+["”’]?/g) ?? [];
    for (const s of parts) {
      const sentence = s.trim();
      if (!/[*_#`|<>]/.test(sentence) && sentence.split(/\s+/).length >= 5) out.push(sentence);
    }
    if (parts.length === 0 && !/[*_#`|<>()“”]/.test(plain) && plain.length >= 12 && plain.split(/\s+/).length >= 3) out.push(plain);
    // A facts line quotes the chapter in “…”: that quote is what a model would cite.
    for (const q of line.matchAll(/“([^”]{20,})”/g)) out.push(q[1]!);
  }
  return out;
}

// ── Facts ───────────────────────────────────────────────────────────────────────────────────

function factsFor(promptText: string, props: Record<string, unknown>, rng: Prng): Json[] {
  const prose = longest(blocks(promptText));
  const pool = prose ? sentences(prose.text) : [];
  const kinds = enumOf(props['kind']) ?? ['event'];
  const count = Math.min(pool.length, rng.int(3, 7));
  const picked = pickDistinct(pool, count, rng);
  return picked.map((sentence) => ({
    kind: rng.pick(kinds),
    subject: subjectOf(sentence, rng),
    fact: `${subjectOf(sentence, rng)}: ${sentence
      .split(/\s+/)
      .slice(0, 8)
      .join(' ')
      .replace(/[.,;:!?]+$/, '')}.`,
    // Facts are quoted carefully, but a model still slips now and then.
    quote: rng.chance(0.85) ? sentence : altered(sentence, rng),
  }));
}

function subjectOf(sentence: string, rng: Prng): string {
  const names = sentence
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/[^A-Za-z'-]/g, ''))
    .filter((w) => /^[A-Z][a-z]+$/.test(w));
  return names[0] ?? personName(rng);
}

// ── Findings ────────────────────────────────────────────────────────────────────────────────

function findingsFor(promptText: string, props: Record<string, unknown>, sourceNames: readonly string[], rng: Prng): Json[] {
  const all = blocks(promptText);
  const sources = all.filter((b) => b.tag === 'source' && b.name !== undefined && sourceNames.includes(b.name));
  const chapter = longest(all.filter((b) => b.tag !== 'source'));
  const passages = chapter ? sentences(chapter.text) : [];
  const categories = enumOf(props['category']) ?? ['character'];
  const count = passages.length === 0 || sources.length === 0 ? 0 : rng.pick([0, 1, 1, 2, 2, 3, 3]);
  const out: Json[] = [];
  for (let i = 0; i < count; i++) {
    const source = rng.pick(sources);
    const evidencePool = sentences(source.text);
    if (evidencePool.length === 0) continue;
    const passage = quoteFrom(rng.pick(passages), rng);
    const evidence = quoteFrom(rng.pick(evidencePool), rng);
    // Sometimes the right words, but credited to the wrong source.
    const named = rng.chance(0.1) && sourceNames.length > 1 ? rng.pick(sourceNames.filter((n) => n !== source.name)) : source.name!;
    out.push({
      category: rng.pick(categories),
      passage,
      evidence,
      evidenceSource: named,
      explanation: `The chapter has it that ${lowerFirst(trimEnd(passage))}, but the ${named} says ${lowerFirst(trimEnd(evidence))}.`,
      suggestedFix: `Change the passage so it agrees with the ${named}: ${phrase(rng)}.`,
    });
  }
  return out;
}

/**
 * How a model quotes: mostly exactly (sometimes only a clause, sometimes with typographic quote
 * marks or different case), now and then with a word changed, or a sentence it made up.
 */
function quoteFrom(sentence: string, rng: Prng): string {
  const roll = rng.next();
  if (roll < 0.5) return sentence;
  if (roll < 0.6) return clause(sentence);
  if (roll < 0.7) return sentence.replace(/"([^"]*)"/g, '“$1”').replace(/^./, (c) => c.toLowerCase());
  if (roll < 0.85) return altered(sentence, rng);
  return `${personName(rng)} had never once seen ${phrase(rng)} before that night.`;
}

function clause(sentence: string): string {
  const parts = sentence.split(/,\s*/);
  const longestPart = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longestPart.split(/\s+/).length >= 4 ? longestPart : sentence;
}

/** The sentence with one word replaced: close, but not what the text says. */
function altered(sentence: string, rng: Prng): string {
  const words = sentence.split(' ');
  const at = rng.int(0, Math.max(0, words.length - 2));
  words[at] = words[at] === 'the' ? 'a' : 'the';
  return words.join(' ');
}

function longest(list: readonly Block[]): Block | undefined {
  return list.reduce<Block | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined);
}

function pickDistinct<T>(items: readonly T[], count: number, rng: Prng): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

function trimEnd(text: string): string {
  return text.replace(/[.!?"”’]+$/, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
