import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkContinuity, type CheckScope, type ContinuityReport } from '../../../../src/core/continuity/continuityChecker';
import { continuityStorePath } from '../../../../src/core/continuity/continuityStore';
import { findQuote, normaliseQuote, offsetOf } from '../../../../src/core/continuity/quotes';
import { factsFile, SUPPRESSIONS_FILE } from '../../../../src/core/continuity/storyMaterial';
import { addSuppression } from '../../../../src/core/continuity/suppressions';
import { rewritePassage } from '../../../../src/core/continuity/rewritePassage';
import type { Finding } from '../../../../src/core/findings/finding';
import { stageFile } from '../../../../src/core/stages';
import { readText, writeText } from '../workflow/tempStory';
import { smallBrief, workflowHarness, type WorkflowHarness } from '../workflow/workflowHarness';

/**
 * The continuity pipeline through the real SDK against the test server, which answers the
 * extraction and the check like an imperfect model (some quotes exact, some altered or invented,
 * some credited to the wrong source).
 */
describe('continuity check (real SDK, test server)', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  const check = (scope: CheckScope = { kind: 'story' }): Promise<ContinuityReport> =>
    checkContinuity({ fs: h.fs, storyDir: h.storyDir, generator: h.service, settings: h.settings, log: h.logger }, scope);
  const requestsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; prompts: string[] }> => {
    const before = h.generateRequests().length;
    const result = await work();
    return {
      result,
      prompts: h
        .generateRequests()
        .slice(before)
        .map((r) => r.promptText),
    };
  };
  const checkPromptOf = (prompts: string[], chapter: number) => prompts.find((p) => p.startsWith(`Check Chapter ${chapter} `));
  const text = (rel: string) => readText(h.fs, join(h.storyDir, rel));

  before(async () => {
    h = await workflowHarness({}, { ...smallBrief, chapters: 4, targetWords: 1600 });
    const summary = await h.run({ target: 'draft' });
    assert.equal(summary.outcome, 'completed');
  });
  after(() => h.cleanup());

  let first: ContinuityReport;
  let firstPrompts: string[];

  it('extracts every chapter’s facts into a readable file and reports only findings whose quotes are where they say', async () => {
    const { result, prompts } = await requestsDuring(() => check());
    first = result;
    firstPrompts = prompts;
    assert.deepEqual(first.stats.extracted, [1, 2, 3, 4]);
    assert.deepEqual(first.stats.checked, [1, 2, 3, 4]);
    assert.equal(prompts.length, 8);
    for (const n of [1, 2, 3, 4]) {
      // Its provenance in front matter (which text, under which key), then the facts a writer reads.
      assert.match(
        await text(factsFile(n)),
        new RegExp(`^---\\nsource: 04-draft/chapter-0${n}.md\\nkey: \\w+\\nbodyHash: \\w+\\n---\\n\\n# Facts of chapter ${n}\\n[\\s\\S]*\\n- \\*\\*`),
      );
    }

    // What the model said, as stored: every finding is either reported or dropped, none lost.
    const store = JSON.parse(await readText(h.fs, continuityStorePath(h.storyDir))) as { checks: Record<string, { findings: unknown[] }> };
    const modelFindings = Object.values(store.checks).reduce((n, c) => n + c.findings.length, 0);
    assert.ok(modelFindings > 0, 'the test server should have reported something');
    assert.equal(first.findings.length + first.dropped + first.stats.suppressed, modelFindings);

    for (const f of first.findings) await assertQuotedExactly(f);
  });

  it('drops a finding whose quote is not in the named file (at least one of the server’s is made up)', async () => {
    assert.ok(first.dropped > 0, `expected the imperfect server to have misquoted something (${first.findings.length} kept)`);
    assert.ok(h.logger.lines.some((line) => /dropped \d+ finding/.test(line)));
  });

  it('shows a chapter’s check the bible, its outline entry and only the facts of earlier chapters', async () => {
    const prompt = checkPromptOf(firstPrompts, 3)!;
    assert.ok(prompt, 'chapter 3 was checked');
    assert.match(prompt, /<source name="bible">/);
    assert.match(prompt, /<source name="chapter 1">\n# Facts of chapter 1/);
    assert.match(prompt, /<source name="chapter 2">\n# Facts of chapter 2/);
    assert.doesNotMatch(prompt, /name="chapter [34]"|# Facts of chapter [34]/);
    assert.match(prompt, /<this_chapter>\nChapter 3/);
  });

  it('checks an unchanged story again with zero requests and the same findings', async () => {
    const before = await check();
    const { result, prompts } = await requestsDuring(() => check());
    assert.equal(prompts.length, 0);
    assert.equal(result.stats.calls, 0);
    assert.deepEqual(result.stats.reused, [1, 2, 3, 4]);
    assert.deepEqual(result.findings, before.findings);
  });

  it('losing the store costs the checks again, never the facts (each facts file records its own key)', async () => {
    await h.fs.delete(continuityStorePath(h.storyDir));
    const result = await check();
    assert.deepEqual(result.stats.extracted, []);
    assert.deepEqual(result.stats.keptFacts, []);
    assert.deepEqual(result.stats.checked, [1, 2, 3, 4]);
    assert.equal(result.stats.calls, 4);
  });

  it('after an edit to chapter 2, extracts its facts again and re-checks chapter 2 and exactly the chapters after it', async () => {
    const rel = stageFile('draft', 2);
    const factsBefore = await text(factsFile(2));
    const original = await text(rel);
    await writeText(h.fs, join(h.storyDir, rel), original.replace(/\n\n([^\n]+\n?)$/, '\n\nThe storm had blown the lamp out, and nobody in the village would speak of it.\n\n$1'));
    const { result, prompts } = await requestsDuring(() => check());
    assert.deepEqual(result.stats.extracted, [2]);
    const factsChanged = (await text(factsFile(2))) !== factsBefore;
    assert.ok(factsChanged, 'the server extracts different facts from different text');
    assert.deepEqual(result.stats.checked, [2, 3, 4]);
    assert.deepEqual(result.stats.reused, [1]);
    assert.equal(prompts.length, 4);
  });

  it('an edit to a facts file wins: it is never replaced, and the later checks are shown it', async () => {
    const rel = factsFile(1);
    const edited = `${await text(rel)}- **Mara**: Her eyes are green; the writer fixed this by hand.\n`;
    await writeText(h.fs, join(h.storyDir, rel), edited);
    // The chapter changes too: its facts would be extracted again, but the writer's file wins.
    const chapter = stageFile('draft', 1);
    await writeText(h.fs, join(h.storyDir, chapter), `${await text(chapter)}\nA last line the writer added to chapter one.\n`);
    const { result, prompts } = await requestsDuring(() => check());
    assert.deepEqual(result.stats.extracted, []);
    assert.deepEqual(result.stats.keptFacts.includes(1), true);
    assert.equal(await text(rel), edited);
    assert.deepEqual(result.stats.checked, [1, 2, 3, 4]);
    assert.match(checkPromptOf(prompts, 2)!, /the writer fixed this by hand/);
  });

  it('"This is intentional" is recorded with its reason and the passage is not reported again', async () => {
    const report = await check();
    const target = report.findings[0];
    assert.ok(target, 'a finding to mark');
    const chapter = [...report.byChapter.entries()].find(([, fs]) => fs.includes(target))![0];
    await addSuppression(h.fs, h.storyDir, { chapter, passage: target.passage.quote, reason: 'the narrator is lying here' });
    assert.match(await text(SUPPRESSIONS_FILE), new RegExp(`- Chapter ${chapter}: “[^\\n]+”\\n  Reason: the narrator is lying here`));
    const { result, prompts } = await requestsDuring(() => check());
    assert.equal(prompts.length, 0);
    assert.ok(!result.findings.some((f) => normaliseQuote(f.passage.quote) === normaliseQuote(target.passage.quote) && f.passage.file === target.passage.file));
    assert.ok(result.stats.suppressed >= 1);
  });

  it('"Rewrite to agree" asks for that passage only and returns a replacement for its exact range', async () => {
    const report = await check();
    const target = report.findings[0]!;
    const fileText = await readText(h.fs, target.passage.file);
    const { result, prompts } = await requestsDuring(() => rewritePassage({ generator: h.service, settings: h.settings }, target, fileText));
    assert.equal(prompts.length, 1);
    assert.match(prompts[0]!, /<passage>\n/);
    assert.deepEqual(result.range, target.passage.range);
    assert.ok(result.replacement.length > 0);
  });

  async function assertQuotedExactly(f: Finding): Promise<void> {
    for (const q of [f.passage, ...(f.evidence ?? [])]) {
      const fileText = await readText(h.fs, q.file);
      const at = offsetOf(fileText, q.range.startLine, q.range.startColumn);
      const end = offsetOf(fileText, q.range.endLine, q.range.endColumn);
      assert.equal(fileText.slice(at, end), q.quote, `${q.file}: the reported range holds the quote`);
      assert.ok(findQuote(fileText, q.quote), 'and it is findable');
    }
    assert.equal(f.source, 'continuity');
    assert.ok(['character', 'timeline', 'place-object', 'world-rule', 'plot-causality'].includes(f.rule));
  }
});
