import * as assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StyleChecker } from '../../../../src/core/style';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';
import { makeTempRoot } from '../../cli/cliHarness';

/** The checker over a story folder: which files it reads, and what it takes from the brief and style.md. */
describe('StyleChecker', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let story: string;
  const write = async (rel: string, text: string) => {
    await mkdir(join(story, rel, '..'), { recursive: true });
    await writeFile(join(story, rel), text);
  };
  const check = (options = { disabledRules: [] as string[], extraPhrases: [] as string[] }) => new StyleChecker(new NodeFileSystem(), () => options).check(story);

  beforeEach(async () => {
    ({ dir: root, cleanup } = await makeTempRoot('story-writer-style-'));
    story = join(root, 'story');
    await write('brief.md', '---\ntitle: T\npointOfView: third-limited\n---\n\nA premise.\n');
  });

  afterEach(() => cleanup());

  it('reads every chapter of both chapter stages, not the .partial.md leftovers, and compares drafts with drafts only', async () => {
    const phrase = 'The lighthouse keeper climbed the crooked stairs.';
    await write('04-draft/chapter-01.md', `${phrase}\n`);
    await write('04-draft/chapter-02.md', 'Nell waited below.\n');
    await write('04-draft/chapter-03.partial.md', 'A testament to nothing.\n');
    await write('05-revision/chapter-01.md', `${phrase}\n`);
    await write('03-outline.md', 'A testament to the outline.\n');
    const report = await check();
    assert.deepEqual(report.findings, [], 'a revision repeating its own draft is not a repeat; the partial and the outline are not read');
    assert.deepEqual(Object.keys(report.scores ?? {}).sort(), [
      join(story, '04-draft/chapter-01.md'),
      join(story, '04-draft/chapter-02.md'),
      join(story, '05-revision/chapter-01.md'),
    ]);
  });

  it('takes the point of view from brief.md, and phrases to avoid and allow from style.md', async () => {
    await write('04-draft/chapter-01.md', 'I saw her smile, a wry smile, while the smell of rain came in.\n');
    assert.deepEqual(
      (await check()).findings.map((f) => `${f.rule}:${f.passage.quote}`),
      ['pov-slip:I', 'stock-phrase:a wry smile'],
    );
    await write('style.md', '# Style\n\n## Avoid\n\n- the smell of rain\n\n## Allow\n\n- a wry smile\n');
    await write('brief.md', '---\ntitle: T\npointOfView: first\n---\n\nA premise.\n');
    assert.deepEqual(
      (await check()).findings.map((f) => `${f.rule}:${f.passage.quote}`),
      ['stock-phrase:the smell of rain'],
    );
  });

  it('a brief that cannot be read leaves the point-of-view rule quiet; the other rules still run', async () => {
    await write('brief.md', '---\ntitle: [broken\n---\n');
    await write('04-draft/chapter-01.md', 'I knew it was a testament to him.\n');
    assert.deepEqual(
      (await check()).findings.map((f) => f.rule),
      ['stock-phrase'],
    );
  });

  it('a story with no chapters yet has nothing to report', async () => {
    assert.deepEqual(await check(), { findings: [], scores: {} });
  });
});
