import type { Finding, QuotedPassage } from '../findings/finding';
import { countWords } from '../documents/wordCount';
import type { PointOfView } from '../story/brief';
import { adverbDensity } from './checks/adverbs';
import { povSlip, tenseSlip } from './checks/briefRules';
import type { StyleChapter, StyleCheck, StyleContext } from './checks/check';
import { saidBookism, tagAdverb } from './checks/dialogueTags';
import { repeatedOpening, repeatedPhrase } from './checks/repetition';
import { flatRhythm } from './checks/rhythm';
import { findStockPhrases, stockPhrase } from './checks/stockPhrase';
import { LineIndex, readProse, type Span } from './prose';
import { STYLE_RULES, type StyleRuleId } from './rules';
import { phraseList } from './stockPhrases';
import type { StyleGuide } from './styleGuide';

const CHECKS: Readonly<Record<StyleRuleId, StyleCheck>> = {
  'stock-phrase': stockPhrase,
  'repeated-phrase': repeatedPhrase,
  'repeated-opening': repeatedOpening,
  'flat-rhythm': flatRhythm,
  'adverb-density': adverbDensity,
  'tag-adverb': tagAdverb,
  'said-bookism': saidBookism,
  'pov-slip': povSlip,
  'tense-slip': tenseSlip,
};

/** What the writer chose (settings) and what the story says (brief, `style.md`). */
export interface StyleOptions {
  readonly disabledRules: readonly string[];
  readonly extraPhrases: readonly string[];
  readonly pointOfView?: PointOfView;
  readonly guide?: StyleGuide;
}

export interface ChapterText {
  /** Absolute path, as findings and scores name it. */
  readonly file: string;
  /** The file's whole text, front matter included. */
  readonly text: string;
}

export interface StyleResult {
  readonly findings: Finding[];
  /** Findings per 1,000 words, per file. */
  readonly scores: Record<string, number>;
}

/**
 * Lints the chapters of one chapter stage (drafts, or revisions) together: the cross-chapter rules
 * compare them with each other, never a draft with its own revision. Offline and synchronous.
 */
export function lintChapters(chapters: readonly ChapterText[], options: StyleOptions): StyleResult {
  const phrases = phraseList([...options.extraPhrases, ...(options.guide?.avoid ?? [])], options.guide?.allow);
  const read: StyleChapter[] = chapters.map((c) => ({ file: c.file, prose: readProse(c.text) }));
  const enabled = (Object.keys(CHECKS) as StyleRuleId[]).filter((id) => !options.disabledRules.includes(id));
  const stockSpans = new Map<number, Span[]>(enabled.includes('stock-phrase') ? read.map((c, i) => [i, findStockPhrases(c.prose, phrases)]) : []);
  const context: StyleContext = { chapters: read, pointOfView: options.pointOfView, phrases, stockSpans };
  const lines = read.map((c) => new LineIndex(c.prose.text));
  const passage = (chapter: number, span: Span): QuotedPassage => ({
    file: read[chapter]!.file,
    range: lines[chapter]!.range(span),
    quote: read[chapter]!.prose.text.slice(span.start, span.end),
  });

  const findings: Finding[] = [];
  for (const rule of enabled) {
    const facts = STYLE_RULES[rule];
    for (const hit of CHECKS[rule](context)) {
      findings.push({
        source: 'style',
        rule,
        severity: facts.severity,
        message: `${hit.message} ${facts.explanation}`,
        passage: passage(hit.chapter, hit.span),
        ...(hit.evidence?.length ? { evidence: hit.evidence.map((e) => passage(e.chapter, e.span)) } : {}),
      });
    }
  }
  const scores: Record<string, number> = {};
  read.forEach((c) => {
    const words = countWords(c.prose.masked);
    const count = findings.filter((f) => f.passage.file === c.file).length;
    scores[c.file] = words ? Math.round((count / words) * 1000 * 100) / 100 : 0;
  });
  return { findings, scores };
}
