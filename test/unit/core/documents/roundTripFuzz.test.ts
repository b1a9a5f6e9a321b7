import * as assert from 'node:assert/strict';
import { parseBible, renderBible } from '../../../../src/core/documents/bibleMarkdown';
import { parseChapter, renderChapter } from '../../../../src/core/documents/chapter';
import { parseConcept, renderConcept } from '../../../../src/core/documents/conceptMarkdown';
import { parseOutline, renderOutline } from '../../../../src/core/documents/outlineMarkdown';
import { withDefaults } from '../../../../src/core/documents/withDefaults';
import { parseBrief, renderBrief } from '../../../../src/core/story/briefFile';
import type { ParseResult } from '../../../../src/core/story/problem';

/**
 * Seeded random values built from Markdown's troublemakers (heading and list markers, fences,
 * escapes, emphasis, Unicode) must survive render → parse unchanged. Values are first brought to
 * canonical form by `withDefaults`, as every generated value is. Left out on purpose, because they
 * are ambiguous by design and documented as such: text lines that start with one of our own labels
 * ("Role:", "Target words:"), and names containing "**", ":" or a section's name ("Places").
 */

const ATOMS = [
  'word',
  'Zoë',
  '灯台',
  '#',
  '##',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '**',
  '__',
  ':',
  ': ',
  '\\',
  '\\#',
  '`',
  '>',
  '---',
  '***',
  '  ',
  '\n',
  '\n\n',
  '"',
  '“',
  '🌊',
  'Chapter 3',
  '```',
  '~~~',
  '|',
  '—',
  '[x](y)',
  '<b>',
  'Beats',
  'Places',
  'Characters',
];

function generator(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const text = (atoms = 8) => Array.from({ length: 1 + Math.floor(random() * atoms) }, () => ATOMS[Math.floor(random() * ATOMS.length)]!).join(random() < 0.5 ? ' ' : '');
  const line = () =>
    text(5)
      .replace(/\n/g, ' ')
      .replace(/\*\*|:|Beats|Places|Characters/g, '');
  return { text, line };
}

function roundTrips<T>(value: T, render: (v: T) => string, parse: (s: string) => ParseResult<T>): void {
  const markdown = render(value);
  const parsed = parse(markdown);
  assert.ok(parsed.ok, `did not parse:\n${markdown}\n${JSON.stringify(!parsed.ok && parsed.problems)}`);
  assert.deepEqual(parsed.value, value, `changed in the round-trip:\n${markdown}`);
}

const RUNS = 200;

describe('round-trips of random Markdown-hostile values', () => {
  it('concept', () => {
    const { text, line } = generator(1);
    for (let i = 0; i < RUNS; i++) {
      const raw = {
        title: line(),
        logline: text(),
        premise: text(),
        protagonist: text(),
        setting: text(),
        centralConflict: text(),
        stakes: text(),
        hook: text(),
        themes: [text(3), text(3)],
        tone: text(),
        ending: text(),
      };
      const value = withDefaults('concept', raw);
      if (value.ok) roundTrips(value.value, renderConcept, parseConcept);
    }
  });

  it('bible', () => {
    const { text, line } = generator(2);
    for (let i = 0; i < RUNS; i++) {
      const raw = {
        characters: [
          { name: line(), role: text(), goal: text(), flaw: text(), arc: text(), voice: text(), description: text() },
          { name: line(), role: text() },
        ],
        setting: { world: text(), era: text(), places: [{ name: line(), description: text() }] },
        rules: [text(), text()],
        styleGuide: { voice: text(), tense: line(), pointOfView: text(), notes: [text()] },
      };
      const value = withDefaults('bible', raw);
      if (value.ok) roundTrips(value.value, renderBible, parseBible);
    }
  });

  it('outline', () => {
    const { text, line } = generator(3);
    for (let i = 0; i < RUNS; i++) {
      const raw = {
        chapters: [
          { number: 1, title: line(), summary: text(), beats: [text(), text()], targetWords: 900, pov: line() },
          { number: 2, title: line(), summary: text(), beats: [], targetWords: 1000 },
        ],
      };
      const value = withDefaults('outline', raw, { targetWordsPerChapter: 1000 });
      if (value.ok) roundTrips(value.value, renderOutline, (s) => parseOutline(s, { targetWordsPerChapter: 1000 }));
    }
  });

  it('brief and chapter headings', () => {
    const { text, line } = generator(4);
    for (let i = 0; i < RUNS; i++) {
      const title = line().trim() || 'T';
      const premise = text().trim() || 'P';
      const parsed = parseBrief(renderBrief({ title, pointOfView: 'first', targetWords: 1000, language: 'English', premise }));
      assert.ok(parsed.ok, title);
      assert.equal(parsed.brief.title, title);
      assert.equal(parsed.brief.premise, premise);
      const chapter = parseChapter(renderChapter(i + 1, title, 'Prose.'));
      assert.deepEqual(chapter, { number: i + 1, title, prose: 'Prose.' }, title);
    }
  });
});
