import { posix } from 'node:path';
import type { Finding } from '../findings/finding';
import type { TextGenerator } from '../generation/textGenerator';
import type { RunContext } from '../workflow/run/runContext';
import type { ChapterGraphItem } from '../workflow/state/graph';
import { checkContinuity } from './continuityChecker';

/** What a run's continuity checks found: in the drafts, and in each chapter's final text (its revision when revised). */
export interface ContinuityRunSummary {
  /** Findings in the drafts this run made. */
  readonly before: number;
  /** Findings in the chapters' text after the run (revisions re-checked; unrevised drafts as they were). */
  readonly after: number;
  /** Model findings dropped because their quotes were not in the files they named. */
  readonly dropped: number;
  /** Model calls the checks made. */
  readonly calls: number;
}

/** A continuity problem as a revision prompt lists it ("fix these"). */
export interface FindingToFix {
  readonly passage: string;
  readonly evidence: string;
  /** Story-relative file the evidence is in. */
  readonly where: string;
  readonly explanation: string;
  readonly suggestion?: string;
}

/**
 * `checks.continuity: onRun` (and `onSave`) inside a run: each drafted or revised chapter is
 * checked as soon as it is written; a draft's findings go into its revision's prompt, and the
 * revision is checked again. A check that fails is logged and never fails the chapter: the prose
 * is what the run is for.
 */
export class RunContinuity {
  private readonly draftFindings = new Map<number, readonly Finding[]>();
  private readonly finalFindings = new Map<number, number>();
  private dropped = 0;
  private calls = 0;
  private checked = false;

  constructor(
    private readonly ctx: RunContext,
    private readonly generator: TextGenerator,
  ) {}

  get enabled(): boolean {
    return this.ctx.settings['checks.continuity'] !== 'off';
  }

  /** Checks the chapter file the run just wrote. */
  async afterChapter(item: ChapterGraphItem): Promise<void> {
    if (!this.enabled || this.ctx.signal.aborted) return;
    try {
      const report = await checkContinuity(
        { fs: this.ctx.fs, storyDir: this.ctx.storyDir, generator: this.counted(), settings: this.ctx.settings, log: this.ctx.log, signal: this.ctx.signal },
        { kind: 'chapter', chapter: item.chapter, file: item.file },
      );
      const findings = report.byChapter.get(item.chapter) ?? [];
      if (item.stage === 'draft') this.draftFindings.set(item.chapter, findings);
      this.finalFindings.set(item.chapter, findings.length);
      this.dropped += report.dropped;
      this.calls += report.stats.calls;
      this.checked = true;
      if (findings.length > 0) this.ctx.log.info(`${item.id}: ${findings.length} continuity finding(s)${item.stage === 'draft' ? '; the revision is asked to fix them' : ''}`);
    } catch (e) {
      if (this.ctx.signal.aborted) return;
      this.ctx.log.warn(`${item.id}: continuity check failed: ${(e as Error).message}`);
    }
  }

  /** Before a revision: the draft's findings, checking the draft first when this run did not (a check unchanged since is free). */
  async beforeRevision(draft: ChapterGraphItem): Promise<void> {
    if (this.enabled && !this.draftFindings.has(draft.chapter)) await this.afterChapter(draft);
  }

  /** The draft's open findings, for its revision's prompt. */
  toFix(chapter: number): readonly FindingToFix[] {
    return (this.draftFindings.get(chapter) ?? []).map((f) => ({
      passage: f.passage.quote,
      evidence: f.evidence?.[0]?.quote ?? '',
      where: f.evidence?.[0] ? posix.relative(this.ctx.storyDir, f.evidence[0].file) : 'the story bible',
      explanation: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    }));
  }

  summary(): ContinuityRunSummary | undefined {
    if (!this.checked) return undefined;
    const before = [...this.draftFindings.values()].reduce((n, f) => n + f.length, 0);
    const after = [...this.finalFindings.values()].reduce((n, c) => n + c, 0);
    return { before, after, dropped: this.dropped, calls: this.calls };
  }

  /** The run's generator as continuity calls it: counted in the run's tally, cancelled with the run. */
  private counted(): TextGenerator {
    const { tally, signal } = this.ctx;
    return {
      generateText: (request, options) => tally.call(() => this.generator.generateText(request, { ...options, signal })),
      generateJson: (request, schema, options) => tally.call(() => this.generator.generateJson(request, schema, { ...options, signal })),
    };
  }
}

/** `Continuity: 3 findings in the drafts, 1 after revision.` for the run's summary. */
export function describeContinuity(summary: ContinuityRunSummary): string {
  const n = (count: number) => `${count} finding${count === 1 ? '' : 's'}`;
  const dropped = summary.dropped > 0 ? ` (${summary.dropped} unverified, not shown)` : '';
  return `Continuity: ${n(summary.before)} in the drafts, ${n(summary.after)} after revision${dropped}.`;
}
