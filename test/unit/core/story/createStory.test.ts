import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';
import { parseBrief } from '../../../../src/core/story/briefFile';
import { createStory, StoryInputError, type NewStoryInput } from '../../../../src/core/story/createStory';
import { discoverStories } from '../../../../src/core/story/discoverStories';
import { folderNameProblem, slugify } from '../../../../src/core/story/folderName';

const fs = new NodeFileSystem();

describe('story folders', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'story-writer-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const create = (input: NewStoryInput, storiesFolder = 'stories') => createStory(fs, { workspaceRoot: root, storiesFolder, input });
  const everything = async () => (await readdir(root, { recursive: true })).sort();

  async function rejected(promise: Promise<unknown>): Promise<StoryInputError> {
    try {
      await promise;
    } catch (e) {
      assert.ok(e instanceof StoryInputError, `expected StoryInputError, got ${String(e)}`);
      return e;
    }
    assert.fail('expected createStory to refuse');
  }

  it('writes brief.md in a folder named after the title', async () => {
    const made = await create({ title: 'The Lighthouse Keeper', premise: 'A keeper finds a bottle.', tone: 'wry', targetWords: 6000 });
    assert.equal(made.folderName, 'the-lighthouse-keeper');
    assert.equal(made.storyDir, `${root}/stories/the-lighthouse-keeper`);
    assert.equal(made.briefPath, `${made.storyDir}/brief.md`);
    const parsed = parseBrief(await readFile(made.briefPath, 'utf8'));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.brief, made.brief);
    assert.equal(parsed.brief.tone, 'wry');
    assert.equal(parsed.brief.targetWords, 6000);
  });

  it('never overwrites a story: picks the first free -2, -3 …', async () => {
    const input = { title: 'Sea Glass', premise: 'P.' };
    const first = await create(input);
    await writeFile(first.briefPath, 'the writer edited this');
    assert.equal((await create(input)).folderName, 'sea-glass-2');
    await mkdir(join(root, 'stories', 'sea-glass-3'));
    assert.equal((await create(input)).folderName, 'sea-glass-4');
    assert.equal(await readFile(first.briefPath, 'utf8'), 'the writer edited this');
  });

  it('writes nothing when the input is invalid, and lists every problem', async () => {
    const error = await rejected(create({ title: '  ', premise: '', targetWords: 10, folderName: '../x' }));
    assert.deepEqual(error.problems.map((p) => p.field).sort(), ['folderName', 'premise', 'targetWords', 'title']);
    assert.deepEqual(await everything(), []);
  });

  it('refuses folder names that escape or hide', async () => {
    for (const folderName of ['../../etc', '..', '.', '/etc/passwd', 'C:\\Windows', 'a\\b', 'a/b', '.git', '.hidden', 'con', 'NUL', 'com1.txt', 'lpt9', 'bad:name', 'trailing.']) {
      const error = await rejected(create({ title: 'T', premise: 'P.', folderName }));
      assert.equal(error.problems[0]!.field, 'folderName', folderName);
    }
    assert.deepEqual(await everything(), []);
  });

  it('refuses a stories folder outside the workspace', async () => {
    for (const storiesFolder of ['../outside', '/abs', 'a/../../b', 'C:/x']) {
      const error = await rejected(create({ title: 'T', premise: 'P.' }, storiesFolder));
      assert.equal(error.problems[0]!.field, 'storiesFolder', storiesFolder);
    }
    assert.deepEqual(await everything(), []);
  });

  it('accepts a nested stories folder, with Windows separators too', async () => {
    const made = await create({ title: 'Nested', premise: 'P.' }, 'writing\\stories');
    assert.equal(made.storyDir, `${root}/writing/stories/nested`);
  });

  it('uses a safe folder name the writer gives', async () => {
    const made = await create({ title: 'Whatever', premise: 'P.', folderName: 'Mon Histoire' });
    assert.equal(made.folderName, 'Mon Histoire');
  });

  it('discovers folders holding a brief.md, sorted, skipping hidden ones', async () => {
    await create({ title: 'Beta', premise: 'P.' });
    await create({ title: 'Alpha', premise: 'P.' });
    await mkdir(join(root, 'stories', 'no-brief'));
    await mkdir(join(root, 'stories', '.trash'), { recursive: true });
    await writeFile(join(root, 'stories', '.trash', 'brief.md'), 'x');
    await writeFile(join(root, 'stories', 'loose.md'), 'x');
    const found = await discoverStories(fs, `${root}/stories`);
    assert.deepEqual(
      found.map((s) => s.name),
      ['alpha', 'beta'],
    );
    assert.equal(found[0]!.briefPath, `${root}/stories/alpha/brief.md`);
    assert.deepEqual(await discoverStories(fs, `${root}/missing`), []);
  });
});

describe('slugs', () => {
  it('transliterates simple Latin titles', () => {
    assert.equal(slugify('The Lighthouse Keeper'), 'the-lighthouse-keeper');
    assert.equal(slugify('Ça va, Zoë? Straße & Smørrebrød'), 'ca-va-zoe-strasse-and-smorrebrod');
    assert.equal(slugify("Don't Look: Part 2"), 'dont-look-part-2');
    assert.equal(slugify('  ---  Dashes ---  '), 'dashes');
  });

  it('falls back to story-<hash> for titles with nothing to transliterate', () => {
    const cjk = slugify('灯台守の手紙');
    assert.match(cjk, /^story-[0-9a-f]{8}$/);
    assert.equal(slugify('灯台守の手紙'), cjk, 'stable');
    assert.notEqual(slugify('🌊🐚'), cjk);
    assert.match(slugify('البحر'), /^story-[0-9a-f]{8}$/);
  });

  it('keeps slugs short and never reserved', () => {
    const long = slugify('word '.repeat(40));
    assert.ok(long.length <= 60 && !long.endsWith('-'));
    assert.equal(slugify('Con'), 'con-story');
    assert.equal(folderNameProblem(slugify('Aux')), undefined);
  });

  it('explains why a folder name is refused', () => {
    assert.match(folderNameProblem('../x')!, /one folder name/);
    assert.match(folderNameProblem('.git')!, /starts with a dot/);
    assert.match(folderNameProblem('nul')!, /reserved/);
    assert.equal(folderNameProblem('my-story'), undefined);
    assert.equal(folderNameProblem('灯台'), undefined);
  });
});
