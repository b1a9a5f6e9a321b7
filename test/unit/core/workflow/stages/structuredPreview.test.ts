// The live view of a structured stage while its JSON streams: every prefix of a reply, cut at any
// character or any UTF-8 byte, renders without throwing; the view only grows (but for the word
// being written); the whole reply renders exactly as the stage's file does.
import * as assert from 'node:assert/strict';
import type * as z from 'zod';
import { bibleSchema } from '../../../../../src/core/documents/bible';
import { renderBible } from '../../../../../src/core/documents/bibleMarkdown';
import { conceptSchema } from '../../../../../src/core/documents/concept';
import { renderConcept } from '../../../../../src/core/documents/conceptMarkdown';
import { outlineSchemaFor } from '../../../../../src/core/documents/outline';
import { renderOutline } from '../../../../../src/core/documents/outlineMarkdown';
import { OPEN_TEXT, parsePartialJson } from '../../../../../src/core/documents/partialJson';
import { withDefaults } from '../../../../../src/core/documents/withDefaults';
import { StructuredPreview } from '../../../../../src/core/workflow/stages/structuredPreview';
import { valueForSchema } from '../../../../support/fakeGemini/schemaValue';
import { Prng } from '../../../../support/fakeGemini/prng';
import { bible, concept, outline } from '../../documents/sampleStory';
import { responseJsonSchema } from '../../../../../src/gemini/jsonOutput';

const TITLE = 'The Lighthouse Keeper';

interface StageCase {
  readonly stage: 'concept' | 'bible' | 'outline';
  readonly schema: z.ZodType;
  readonly render: (raw: unknown) => string | undefined;
}

/** As src/core/workflow/stages/structuredStage.ts completes and renders each stage (the outline as its live view does). */
const STAGES: readonly StageCase[] = [
  {
    stage: 'concept',
    schema: conceptSchema,
    render: (raw) => {
      const c = withDefaults('concept', raw);
      return c.ok ? renderConcept(c.value.title ? c.value : { ...c.value, title: TITLE }) : undefined;
    },
  },
  {
    stage: 'bible',
    schema: bibleSchema,
    render: (raw) => {
      const c = withDefaults('bible', raw);
      return c.ok ? renderBible(c.value, { title: TITLE }) : undefined;
    },
  },
  {
    stage: 'outline',
    schema: outlineSchemaFor(2, 1500),
    render: (raw) => {
      const c = withDefaults('outline', raw, { targetWordsPerChapter: 1500 });
      return c.ok ? renderOutline(c.value, { title: TITLE }) : undefined;
    },
  },
];

const SAMPLES: Record<StageCase['stage'], unknown> = {
  concept: {
    ...concept,
    // What models write: quotes, a dash, an ellipsis, accents, an emoji (a surrogate pair), a line that looks like a list.
    hook: 'A letter for a dead man — in handwriting she knows… "Tomas," it begins. Café au lait stains; a 🕯 drawn in the margin.\n- not a list',
  },
  bible,
  outline,
};

/**
 * Real-looking replies: the sample story as a model sends it (compact; indented in a fence) and one
 * of the test server's values. (The server numbers outline chapters at random; a model numbers
 * them in reading order, and a reply that does not is re-sorted, which no live view can foresee.)
 */
function replies(c: StageCase): string[] {
  const sample = SAMPLES[c.stage];
  const generated = valueForSchema(responseJsonSchema(c.schema), new Prng([2, 7, 11, 13])) as { chapters?: Array<{ number: number }> };
  generated.chapters?.forEach((chapter, i) => (chapter.number = i + 1));
  return [JSON.stringify(sample), `\`\`\`json\n${JSON.stringify(sample, null, 2)}\n\`\`\`\n`, JSON.stringify(generated)];
}

/** `previous` without its last, possibly unfinished word must start `next`. */
function grewFrom(previous: string, next: string): boolean {
  return next.startsWith(previous.replace(/\S*$/, ''));
}

function utf8Prefixes(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const decoder = new TextDecoder();
  return Array.from({ length: bytes.length + 1 }, (_, i) => decoder.decode(bytes.subarray(0, i)));
}

describe('live view of a structured stage while its JSON streams', function () {
  // Every prefix of several replies, each rendered through the stage's completion: seconds of CPU,
  // more on a busy machine.
  this.timeout(120_000);
  for (const c of STAGES) {
    describe(c.stage, () => {
      it('renders every prefix, cut at any character or UTF-8 byte, only ever growing, and the whole reply exactly as the file', () => {
        for (const reply of replies(c)) {
          const preview = new StructuredPreview(c.schema, c.render);
          // Byte by byte only where a character takes more than one byte (the rest is the same cut).
          const bytewise = Buffer.byteLength(reply) > reply.length ? utf8Prefixes(reply) : [];
          const prefixes = [...Array.from({ length: reply.length + 1 }, (_, i) => reply.slice(0, i)), ...bytewise];
          let shown = '';
          for (const [i, prefix] of prefixes.entries()) {
            if (i === reply.length + 1) shown = ''; // the byte-wise pass starts over
            const markdown = preview.markdown(prefix);
            if (markdown === undefined) continue;
            assert.ok(!/[\uE000\uE001]/.test(markdown), `placeholder shown at ${JSON.stringify(prefix.slice(-40))}`);
            assert.ok(
              grewFrom(shown, markdown),
              `the view shrank or changed at ${JSON.stringify(prefix.slice(-40))}:\nbefore …${JSON.stringify(shown.slice(-120))}\nafter  …${JSON.stringify(markdown.slice(-120))}`,
            );
            shown = markdown;
          }
          const whole = reply.trim().replace(/^```json\n|\n```$/g, '');
          assert.equal(preview.markdown(reply), c.render(JSON.parse(whole)));
        }
      });

      it('shows the first words as soon as they arrive', () => {
        const reply = JSON.stringify(SAMPLES[c.stage]);
        const preview = new StructuredPreview(c.schema, c.render);
        const firstText = /"(?:title|name|number)":\s*"?([^"\s]{3})/.exec(reply)!;
        const upTo = firstText.index + firstText[0].length;
        assert.ok(preview.markdown(reply.slice(0, upTo))!.includes(firstText[1]!), preview.markdown(reply.slice(0, upTo)));
      });
    });
  }

  it('holds the view where a renderer puts a later field first (the bible’s era before its world)', () => {
    const c = STAGES[1]!;
    const preview = new StructuredPreview(c.schema, c.render);
    const reply = JSON.stringify(bible);
    const worldStarts = reply.indexOf('"world":"') + '"world":"The Northern'.length;
    const shown = preview.markdown(reply.slice(0, worldStarts))!;
    assert.ok(!shown.includes('The Northern'), 'the world was shown before the era above it had arrived');
    const eraDone = reply.indexOf('"era":"Winter 1962"') + '"era":"Winter 1962"'.length;
    assert.ok(preview.markdown(reply.slice(0, eraDone + 1))!.includes('The Northern Lighthouse Board'));
  });
});

describe('partial JSON', () => {
  it('marks what is still open and leaves out what may still change', () => {
    const read = parsePartialJson('{"a": "hel');
    assert.deepEqual(read?.value, { a: `hel${OPEN_TEXT}` });
    assert.equal(read?.complete, false);
    assert.deepEqual(parsePartialJson('{"n": 12')?.value, {});
    assert.deepEqual(parsePartialJson('{"n": 12,')?.value, { n: 12 });
    assert.deepEqual(parsePartialJson('{"t": tr')?.value, {});
    assert.deepEqual(parsePartialJson('{"s": "a\\')?.value, { s: `a${OPEN_TEXT}` });
    assert.deepEqual(parsePartialJson('{"s": "a\\u00')?.value, { s: `a${OPEN_TEXT}` });
    assert.deepEqual(parsePartialJson('{"s": "a\\u00e9"}')?.value, { s: 'aé' });
    assert.deepEqual(parsePartialJson('{"ke')?.value, {});
    const nested = parsePartialJson('{"l": [1, {"x": [');
    assert.equal(nested?.open.size, 4);
    assert.equal(parsePartialJson('{"a": [1, 2]}')?.open.size, 0);
  });

  it('reads a fenced reply and gives up on text that is not JSON', () => {
    assert.deepEqual(parsePartialJson('```json\n{"a": 1}\n```')?.value, { a: 1 });
    assert.equal(parsePartialJson('``'), undefined);
    assert.equal(parsePartialJson('Here is your concept:'), undefined);
    assert.equal(parsePartialJson('{"a": nope}'), undefined);
    assert.equal(parsePartialJson(''), undefined);
  });
});
