import { posix } from 'node:path';
import { unwrapCodeFence } from '../documents/markdown/text';
import type { Finding, TextRange } from '../findings/finding';
import type { TextGenerator } from '../generation/textGenerator';
import { continuityRequest, type ContinuitySettings } from './continuityRequest';
import { rewritePrompt } from './prompts';
import { findQuote, offsetOf, rangeOf } from './quotes';

/**
 * "Rewrite to agree": one model call that rewrites only the finding's passage. The host applies
 * the replacement at the range (in VS Code an undoable edit), so nothing else in the chapter moves.
 */

export interface PassageRewrite {
  readonly file: string;
  /** Where the passage is now (it may have moved since the check if text before it changed). */
  readonly range: TextRange;
  readonly replacement: string;
}

export class PassageChangedError extends Error {
  constructor(file: string) {
    super(`The passage is no longer in ${posix.basename(file)} as the check found it: check continuity again, then rewrite.`);
    this.name = 'PassageChangedError';
  }
}

export interface RewriteOptions {
  readonly generator: TextGenerator;
  readonly settings: ContinuitySettings;
  readonly signal?: AbortSignal;
}

/** `text`: the chapter file as it is now (the editor's text, which may be unsaved). */
export async function rewritePassage(options: RewriteOptions, finding: Finding, text: string): Promise<PassageRewrite> {
  const { passage } = finding;
  const located = locate(text, passage.range, passage.quote);
  if (!located) throw new PassageChangedError(passage.file);
  const evidence = finding.evidence?.[0];
  const prompt = rewritePrompt({
    passage: located.text,
    paragraph: paragraphAround(text, located.start, located.end),
    evidence: evidence?.quote ?? '',
    evidenceSource: evidence ? posix.basename(evidence.file) : 'story bible',
    explanation: finding.message,
    ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
  });
  const reply = await options.generator.generateText(continuityRequest(prompt, 'rewrite', options.settings), {
    label: 'continuity rewrite',
    // A writer asking again wants another take, not the same one.
    cache: 'bypass-cache',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const replacement = cleanReply(reply.text, located.text);
  if (!replacement) throw new Error('The model returned no rewrite; try again.');
  return { file: passage.file, range: rangeOf(text, located.start, located.end), replacement };
}

/** The passage at its recorded range, or (when text before it changed) its first occurrence. */
function locate(text: string, range: TextRange, quote: string): { start: number; end: number; text: string } | undefined {
  const start = offsetOf(text, range.startLine, range.startColumn);
  const end = offsetOf(text, range.endLine, range.endColumn);
  if (text.slice(start, end) === quote) return { start, end, text: quote };
  return findQuote(text, quote);
}

function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n\n', start);
  const to = text.indexOf('\n\n', end);
  return text.slice(from < 0 ? 0 : from + 2, to < 0 ? text.length : to).trim();
}

/** The reply without a fence, or quote marks the model wrapped round it that the passage did not have. */
function cleanReply(reply: string, passage: string): string {
  let text = unwrapCodeFence(reply).trim();
  const wrapped = /^["“'‘](.*)["”'’]$/s.exec(text);
  if (wrapped && !/^["“'‘]/.test(passage.trim())) text = wrapped[1]!.trim();
  return text;
}
