import * as assert from 'node:assert/strict';
import { parseChapter, proseFromModel, renderChapter } from '../../../../src/core/documents/chapter';
import { summarizeForNext } from '../../../../src/core/documents/chapterSummary';
import { joinContinuation } from '../../../../src/core/documents/continuation';
import { assembleManuscript } from '../../../../src/core/documents/manuscript';
import { chapterFileName, chapterFromFileName, partialFile, stageFile } from '../../../../src/core/stages';
import { countWords } from '../../../../src/core/documents/wordCount';
import { brief, concept } from './sampleStory';

describe('stage files', () => {
  it('names every stage file exactly', () => {
    assert.equal(stageFile('concept'), '01-concept.md');
    assert.equal(stageFile('bible'), '02-bible.md');
    assert.equal(stageFile('outline'), '03-outline.md');
    assert.equal(stageFile('draft', 3), '04-draft/chapter-03.md');
    assert.equal(stageFile('revision', 12), '05-revision/chapter-12.md');
    assert.equal(stageFile('manuscript'), 'story.md');
    assert.equal(chapterFileName(1), 'chapter-01.md');
    assert.equal(chapterFileName(100), 'chapter-100.md');
    assert.equal(partialFile('draft', 3), '04-draft/chapter-03.partial.md');
  });

  it('reads chapter numbers back from file names and refuses bad numbers', () => {
    assert.deepEqual(chapterFromFileName('chapter-07.md'), { chapter: 7, partial: false });
    assert.deepEqual(chapterFromFileName('chapter-07.partial.md'), { chapter: 7, partial: true });
    assert.equal(chapterFromFileName('notes.md'), undefined);
    assert.throws(() => chapterFileName(0), RangeError);
    assert.throws(() => chapterFileName(1.5), RangeError);
    assert.throws(() => stageFile('draft' as 'concept'), /needs a chapter number/);
  });
});

describe('chapter text', () => {
  it('renders and parses a chapter', () => {
    const text = renderChapter(3, 'The Storm: Part One', 'It blew.\r\n\r\nIt blew harder.\n\n');
    assert.equal(text, '# Chapter 3: The Storm: Part One\n\nIt blew.\n\nIt blew harder.\n');
    assert.deepEqual(parseChapter(text), { number: 3, title: 'The Storm: Part One', prose: 'It blew.\n\nIt blew harder.' });
    assert.deepEqual(parseChapter(renderChapter(4, '', 'Quiet.')), { number: 4, prose: 'Quiet.' });
  });

  it('parses other headings and headless prose', () => {
    assert.deepEqual(parseChapter('# A New Title\n\nProse.'), { title: 'A New Title', prose: 'Prose.' });
    assert.deepEqual(parseChapter('\n\nJust prose.\n# Not first\n'), { prose: 'Just prose.\n# Not first' });
    assert.deepEqual(parseChapter('## Chapter 9 — Nine\nNine.'), { number: 9, title: 'Nine', prose: 'Nine.' });
  });

  it('takes the prose out of a model reply', () => {
    assert.equal(proseFromModel('```markdown\n# Chapter 1: X\n\nShe ran.\n```'), 'She ran.');
    assert.equal(proseFromModel('**Chapter 2: The Answer**\n\nShe wrote.'), 'She wrote.');
    assert.equal(proseFromModel('She ran. *Fast.*'), 'She ran. *Fast.*');
  });
});

describe('word counts', () => {
  it('counts words, not Markdown or punctuation', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords('# Chapter 1\n\nShe said — quietly — "don\'t go," and left. * * *'), 9);
    assert.equal(countWords('well-known, rock’n’roll 1962'), 3);
    assert.equal(countWords('Zoë naïve café'), 3);
  });

  it('counts CJK characters as words', () => {
    assert.equal(countWords('灯台守の手紙'), 6);
    assert.equal(countWords('Mara は 灯台 へ'), 5);
    assert.equal(countWords('바다 위의 등대'), 3, 'Korean is spaced: count words');
  });
});

describe('summary for the next chapter', () => {
  it('keeps the last paragraphs within the bound', () => {
    const prose = ['First paragraph.', 'Second paragraph.', '* * *', 'Third paragraph.'].join('\n\n');
    assert.equal(summarizeForNext(prose), prose.replace('\n\n* * *', ''));
    assert.equal(summarizeForNext(prose, 40), 'Second paragraph.\n\nThird paragraph.');
    assert.equal(summarizeForNext(''), '');
  });

  it('cuts one long paragraph at a sentence start', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Sentence ${i}.`).join(' ');
    const s = summarizeForNext(long, 100);
    assert.ok(s.length <= 100, `${s.length}`);
    assert.match(s, /^…Sentence \d+\./);
    assert.ok(s.endsWith('Sentence 199.'));
  });
});

describe('continuations', () => {
  it('joins with a space or none as the seam needs', () => {
    assert.equal(joinContinuation('She opened the', 'door.'), 'She opened the door.');
    assert.equal(joinContinuation('She opened the door.', ' It was dark.'), 'She opened the door. It was dark.');
    assert.equal(joinContinuation('She ran.\n\n', 'Then stopped.'), 'She ran.\n\nThen stopped.');
    assert.equal(joinContinuation('She said', ', quietly.'), 'She said, quietly.');
    assert.equal(joinContinuation('Done.', '   '), 'Done.');
  });

  it('drops a repeated unfinished sentence or a repeated stretch', () => {
    assert.equal(joinContinuation('She opened the door. The hall was', 'The hall was dark.'), 'She opened the door. The hall was dark.');
    const before = 'The keeper climbed the stair for the last time, counting each step.';
    assert.equal(joinContinuation(before, 'climbed the stair for the last time, counting each step. At the top she stopped.'), `${before} At the top she stopped.`);
  });
});

describe('manuscript', () => {
  it('assembles a title page, contents and chapters in order', () => {
    const text = assembleManuscript(brief, concept, [
      { number: 2, title: 'The Answer', prose: 'She wrote.\n\n# A scene', source: 'draft' },
      { number: 1, title: 'The Bottle: Found', prose: 'She found it.', source: 'revision' },
    ]);
    assert.ok(text.startsWith(`# The Lighthouse Keeper\n\n*${concept.logline}*\n\n## Contents\n\n`));
    assert.match(text, /1\. \[Chapter 1: The Bottle: Found\]\(#chapter-1-the-bottle-found\)\n2\. \[Chapter 2: The Answer\]\(#chapter-2-the-answer\)/);
    assert.ok(text.indexOf('## Chapter 1: The Bottle: Found') < text.indexOf('## Chapter 2: The Answer'));
    assert.match(text, /^### A scene$/m, 'prose headings sit below chapter headings');
    assert.ok(text.endsWith('She wrote.\n\n### A scene\n'));
  });

  it('works without a concept and with Unicode titles', () => {
    const text = assembleManuscript({ ...brief, title: '灯台守' }, undefined, [{ number: 1, title: '手紙', prose: '本文。', source: 'draft' }]);
    assert.ok(text.startsWith('# 灯台守\n\n## Contents\n\n1. [Chapter 1: 手紙](#chapter-1-手紙)'));
  });
});
