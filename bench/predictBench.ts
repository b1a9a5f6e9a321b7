// Scenario 10: predictive generation (`storyWriter.workflow.predictNextStage`). With the approval
// gate on, the writer reviews the concept while the bible is made ahead; the approve callback
// waits for that speculation to finish before answering Continue (a writer reading a concept for
// the seconds a bible takes). Measured: Continue → the bible's file written. And the edited case:
// the writer edits the concept, and nothing the speculation did touched a file.
// `npm run bench -- --only predict` runs just this scenario and merges its `latency.predicted_*`
// rows into bench/results.json, keeping the other scenarios' figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Settings } from '../src/core/config/settings';
import { ItemChanges } from '../src/core/workflow/itemChanges';
import type { ApprovalDecision, RunSummary } from '../src/core/workflow/progress';
import { runWorkflow } from '../src/core/workflow/runner';
import { SpeculationSpy } from '../test/support/speculationSpy';
import type { RemoteServer } from './support/remoteServer';
import { machine, Report } from './support/report';
import { median } from './support/stats';
import { fs, quietLogger, serviceFor, settingsFor, Workspace } from './support/workflowRun';

const RUNS = 5;
const GOAL_MS = 100;
const PREFIX = 'latency.predicted_';
const STORY = { title: 'Predicted Story', targetWords: 3000, chapters: 3 };
const isBible = (prompt: string) => prompt.includes('story bible');

/** One run to the bible: what the writer waited after Continue, and what the run did. */
interface BibleRun {
  readonly waitMs: number;
  readonly summary: RunSummary;
  readonly bibleRequests: number;
  /** Story files (the lock aside) that changed between the approval question and Continue, other than the writer's own edit. */
  readonly touched: readonly string[];
}

type Writer = 'unchanged' | 'edits-concept';

export async function predictBench(report: Report, log: (message: string) => void, server: RemoteServer): Promise<void> {
  log(`10. predictive generation: Continue on the concept → the bible's file, ${RUNS} stories each way`);
  const workspace = await Workspace.create();
  try {
    const predicted = await runs(RUNS, () => bibleRun(workspace, server, 'unchanged', { 'workflow.predictNextStage': true }));
    const waited = await runs(RUNS, () => bibleRun(workspace, server, 'unchanged', { 'workflow.predictNextStage': false }));
    const edited = await runs(RUNS, () => bibleRun(workspace, server, 'edits-concept', { 'workflow.predictNextStage': true }));

    const committedUnasked = predicted.every((r) => r.bibleRequests === 1 && r.summary.speculative?.committed.includes('bible'));
    report.goal(
      `${PREFIX}stage_commit_ms`,
      committedUnasked ? median(predicted.map((r) => r.waitMs)) : Number.NaN,
      'ms',
      '<=',
      GOAL_MS,
      `median of ${RUNS}: Continue on an unchanged concept → 02-bible.md written (no request after Continue); max ${Math.round(Math.max(...predicted.map((r) => r.waitMs)))} ms`,
    );
    report.add(
      `${PREFIX}stage_off_wait_ms`,
      median(waited.map((r) => r.waitMs)),
      'ms',
      `median of ${RUNS}, workflow.predictNextStage off: Continue → 02-bible.md, the bible generated after Continue (what prediction saves)`,
    );
    const touched = edited.flatMap((r) => r.touched);
    const discarded = edited.every((r) => r.summary.speculative?.discarded.includes('bible') && r.bibleRequests === 2);
    report.goal(
      `${PREFIX}stage_edited_files_touched`,
      discarded ? touched.length : Number.NaN,
      '',
      '==',
      0,
      `${RUNS} stories, the writer edits the concept while its bible is made ahead: story files the speculation changed (the lock aside)${touched.length ? `: ${touched.join(', ')}` : ''}; each bible then made afresh from the edit (2 bible requests, the speculation discarded)`,
    );
    report.add(
      `${PREFIX}stage_edited_wait_ms`,
      median(edited.map((r) => r.waitMs)),
      'ms',
      `median of ${RUNS}: Continue on an edited concept → 02-bible.md, made afresh from the edit`,
    );
    const spent = predicted.map((r) => r.summary.speculative!);
    report.add(
      `${PREFIX}stage_speculative_tokens`,
      median(spent.map((s) => s.tokens.prompt + s.tokens.output + s.tokens.thinking)),
      'tokens',
      `median per story: what the speculative bible cost (its own line in the run summary and the Statistics view)`,
    );
  } finally {
    await workspace.dispose();
  }
}

async function runs(n: number, one: () => Promise<BibleRun>): Promise<BibleRun[]> {
  const out: BibleRun[] = [];
  for (let i = 0; i < n; i++) out.push(await one());
  return out;
}

async function bibleRun(workspace: Workspace, server: RemoteServer, writer: Writer, over: Partial<Settings>): Promise<BibleRun> {
  await server.reset();
  const storyDir = await workspace.story(STORY);
  const settings = settingsFor(server, { 'workflow.requireApproval': true, ...over });
  const service = serviceFor(server, settings);
  const spy = new SpeculationSpy(service);
  const events = new ItemChanges();
  let continuedAt = Number.NaN;
  let writtenAt = Number.NaN;
  let touched: string[] = [];
  events.onDidChange((c) => {
    if (c.id === 'bible' && c.state === 'done') writtenAt = performance.now();
  });
  const approve = async (stage: string): Promise<ApprovalDecision> => {
    if (stage !== 'concept') return 'continue';
    const asked = await listing(storyDir);
    if (settings['workflow.predictNextStage']) await spy.speculationSettled();
    touched = changedFiles(asked, await listing(storyDir));
    if (writer === 'edits-concept') await editConcept(storyDir);
    continuedAt = performance.now();
    return 'continue';
  };
  try {
    const summary = await runWorkflow({ fs, storyDir, generator: spy, settings, logger: quietLogger, target: 'bible', approve, events });
    if (summary.outcome !== 'completed') throw new Error(`benchmark run ${summary.outcome}: ${JSON.stringify(summary.failures)}`);
    if (!(await stat(join(storyDir, '02-bible.md')).catch(() => undefined))) throw new Error('the bible was not written');
    const bibleRequests = (await server.generateRequests()).filter((r) => isBible(r.promptText)).length;
    return { waitMs: writtenAt - continuedAt, summary, bibleRequests, touched };
  } finally {
    events.dispose();
    await service.dispose();
  }
}

async function editConcept(storyDir: string): Promise<void> {
  const path = join(storyDir, '01-concept.md');
  const text = new TextDecoder().decode(await fs.readFile(path));
  await fs.writeFile(path, new TextEncoder().encode(`${text.trimEnd()}\n\nThe cartographer's apprentice has been redrawing the harbour in secret.\n`));
}

/** Every file under the story (its work folder included, the lock aside) with its size and modification time. */
async function listing(storyDir: string): Promise<Map<string, string>> {
  const entries = await readdir(storyDir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries) {
    if (!e.isFile() || e.name.startsWith('lock')) continue;
    const path = join(e.parentPath, e.name);
    const s = await stat(path);
    files.set(path.slice(storyDir.length + 1), `${s.size}:${s.mtimeMs}`);
  }
  return files;
}

function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n));
}

/** Replaces the `latency.predicted_*` rows of an existing results file with this run's. */
export function mergePredictRows(file: string, report: Report): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ name: string }>; details: Array<{ name: string }>; [key: string]: unknown };
  const mine = (r: { name: string }) => r.name.startsWith(PREFIX);
  json.rows = [...json.rows.filter((r) => !mine(r)), ...report.rows];
  json.details = [...json.details.filter((r) => !mine(r)), ...report.info];
  json.predictScenario = { ...machine(), note: `rows ${PREFIX}* measured by npm run bench -- --only predict` };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
