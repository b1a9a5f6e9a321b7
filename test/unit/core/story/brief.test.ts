import { fitChapterTargets } from '../../../../src/core/story/chapterPlan';
import * as assert from 'node:assert/strict';
import { parseBrief, renderBrief } from '../../../../src/core/story/briefFile';
import type { Brief } from '../../../../src/core/story/brief';
import { chapterTargetWords, planChapters, suggestChapterCount } from '../../../../src/core/story/chapterPlan';
import { brief as sample } from '../documents/sampleStory';

const file = (frontMatter: string, body = 'A keeper finds a bottle.') => `---\n${frontMatter}\n---\n\n${body}\n`;

function parsed(text: string): Brief {
  const result = parseBrief(text, 'brief.md');
  assert.ok(result.ok, `expected a valid brief, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.brief;
}

function problems(text: string, path = 'brief.md') {
  const result = parseBrief(text, path);
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems;
}

describe('brief: parse and validate', () => {
  it('reads a complete brief', () => {
    const b = parsed(
      file('title: The Lighthouse Keeper\ngenre: literary fiction\ntone: wry\naudience: adults\npointOfView: first\ntargetWords: 12000\nchapters: 6\nlanguage: French'),
    );
    assert.deepEqual(b, {
      title: 'The Lighthouse Keeper',
      genre: 'literary fiction',
      tone: 'wry',
      audience: 'adults',
      pointOfView: 'first',
      targetWords: 12000,
      chapters: 6,
      language: 'French',
      premise: 'A keeper finds a bottle.',
    });
  });

  it('fills defaults and leaves genre, tone, audience and chapters unset', () => {
    const b = parsed(file('title: Minimal'));
    assert.equal(b.pointOfView, 'third-limited');
    assert.equal(b.targetWords, 3000);
    assert.equal(b.language, 'English');
    assert.equal(b.genre, undefined);
    assert.equal(b.chapters, undefined);
  });

  it('reports a missing premise in words a writer can act on', () => {
    const [p, ...rest] = problems(file('title: No Premise', '   \n\n'));
    assert.equal(rest.length, 0);
    assert.equal(p!.field, 'premise');
    assert.equal(p!.message, 'brief.md has no premise: write a few sentences below the front matter');
  });

  it('reports out-of-range and non-numeric targetWords with what was found', () => {
    assert.equal(problems(file('title: T\ntargetWords: lots'))[0]!.message, "brief.md: `targetWords` must be a whole number from 300 to 500000 (found 'lots')");
    assert.match(problems(file('title: T\ntargetWords: 100'))[0]!.message, /from 300 to 500000 \(found 100\)/);
    assert.match(problems(file('title: T\ntargetWords: 600000'))[0]!.message, /found 600000/);
    assert.match(problems(file('title: T\ntargetWords: 1500.5'))[0]!.message, /whole number/);
    assert.match(problems(file('title: T\nchapters: 0'))[0]!.message, /`chapters` must be a whole number from 1 to 100/);
  });

  it('lists every problem at once, naming the file given', () => {
    const ps = problems(file('targetWords: 5\npointOfView: sideways', ''), 'stories/x/brief.md');
    assert.deepEqual(ps.map((p) => p.field).sort(), ['pointOfView', 'premise', 'targetWords', 'title']);
    assert.ok(ps.every((p) => p.message.startsWith('stories/x/brief.md')));
    assert.match(ps.find((p) => p.field === 'pointOfView')!.message, /one of first, second, third-limited, third-omniscient/);
  });

  it('reports broken front matter naming the file', () => {
    const [unclosed] = problems('---\ntitle: Oops\n\nThe premise.\n');
    assert.match(unclosed!.message, /^brief\.md: the front matter .* never closes/);
    const [badYaml] = problems(file('title: [unclosed'));
    assert.equal(badYaml!.field, 'front matter');
    assert.match(badYaml!.message, /^brief\.md: .*not valid YAML/);
    const [notMap] = problems(file('- a list'));
    assert.match(notMap!.message, /brief\.md/);
  });

  it('accepts the ways writers type keys and values', () => {
    const b = parsed(file('Title: 1984\ntarget_words: "5,000"\nPOV: close third\nchapter-count: 3'));
    assert.equal(b.title, '1984');
    assert.equal(b.targetWords, 5000);
    assert.equal(b.pointOfView, 'third-limited');
    assert.equal(b.chapters, 3);
    assert.equal(parsed(file('title: T\npointOfView: 1st person')).pointOfView, 'first');
    assert.equal(parsed(file('title: T\npointOfView: Omniscient')).pointOfView, 'third-omniscient');
  });

  it('warns about unknown keys instead of dropping them silently', () => {
    const result = parseBrief(file('title: T\ntargetword: 5000'), 'brief.md');
    assert.ok(result.ok);
    assert.match(result.warnings[0]!, /unknown key `targetword`/);
  });

  it('reads a brief without front matter whose first line is a # title', () => {
    const b = parsed('# The Sea Road\n\nTwo sisters walk to the sea.\n');
    assert.equal(b.title, 'The Sea Road');
    assert.equal(b.premise, 'Two sisters walk to the sea.');
    assert.match(problems('Just a premise.\n')[0]!.message, /has no front matter/);
  });

  it('handles a 1 MB premise', () => {
    const premise = 'The tide comes in. '.repeat(Math.ceil(1_048_576 / 19));
    assert.ok(premise.length >= 1_048_576);
    const b = parsed(file('title: Long Notes', premise));
    assert.equal(b.premise, premise.trim());
    assert.match(problems(file('title: Too Long', 'x'.repeat(2_000_001)))[0]!.message, /premise is too long/);
  });

  it('keeps emoji, right-to-left and CJK titles exactly', () => {
    for (const title of ['🌊 Sea Glass 🐚', 'ספר הים', 'البحر الأخير', '灯台守の手紙', '"Quoted": a title with # and : in it']) {
      assert.equal(parsed(renderBrief({ ...sample, title })).title, title);
    }
  });

  it('handles CRLF line endings', () => {
    const b = parsed('---\r\ntitle: Windows\r\ntargetWords: 900\r\n---\r\n\r\nLine one.\r\nLine two.\r\n');
    assert.equal(b.premise, 'Line one.\nLine two.');
    assert.equal(b.targetWords, 900);
  });
});

describe('brief: render', () => {
  it('round-trips through parseBrief', () => {
    assert.deepEqual(parsed(renderBrief(sample)), sample);
    const sparse: Brief = { title: 'Only: the basics', pointOfView: 'second', targetWords: 300, language: 'English', premise: 'A.\n\nB.' };
    assert.deepEqual(parsed(renderBrief(sparse)), sparse);
    const full: Brief = { ...sample, chapters: 4, language: 'Deutsch' };
    assert.deepEqual(parsed(renderBrief(full)), full);
  });

  it('shows empty optional keys as commented examples', () => {
    const text = renderBrief({ title: 'T', pointOfView: 'first', targetWords: 1000, language: 'English', premise: 'P.' });
    assert.match(text, /^# genre: e\.g\./m);
    assert.match(text, /^# chapters: /m);
    assert.match(text, /^# first \| second \| third-limited \| third-omniscient$/m);
  });
});

describe('chapter planning', () => {
  it('suggests about 2000 words a chapter, at least one, at most 100', () => {
    assert.equal(suggestChapterCount(300), 1);
    assert.equal(suggestChapterCount(3000), 2);
    assert.equal(suggestChapterCount(5000), 3);
    assert.equal(suggestChapterCount(80000), 40);
    assert.equal(suggestChapterCount(500000), 100);
  });

  it('rounds per-chapter targets to friendly numbers', () => {
    assert.equal(chapterTargetWords(3000, 2), 1500);
    assert.equal(chapterTargetWords(5000, 3), 1650);
    assert.equal(chapterTargetWords(300, 1), 300);
    assert.equal(chapterTargetWords(1000, 3), 330);
  });

  it("uses the brief's chapter count when it has one", () => {
    assert.deepEqual(planChapters({ targetWords: 9000, chapters: 3 }), { chapterCount: 3, wordsPerChapter: 3000 });
    assert.deepEqual(planChapters({ targetWords: 9000 }), { chapterCount: 5, wordsPerChapter: 1800 });
  });
});

describe('fitChapterTargets', () => {
  it("scales the outline's targets to the story's, keeping proportions, with an exact sum", () => {
    assert.deepEqual(fitChapterTargets([1000, 500, 500], 3000), [1500, 750, 750]);
    const fitted = fitChapterTargets([700, 650, 800, 900], 10_000);
    assert.equal(
      fitted.reduce((a, b) => a + b, 0),
      10_000,
    );
    assert.ok(fitted[3]! > fitted[1]!, 'the longest stays the longest');
    assert.deepEqual(fitChapterTargets([], 3000), []);
  });
});
