// Scenario 11: the continuity pipeline end to end (extraction → check → verification →
// diagnostics) over a labelled set of stories, two with planted contradictions and two clean
// controls, against the test server answering as an imperfect model. `npm run bench -- --only
// continuity` runs it alone and merges its rows into bench/results.json.
//
// The test server does not understand the stories: it quotes their material at random, sometimes
// exactly, sometimes altered, invented or credited to the wrong source. So these figures measure
// the mechanics (how many calls, how much is dropped, that what is kept is exact, that a recheck
// is free and an edit re-checks exactly its dependants), not how many planted contradictions a
// real model would find; the planted labels are reported for that comparison with a real key.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultSettings, type Settings } from '../src/core/config/settings';
import { checkContinuity, type ContinuityReport } from '../src/core/continuity/continuityChecker';
import { findQuote, normaliseQuote, offsetOf } from '../src/core/continuity/quotes';
import type { Finding } from '../src/core/findings/finding';
import { stageFile } from '../src/core/stages';
import { GeminiService } from '../src/gemini/geminiService';
import { geminiConfigFromSettings } from '../src/hosts/geminiConfig';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { MemoryLogger } from '../test/support/memoryLogger';
import { startFakeGemini } from '../test/support/fakeGemini';
import { LABELLED_STORIES, writeLabelledStory, type LabelledStory } from './continuityFixtures';
import { machine, Report } from './support/report';

interface StoryRun {
  readonly story: LabelledStory;
  readonly dir: string;
  readonly first: ContinuityReport;
  readonly requests: number;
}

export async function continuityBench(report: Report, log: (message: string) => void): Promise<void> {
  const planted = LABELLED_STORIES.reduce((n, s) => n + s.planted.length, 0);
  log(
    `11. continuity: ${LABELLED_STORIES.length} labelled stories (${planted} planted contradictions, ${LABELLED_STORIES.filter((s) => s.planted.length === 0).length} clean controls)`,
  );
  const root = await mkdtemp(join(tmpdir(), 'story-writer-bench-continuity-'));
  const server = await startFakeGemini({ behaviour: 'imperfect' });
  const fs = new NodeFileSystem();
  const logger = new MemoryLogger();
  const settings: Settings = { ...defaultSettings(), apiBaseUrl: server.baseUrl, 'cache.enabled': false, 'rateLimit.requestsPerMinute': 10_000 };
  const service = new GeminiService({ apiKey: async () => server.apiKey, config: geminiConfigFromSettings(settings), logger });
  const generated = () => server.requests.filter((r) => r.action === 'generateContent' || r.action === 'streamGenerateContent').length;
  const check = (dir: string) => checkContinuity({ fs, storyDir: dir, generator: service, settings, log: logger }, { kind: 'story' });
  try {
    const runs: StoryRun[] = [];
    const t0 = performance.now();
    for (const story of LABELLED_STORIES) {
      const dir = await writeLabelledStory(fs, root, story);
      const before = generated();
      const first = await check(dir);
      runs.push({ story, dir, first, requests: generated() - before });
    }
    const firstMs = performance.now() - t0;
    const chapters = LABELLED_STORIES.reduce((n, s) => n + s.chapters.length, 0);
    const requests = runs.reduce((n, r) => n + r.requests, 0);
    const kept = runs.flatMap((r) => r.first.findings);
    const dropped = runs.reduce((n, r) => n + r.first.dropped, 0);
    report.add('continuity.first_check_requests', requests, 'requests', `${chapters} chapters: one facts extraction and one check each, nothing else`);
    report.goal('continuity.requests_per_chapter', requests / chapters, 'requests', '<=', 2, 'first check of a story: extraction + check per chapter');
    report.add('continuity.model_findings', kept.length + dropped, 'findings', 'what the test server reported, before verification');
    report.add('continuity.dropped_unverified', dropped, 'findings', 'a quote not found in the file it names (altered, invented or misattributed): never shown');
    report.add(
      'continuity.kept_findings',
      kept.length,
      'findings',
      `verified; ${runs.filter((r) => r.story.planted.length === 0).reduce((n, r) => n + r.first.findings.length, 0)} of them in the clean controls (the test server reads nothing)`,
    );
    report.goal('continuity.kept_quotes_exact_share', await exactShare(kept), '×', '==', 1, 'kept findings whose passage and evidence are verbatim at their reported ranges');
    report.add('continuity.first_check_ms', firstMs, 'ms', `all ${LABELLED_STORIES.length} stories, test server with no latency`);

    const diagnostics = kept.map((f) => diagnosticLine(root, f));
    report.add('continuity.diagnostics', diagnostics.length, 'diagnostics', diagnostics[0] ? `e.g. ${diagnostics[0]}` : 'none');
    report.add(
      'continuity.planted_matched',
      `${matchedPlanted(runs)}/${planted}`,
      'planted',
      'planted contradictions a kept finding points at; meaningful with a real model (the test server quotes at random)',
    );

    // An unchanged story: no request at all.
    const beforeRecheck = generated();
    for (const r of runs) await check(r.dir);
    report.goal('continuity.recheck_requests', generated() - beforeRecheck, 'requests', '==', 0, 'every story checked again, unchanged');

    // An edit to chapter 2 of a three-chapter story: chapter 2 and, when its facts changed, chapter 3.
    const edited = runs[0]!;
    const file = join(edited.dir, stageFile('draft', 2));
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe gulls had gone quiet by the time the lamp was lit.\n`);
    const beforeEdit = generated();
    const afterEdit = await check(edited.dir);
    const exact = afterEdit.stats.extracted.join() === '2' && afterEdit.stats.checked.join() === '2,3' && afterEdit.stats.reused.join() === '1';
    report.goal(
      'continuity.edit_rechecks_exact',
      exact ? 1 : 0,
      '',
      '==',
      1,
      `edit chapter 2 of 3: facts of [${afterEdit.stats.extracted}] extracted, chapters [${afterEdit.stats.checked}] re-checked, [${afterEdit.stats.reused}] reused`,
    );
    report.add('continuity.edit_requests', generated() - beforeEdit, 'requests', 'one extraction, two checks');
  } finally {
    await service.dispose();
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
}

/** Share of kept findings whose quotes are exactly the text at their ranges (the verification's promise). */
async function exactShare(findings: readonly Finding[]): Promise<number> {
  if (findings.length === 0) return 1;
  let exact = 0;
  for (const f of findings) {
    let ok = true;
    for (const q of [f.passage, ...(f.evidence ?? [])]) {
      const text = await readFile(q.file, 'utf8');
      ok &&= text.slice(offsetOf(text, q.range.startLine, q.range.startColumn), offsetOf(text, q.range.endLine, q.range.endColumn)) === q.quote;
    }
    if (ok) exact++;
  }
  return exact / findings.length;
}

/** A finding as `story-writer lint` and the Problems panel place it: file:line:col, category, message. */
function diagnosticLine(root: string, f: Finding): string {
  return `${relative(root, f.passage.file)}:${f.passage.range.startLine + 1}:${f.passage.range.startColumn + 1} continuity/${f.rule}`;
}

/** Planted contradictions whose passage a kept finding overlaps (same chapter, a quote inside the other). */
function matchedPlanted(runs: readonly StoryRun[]): number {
  let matched = 0;
  for (const run of runs) {
    for (const p of run.story.planted) {
      const hit = run.first.byChapter.get(p.chapter)?.some((f) => {
        const a = normaliseQuote(f.passage.quote);
        const b = normaliseQuote(p.passage);
        return a.includes(b) || b.includes(a) || findQuote(f.passage.quote, p.passage) !== undefined;
      });
      if (hit) matched++;
    }
  }
  return matched;
}

/** Replaces the `continuity.*` rows of an existing results file with this run's. */
export function mergeContinuityRows(file: string, report: Report): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ name: string }>; details: Array<{ name: string }>; [key: string]: unknown };
  const mine = (r: { name: string }) => r.name.startsWith('continuity.');
  json.rows = [...json.rows.filter((r) => !mine(r)), ...report.rows];
  json.details = [...json.details.filter((r) => !mine(r)), ...report.info];
  json.continuityScenario = { ...machine(), note: 'rows continuity.* measured by npm run bench -- --only continuity' };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
