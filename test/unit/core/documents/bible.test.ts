import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { bibleSchema, type Bible } from '../../../../src/core/documents/bible';
import { parseBible, renderBible } from '../../../../src/core/documents/bibleMarkdown';
import { withDefaults } from '../../../../src/core/documents/withDefaults';
import { bible } from './sampleStory';

function ok(body: string): Bible {
  const result = parseBible(body);
  assert.ok(result.ok, `expected a bible, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}

const rendered = renderBible(bible, { title: 'The Lighthouse Keeper' });
const edit = (from: string, to: string) => {
  assert.ok(rendered.includes(from), `render should contain ${from}`);
  return rendered.replace(from, to);
};
const mara = bible.characters[0]!;

describe('bible: Markdown round-trip', () => {
  it('parse(render(v)) gives back v', () => {
    assert.deepEqual(ok(rendered), bible);
  });

  it('round-trips Unicode, colons, multi-line values and Markdown-ish text', () => {
    const tricky: Bible = {
      characters: [
        {
          name: 'Zoë “Zee” Ōkami: the Second',
          role: 'protagonist: reluctant',
          goal: 'Line one.\nLine two — with **bold** and `code`.',
          flaw: '',
          arc: '# not a heading',
          voice: '- not a bullet',
          description: '- a dash line\n# a hash line\n1. a numbered line\n\nSecond paragraph: 灯台守。',
          details: [
            { label: 'Age', value: '34' },
            { label: '', value: 'loves the sea' },
          ],
        },
      ],
      setting: {
        world: '- world dash\n\nTwo paragraphs.',
        era: '',
        places: [
          { name: 'Port: Old Town', description: 'Cobbles.\nGulls.' },
          { name: 'Nowhere', description: '' },
        ],
      },
      rules: ['Rule with: colon', '**Bold** rule'],
      styleGuide: { voice: '', tense: 'present', pointOfView: '', notes: ['Avoid: adverbs'] },
      preamble: 'Kept for reference.',
      extraSections: [{ heading: 'Timeline', level: 2, body: '1. Storm\n2. Letter' }],
    };
    assert.deepEqual(ok(renderBible(tricky)), tricky);
  });

  it('renders the documented shape', () => {
    assert.match(rendered, /^# Story Bible: The Lighthouse Keeper$/m);
    assert.match(rendered, /^### Mara Vell\n\n- \*\*Role:\*\* protagonist$/m);
    assert.match(rendered, /^- \*\*The Landing:\*\* Iron rungs slick with weed\.$/m);
  });
});

describe('bible: reading human edits', () => {
  it('a renamed character heading renames the character', () => {
    assert.equal(ok(edit('### Mara Vell', '### Mara Vell-Ross')).characters[0]!.name, 'Mara Vell-Ross');
  });

  it('removed and added bullets; unknown bullets become details', () => {
    const v = ok(edit('- **Flaw:** She mistakes endurance for love.\n', '- **Age:** 40\n- **Want:** Quiet.\n'));
    const c = v.characters[0]!;
    assert.equal(c.flaw, '');
    assert.equal(c.goal, `${mara.goal}\n\nQuiet.`, 'a synonym label adds to the field it means');
    assert.deepEqual(c.details, [{ label: 'Age', value: '40' }]);
  });

  it('bold markers removed from labels', () => {
    const v = ok(edit('- **Role:** protagonist\n- **Goal:**', '- Role: protagonist\n- goal:'));
    assert.deepEqual(v.characters[0], mara);
  });

  it('an added free-text paragraph joins the description', () => {
    const v = ok(edit('three sizes too big.', 'three sizes too big.\n\nShe hums when she lies.'));
    assert.equal(v.characters[0]!.description, `${mara.description}\n\nShe hums when she lies.`);
  });

  it('labels written as lines without bullets', () => {
    const v = ok(
      edit(
        '- **Role:** protagonist\n- **Goal:** To keep the light burning until the Board relents.\n',
        'Role: protagonist\nGoal: To keep the light burning\nuntil the Board relents.\n',
      ),
    );
    assert.equal(v.characters[0]!.role, 'protagonist');
    assert.equal(v.characters[0]!.goal, 'To keep the light burning\nuntil the Board relents.');
  });

  it('reordered sections, CRLF and extra blank lines', () => {
    const [head, ...sections] = rendered.split(/\n(?=## )/);
    const text = [head, ...sections.reverse()].join('\n\n\n').replace(/\n/g, '\r\n');
    assert.deepEqual(ok(text), bible);
  });

  it('character headings at the same level as Characters are still characters', () => {
    const text = rendered.replace('### Mara Vell', '## Mara Vell').replace('### Jonah Hale', '## Jonah Hale');
    assert.deepEqual(ok(text), bible);
  });

  it('deeper headings: #### characters under ### groups, places as headings', () => {
    const text = rendered
      .replace('## Characters', '## Characters\n\n### Main characters')
      .replace('### Mara Vell', '#### Mara Vell')
      .replace('### Jonah Hale', '### Supporting characters\n\n#### Jonah Hale')
      .replace(
        '### Places\n\n- **The Skerry Light:** A granite tower on a bare rock, forty metres high.\n- **The Landing:** Iron rungs slick with weed.',
        '## Places\n\n### The Skerry Light\n\nA granite tower on a bare rock, forty metres high.\n\n### The Landing\n\nIron rungs slick with weed.',
      );
    assert.deepEqual(ok(text), bible);
  });

  it('a sub-heading inside a character stays with that character', () => {
    const v = ok(edit('three sizes too big.', 'three sizes too big.\n\n#### Backstory\n\nRaised on the rock.'));
    assert.equal(v.characters.length, 2);
    assert.equal(v.characters[0]!.description, `${mara.description}\n\n#### Backstory\n\nRaised on the rock.`);
    assert.deepEqual(ok(renderBible(v)), v);
  });

  it('a new character, a new rule, an unknown section', () => {
    const v = ok(
      edit('## Setting', '### Tomas Vell\n\n- **Role:** the drowned brother\n\nOnly in memory.\n\n## Setting')
        .replace('- Tomas drowned on 3 November 1961.', '- Tomas drowned on 3 November 1961.\n- Nobody swims here.')
        .concat('\n## Playlist\n\nSea shanties.\n'),
    );
    assert.deepEqual(
      v.characters.map((c) => c.name),
      ['Mara Vell', 'Jonah Hale', 'Tomas Vell'],
    );
    assert.equal(v.characters[2]!.description, 'Only in memory.');
    assert.equal(v.rules.length, 3);
    assert.deepEqual(v.extraSections, [{ heading: 'Playlist', level: 2, body: 'Sea shanties.' }]);
  });

  it('names what is missing', () => {
    const none = parseBible('# Story Bible\n\n## Setting\n\nA rock.\n');
    assert.ok(!none.ok);
    assert.match(none.problems[0]!.message, /02-bible\.md has no "## Characters" section/);
    const empty = parseBible('# Story Bible\n\n## Characters\n\nTo do.\n\n## Setting\n\nA rock.\n');
    assert.ok(!empty.ok);
    assert.match(empty.problems[0]!.message, /02-bible\.md line 3: "Characters" has no characters/);
  });
});

describe('bible: schema and defaults', () => {
  it('is a plain JSON schema: characters required, at least one', () => {
    const js = z.toJSONSchema(bibleSchema) as unknown as {
      required: string[];
      properties: { characters: { minItems: number; items: { required: string[] } }; setting: { required: string[] } };
    };
    assert.deepEqual([...js.required].sort(), ['characters', 'rules', 'setting', 'styleGuide']);
    assert.equal(js.properties.characters.minItems, 1);
    assert.deepEqual([...js.properties.characters.items.required].sort(), ['arc', 'description', 'flaw', 'goal', 'name', 'role', 'voice']);
    assert.deepEqual([...js.properties.setting.required].sort(), ['era', 'places', 'world']);
  });

  it('completes a reply with only named characters', () => {
    const result = withDefaults('bible', { characters: [{ name: ' Mara ' }], setting: { places: [{ name: 'Rock' }, { description: 'nameless' }] } });
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      characters: [{ name: 'Mara', role: '', goal: '', flaw: '', arc: '', voice: '', description: '' }],
      setting: { world: '', era: '', places: [{ name: 'Rock', description: '' }] },
      rules: [],
      styleGuide: { voice: '', tense: '', pointOfView: '', notes: [] },
    });
    assert.ok(result.defaulted.includes('characters.voice') && result.defaulted.includes('styleGuide'));
  });

  it('refuses a bible without characters or with a nameless one', () => {
    const none = withDefaults('bible', { characters: [] });
    assert.ok(!none.ok);
    assert.match(none.problems[0]!.message, /`characters` needs at least one character/);
    const nameless = withDefaults('bible', { characters: [{ role: 'x' }] });
    assert.ok(!nameless.ok);
    assert.equal(nameless.problems[0]!.field, 'characters[0].name');
  });
});
