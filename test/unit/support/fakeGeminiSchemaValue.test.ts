// The test server's structured replies must pass the product's own zod parsing, whatever zod's
// z.toJSONSchema emits: formats with patterns, tuples, records, recursion through $defs.
import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { Prng } from '../../support/fakeGemini/prng';
import { valueForSchema } from '../../support/fakeGemini/schemaValue';
import { generateProse, countWords } from '../../support/fakeGemini/prose';
import { requestedWords, replyLength } from '../../support/fakeGemini/replyLength';
import { formatDuration } from '../../support/fakeGemini/errorBodies';

function roundTrip<T extends z.ZodType>(schema: T, seed = 'seed'): z.output<T> {
  const value = valueForSchema(z.toJSONSchema(schema), Prng.fromText(seed));
  return schema.parse(JSON.parse(JSON.stringify(value)));
}

describe('fake Gemini: schema-valid values', () => {
  it('satisfies string formats, their patterns and length bounds', () => {
    const schema = z.object({
      email: z.email(),
      when: z.iso.datetime(),
      day: z.iso.date(),
      link: z.url(),
      id: z.uuid(),
      short: z.string().min(2).max(5),
      long: z.string().min(40),
      code: z.string().regex(/^[a-z]+$/),
      name: z.string(),
    });
    for (const seed of ['a', 'b', 'c', 'd', 'e']) roundTrip(schema, seed);
  });

  it('satisfies numeric bounds, including exclusive ones and multipleOf', () => {
    const schema = z.object({
      count: z.number().int(),
      positive: z.number().positive(),
      negative: z.number().int().negative(),
      big: z.number().int().min(1_000_000),
      ratio: z.number().gt(0).lt(1),
      step: z.number().int().multipleOf(5).min(11).max(30),
    });
    for (const seed of ['a', 'b', 'c', 'd', 'e']) roundTrip(schema, seed);
    const { count } = roundTrip(schema);
    assert.ok(count >= 1 && count <= 100, 'human-sized when unbounded');
  });

  it('handles tuples, records, literals, unions, nullables and optionals', () => {
    const schema = z.object({
      pair: z.tuple([z.string(), z.number()]),
      scores: z.record(z.string(), z.number()),
      flags: z.record(z.enum(['draft', 'final']), z.boolean()),
      kind: z.literal('chapter'),
      either: z.union([z.number(), z.string()]),
      maybe: z.string().nullable(),
      later: z.string().optional(),
    });
    const value = roundTrip(schema);
    assert.deepEqual(Object.keys(value.flags).sort(), ['draft', 'final']);
  });

  it('draws distinct items for uniqueItems', () => {
    const value = valueForSchema({ type: 'array', items: { enum: ['a', 'b', 'c', 'd'] }, minItems: 4, uniqueItems: true }, Prng.fromText('u'));
    assert.deepEqual([...(value as string[])].sort(), ['a', 'b', 'c', 'd']);
  });

  it('ends recursion through $defs', () => {
    interface Section {
      title: string;
      children: Section[];
    }
    const Section: z.ZodType<Section> = z.lazy(() => z.object({ title: z.string(), children: z.array(Section) }));
    const tree = roundTrip(z.object({ root: Section }));
    assert.ok(tree.root.children.length > 0);
  });

  it('is deterministic per seed', () => {
    const schema = z.object({ a: z.string(), b: z.array(z.number()) });
    assert.deepEqual(roundTrip(schema, 'x'), roundTrip(schema, 'x'));
    assert.notDeepEqual(roundTrip(schema, 'x'), roundTrip(schema, 'y'));
  });
});

describe('fake Gemini: prose and lengths', () => {
  it('writes exactly the requested number of words', () => {
    for (const words of [1, 2, 7, 300, 2500]) assert.equal(countWords(generateProse(Prng.fromText(String(words)), words)), words);
  });

  it('reads the asked length as a model would: any "N words" that asks, not one that describes', () => {
    assert.equal(requestedWords('The draft currently has 900 words. Revise it into its final form, about 1200 words long.'), 1200);
    assert.equal(requestedWords('A premise that mentions a 90-word letter.\n\nWrite about 1500 words: Chapter 2.\n- Length: about 1500 words.'), 1500);
    assert.equal(requestedWords('Write about 1200 words.'), 1200);
    assert.equal(requestedWords('Write 1,200 words, then 50 words of notes.'), 1200);
    assert.equal(requestedWords('a 900-word scene'), 900);
    assert.equal(requestedWords('between 800–1000 words'), 800);
    assert.equal(requestedWords('Chapter 3 please', 'Chapters run 2500 words.'), 2500);
    assert.equal(requestedWords('no length here'), undefined);
    assert.equal(requestedWords('999999 words'), 20_000);
  });

  it('caps the length at three quarters of maxOutputTokens', () => {
    assert.deepEqual(replyLength(1200, 1000), { words: 750, truncated: true });
    assert.deepEqual(replyLength(300, undefined), { words: 300, truncated: false });
    assert.deepEqual(replyLength(1200, 1000, 600), { words: 300, truncated: true }, 'thinking counts against the limit');
    assert.deepEqual(replyLength(1200, 1000, 1000), { words: 0, truncated: true }, 'thinking used it all');
    assert.deepEqual(replyLength(100, 1000), { words: 100, truncated: false });
  });

  it('formats retry delays like protobuf durations', () => {
    assert.equal(formatDuration(2837.906927), '2.837906927s');
    assert.equal(formatDuration(36_000), '36s');
    assert.equal(formatDuration(0), '0s');
  });
});
