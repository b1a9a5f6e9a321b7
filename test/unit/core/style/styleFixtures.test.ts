import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';
import { StyleChecker } from '../../../../src/core/style';
import { readLabelledStories, spanOfLabel } from './styleFixtures';

/**
 * The labelled fixtures the benchmark scores the rules on: every label points at text that is in
 * its file, and the clean control chapters (which cover first person and present tense) get no
 * finding at all. Precision and recall themselves are benchmark figures (`npm run bench -- --only style`).
 */
describe('style fixtures', () => {
  const stories = readLabelledStories();

  it('has stories with planted problems and clean controls', () => {
    assert.ok(stories.length >= 3, `${stories.length} stories`);
    assert.ok(stories.reduce((n, s) => n + s.labels.planted.length, 0) >= 25);
    assert.ok(stories.reduce((n, s) => n + s.labels.clean.length, 0) >= 4);
  });

  for (const story of stories) {
    it(`${story.name}: every label resolves, and the clean controls have no finding`, async () => {
      for (const label of story.labels.planted) {
        const span = spanOfLabel(story, label);
        assert.ok(!story.labels.clean.includes(label.file), `${label.file} is both clean and planted`);
        assert.equal(story.text(label.file).slice(span.start, span.end), label.quote);
      }
      const report = await new StyleChecker(new NodeFileSystem(), () => ({ disabledRules: [], extraPhrases: [] })).check(story.dir);
      const inClean = report.findings.filter((f) => story.labels.clean.map((c) => join(story.dir, c)).includes(f.passage.file));
      assert.deepEqual(
        inClean.map((f) => `${f.rule}: ${f.passage.quote}`),
        [],
      );
      for (const clean of story.labels.clean) assert.equal(report.scores?.[join(story.dir, clean)], 0);
    });
  }
});
