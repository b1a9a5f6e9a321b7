import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { continueChapterPrompt, draftChapterPrompt, reviseChapterPrompt } from '../../../../src/core/prompts/chapterPrompts';
import { particularPart, type StagePrompt } from '../../../../src/core/prompts/stagePrompt';
import type { Outline } from '../../../../src/core/documents/outline';
import { bibleFallbackPrompt, conceptFallbackPrompt, outlineFallbackPrompt } from '../../../../src/core/prompts/fallbackPrompts';
import { biblePrompt, conceptPrompt, outlinePrompt } from '../../../../src/core/prompts/structuredPrompts';
import { outlinePartPrompt } from '../../../../src/core/prompts/outlinePartPrompt';
import { renderBible } from '../../../../src/core/documents/bibleMarkdown';
import { renderConcept } from '../../../../src/core/documents/conceptMarkdown';
import { renderOutline } from '../../../../src/core/documents/outlineMarkdown';
import type { Brief } from '../../../../src/core/story/brief';
import { requestedWords } from '../../../support/fakeGemini/replyLength';
import { bible, brief, concept, outline } from '../documents/sampleStory';

/** The length a model would read from the prompt (the test server reads it the same way). */
const askedWords = (...texts: string[]) => requestedWords(...texts);

const chapterInput = { brief, bible, outline, chapterNumber: 2 } as const;

describe('prompts: structured stages', () => {
  it('concept prompt carries the brief and its schema', () => {
    const p = conceptPrompt(brief);
    assert.equal(p.stage, 'concept');
    for (const needle of ['melancholy but hopeful', 'third person limited', 'literary fiction', 'adult readers', 'English', brief.premise, '"The Lighthouse Keeper"']) {
      assert.ok(p.prompt.includes(needle), needle);
    }
    assert.equal(askedWords(p.systemInstruction, p.prompt), 3000);
    assert.match(p.systemInstruction, /novelist/);
    const js = z.toJSONSchema(p.schema) as { required: string[] };
    assert.ok(js.required.includes('logline'));
  });

  it('bible prompt includes the concept as the writer sees it', () => {
    const p = biblePrompt(brief, concept);
    assert.ok(p.prompt.includes(renderConcept(concept).trim()));
    assert.ok(p.prompt.includes('two to four characters'));
    assert.ok((z.toJSONSchema(p.schema) as { required: string[] }).required.includes('characters'));
  });

  it('outline prompt states the per-chapter length first and pins the count', () => {
    const p = outlinePrompt({ brief, concept, bible, chapterCount: 2, wordsPerChapter: 1500 });
    assert.equal(askedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.includes('exactly 2 chapters'));
    assert.ok(p.prompt.includes(renderBible(bible).trim()));
    const js = z.toJSONSchema(p.schema) as unknown as { properties: { chapters: { minItems: number; maxItems: number } } };
    assert.equal(js.properties.chapters.minItems, 2);
    assert.equal(js.properties.chapters.maxItems, 2);
  });

  it('a long outline written in parts asks each part for chapter lengths around the plan, as the one-call outline does', () => {
    const input = { brief, concept, bible, chapterCount: 25, wordsPerChapter: 2000 };
    const part = outlinePartPrompt(input, { from: 11, to: 20 }, []);
    const chapters = (targetWords: number) => Array.from({ length: 10 }, (_, i) => ({ number: 11 + i, title: 'T', summary: 'S', beats: ['b'], targetWords }));
    assert.equal(part.schema.safeParse({ chapters: chapters(2000) }).success, true);
    assert.equal(part.schema.safeParse({ chapters: chapters(37) }).success, false, 'a 37-word chapter in a 2,000-words-a-chapter novel');
    const js = z.toJSONSchema(part.schema) as unknown as { properties: { chapters: { items: { properties: { targetWords: { minimum: number; maximum: number } } } } } };
    assert.deepEqual(js.properties.chapters.items.properties.targetWords, { ...js.properties.chapters.items.properties.targetWords, minimum: 1000, maximum: 3000 });
  });

  it("writes in the brief's language while keeping the format keys in English", () => {
    const p = conceptPrompt({ ...brief, language: 'Japanese' });
    assert.match(p.systemInstruction, /Write all story text in Japanese/);
    assert.match(p.systemInstruction, /JSON keys, Markdown headings and labels exactly as specified/);
  });

  it('says so when genre, tone or audience are left open', () => {
    const open: Brief = { title: 'Open', pointOfView: 'second', targetWords: 1000, language: 'English', premise: 'P.' };
    const p = conceptPrompt(open);
    assert.match(p.prompt, /Genre: not specified: choose the genre that best serves the premise/);
    assert.match(p.prompt, /Point of view: second person/);
  });
});

describe('prompts: chapters', () => {
  it('draft prompt: shared material, then the target length, tone, POV, beats, previous ending', () => {
    const p = draftChapterPrompt({ ...chapterInput, previousSummary: 'She put the bottle on the table.' });
    assert.equal(p.stage, 'draft');
    assert.equal(askedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.startsWith('<story_parameters>'));
    assert.ok(particularPart(p).startsWith('Write about 1500 words: Chapter 2'));
    for (const needle of [
      'melancholy but hopeful',
      'third person limited',
      'through Mara',
      'The boat arrives early.',
      'She put the bottle on the table.',
      'final chapter',
      'Jonah Hale',
    ]) {
      assert.ok(p.prompt.includes(needle), needle);
    }
    assert.match(p.systemInstruction, /no chapter heading/);
  });

  it("draft prompt: the length asked is the chapter target even when the writer's text has others", () => {
    const wordy: Brief = { ...brief, title: 'Ten Thousand Words', premise: 'A poet writes 500 words a day. She needs 90,000 words.' };
    const p = draftChapterPrompt({ ...chapterInput, brief: wordy, chapterNumber: 1 });
    assert.equal(askedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.includes('opens the story'));
    assert.equal(p.prompt.includes('previous_chapter_ending'), false);
  });

  it('draft prompt excerpts a huge premise', () => {
    const huge: Brief = { ...brief, premise: 'World note. '.repeat(100_000) };
    const p = draftChapterPrompt({ ...chapterInput, brief: huge });
    assert.ok(p.prompt.length < 30_000, `${p.prompt.length}`);
    assert.match(p.prompt, /rest of the writer's notes is omitted/);
  });

  it('continue prompt: words missing first, the text so far, no repetition', () => {
    const p = continueChapterPrompt({ ...chapterInput, textSoFar: 'She dipped the pen and wrote: Dear Jonah, the', wordsMissing: 640 });
    assert.equal(p.variant, 'continue');
    assert.equal(askedWords(p.systemInstruction, p.prompt), 640);
    assert.ok(p.prompt.includes('She dipped the pen and wrote: Dear Jonah, the'));
    assert.match(p.prompt, /Do not repeat/);
    assert.match(p.prompt, /mid-sentence: begin with the very next word/);
    const ended = continueChapterPrompt({ ...chapterInput, textSoFar: 'She wrote.', wordsMissing: 100 });
    assert.match(ended.prompt, /Begin with the very next sentence/);
  });

  it('revision prompt: target first, the draft, the bible, ±10%', () => {
    const draftProse = 'Draft prose. '.repeat(100);
    const p = reviseChapterPrompt({ ...chapterInput, draftProse });
    assert.equal(p.stage, 'revision');
    assert.equal(askedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.includes(draftProse.trim()));
    assert.ok(p.prompt.includes('the draft currently has 200 words'));
    assert.match(p.systemInstruction, /story bible/);
    assert.match(p.systemInstruction, /within ten percent/);
    assert.ok(p.prompt.includes('Spare and concrete, weather as mood.'));
  });

  it("continue and revision prompts keep their stage's shared opening", () => {
    const draft = draftChapterPrompt(chapterInput);
    const cont = continueChapterPrompt({ ...chapterInput, textSoFar: 'She wrote.', wordsMissing: 100 });
    assert.equal(cont.shared, draft.shared);
    assert.equal(cont.systemInstruction, draft.systemInstruction);
    const revision = reviseChapterPrompt({ ...chapterInput, draftProse: 'Draft prose.' });
    const contRevision = continueChapterPrompt({ ...chapterInput, textSoFar: 'She wrote.', wordsMissing: 100, stage: 'revision' });
    assert.equal(contRevision.shared, revision.shared);
  });

  it('refuses a chapter the outline does not have', () => {
    assert.throws(() => draftChapterPrompt({ ...chapterInput, chapterNumber: 9 }), /no chapter 9 \(it has 1, 2\)/);
  });
});

describe('prompts: hashes', () => {
  it('are stable for the same inputs', () => {
    assert.equal(conceptPrompt(brief).promptHash, conceptPrompt({ ...brief }).promptHash);
    assert.equal(draftChapterPrompt(chapterInput).promptHash, draftChapterPrompt({ ...chapterInput }).promptHash);
    assert.match(conceptPrompt(brief).promptHash, /^[0-9a-f]{16}$/);
  });

  it('change when any input changes', () => {
    const base = draftChapterPrompt(chapterInput).promptHash;
    const variants = [
      draftChapterPrompt({ ...chapterInput, brief: { ...brief, tone: 'bleak' } }),
      draftChapterPrompt({ ...chapterInput, bible: { ...bible, rules: [...bible.rules, 'New rule.'] } }),
      draftChapterPrompt({ ...chapterInput, outline: { chapters: outline.chapters.map((c) => ({ ...c, targetWords: 1600 })) } }),
      draftChapterPrompt({ ...chapterInput, previousSummary: 'Earlier.' }),
      draftChapterPrompt({ ...chapterInput, chapterNumber: 1 }),
    ].map((p) => p.promptHash);
    assert.equal(new Set([base, ...variants]).size, variants.length + 1);
    assert.notEqual(
      outlinePrompt({ brief, concept, bible, chapterCount: 2, wordsPerChapter: 1500 }).promptHash,
      outlinePrompt({ brief, concept, bible, chapterCount: 3, wordsPerChapter: 1500 }).promptHash,
    );
  });

  it("differ between a stage's main and fallback prompts", () => {
    assert.notEqual(conceptPrompt(brief).promptHash, conceptFallbackPrompt(brief).promptHash);
  });
});

describe('prompts: fallbacks', () => {
  it('concept fallback reads a Markdown reply, even fenced, and fills the title', () => {
    const p = conceptFallbackPrompt(brief);
    assert.equal(p.variant, 'fallback');
    assert.match(p.prompt, /## Logline/);
    const reply = '```markdown\n' + renderConcept({ ...concept, title: '' }) + '```';
    const parsed = p.parseReply(reply);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, concept);
  });

  it('refuses a reply that copied the template', () => {
    const p = conceptFallbackPrompt(brief);
    const copied = p.parseReply(renderConcept(concept).replace(concept.hook, '[What grips the reader on page one.]'));
    assert.ok(!copied.ok);
    assert.match(copied.problems[0]!.message, /still contains the template placeholder \[What grips/);
  });

  it('bible fallback reads its reply', () => {
    const parsed = bibleFallbackPrompt(brief, concept).parseReply(renderBible(bible));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, bible);
  });

  it('outline fallback checks the chapter count and fills target words', () => {
    const p = outlineFallbackPrompt({ brief, concept, bible, chapterCount: 2, wordsPerChapter: 1500 });
    assert.equal(askedWords(p.systemInstruction, p.prompt), 1500);
    const noTargets = renderOutline(outline).replace(/\*\*Target words:\*\* 1500\n\n/g, '');
    const parsed = p.parseReply(noTargets);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, outline);
    const short = p.parseReply(renderOutline({ chapters: outline.chapters.slice(0, 1) }));
    assert.ok(!short.ok);
    assert.match(short.problems[0]!.message, /expected 2 chapters, found 1/);
  });
});

/** A 25-chapter novel's bible and outline at the size a real run produces them. */
function novel(): { bible: typeof bible; outline: Outline } {
  const sentence = (i: number, what: string) => `${what} ${i}: the tide turns on the skerry, the lamp is trimmed, and a letter changes hands in the grey light.`;
  const characters = Array.from({ length: 8 }, (_, i) => ({
    ...bible.characters[0]!,
    name: `Character ${i + 1}`,
    description: [1, 2, 3].map((n) => sentence(n, `Trait ${i}`)).join(' '),
  }));
  const chapters = Array.from({ length: 25 }, (_, i) => ({
    number: i + 1,
    title: `Chapter title ${i + 1}`,
    summary: [1, 2, 3].map((n) => sentence(n, `Event ${i + 1}`)).join(' '),
    beats: [1, 2, 3, 4].map((n) => sentence(n, `Beat ${i + 1}`)),
    targetWords: 2000,
  }));
  return { bible: { ...bible, characters }, outline: { chapters } };
}

/** The bytes a request sends, in the order Gemini reads them: system instruction, then the user turn. */
const requestBytes = (p: StagePrompt) => `${p.systemInstruction}\u0000${p.prompt}`;

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

describe('prompts: layout for prefix caching', () => {
  const { bible: bigBible, outline: bigOutline } = novel();
  const input = (chapterNumber: number) => ({ brief: { ...brief, targetWords: 50_000 }, bible: bigBible, outline: bigOutline, chapterNumber });

  it("two chapters' draft requests share a byte-identical opening that is most of each request", () => {
    const a = draftChapterPrompt(input(3));
    const b = draftChapterPrompt({ ...input(17), previousSummary: 'She closed the door.' });
    const shared = `${a.systemInstruction}\u0000${a.shared}`;
    assert.equal(`${b.systemInstruction}\u0000${b.shared}`, shared);
    assert.ok(requestBytes(a).startsWith(shared) && requestBytes(b).startsWith(shared));
    // The common prefix ends where the chapters differ: right after the shared material.
    assert.equal(commonPrefixLength(requestBytes(a), requestBytes(b)), shared.length + '\n\nWrite about 2000 words: Chapter '.length);
    for (const p of [a, b]) assert.ok(shared.length / requestBytes(p).length > 0.8, `${shared.length} of ${requestBytes(p).length}`);
  });

  it("two chapters' revision requests share a byte-identical opening before their drafts", () => {
    const draftProse = 'She walked to the landing and looked at the sea for a long time. '.repeat(150);
    const a = reviseChapterPrompt({ ...input(1), draftProse });
    const b = reviseChapterPrompt({ ...input(25), draftProse: draftProse.toUpperCase() });
    const shared = `${a.systemInstruction}\u0000${a.shared}`;
    assert.ok(requestBytes(b).startsWith(shared));
    assert.ok(commonPrefixLength(requestBytes(a), requestBytes(b)) >= shared.length);
    // The draft itself (about 2,000 words here) is the rest: the shared part is still over half.
    for (const p of [a, b]) assert.ok(shared.length / requestBytes(p).length > 0.5, `${shared.length} of ${requestBytes(p).length}`);
  });

  it('nothing chapter-specific is in the shared opening', () => {
    const p = draftChapterPrompt(input(9));
    assert.ok(!p.shared!.includes('← this chapter'));
    assert.ok(!p.shared!.includes('2000 words'));
    assert.ok(!p.shared!.includes('<this_chapter>'));
  });
});
