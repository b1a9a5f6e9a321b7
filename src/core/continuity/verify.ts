import type { Finding, QuotedPassage } from '../findings/finding';
import type { StoredFinding } from './continuityStore';
import { BIBLE_SOURCE } from './prompts';
import { findQuote, rangeOf } from './quotes';
import type { StoryTextFile } from './storyMaterial';

/**
 * A model's finding becomes a `Finding` only when both its quotes are where it says they are:
 * the passage in the checked chapter, the evidence in the source it names (the bible, or an
 * earlier chapter: that chapter's text, or its facts file as the writer left it). Anything else is
 * dropped: a hallucinated quote must never reach the writer.
 */

/** The files a named evidence source may be found in, in the order they are searched. */
export type SourceFiles = (sourceName: string) => readonly StoryTextFile[];

export type Verified = { readonly kind: 'kept'; readonly finding: Finding } | { readonly kind: 'dropped'; readonly reason: string };

export function verifyFinding(model: StoredFinding, chapter: StoryTextFile, sources: SourceFiles): Verified {
  const passage = quoted(chapter, model.passage);
  if (!passage) return { kind: 'dropped', reason: `passage not in ${chapter.rel}: “${model.passage}”` };
  const files = sources(model.evidenceSource.trim().toLowerCase());
  if (files.length === 0) return { kind: 'dropped', reason: `unknown or later evidence source “${model.evidenceSource}”` };
  const evidence = files.map((f) => quoted(f, model.evidence)).find((q) => q !== undefined);
  if (!evidence) return { kind: 'dropped', reason: `evidence not in ${files.map((f) => f.rel).join(' or ')}: “${model.evidence}”` };
  const finding: Finding = {
    source: 'continuity',
    rule: model.category,
    severity: 'warning',
    message: oneLine(model.explanation) || `Contradicts the ${model.evidenceSource === BIBLE_SOURCE ? 'story bible' : model.evidenceSource}`,
    passage,
    evidence: [evidence],
    ...(model.suggestedFix.trim() ? { suggestion: oneLine(model.suggestedFix) } : {}),
  };
  return { kind: 'kept', finding };
}

function quoted(file: StoryTextFile, quote: string): QuotedPassage | undefined {
  const match = findQuote(file.text, quote, file.bodyStart);
  return match && { file: file.path, range: rangeOf(file.text, match.start, match.end), quote: match.text };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
