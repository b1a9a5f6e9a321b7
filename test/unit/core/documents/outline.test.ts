import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { outlineSchemaFor, type Outline } from '../../../../src/core/documents/outline';
import { parseOutline, renderOutline, type ParseOutlineOptions } from '../../../../src/core/documents/outlineMarkdown';
import { withDefaults } from '../../../../src/core/documents/withDefaults';
import { outline } from './sampleStory';

function ok(body: string, options?: ParseOutlineOptions): Outline {
  const result = parseOutline(body, options);
  assert.ok(result.ok, `expected an outline, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}

function problems(body: string, options?: ParseOutlineOptions) {
  const result = parseOutline(body, options);
  assert.ok(!result.ok, 'expected problems');
  return result.problems;
}

const rendered = renderOutline(outline, { title: 'The Lighthouse Keeper' });
const edit = (from: string, to: string) => {
  assert.ok(rendered.includes(from), `render should contain ${from}`);
  return rendered.replace(from, to);
};

describe('outline: Markdown round-trip', () => {
  it('parse(render(v)) gives back v', () => {
    assert.deepEqual(ok(rendered), outline);
  });

  it('renders the documented shape', () => {
    assert.match(rendered, /^## Chapter 1: The Bottle\n\nMara finds the bottle and reads the letter to Tomas\.\n\n\*\*Target words:\*\* 1500\n\n### Beats\n\n- Mara trims/m);
  });

  it('round-trips Unicode, colons and Markdown-ish text', () => {
    const tricky: Outline = {
      preamble: 'Two acts.',
      chapters: [
        {
          number: 1,
          title: 'Part: One — “灯台”',
          summary: '- not a beat\n# not a heading\n\n**Bold**: still summary.',
          beats: ['Beat with: colon', '**Target** is not a label here', 'Multi\nline'],
          targetWords: 2200,
          pov: 'Zoë',
          extraSections: [{ heading: 'Research', level: 3, body: 'Tide tables.' }],
        },
        { number: 2, title: '', summary: 'Untitled chapter.', beats: [], targetWords: 800 },
      ],
      extraSections: [{ heading: 'Epilogue ideas', level: 2, body: 'Maybe none.' }],
    };
    assert.deepEqual(ok(renderOutline(tricky)), tricky);
  });
});

describe('outline: reading human edits', () => {
  it('a deleted chapter keeps the other numbers (no renumbering)', () => {
    const three = renderOutline({ chapters: [1, 2, 3].map((n) => ({ ...outline.chapters[0]!, number: n, title: `T${n}` })) });
    const withoutTwo = three.replace(/## Chapter 2: T2[\s\S]*?(?=## Chapter 3)/, '');
    assert.deepEqual(
      ok(withoutTwo).chapters.map((c) => c.number),
      [1, 3],
    );
  });

  it('chapters out of order come back sorted; duplicates are named', () => {
    const [head, one, two] = rendered.split(/\n(?=## Chapter)/);
    assert.deepEqual(ok([head, two, one].join('\n')), outline);
    const dup = problems(edit('## Chapter 2: The Answer', '## Chapter 1: The Answer'));
    assert.match(dup[0]!.message, /03-outline\.md line \d+: "Chapter 1: The Answer" has the same number as "Chapter 1: The Bottle"/);
  });

  it('a new beat, a removed beat, bold markers removed, CRLF and blank lines', () => {
    const text = edit('- She leaves.', '- She leaves.\n- The light goes out.')
      .replace('- The boat arrives early.\n', '')
      .replace('**Target words:** 1500', 'Target words: 1,500')
      .replace(/\n\n/g, '\n\n\n')
      .replace(/\n/g, '\r\n');
    const v = ok(text);
    assert.deepEqual(v.chapters[1]!.beats, ['She writes the answer by lamplight.', 'She leaves.', 'The light goes out.']);
    assert.equal(v.chapters[0]!.targetWords, 1500);
  });

  it('an added free-text paragraph joins the summary; a sub-section stays with its chapter', () => {
    const v = ok(
      edit('Mara writes back, and the boat comes.', 'Mara writes back, and the boat comes.\n\nIt should rain here.').replace('- She leaves.', '- She leaves.\n\n### Mood\n\nGrey.'),
    );
    assert.equal(v.chapters[1]!.summary, 'Mara writes back, and the boat comes.\n\nIt should rain here.');
    assert.deepEqual(v.chapters[1]!.extraSections, [{ heading: 'Mood', level: 3, body: 'Grey.' }]);
  });

  it('headings at other levels, other spellings, no Beats heading', () => {
    const text = rendered
      .replace('## Chapter 1: The Bottle', '# Chapter One — The Bottle')
      .replace('## Chapter 2: The Answer', '### CHAPTER II. The Answer')
      .replace('### Beats\n\n- Mara', '- Mara')
      .replace('**Point of view:** Mara', '**POV**: Mara');
    assert.deepEqual(ok(text), outline);
  });

  it('"## 3. Title" headings and a quoted title', () => {
    const v = ok('# Outline\n\n## 3. "The Storm"\n\nIt blows.\n\n**Target words:** 900\n');
    assert.deepEqual(v.chapters, [{ number: 3, title: 'The Storm', summary: 'It blows.', beats: [], targetWords: 900 }]);
  });

  it('a missing target length uses the default given, else is named', () => {
    const text = edit('**Target words:** 1500\n\n', '');
    assert.equal(ok(text, { targetWordsPerChapter: 1200 }).chapters[0]!.targetWords, 1200);
    assert.match(problems(text)[0]!.message, /line \d+: "Chapter 1: The Bottle" has no target length/);
    assert.match(problems(edit('**Target words:** 1500', '**Target words:** lots'))[0]!.message, /"\*\*Target words:\*\* lots" should give a number/);
  });

  it('names chapters without content and documents without chapters', () => {
    assert.match(problems('# Outline\n\nNothing yet.\n')[0]!.message, /03-outline\.md has no chapters/);
    const empty = problems('## Chapter 1: Empty\n\n**Target words:** 900\n');
    assert.match(empty[0]!.message, /line 1: "Chapter 1: Empty" needs a summary or at least one beat/);
  });
});

describe('outline: schema and defaults', () => {
  it('pins the chapter count in the JSON schema', () => {
    const js = z.toJSONSchema(outlineSchemaFor(7, 1800)) as unknown as {
      required: string[];
      properties: {
        chapters: { minItems: number; maxItems: number; items: { required: string[]; properties: { number: { maximum: number }; targetWords: { description: string } } } };
      };
    };
    assert.deepEqual(js.required, ['chapters']);
    assert.equal(js.properties.chapters.minItems, 7);
    assert.equal(js.properties.chapters.maxItems, 7);
    assert.equal(js.properties.chapters.items.properties.number.maximum, 7);
    assert.deepEqual([...js.properties.chapters.items.required].sort(), ['beats', 'number', 'summary', 'targetWords', 'title']);
    assert.match(js.properties.chapters.items.properties.targetWords.description, /about 1800/);
    const schema = outlineSchemaFor(2, 1500);
    assert.ok(schema.safeParse({ chapters: outline.chapters }).success);
    assert.ok(!schema.safeParse({ chapters: outline.chapters.slice(0, 1) }).success);
  });

  it('completes a partial reply: renumbers duplicates, fills target words', () => {
    const result = withDefaults(
      'outline',
      {
        chapters: [
          { number: 1, title: 'A', summary: 'First.', beats: ['x'] },
          { number: 1, summary: 'Second.', targetWords: '2,000', pov: '' },
        ],
      },
      { targetWordsPerChapter: 1500 },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.value.chapters, [
      { number: 1, title: 'A', summary: 'First.', beats: ['x'], targetWords: 1500 },
      { number: 2, title: '', summary: 'Second.', beats: [], targetWords: 2000 },
    ]);
    assert.ok(result.defaulted.includes('chapters.number') && result.defaulted.includes('chapters.targetWords'));
  });

  it('refuses chapters with neither summary nor beats', () => {
    const result = withDefaults('outline', { chapters: [{ number: 1, title: 'A' }] }, { targetWordsPerChapter: 900 });
    assert.ok(!result.ok);
    assert.match(result.problems[0]!.message, /needs a summary or at least one beat/);
  });
});
