import * as assert from 'node:assert/strict';
import type { Finding } from '../../../../src/core/findings/finding';
import { lintChapters, type StyleOptions } from '../../../../src/core/style/lintStyle';
import { parseStyleGuide } from '../../../../src/core/style/styleGuide';
import { STYLE_RULE_IDS, type StyleRuleId } from '../../../../src/core/style/rules';

/** Prose with none of the habits: varied sentences, plain tags, past tense, third person. */
const CLEAN = `The ferry left at six. Nell stood at the rail with her coat buttoned to the chin and watched the harbour lights shrink into a smear of yellow behind the breakwater.

"You'll catch your death," said her brother.

"Then I'll catch it." She did not turn. Gulls rode the wake, screaming at nothing, and somewhere below them the engine knocked like a fist on a door.

He brought her tea in a paper cup. It was too sweet, and she drank all of it.`;

const CLEAN_TWO = `By noon the island had come up out of the haze, low and green, a church tower at one end and a quarry scar at the other. Nell counted the houses. Eleven. Her mother had said twelve.

"One burned," the ferryman told her when she asked. "Before the war. Nobody built it again."

She wrote that down in the notebook her father had given her, under the date, and underlined it twice.`;

const FILE = (n: number, stage = '04-draft') => `/story/${stage}/chapter-0${n}.md`;

function lint(texts: readonly string[], options: Partial<StyleOptions> = {}): Finding[] {
  return lintChapters(
    texts.map((text, i) => ({ file: FILE(i + 1), text })),
    { disabledRules: [], extraPhrases: [], pointOfView: 'third-limited', ...options },
  ).findings;
}

function only(findings: readonly Finding[], rule: StyleRuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The text at a finding's range, read back from the file text by line and column. */
function textAt(text: string, f: Finding): string {
  const lines = text.split('\n');
  const r = f.passage.range;
  if (r.startLine === r.endLine) return lines[r.startLine]!.slice(r.startColumn, r.endColumn);
  return [lines[r.startLine]!.slice(r.startColumn), ...lines.slice(r.startLine + 1, r.endLine), lines[r.endLine]!.slice(0, r.endColumn)].join('\n');
}

describe('style rules', () => {
  it('clean prose has no finding for any rule', () => {
    assert.deepEqual(lint([CLEAN, CLEAN_TWO]), []);
  });

  describe('stock-phrase', () => {
    it('finds built-in phrases with their variations, at the exact position, front matter and comments skipped', () => {
      const text = `---\ntitle: "a testament to nothing"\n---\n\n# A testament to the sea\n\n<!-- a testament to the live marker -->\n\nHer silence was a testament to it. A shiver ran down her spine.\n`;
      const found = only(lint([text]), 'stock-phrase');
      assert.deepEqual(
        found.map((f) => [f.passage.range.startLine, f.passage.range.startColumn, f.passage.range.endLine, f.passage.range.endColumn, f.passage.quote]),
        [
          [8, 16, 8, 30, 'a testament to'],
          [8, 35, 8, 62, 'A shiver ran down her spine'],
        ],
      );
      for (const f of found) {
        assert.equal(textAt(text, f), f.passage.quote);
        assert.equal(f.severity, 'warning');
        assert.equal(f.source, 'style');
        assert.match(f.message, /machine-written fiction/);
      }
    });

    it('counts columns in UTF-16 units and lines across CRLF', () => {
      const text = 'Crème brûlée 🍮 was, she said, a testament to him.\r\nAnd barely above a whisper.\r\n';
      const found = only(lint([text]), 'stock-phrase');
      assert.deepEqual(
        found.map((f) => [f.passage.range.startLine, f.passage.range.startColumn, f.passage.quote]),
        [
          [0, 31, 'a testament to'],
          [1, 4, 'barely above a whisper'],
        ],
      );
      assert.equal('Crème brûlée 🍮 was, she said, '.length, 31, 'the pudding emoji is two UTF-16 units');
    });

    it('takes the writer’s phrases from the settings and from style.md, and style.md can allow a built-in one', () => {
      const guide = parseStyleGuide('# House style\n\nShort notes.\n\n## Avoid\n- "the smell of rain"\n- 1. a beat passed\n\n## Allow\n- a wry smile\n');
      assert.deepEqual(guide, { avoid: ['the smell of rain', '1. a beat passed'], allow: ['a wry smile'] });
      const text = 'A beat passed. She gave a wry smile at the Smell  of\nRain and the gloom of the city.';
      const found = only(
        lint([text], { extraPhrases: ['gloom of the city'], guide: parseStyleGuide('## Phrases to avoid\n- the smell of rain\n- a beat passed\n## Allow\n- A wry smile') }),
        'stock-phrase',
      );
      assert.deepEqual(
        found.map((f) => f.passage.quote),
        ['A beat passed', 'the Smell  of\nRain', 'gloom of the city'],
      );
    });
  });

  describe('repeated-phrase', () => {
    const one = `${CLEAN}\n\nThe lighthouse keeper climbed the crooked stairs to the lamp room.`;
    const two = `${CLEAN_TWO}\n\nAt dusk the lighthouse keeper climbed the crooked stairs again, slower.`;

    it('reports a phrase of five words found in an earlier chapter, with the earlier one as evidence', () => {
      const found = only(lint([one, two]), 'repeated-phrase');
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.passage.file, FILE(2));
      assert.equal(f.passage.quote, 'the lighthouse keeper climbed the crooked stairs');
      assert.equal(textAt(two, f), f.passage.quote);
      assert.equal(f.evidence?.length, 1);
      assert.equal(f.evidence![0]!.file, FILE(1));
      assert.equal(textAt(one, { ...f, passage: f.evidence![0]! }), 'The lighthouse keeper climbed the crooked stairs');
    });

    it('stays quiet for a repeat within one chapter and for names and function words', () => {
      assert.deepEqual(only(lint([`${one}\n\n${one}`, CLEAN_TWO]), 'repeated-phrase'), []);
      const names = 'Then Captain Ada Lovelace of the Rose turned.';
      assert.deepEqual(only(lint([names, names.replace('Then', 'Later')]), 'repeated-phrase'), []);
      const idiom = 'She slept well for the first time in years.';
      assert.deepEqual(only(lint([idiom, idiom.replace('slept well', 'laughed')]), 'repeated-phrase'), [], 'an idiom of common words is not a tic');
    });
  });

  describe('repeated-opening', () => {
    it('reports an opening used three times across two chapters, after the first', () => {
      const a = `She took the lamp down from its hook. ${CLEAN}`;
      const b = `She took the long way round, past the quarry. Then she stopped. She took the key out of her pocket and looked at it.`;
      const found = only(lint([a, b]), 'repeated-opening');
      assert.deepEqual(
        found.map((f) => [f.passage.file, f.passage.quote, f.evidence?.[0]?.file]),
        [
          [FILE(2), 'She took the', FILE(1)],
          [FILE(2), 'She took the', FILE(1)],
        ],
      );
    });

    it('ignores openings inside dialogue and openings used twice', () => {
      const a = `"She took the boat," he said. ${CLEAN}`;
      const b = `"She took the car," he said. She took the key and went.`;
      assert.deepEqual(only(lint([a, b]), 'repeated-opening'), []);
    });
  });

  describe('flat-rhythm', () => {
    it('reports six sentences in a row of nearly one length, as one range', () => {
      const run =
        'The road was long and the night was cold. The fire was low and the wind was loud. The house was dark and its door was shut. The dog was old and the cat was gone. The bread was stale and the milk was sour. The clock was slow and the bell was cracked.';
      const text = `${run}\n\nShe left. ${CLEAN}`;
      const found = only(lint([text]), 'flat-rhythm');
      assert.equal(found.length, 1);
      assert.equal(found[0]!.passage.quote, run);
      assert.match(found[0]!.message, /^6 sentences in a row of 9–9 words/);
    });

    it('stays quiet for staccato (short) runs and varied prose', () => {
      assert.deepEqual(only(lint(['He ran. She hid. They waited. It came. It went. Then dawn.', CLEAN]), 'flat-rhythm'), []);
    });
  });

  describe('adverb-density', () => {
    it('reports a paragraph thick with adverbs and intensifiers, from the first to the last', () => {
      const text = `${CLEAN}\n\nShe walked slowly and very carefully to the door, quietly turning the handle and really hoping that nobody would hear.`;
      const found = only(lint([text]), 'adverb-density');
      assert.equal(found.length, 1);
      assert.equal(found[0]!.passage.quote, 'slowly and very carefully to the door, quietly turning the handle and really');
      assert.match(found[0]!.message, /^5 adverbs and intensifiers in 20 words \(slowly, very, carefully, quietly, really\)/);
    });

    it('does not count -ly words that are not adverbs', () => {
      assert.deepEqual(only(lint(['The lonely, friendly, ugly, elderly, holy family lived early in July with Emily and Lily.']), 'adverb-density'), []);
    });
  });

  describe('dialogue tags', () => {
    it('tag-adverb: an adverb on a tag, either side of the verb, only beside dialogue', () => {
      const text = '"Come in," she said softly. "Sit." He quietly asked, "Where?"\n\nShe said softly that it did not matter, then went out.';
      const found = only(lint([text]), 'tag-adverb');
      assert.deepEqual(
        found.map((f) => f.passage.quote),
        ['said softly', 'quietly asked'],
      );
    });

    it('said-bookism: a performing tag after or before the line, never inside it or in narration', () => {
      const text = '"Get out," she hissed. "Fine," smirked Tom. Mara growled, "No."\n\n"He hissed at me," she said. The cat hissed.';
      const found = only(lint([text]), 'said-bookism');
      assert.deepEqual(
        found.map((f) => [f.passage.quote, f.passage.range.startColumn]),
        [
          ['hissed', 15],
          ['smirked', 31],
          ['growled', 49],
        ],
      );
    });

    it('said-bookism: an action beat after a full stop, or a new paragraph after a line, is not a tag', () => {
      const text = '"Stay." He laughed and sat down.\n\n"You\'ll be gone when I\'ve seen the crates."\n\nHe laughed, not unkindly.\n\n"Stop!" she hissed.';
      assert.deepEqual(
        only(lint([text]), 'said-bookism').map((f) => f.passage.quote),
        ['hissed'],
      );
    });
  });

  describe('the brief’s rules', () => {
    it('pov-slip: "I" and "my" in third-person narration, not in dialogue or italic thought', () => {
      const text = '"I know," she said. *I should go,* she thought. I watched her leave my house.';
      const found = only(lint([text]), 'pov-slip');
      assert.deepEqual(
        found.map((f) => f.passage.quote),
        ['I', 'my'],
      );
      assert.deepEqual(only(lint([text], { pointOfView: 'first' }), 'pov-slip'), []);
    });

    it('a block quote (a letter) is someone else’s voice, not the narration', () => {
      const text = 'She unfolded it.\n\n> My dear Nell, I write in haste.\n> I am well.\n\nShe read it twice.';
      assert.deepEqual(only(lint([text]), 'pov-slip'), []);
    });

    it('British single quotes are dialogue too; an apostrophe does not close them', () => {
      const text = '‘I don’t know what I’ll do,’ she hissed. Mara growled, ‘My boat’s gone. He said “I sank it” to me.’ I left.';
      const found = lint([text]);
      assert.deepEqual(
        found.map((f) => `${f.rule}:${f.passage.quote}`),
        ['said-bookism:hissed', 'said-bookism:growled', 'pov-slip:I'],
      );
    });

    it('tense-slip: present forms in narration of a past-tense chapter', () => {
      const past = 'He was tired. She was cold. They were late. He had gone. She walked out. He turned back. She said nothing. He looked away. They waited. It ended. ';
      const text = `${past}Then she opens the door. "He is here," she said. She was glad.`;
      const found = only(lint([text]), 'tense-slip');
      assert.deepEqual(
        found.map((f) => f.passage.quote),
        ['she opens'],
      );
      assert.deepEqual(only(lint(['She opens the door. He is there. She walks in. He says nothing.']), 'tense-slip'), [], 'a present-tense chapter is not a slip');
    });
  });

  describe('settings', () => {
    const sloppy = '"Go," she hissed softly. It was a testament to her. I left.';

    it('a disabled rule reports nothing; the others still run', () => {
      const all = new Set(lint([sloppy]).map((f) => f.rule));
      assert.deepEqual([...all].sort(), ['pov-slip', 'said-bookism', 'stock-phrase', 'tag-adverb']);
      const some = new Set(lint([sloppy], { disabledRules: ['stock-phrase', 'pov-slip'] }).map((f) => f.rule));
      assert.deepEqual([...some].sort(), ['said-bookism', 'tag-adverb']);
      assert.deepEqual(lint([sloppy], { disabledRules: [...STYLE_RULE_IDS] }), []);
    });

    it('scores are findings per 1,000 words per file', () => {
      const { scores, findings } = lintChapters(
        [
          { file: FILE(1), text: sloppy },
          { file: FILE(2), text: CLEAN },
        ],
        { disabledRules: [], extraPhrases: [], pointOfView: 'third-limited' },
      );
      assert.equal(findings.length, 4);
      assert.equal(scores[FILE(1)], Math.round((4 / 12) * 1000 * 100) / 100);
      assert.equal(scores[FILE(2)], 0);
    });
  });
});
