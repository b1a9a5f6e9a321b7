import { posix } from 'node:path';
import { writeFileAtomic } from '../checkpoint/atomicWrite';
import { parseChapter } from '../documents/chapter';
import { compareFindings, type Finding, type FindingsReport } from '../findings/finding';
import type { TextGenerator, TextResult } from '../generation/textGenerator';
import { bodyHash, contentHash } from '../hash';
import type { FileSystem, Logger } from '../ports';
import { chapterBrief } from '../prompts/storyContext';
import { Semaphore } from '../workflow/semaphore';
import { ContinuityStore, type StoredFinding } from './continuityStore';
import { continuityModel, continuityRequest, type ContinuitySettings } from './continuityRequest';
import { chapterFactsSchema, factsProvenance, renderFacts, renderFactsFile } from './facts';
import { BIBLE_SOURCE, CONTINUITY_PROMPT_VERSION, checkPrompt, checkSchema, chapterSource, extractionPrompt } from './prompts';
import { factsFile, readStoryMaterial, readStoryText, type ChapterMaterial, type StoryMaterial, type StoryTextFile } from './storyMaterial';
import { Suppressions } from './suppressions';
import { verifyFinding } from './verify';

/**
 * The continuity check of a story: each chapter's facts extracted into `facts/chapter-NN.md`,
 * each chapter checked against the bible, its outline entry and the facts of the chapters before
 * it (never later ones), and every finding verified against the files before it is reported.
 *
 * Incremental: a chapter's facts are keyed by the hash of its text, a check by the hashes of
 * everything it reads (its text, the bible, its outline entry, each earlier facts file); an
 * unchanged key reuses the stored answer, so an unchanged story costs no call, and editing
 * chapter 5 re-checks chapter 5 and the chapters after it only when chapter 5's facts changed.
 */

export interface ContinuityOptions {
  readonly fs: FileSystem;
  readonly storyDir: string;
  readonly generator: TextGenerator;
  readonly settings: ContinuitySettings;
  readonly log: Logger;
  readonly signal?: AbortSignal;
}

/** The whole story, or one chapter (optionally a given file of it: the draft the run just wrote). */
export type CheckScope = { readonly kind: 'story' } | { readonly kind: 'chapter'; readonly chapter: number; readonly file?: string };

export interface ContinuityStats {
  /** Chapters whose facts were extracted (a model call each). */
  readonly extracted: readonly number[];
  /** Chapters whose facts file the writer edited, kept as they left it. */
  readonly keptFacts: readonly number[];
  /** Chapters checked by the model (a call each). */
  readonly checked: readonly number[];
  /** Chapters whose stored check still held (no call). */
  readonly reused: readonly number[];
  /** Calls to the generator, and the requests that reached the API (0 when the cache answered). */
  readonly calls: number;
  readonly apiCalls: number;
  /** Findings the writer marked intentional, not reported. */
  readonly suppressed: number;
}

export interface ContinuityReport extends FindingsReport {
  readonly findings: readonly Finding[];
  /** Model findings whose quotes were not where they said: never shown. */
  readonly dropped: number;
  readonly stats: ContinuityStats;
  /** Chapter number → its findings (every checked chapter listed, with none when clean). */
  readonly byChapter: ReadonlyMap<number, readonly Finding[]>;
}

/** Extractions in flight in this process, by story, chapter and key: concurrent checks share them. */
const EXTRACTING = new Map<string, Promise<void>>();

/** Checks a story or one chapter; each call counts its own calls and changes. */
export async function checkContinuity(options: ContinuityOptions, scope: CheckScope): Promise<ContinuityReport> {
  const store = await ContinuityStore.load(options.fs, options.storyDir, options.log);
  return new ContinuityCheck(options, store).run(scope);
}

class ContinuityCheck {
  private readonly semaphore: Semaphore;
  private counts = { calls: 0, apiCalls: 0 };
  private readonly extracted: number[] = [];
  private readonly keptFacts = new Set<number>();

  constructor(
    private readonly options: ContinuityOptions,
    private readonly store: ContinuityStore,
  ) {
    this.semaphore = new Semaphore(options.settings['rateLimit.maxConcurrent']);
  }

  async run(scope: CheckScope): Promise<ContinuityReport> {
    const material = await readStoryMaterial(this.options.fs, this.options.storyDir);
    const suppressions = await Suppressions.load(this.options.fs, this.options.storyDir);
    const targets = scope.kind === 'story' ? withFiles(material.chapters) : await this.scoped(material, scope);
    // A chapter checked in a given file (the draft the run just wrote) has its facts from that file too.
    const written = withFiles(material.chapters, targets);
    const last = Math.max(0, ...targets.map((t) => t.ref.number));
    // Every chapter up to the last one checked needs its facts (a chapter's own facts are for the ones after it).
    const needFacts = written.filter((c) => c.ref.number <= last);
    await Promise.all(needFacts.map((c) => this.ensureFacts(material.title, c.ref.number, c.file)));

    const checked: number[] = [];
    const reused: number[] = [];
    const results = await Promise.all(
      targets.map(async (target) => {
        const outcome = await this.checkChapter(material, written, target);
        (outcome.called ? checked : reused).push(target.ref.number);
        return { chapter: target.ref.number, findings: outcome.findings, file: target.file };
      }),
    );

    let dropped = 0;
    let suppressed = 0;
    const byChapter = new Map<number, Finding[]>();
    for (const result of results) {
      const sources = await this.sourceFiles(material, written, result.chapter);
      const kept: Finding[] = [];
      for (const model of result.findings) {
        const verified = verifyFinding(model, result.file, sources);
        if (verified.kind === 'dropped') {
          dropped++;
          this.options.log.debug(`continuity: chapter ${result.chapter}: dropped a finding: ${verified.reason}`);
          continue;
        }
        if (suppressions.covers(result.chapter, verified.finding.passage.quote)) {
          suppressed++;
          continue;
        }
        if (!kept.some((k) => samePlace(k, verified.finding))) kept.push(verified.finding);
      }
      byChapter.set(result.chapter, kept);
    }
    if (dropped > 0) this.options.log.info(`continuity: dropped ${dropped} finding(s) whose quotes are not in the files they name`);
    const findings = [...byChapter.values()].flat().sort(compareFindings);
    const stats: ContinuityStats = {
      extracted: [...this.extracted].sort((a, b) => a - b),
      keptFacts: [...this.keptFacts].sort((a, b) => a - b),
      checked: checked.sort((a, b) => a - b),
      reused: reused.sort((a, b) => a - b),
      calls: this.counts.calls,
      apiCalls: this.counts.apiCalls,
      suppressed,
    };
    this.options.log.info(
      `continuity: ${findings.length} finding(s) in ${targets.length} chapter(s); ${stats.calls} call(s) (facts of ${list(stats.extracted)}; checked ${list(stats.checked)}); ${dropped} dropped, ${suppressed} marked intentional`,
    );
    return { findings, dropped, stats, byChapter };
  }

  private async scoped(material: StoryMaterial, scope: Extract<CheckScope, { kind: 'chapter' }>): Promise<WrittenChapter[]> {
    const chapter = material.chapters.find((c) => c.ref.number === scope.chapter);
    if (!chapter) throw new RangeError(`The outline has no chapter ${scope.chapter}`);
    const file = scope.file ? await readStoryText(this.options.fs, this.options.storyDir, scope.file) : chapter.file;
    if (!file) throw new RangeError(`Chapter ${scope.chapter} has no text yet: draft it first`);
    return [{ ...chapter, file }];
  }

  // ── Facts ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Brings a chapter's facts file up to date with its text, unless the writer made or edited it.
   * Checks running at once in this process (a run's chapters) share one extraction per chapter text.
   */
  private async ensureFacts(title: string, chapter: number, file: StoryTextFile): Promise<void> {
    const { fs, storyDir, log } = this.options;
    const rel = factsFile(chapter);
    const existing = await readStoryText(fs, storyDir, rel);
    const provenance = existing && factsProvenance(existing.text);
    if (existing && (!provenance || existing.hash !== provenance.bodyHash)) {
      // The writer wrote or edited this file: their facts win, whatever the chapter says now.
      this.keptFacts.add(chapter);
      log.debug(`continuity: ${rel} is the writer's: kept as they left it`);
      return;
    }
    const key = contentHash(JSON.stringify([CONTINUITY_PROMPT_VERSION, 'facts', continuityModel(this.options.settings), file.rel, file.hash]));
    if (provenance?.key === key) return;
    const flight = `${storyDir}\n${chapter}\n${key}`;
    const shared = EXTRACTING.get(flight);
    if (shared) return shared;
    const job = (async () => {
      const prompt = extractionPrompt({ title, chapter, prose: parseChapter(file.body).prose });
      const reply = await this.call(() =>
        this.options.generator.generateJson(continuityRequest(prompt, 'extract', this.options.settings), chapterFactsSchema, this.callOptions(`facts ch${pad(chapter)}`)),
      );
      await writeFileAtomic(fs, posix.join(storyDir, rel), renderFactsFile({ source: file.rel, key }, renderFacts(chapter, file.rel, reply.value)));
      this.extracted.push(chapter);
    })().finally(() => EXTRACTING.delete(flight));
    EXTRACTING.set(flight, job);
    return job;
  }

  // ── Checks ──────────────────────────────────────────────────────────────────────────────────

  private async checkChapter(
    material: StoryMaterial,
    written: ReadonlyArray<ChapterMaterial & { file: StoryTextFile }>,
    target: ChapterMaterial & { file: StoryTextFile },
  ): Promise<{ findings: readonly StoredFinding[]; called: boolean }> {
    const n = target.ref.number;
    const earlier = await this.earlierFacts(written, n);
    const outlineEntry = chapterBrief(material.outline.chapters.find((c) => c.number === n)!);
    const key = contentHash(
      JSON.stringify([
        CONTINUITY_PROMPT_VERSION,
        'check',
        continuityModel(this.options.settings),
        target.file.rel,
        target.file.hash,
        material.bible.hash,
        bodyHash(outlineEntry),
        earlier.map((f) => [f.chapter, bodyHash(f.facts)]),
      ]),
    );
    const stored = this.store.check(n);
    if (stored?.key === key) return { findings: stored.findings, called: false };
    const prompt = checkPrompt({ title: material.title, chapter: n, prose: parseChapter(target.file.body).prose, outlineEntry, bible: material.bible.body, earlierFacts: earlier });
    const names: [string, ...string[]] = [BIBLE_SOURCE, ...earlier.map((f) => chapterSource(f.chapter))];
    const reply = await this.call(() =>
      this.options.generator.generateJson(continuityRequest(prompt, 'check', this.options.settings), checkSchema(names), this.callOptions(`continuity ch${pad(n)}`)),
    );
    const findings = reply.value.findings;
    await this.store.setCheck(n, { key, file: target.file.rel, findings });
    return { findings, called: true };
  }

  /** The facts files of the chapters before `chapter`, as they are on disk now. */
  private async earlierFacts(written: ReadonlyArray<ChapterMaterial>, chapter: number): Promise<Array<{ chapter: number; facts: string }>> {
    const out: Array<{ chapter: number; facts: string }> = [];
    for (const c of written) {
      if (c.ref.number >= chapter) continue;
      const file = await readStoryText(this.options.fs, this.options.storyDir, factsFile(c.ref.number));
      if (file) out.push({ chapter: c.ref.number, facts: file.body });
    }
    return out;
  }

  /** Where each source name may be quoted from: the bible, or an earlier chapter's text and then its facts file. */
  private async sourceFiles(material: StoryMaterial, written: ReadonlyArray<ChapterMaterial & { file: StoryTextFile }>, chapter: number) {
    const byName = new Map<string, StoryTextFile[]>([[BIBLE_SOURCE, [material.bible]]]);
    for (const c of written) {
      if (c.ref.number >= chapter) continue;
      const facts = await readStoryText(this.options.fs, this.options.storyDir, factsFile(c.ref.number));
      byName.set(chapterSource(c.ref.number), facts ? [c.file, facts] : [c.file]);
    }
    return (name: string) => byName.get(name) ?? [];
  }

  // ── Calls ───────────────────────────────────────────────────────────────────────────────────

  private async call<R extends TextResult>(call: () => Promise<R>): Promise<R> {
    return this.semaphore.run(async () => {
      this.counts.calls++;
      const result = await call();
      this.counts.apiCalls += result.apiCalls;
      return result;
    });
  }

  private callOptions(label: string) {
    return { label, ...(this.options.signal ? { signal: this.options.signal } : {}) };
  }
}

type WrittenChapter = ChapterMaterial & { readonly file: StoryTextFile };

/** The chapters that have text, each with its current file or, for a target, the file it is checked in. */
function withFiles(chapters: readonly ChapterMaterial[], targets: readonly WrittenChapter[] = []): WrittenChapter[] {
  return chapters.map((c) => targets.find((t) => t.ref.number === c.ref.number) ?? c).filter((c): c is WrittenChapter => c.file !== undefined);
}

function samePlace(a: Finding, b: Finding): boolean {
  const p = a.passage.range;
  const q = b.passage.range;
  return a.rule === b.rule && p.startLine === q.startLine && p.startColumn === q.startColumn && p.endLine === q.endLine && p.endColumn === q.endColumn;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function list(chapters: readonly number[]): string {
  return chapters.length === 0 ? 'none' : chapters.join(', ');
}
