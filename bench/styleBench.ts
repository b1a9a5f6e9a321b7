// Scenario 12: the style rules against a labelled fixture set (test/fixtures/style/: stories with
// planted slop, each instance labelled in the story's labels.json, and clean control chapters),
// reporting each rule's precision and recall, and how long linting takes. `npm run bench --
// --only style` runs just this scenario and merges its `style.*` rows into bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countWords } from '../src/core/documents/wordCount';
import type { Finding, TextRange } from '../src/core/findings/finding';
import { STYLE_RULE_IDS, StyleChecker, lintChapters, type StyleRuleId } from '../src/core/style';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { writeNovel } from '../test/unit/core/export/fixtureStories';
import { FIXTURE_ROOT, readLabelledStories, spanOfLabel, type LabelledStory } from '../test/unit/core/style/styleFixtures';
import { machine, type Report } from './support/report';
import { median } from './support/stats';

/** A finding counts when at least this share of a rule's findings were planted there… */
const PRECISION_GOAL = 0.9;
/** …and at least this share of the planted instances were found. */
const RECALL_GOAL = 0.8;
/** Linting (every rule, both chapter stages) per 10,000 words: instant on save. */
const MS_PER_10K_GOAL = 50;
/** CPU time for a whole 25-chapter novel (drafts and revisions, ≈ 100,000 words), re-read from disk on each save. */
const NOVEL_GOAL_MS = 500;
const RUNS = 20;

export async function styleBench(report: Report, log: (message: string) => void): Promise<void> {
  log('12. style rules: precision and recall on the labelled fixtures, lint time');
  const stories = readLabelledStories();
  const fs = new NodeFileSystem();
  const all: Array<{ story: LabelledStory; findings: readonly Finding[] }> = [];
  for (const story of stories) {
    const checker = new StyleChecker(fs, () => ({ disabledRules: [], extraPhrases: [] }));
    all.push({ story, findings: (await checker.check(story.dir)).findings });
  }
  accuracyRows(report, all);
  timingOfFixtures(report, stories);
  await timingOfNovel(report, fs);
}

function accuracyRows(report: Report, all: ReadonlyArray<{ story: LabelledStory; findings: readonly Finding[] }>): void {
  const tally = new Map<StyleRuleId, { found: number; right: number; planted: number; recalled: number }>(
    STYLE_RULE_IDS.map((r) => [r, { found: 0, right: 0, planted: 0, recalled: 0 }]),
  );
  let inClean = 0;
  let cleanWords = 0;
  for (const { story, findings } of all) {
    const labels = story.labels.planted.map((label) => ({ label, span: spanOfLabel(story, label) }));
    for (const f of findings) {
      const t = tally.get(f.rule as StyleRuleId)!;
      t.found++;
      const rel = story.relative(f.passage.file);
      if (labels.some((l) => l.label.rule === f.rule && l.label.file === rel && overlaps(l.span, offsets(story.text(rel), f.passage.range)))) t.right++;
      if (story.labels.clean.includes(rel)) inClean++;
    }
    for (const { label, span } of labels) {
      const t = tally.get(label.rule)!;
      t.planted++;
      if (findings.some((f) => f.rule === label.rule && story.relative(f.passage.file) === label.file && overlaps(span, offsets(story.text(label.file), f.passage.range))))
        t.recalled++;
    }
    for (const clean of story.labels.clean) cleanWords += countWords(story.text(clean));
  }
  let found = 0;
  let right = 0;
  let planted = 0;
  let recalled = 0;
  for (const [rule, t] of tally) {
    found += t.found;
    right += t.right;
    planted += t.planted;
    recalled += t.recalled;
    const note = `${t.right} of ${t.found} findings planted; ${t.recalled} of ${t.planted} planted found`;
    if (t.found > 0) report.goal(`style.${rule}.precision`, t.right / t.found, '', '>=', PRECISION_GOAL, note);
    else report.unmeasured(`style.${rule}.precision`, '', '>=', PRECISION_GOAL, `no findings (${t.planted} planted)`);
    if (t.planted > 0) report.goal(`style.${rule}.recall`, t.recalled / t.planted, '', '>=', RECALL_GOAL, note);
    else report.unmeasured(`style.${rule}.recall`, '', '>=', RECALL_GOAL, 'nothing planted for this rule');
  }
  report.goal('style.all.precision', right / found, '', '>=', PRECISION_GOAL, `${right} of ${found} findings, ${all.length} stories`);
  report.goal('style.all.recall', recalled / planted, '', '>=', RECALL_GOAL, `${recalled} of ${planted} planted instances`);
  report.goal('style.clean_controls.findings', inClean, '', '==', 0, `findings in the clean control chapters (${cleanWords.toLocaleString('en-US')} words)`);
}

function timingOfFixtures(report: Report, stories: readonly LabelledStory[]): void {
  const sets = stories.map((s) => ({ pointOfView: s.pointOfView, chapters: s.chapterFiles.map((rel) => ({ file: join(s.dir, rel), text: s.text(rel) })) }));
  const words = sets.flatMap((s) => s.chapters).reduce((n, c) => n + countWords(c.text), 0);
  const lintAll = () => {
    for (const s of sets) lintChapters(s.chapters, { disabledRules: [], extraPhrases: [], ...(s.pointOfView ? { pointOfView: s.pointOfView } : {}) });
  };
  // Warm: the first lint in a process compiles the phrase patterns and the JIT has not run yet.
  const t0 = performance.now();
  lintAll();
  report.add('style.first_lint_in_process_ms', performance.now() - t0, 'ms', `the ${words.toLocaleString('en-US')} fixture words, compiling the patterns included`);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    lintAll();
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - t);
  }
  report.goal(
    'style.fixtures_cpu_ms_per_10k_words',
    (median(cpu) / words) * 10_000,
    'ms',
    '<=',
    MS_PER_10K_GOAL,
    `median of ${RUNS}: CPU time of every rule over ${words.toLocaleString('en-US')} words in memory (CPU time: the machine's load does not inflate it)`,
  );
  report.add('style.fixtures_wall_ms_per_10k_words', (median(wall) / words) * 10_000, 'ms', 'the same, wall-clock: grows with the load average');
}

async function timingOfNovel(report: Report, fs: NodeFileSystem): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'story-writer-bench-style-'));
  try {
    const novel = await writeNovel(root);
    const checker = new StyleChecker(fs, () => ({ disabledRules: [], extraPhrases: [] }));
    let findings = 0;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      findings = (await checker.check(novel.dir)).findings.length;
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      times.push(performance.now() - t);
    }
    let words = 0;
    for (const dir of ['04-draft', '05-revision']) {
      for (const e of await fs.readDirectory(join(novel.dir, dir))) words += countWords(readFileSync(join(novel.dir, dir, e.name), 'utf8'));
    }
    report.goal(
      'style.novel_check_cpu_ms',
      median(cpu),
      'ms',
      '<=',
      NOVEL_GOAL_MS,
      `median of 5: a ${novel.chapters}-chapter novel's drafts and revisions (${words.toLocaleString('en-US')} words, its prose one paragraph repeated: the worst case for the repeat rules, ${findings.toLocaleString('en-US')} findings), read from disk; what a save in VS Code costs, in CPU time`,
    );
    report.add('style.novel_check_wall_ms', median(times), 'ms', 'the same, wall-clock: grows with the load average');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function offsets(text: string, range: TextRange): { start: number; end: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return { start: starts[range.startLine]! + range.startColumn, end: starts[range.endLine]! + range.endColumn };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Replaces the `style.*` rows of an existing results file with this run's. */
export function mergeStyleRows(file: string, report: Report): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ name: string }>; details: Array<{ name: string }>; [key: string]: unknown };
  const mine = (r: { name: string }) => r.name.startsWith('style.');
  json.rows = [...json.rows.filter((r) => !mine(r)), ...report.rows];
  json.details = [...json.details.filter((r) => !mine(r)), ...report.info];
  json.styleScenario = {
    ...machine(),
    fixtures: FIXTURE_ROOT.replace(/^.*?(test\/fixtures)/, '$1'),
    note: "rows style.* measured by npm run bench -- --only style; the fixtures are the rules' development set (written and tuned together), so precision and recall are an upper bound",
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
