// Scenario 9: export of a finished 25-chapter novel (≈ 52,000 words) to every format, from the
// files alone. `npm run bench -- --only export` runs just this scenario and merges its rows into
// bench/results.json, keeping the other scenarios' figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, exportStory } from '../src/core/export';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { writeNovel } from '../test/unit/core/export/fixtureStories';
import { mergeScenarioRows, Report } from './support/report';
import { median } from './support/stats';

const RUNS = 5;
const GOAL_MS = 2000;

export async function exportBench(report: Report, log: (message: string) => void): Promise<void> {
  log(`9. export of a 25-chapter novel to ${EXPORT_FORMATS.join(', ')}, ${RUNS} times each`);
  const root = await mkdtemp(join(tmpdir(), 'story-writer-bench-export-'));
  const fs = new NodeFileSystem();
  try {
    const novel = await writeNovel(root);
    // The first export in a process loads the renderers and their libraries (dist/export.js in VS Code).
    const t0 = performance.now();
    const first = await exportStory(fs, { storyDir: novel.dir, format: 'epub', outPath: join(root, 'first.epub'), now: new Date() });
    report.add(
      'export.first_in_process_ms',
      performance.now() - t0,
      'ms',
      'EPUB, including loading the renderers and their libraries, dist/export.js in the bundles (once per session)',
    );
    for (const format of EXPORT_FORMATS) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        const result = await exportStory(fs, { storyDir: novel.dir, format, outPath: join(root, `novel.${format}`), now: new Date() });
        times.push(performance.now() - t);
        bytes = result.bytes;
      }
      report.goal(
        `export.novel_${format}_ms`,
        median(times),
        'ms',
        '<=',
        GOAL_MS,
        `median of ${RUNS}: ${first.chapters} chapters, ${first.words.toLocaleString('en-US')} words → ${(bytes / 1024).toFixed(0)} KB; read, parse, render, write`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Replaces the `export.*` rows of an existing results file with this run's. */
export function mergeExportRows(file: string, report: Report): void {
  mergeScenarioRows(file, report, 'export.', 'exportScenario');
}
