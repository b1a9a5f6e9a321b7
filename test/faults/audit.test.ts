// The instruments themselves: a fault suite whose audit could not see a lost word, a torn file or
// a leaked key would pass for the wrong reason. Each is shown one here.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from './support/audit';
import { chapterPath, isChapter } from './support/story';
import { FAULT_KEY, FaultWorkspace } from './support/workspace';
import { exitCodeOfRun } from '../../src/cli/exitCodes';

describe('faults: the audit can see what it measures', function () {
  this.timeout(60_000);
  let ws: FaultWorkspace;

  before(async () => {
    ws = await FaultWorkspace.create();
    ws.server.scriptWhen(isChapter('draft', 1), { kind: 'cut', afterWords: 50 });
    const summary = await ws.runEngine({ 'storyWriter.retry.maxRetries': 0, 'storyWriter.workflow.maxRetriesPerStage': 1 });
    assert.equal(exitCodeOfRun(summary), 6, 'the setup run should fail chapter 1 and keep a partial');
  });

  after(async () => {
    await ws?.dispose();
  });

  it('starts clean: nothing lost, nothing corrupt, no key', async () => {
    const found = await audit(ws);
    assert.deepEqual([found.wordsLost, found.corruptFiles, found.keyOccurrences], [0, 0, 0], JSON.stringify(found));
  });

  it('counts the words of a partial that disappeared as lost', async () => {
    const partial = chapterPath(ws, 'draft', 1, true);
    const text = readFileSync(partial);
    rmSync(partial);
    try {
      const found = await audit(ws);
      assert.equal(found.wordsLost, 50, found.lostDetails.join('; '));
      // The same words, had they been in flight at a kill, are counted apart.
      const killed = await audit(ws, { killedAt: [ws.server.requests.find((r) => r.fault?.kind === 'cut')!.startedAt + 1] });
      assert.deepEqual([killed.wordsLost, killed.wordsLostInFlight], [0, 50]);
    } finally {
      writeFileSync(partial, text);
    }
  });

  it('counts a torn checkpoint as corrupt, unless it was damaged on purpose', async () => {
    const draft = chapterPath(ws, 'draft', 2);
    const original = readFileSync(draft);
    writeFileSync(draft, original.subarray(0, original.length - 40));
    try {
      const found = await audit(ws);
      assert.equal(found.corruptFiles, 1, found.corruptDetails.join('; '));
      assert.match(found.corruptDetails[0] ?? '', /torn or mixed write/);
      assert.equal((await audit(ws, { damaged: [draft] })).corruptFiles, 0);
    } finally {
      writeFileSync(draft, original);
    }
  });

  it('finds the key in a file, a log line and an output', async () => {
    const planted = join(ws.root, 'cache-note.txt');
    writeFileSync(planted, `x-goog-api-key: ${FAULT_KEY}\n`);
    ws.logger.warn(`leaked ${FAULT_KEY}`);
    try {
      const found = await audit(ws, { texts: [`stderr ${FAULT_KEY}`] });
      assert.equal(found.keyOccurrences, 3, found.keyDetails.join('; '));
    } finally {
      rmSync(planted);
      ws.logger.lines.pop();
    }
  });
});
