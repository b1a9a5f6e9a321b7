// The labelled style fixtures (test/fixtures/style/<story>/, each with a labels.json): read by the
// benchmark (precision and recall) and by the unit tests (every label resolves; clean controls
// stay clean).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findRepoRoot } from '../../../support/fakeGemini';
import { parseBrief } from '../../../../src/core/story/briefFile';
import type { PointOfView } from '../../../../src/core/story/brief';
import { isStyleRuleId, type StyleRuleId } from '../../../../src/core/style';

export const FIXTURE_ROOT = join(findRepoRoot(__dirname), 'test', 'fixtures', 'style');

export interface PlantedLabel {
  /** Story-relative chapter file. */
  readonly file: string;
  readonly rule: StyleRuleId;
  /** Text of the planted instance, exactly as in the file. */
  readonly quote: string;
  /** Which occurrence of `quote` in the file (1-based); 1 when absent. */
  readonly nth?: number;
}

export interface StyleLabels {
  readonly about: string;
  readonly planted: readonly PlantedLabel[];
  /** Chapter files with nothing planted: controls that must stay clean. */
  readonly clean: readonly string[];
}

export interface LabelledStory {
  readonly name: string;
  readonly dir: string;
  readonly labels: StyleLabels;
  readonly pointOfView: PointOfView | undefined;
  /** Story-relative chapter files. */
  readonly chapterFiles: readonly string[];
  text(rel: string): string;
  relative(file: string): string;
}

export function readLabelledStories(): LabelledStory[] {
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURE_ROOT, name);
      const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as StyleLabels;
      for (const l of labels.planted) if (!isStyleRuleId(l.rule)) throw new Error(`${name}/labels.json: unknown rule "${l.rule}"`);
      const brief = parseBrief(readFileSync(join(dir, 'brief.md'), 'utf8'));
      const chapterFiles = readdirSync(join(dir, '04-draft'))
        .filter((f) => /^chapter-\d+\.md$/.test(f))
        .sort()
        .map((f) => `04-draft/${f}`);
      const cache = new Map<string, string>();
      return {
        name,
        dir,
        labels,
        pointOfView: brief.ok ? brief.brief.pointOfView : undefined,
        chapterFiles,
        text: (rel: string) => {
          if (!cache.has(rel)) cache.set(rel, readFileSync(join(dir, rel), 'utf8'));
          return cache.get(rel)!;
        },
        relative: (file: string) => relative(dir, file),
      };
    });
}

/** Where a label's quote is in its file (its nth occurrence); throws when it is not there. */
export function spanOfLabel(story: LabelledStory, label: PlantedLabel): { start: number; end: number } {
  const text = story.text(label.file);
  let at = -1;
  for (let n = 0; n < (label.nth ?? 1); n++) {
    at = text.indexOf(label.quote, at + 1);
    if (at < 0) throw new Error(`${story.name}/${label.file}: "${label.quote}" (occurrence ${label.nth ?? 1}) is not in the file`);
  }
  return { start: at, end: at + label.quote.length };
}
