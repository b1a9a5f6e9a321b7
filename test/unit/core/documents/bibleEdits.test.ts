import * as assert from 'node:assert/strict';
import type { Bible } from '../../../../src/core/documents/bible';
import { parseBible, renderBible } from '../../../../src/core/documents/bibleMarkdown';
import { bible } from './sampleStory';

/**
 * Seeded edits a writer makes to a generated bible: characters added (as a `###` heading in the
 * cast, a `###` heading after the setting or at the end, a deeper `####` heading, a bold line),
 * renamed and reordered, sections reordered. Every character must come back as its own character,
 * with its own role, in the order of the file: never merged into its neighbour, never filed as
 * setting prose.
 */

const NAMES = ['Tomas Vell', 'Ines Quarry', 'Old Brannock', 'Sister Agnes', 'Pell', 'Dr. Ruth Abara', 'Kit Marlow', 'The Harbourmaster', 'Eamon Roe', 'Saoirse Lane'];
const WORDS = ['salt', 'lamp', 'rope', 'gull', 'storm', 'ledger', 'harbour', 'winter', 'letter', 'tide', 'bell', 'oar'];

function seeded(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  return { random, pick, sentence };
}

interface Expected {
  readonly name: string;
  readonly role: string;
}

type Placement =
  'heading in the cast' | 'bold line in the cast' | 'bold line with colon, no blank line' | 'deeper heading in the cast' | 'heading after the setting' | 'heading at the end';
const PLACEMENTS: readonly Placement[] = [
  'heading in the cast',
  'bold line in the cast',
  'bold line with colon, no blank line',
  'deeper heading in the cast',
  'heading after the setting',
  'heading at the end',
];

function characterMarkdown(placement: Placement, c: Expected, goal: string, description: string): string {
  const bullets = `- **Role:** ${c.role}\n- **Goal:** ${goal}`;
  switch (placement) {
    case 'bold line in the cast':
      return `**${c.name}**\n\n${bullets}\n\n${description}`;
    case 'bold line with colon, no blank line':
      return `**${c.name}:**\n${bullets.replace(/\*\*/g, '')}\n\n${description}`;
    case 'deeper heading in the cast':
      return `#### ${c.name}\n\n${bullets}\n\n${description}`;
    default:
      return `### ${c.name}\n\n${bullets}\n\n${description}`;
  }
}

/** One seeded edit session: the Markdown the writer leaves, and the cast it must read as. */
function editedBible(seed: number): { markdown: string; cast: Expected[]; placements: Placement[] } {
  const { random, pick, sentence } = seeded(seed);
  const start: Bible = { ...bible, characters: bible.characters.map((c) => ({ ...c })) };
  // Renamed and reordered before anything is added.
  if (random() < 0.5) start.characters[0] = { ...start.characters[0]!, name: `${start.characters[0]!.name}-${pick(['Ross', 'Hale', 'Quinn'])}` };
  if (random() < 0.5) start.characters.reverse();
  let markdown = renderBible(start, { title: 'The Lighthouse Keeper' });
  if (random() < 0.3) {
    // Sections reordered: the cast stays first, the others shuffle.
    const [head, cast, ...rest] = markdown.split(/\n(?=## )/);
    rest.sort(() => random() - 0.5);
    markdown = [head, cast, ...rest].join('\n');
  }
  const cast: Expected[] = start.characters.map((c) => ({ name: c.name, role: c.role }));
  const inCast: string[] = [];
  const afterSetting: string[] = [];
  const atEnd: string[] = [];
  const added: Expected[] = [];
  const placements: Placement[] = [];
  const names = [...NAMES].sort(() => random() - 0.5);
  for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
    const placement = pick(PLACEMENTS);
    const c = { name: names[i]!, role: sentence() };
    const text = characterMarkdown(placement, c, sentence(), sentence());
    placements.push(placement);
    added.push(c);
    (placement === 'heading after the setting' ? afterSetting : placement === 'heading at the end' ? atEnd : inCast).push(text);
    // File order: the cast's additions, then after the setting, then at the end (below).
  }
  const order = (list: string[]) => added.filter((c) => list.some((t) => t.includes(c.name)));
  const settingAt = markdown.indexOf('\n## Setting\n');
  const castEnd = markdown.indexOf('\n## ', markdown.indexOf('## Characters') + 1);
  const endOfSetting = (() => {
    const next = markdown.indexOf('\n## ', settingAt + 1);
    return next < 0 ? markdown.length : next;
  })();
  const insert = (at: number, texts: string[]) => (texts.length > 0 ? `${markdown.slice(0, at).replace(/\n*$/, '')}\n\n${texts.join('\n\n')}\n${markdown.slice(at)}` : markdown);
  // From the end backwards, so earlier offsets stay true.
  const castIsBeforeSetting = castEnd <= settingAt;
  markdown = `${markdown.replace(/\n*$/, '')}\n\n${atEnd.join('\n\n')}\n`;
  markdown = castIsBeforeSetting ? insert(endOfSetting, afterSetting) : markdown;
  markdown = insert(castEnd, inCast);
  if (!castIsBeforeSetting) throw new Error('the cast is always first');
  return { markdown, cast: [...cast, ...order(inCast), ...order(afterSetting), ...order(atEnd)], placements };
}

describe('bible: seeded edits by a writer (added, renamed, reordered; heading and bold-line variants)', () => {
  for (let seed = 1; seed <= 150; seed++) {
    const { markdown, cast, placements } = editedBible(seed);
    it(`seed ${seed}: ${placements.join(', ')}`, () => {
      const parsed = parseBible(markdown);
      assert.ok(parsed.ok, `did not parse:\n${markdown}\n${JSON.stringify(!parsed.ok && parsed.problems)}`);
      assert.deepEqual(
        parsed.value.characters.map((c) => ({ name: c.name, role: c.role })),
        cast,
        `characters read from:\n${markdown}`,
      );
      assert.deepEqual(parsed.warnings ?? [], [], 'nothing left in doubt');
      assert.equal(parsed.value.setting.world, bible.setting.world, 'the setting keeps only its own prose');
      assert.deepEqual(parsed.value.setting.places, bible.setting.places);
      assert.deepEqual(parsed.value.rules, bible.rules);
      assert.deepEqual(parsed.value.styleGuide, bible.styleGuide);
    });
  }
});

describe('bible: what cannot be placed is said, never merged silently', () => {
  const rendered = renderBible(bible);

  it('a second character written as a plain line (no heading, no bold) is kept and named in a warning', () => {
    const markdown = rendered.replace('## Setting', 'Tomas Vell\n\n- **Role:** the drowned brother\n- **Goal:** to be remembered\n\n## Setting');
    const parsed = parseBible(markdown);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.characters.length, 2);
    const jonah = parsed.value.characters[1]!;
    assert.match(jonah.role, /the drowned brother/, 'kept, not dropped');
    assert.equal(parsed.warnings?.length, 1);
    assert.match(parsed.warnings![0]!.message, /line \d+: "Jonah Hale" has two "Role" entries and two "Goal" entries; .*its own "### Name" heading/);
  });

  it('a bold caption directly under "Characters" with a character heading right after it is not a character', () => {
    const parsed = parseBible(rendered.replace('## Characters\n', '## Characters\n\n**Main characters**\n'));
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.value.characters.map((c) => c.name),
      ['Mara Vell', 'Jonah Hale'],
    );
  });

  it('a bold line inside a description with no character labels after it stays in the description', () => {
    const markdown = rendered.replace('A schoolteacher on the mainland.', 'A schoolteacher on the mainland.\n\n**Secret**\n\nHe never posted the first letter.');
    const parsed = parseBible(markdown);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.characters.length, 2);
    assert.match(parsed.value.characters[1]!.description, /\*\*Secret\*\*\n\nHe never posted the first letter\./);
  });

  it('a `###` setting sub-heading after an added character is still setting prose', () => {
    const markdown = rendered.replace('### Places', '### Tomas Vell\n\n- **Role:** the drowned brother\n\n### The Harbour Town\n\nSlate roofs and a chapel.\n\n### Places');
    const parsed = parseBible(markdown);
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.value.characters.map((c) => c.name),
      ['Mara Vell', 'Jonah Hale', 'Tomas Vell'],
    );
    assert.match(parsed.value.setting.world, /### The Harbour Town\n\nSlate roofs and a chapel\./);
  });
});
