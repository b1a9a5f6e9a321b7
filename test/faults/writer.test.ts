// The writer (or a hostile workspace) giving bad input: every setting wrong, briefs that are
// empty, huge or in any script, stage files damaged by hand or by a crash, paths that try to
// leave the stories folder, a chapter removed from the outline.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SETTING_KEYS, settingsShape, defaultSettings, settingJsonSchema, validateSettings, type SettingKey, type Settings } from '../../src/core/config/settings';
import { parseBrief } from '../../src/core/story/briefFile';
import { createStory, StoryInputError } from '../../src/core/story/createStory';
import { check, faultCase, type Check } from './support/faultCase';
import { allDone, chapterPath, generateRequests, hasStackTrace, itemStates, lastMessage, metaOf, readIfExists, runJson, storyState, describeStates } from './support/story';
import { SMALL_STORY } from './support/workspace';
import { exitCodeOfRun } from '../../src/cli/exitCodes';

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A value of the wrong JSON type for a setting, whatever its default is. */
function wrongType(key: SettingKey): unknown {
  const d = defaultSettings()[key];
  if (typeof d === 'number') return 'seven';
  if (typeof d === 'string') return 42;
  if (typeof d === 'boolean') return 'yes';
  return 'not-an-object';
}

/** Values of the right type that the setting does not allow; empty for booleans (no range). */
function outOfRange(key: SettingKey): unknown[] {
  const schema = settingJsonSchema(key);
  // A nullable setting (temperature): the range is the number branch's.
  const branches = Array.isArray(schema.anyOf) ? (schema.anyOf as Array<Record<string, unknown>>) : [];
  const js = branches.find((b) => b.type === 'number' || b.type === 'integer') ?? schema;
  if (Array.isArray(js.enum)) return ['bogus'];
  if (js.type === 'integer' || js.type === 'number') {
    const out: unknown[] = [];
    if (typeof js.minimum === 'number') out.push(js.minimum - 1);
    if (typeof js.maximum === 'number') out.push(js.maximum + 1);
    if (js.type === 'integer') out.push((typeof js.minimum === 'number' ? js.minimum : 0) + 1.5);
    return out;
  }
  switch (key) {
    case 'model':
      return [''];
    case 'apiBaseUrl':
      return ['ftp://example.com/', 'file:///etc/passwd', 'not a url'];
    case 'story.folder':
      return ['../../etc', '/etc', 'C:\\Windows'];
    case 'stageModels':
      return [{ draft: '' }, { novella: 'gemini-3.1-pro-preview' }];
    case 'workflow.recovery':
      return [{ draft: 'sometimes' }, { epilogue: 'retry' }];
    case 'prices':
      return [{ 'gemini-x': { input: -1, output: 1 } }, { 'gemini-x': { input: 1 } }, { 'gemini-x': { input: 1, output: 1, perImage: 2 } }];
    case 'style.disabledRules':
      return [['no-such-rule'], 'stock-phrase'];
    case 'style.extraPhrases':
      return [[''], ['x'.repeat(201)]];
    default:
      return [];
  }
}

/** Validates `{key: value}` alone and checks the promise: a named problem, the default used, nothing thrown. */
function settingChecks(key: SettingKey, value: unknown): Check[] {
  let validated: ReturnType<typeof validateSettings>;
  try {
    validated = validateSettings({ [key]: value });
  } catch (e) {
    return [check(`${key} = ${JSON.stringify(value)}: validateSettings does not throw (${(e as Error).message})`, false)];
  }
  const defaults = defaultSettings();
  const [problem, ...more] = validated.problems;
  return [
    check(
      `${key} = ${JSON.stringify(value)}: one problem naming storyWriter.${key} with what is allowed`,
      problem?.key === `storyWriter.${key}` && more.length === 0 && problem.allowed.length > 3,
    ),
    check(`${key} = ${JSON.stringify(value)}: the default is used`, JSON.stringify(validated.settings[key]) === JSON.stringify(defaults[key])),
    check(`${key} = ${JSON.stringify(value)}: every other setting keeps its default`, JSON.stringify({ ...validated.settings, [key]: defaults[key] }) === JSON.stringify(defaults)),
  ];
}

async function removeSection(path: string, heading: RegExp): Promise<void> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new Error(`no ${heading} in ${path}`);
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  await writeFile(path, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
}

describe('faults: the writer', function () {
  faultCase({
    name: `every setting with a wrong type (${SETTING_KEYS.length} settings)`,
    group: 'writer',
    async run(ws) {
      const checks = SETTING_KEYS.flatMap((key) => settingChecks(key, wrongType(key)));
      // All of them wrong at once: every key named, defaults used, and the engine still runs.
      const all = validateSettings(Object.fromEntries(SETTING_KEYS.map((k) => [k, wrongType(k)])));
      const named = new Set(all.problems.map((p) => p.key));
      // An invalid apiBaseUrl falls back to '' (Google's endpoint); the case points it here instead.
      const settings: Settings = { ...all.settings, apiBaseUrl: ws.server.baseUrl };
      const overrides = Object.fromEntries(Object.entries(settings).map(([k, v]) => [`storyWriter.${k}`, v]));
      const summary = await ws.runEngine(overrides);
      return {
        expected: 'each wrong value gets a problem naming storyWriter.<key> and what is allowed; its default is used; a run with all of them wrong completes',
        exitCode: exitCodeOfRun(summary),
        checks: [
          ...checks,
          check('all wrong at once: every setting named once', all.problems.length === SETTING_KEYS.length && SETTING_KEYS.every((k) => named.has(`storyWriter.${k}`))),
          check('all wrong at once: apiBaseUrl falls back to empty, never to something else', all.settings.apiBaseUrl === ''),
          check('a run with the defaults that replaced them completes', exitCodeOfRun(summary) === 0 && (await allDone(ws))),
        ],
        notes: [`${checks.length / 3} values checked`],
      };
    },
  });

  faultCase({
    name: `every setting out of range (${SETTING_KEYS.length} settings)`,
    group: 'writer',
    async run() {
      const tried: string[] = [];
      const ranged = SETTING_KEYS.filter((k) => outOfRange(k).length > 0);
      const checks = ranged.flatMap((key) =>
        outOfRange(key).flatMap((value) => {
          tried.push(`${key}=${JSON.stringify(value)}`);
          return settingChecks(key, value);
        }),
      );
      const crossed = validateSettings({ 'story.minWordCount': 6000, 'story.maxWordCount': 5000 });
      // Settings with no out-of-range value: switches, and free text such as the author's name.
      const unranged = SETTING_KEYS.filter((k) => outOfRange(k).length === 0);
      return {
        expected: 'each out-of-range value gets a problem naming storyWriter.<key> and its range; its default is used; nothing throws',
        exitCode: null,
        checks: [
          ...checks,
          check(
            'min word count above max word count is named',
            crossed.problems.some((p) => p.key === 'storyWriter.story.minWordCount' && /maxWordCount/.test(p.allowed)),
          ),
          check(
            'every setting without a range is a boolean or free text',
            unranged.every(
              (k) => typeof defaultSettings()[k] === 'boolean' || (typeof defaultSettings()[k] === 'string' && settingsShape[k].safeParse('Any Name, any text').success),
            ),
          ),
        ],
        notes: [`${tried.length} values over ${ranged.length} settings; no range for ${unranged.length} settings (${unranged.join(', ')})`],
      };
    },
  });

  faultCase({
    name: 'bad values in the command line’s --config',
    group: 'writer',
    async run(ws) {
      const result = await ws.runCli({
        'storyWriter.temperature': 'hot',
        'storyWriter.retry.maxRetries': 99,
        'storyWriter.apiBaseUrl': 'file:///etc/passwd',
        'storyWriter.noSuchSetting': 1,
      });
      return {
        expected: 'refused before any request, naming every bad key and what it allows; exit 2',
        exitCode: result.code,
        checks: [
          check('exit code 2', result.code === 2),
          check('no request', ws.server.requests.length === 0),
          check(
            'the message names each bad key and its range',
            /storyWriter\.temperature is "hot" but must be empty \(null\), or a number from 0 to 2/.test(result.stderr) &&
              /storyWriter\.retry\.maxRetries is 99 but must be a whole number from 0 to 10/.test(result.stderr) &&
              /storyWriter\.apiBaseUrl/.test(result.stderr) &&
              /storyWriter\.noSuchSetting is not a Story Writer setting/.test(result.stderr),
          ),
          check('no stack trace', !hasStackTrace(result.stderr)),
        ],
      };
    },
  });

  faultCase({
    name: 'a brief with no premise',
    group: 'writer',
    async run(ws) {
      const created = await ws.cli(['new', join(ws.ws, 'stories', 'no-premise'), '--title', 'No Premise']);
      // A story whose premise was deleted by hand.
      const briefPath = join(ws.storyDir, 'brief.md');
      const text = await readFile(briefPath, 'utf8');
      const emptied = text.slice(0, text.indexOf('\n---\n', 3) + 5); // the front matter, no body
      await writeFile(briefPath, emptied);
      const run = await ws.runCli();
      return {
        expected: '`new` without --premise and `run` on a brief without one are refused, naming the premise; nothing written, no request; exit 2',
        exitCode: run.code,
        checks: [
          check('`new` exit code 2', created.code === 2),
          check('`new` names the premise', /premise/i.test(created.stderr)),
          check('`new` created no folder', !existsSync(join(ws.ws, 'stories', 'no-premise'))),
          check('`run` exit code 2', run.code === 2),
          check('`run` says the brief needs fixing and names the premise', /brief\.md needs fixing/.test(run.stderr) && /premise/i.test(run.stderr)),
          check('no request', ws.server.requests.length === 0),
          check('the brief is untouched', readFileSync(briefPath, 'utf8') === emptied),
          check('no stack trace', !hasStackTrace(created.stderr + run.stderr)),
        ],
        notes: [`new: ${lastMessage(created)}`, `run: ${lastMessage(run)}`],
        audit: { damaged: [briefPath] },
      };
    },
  });

  faultCase({
    name: 'a 1 MB premise',
    group: 'writer',
    workspace: { story: null },
    async run(ws) {
      const paragraph = 'The tide came in over the salt flats, and with it the lamp’s long reflection — ﾉ, é, ß, 🌊 — ';
      let premise = '';
      for (let i = 0; premise.length < 1_000_000; i++) premise += `${paragraph}(${i})${i % 12 === 11 ? '\n\n' : ' '}`;
      premise = premise.trim();
      const created = await createStory(ws.fs, { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, premise } });
      ws.storyDir = created.storyDir;
      const briefBefore = sha(readFileSync(created.briefPath));
      const result = await ws.runCli();
      const reread = parseBrief(readFileSync(created.briefPath, 'utf8'));
      const largest = Math.max(...generateRequests(ws).map((r) => r.promptText.length));
      return {
        expected: 'the story is written; the premise is kept byte for byte; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('every item done', await allDone(ws)),
          check('brief.md unchanged', sha(readFileSync(created.briefPath)) === briefBefore),
          check('the premise reads back intact', reread.ok && reread.brief.premise === premise),
        ],
        notes: [`premise ${premise.length.toLocaleString('en-US')} characters; largest prompt ${largest.toLocaleString('en-US')} characters`],
      };
    },
  });

  faultCase({
    name: 'emoji, RTL, CJK and bidi-override titles',
    group: 'writer',
    workspace: { story: null },
    async run(ws) {
      const titles = ['🐉 The Dragon’s Tea ☕', 'حكاية الفنار', 'שלום, Lighthouse', '灯台守の娘', '등대지기', 'Evil\u202Egnp.exe', 'Ça va, Zoë? «Ω»'];
      const checks: Check[] = [];
      const folders: string[] = [];
      for (const [i, title] of titles.entries()) {
        const created = await createStory(ws.fs, { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, title } });
        folders.push(created.folderName);
        const back = parseBrief(readFileSync(created.briefPath, 'utf8'));
        checks.push(
          check(
            `“${title}”: folder “${created.folderName}” is plain ASCII inside stories/`,
            /^[a-z0-9]+(-[a-z0-9]+)*$/.test(created.folderName) && relative(ws.storiesRoot, created.storyDir) === created.folderName,
          ),
          check(`“${title}”: the title reads back exactly`, back.ok && back.brief.title === title),
        );
        // One through the command, the rest through the engine (same code path, quicker).
        ws.storyDir = created.storyDir;
        const code = i === 0 ? (await ws.runCli()).code : exitCodeOfRun(await ws.runEngine());
        const manuscript = readIfExists(join(created.storyDir, 'story.md')) ?? '';
        checks.push(
          check(`“${title}”: the story completes`, code === 0 && (await allDone(ws, created.storyDir))),
          check(`“${title}”: the manuscript is titled exactly`, manuscript.includes(`\n# ${title}\n`)),
        );
      }
      checks.push(check('every folder name is different', new Set(folders).size === folders.length));
      return {
        expected: 'safe, distinct ASCII folder names; titles intact in the brief and the manuscript; every story completes',
        exitCode: 0,
        checks,
        notes: [`folders: ${folders.join(', ')}`],
      };
    },
  });

  for (const damage of [
    {
      name: 'broken front matter in 02-bible.md',
      file: '02-bible.md',
      stage: 'bible',
      make: (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace(/^model: .*$/m, 'model: [unclosed, "quote')),
      reason: /02-bible\.md: front matter is not valid YAML/,
      withoutForce: true,
    },
    {
      name: 'truncated 01-concept.md (cut inside its front matter)',
      file: '01-concept.md',
      stage: 'concept',
      make: (bytes: Buffer) => bytes.subarray(0, bytes.indexOf('bodyHash')),
      reason: /01-concept\.md: front matter starts with "---" but never closes/,
      withoutForce: false,
    },
    {
      name: 'binary garbage in 04-draft/chapter-01.md',
      file: '04-draft/chapter-01.md',
      stage: 'draft',
      make: () => Buffer.concat([Buffer.from([0, 0xff, 0xfe, 0x00, 0x89]), randomBytes(2048)]),
      reason: /04-draft\/chapter-01\.md: (is not UTF-8 text|contains NUL bytes)/,
      withoutForce: false,
    },
  ] as const) {
    faultCase({
      name: `a stage file damaged: ${damage.name}`,
      group: 'writer',
      async run(ws) {
        await ws.runEngine();
        const path = join(ws.storyDir, damage.file);
        const damaged = damage.make(readFileSync(path));
        await writeFile(path, damaged);
        const first = await ws.runCli();
        const keptAfterRun = readFileSync(path).equals(damaged);
        const notForced = damage.withoutForce ? await ws.runCli({}, ['--regenerate', damage.stage]) : undefined;
        const keptAfterRegenerate = readFileSync(path).equals(damaged);
        const forced = await ws.runCli({}, ['--regenerate', damage.stage, '--force', '--json']);
        const json = runJson(forced);
        const backups = json?.backups ?? [];
        const backupHolds = backups.some((b) => existsSync(b) && readFileSync(b).equals(damaged));
        const now = metaOf(path);
        const states = await itemStates(ws);
        return {
          expected:
            'the run stops at the stage that reads it with an error naming the file (exit 2), never rewriting it; a forced regenerate replaces it and keeps the damaged bytes as a backup (exit 0)',
          exitCode: first.code,
          checks: [
            check('exit code 2', first.code === 2),
            check('the message names the file and the damage', damage.reason.test(first.stderr)),
            check('the run left the file exactly as it was', keptAfterRun),
            ...(notForced ? [check('--regenerate without --force left it too', keptAfterRegenerate && notForced.code !== 0)] : []),
            check('--regenerate --force: exit 0', forced.code === 0),
            check('a backup holds the damaged bytes exactly', backupHolds),
            check('the file is a valid checkpoint again', now.kind === 'checkpoint'),
            check(
              'every item done',
              Object.values(states).every((s) => s === 'done'),
            ),
            check('no stack trace', !hasStackTrace(first.stderr)),
          ],
          notes: [`the writer saw: ${first.stderr.split('\n').find((l) => l.startsWith('story-writer:')) ?? lastMessage(first)}`, describeStates(states)],
        };
      },
    });
  }

  faultCase({
    name: 'a folder or stories folder of ../../etc or an absolute path',
    group: 'writer',
    workspace: { story: null },
    async run(ws) {
      const refusals: Array<[string, Parameters<typeof createStory>[1]]> = [
        ['folder ../../etc', { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, folderName: '../../etc' } }],
        ['folder /etc', { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, folderName: '/etc' } }],
        ['folder C:\\Windows', { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, folderName: 'C:\\Windows' } }],
        ['folder ..', { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, folderName: '..' } }],
        ['stories folder ../../etc', { workspaceRoot: ws.ws, storiesFolder: '../../etc', input: SMALL_STORY }],
        ['stories folder /etc', { workspaceRoot: ws.ws, storiesFolder: '/etc', input: SMALL_STORY }],
        ['stories folder ..\\..\\etc', { workspaceRoot: ws.ws, storiesFolder: '..\\..\\etc', input: SMALL_STORY }],
      ];
      const checks: Check[] = [];
      for (const [what, options] of refusals) {
        const outcome = await createStory(ws.fs, options).then(
          () => 'created',
          (e: unknown) => (e instanceof StoryInputError ? 'refused' : `threw ${String(e)}`),
        );
        checks.push(check(`${what}: refused`, outcome === 'refused'));
      }
      // A title is text: it may say anything, the folder made from it stays inside.
      for (const title of ['../../etc', '/etc/passwd', '..\\..\\Windows\\System32']) {
        const created = await createStory(ws.fs, { workspaceRoot: ws.ws, storiesFolder: 'stories', input: { ...SMALL_STORY, title } });
        const back = parseBrief(readFileSync(created.briefPath, 'utf8'));
        checks.push(
          check(
            `title ${title}: folder “${created.folderName}” is inside stories/ and the title is kept as text`,
            relative(ws.storiesRoot, created.storyDir) === created.folderName && !created.folderName.includes('.') && back.ok && back.brief.title === title,
          ),
        );
      }
      const setting = validateSettings({ 'story.folder': '../../etc' });
      checks.push(
        check(
          'the story.folder setting ../../etc is a named problem',
          setting.problems.some((p) => p.key === 'storyWriter.story.folder'),
        ),
      );
      const outside = readdirSync(ws.root).filter((n) => !['ws', 'home', 'cache'].includes(n) && !n.startsWith('config-'));
      checks.push(check('nothing was written outside the workspace', outside.length === 0 && !existsSync(join(ws.root, 'etc'))));
      return {
        expected: 'folder names and stories folders that leave the workspace are refused before anything is written; titles stay text',
        exitCode: null,
        checks,
        notes: [`stories made from titles: ${readdirSync(ws.storiesRoot).join(', ')}`],
      };
    },
  });

  faultCase({
    name: 'a chapter deleted from the outline by hand',
    group: 'writer',
    workspace: { story: { ...SMALL_STORY, targetWords: 900, chapters: 3 } },
    async run(ws) {
      await ws.runEngine();
      const outline = join(ws.storyDir, '03-outline.md');
      await removeSection(outline, /^## Chapter 3\b/);
      const editedOutline = readFileSync(outline);
      const orphanFiles = [chapterPath(ws, 'draft', 3), chapterPath(ws, 'revision', 3)];
      const before = orphanFiles.map((f) => sha(readFileSync(f)));
      const result = await ws.runCli({}, ['--json']);
      const state = await storyState(ws);
      const manuscript = readIfExists(join(ws.storyDir, 'story.md')) ?? '';
      return {
        expected: 'the run completes (exit 0); chapter 3’s files are left alone as orphans; the manuscript has two chapters; the outline stays the writer’s',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check(
            'chapter 3’s files are untouched',
            orphanFiles.every((f, i) => existsSync(f) && sha(readFileSync(f)) === before[i]),
          ),
          check(
            'they are listed as orphans',
            orphanFiles.every((f) => state.orphans.includes(relative(ws.storyDir, f))),
          ),
          check(
            'every remaining item done',
            state.items.every((i) => (i.id === 'outline' ? i.state === 'edited' : i.state === 'done')),
          ),
          check('the manuscript has chapters 1 and 2 only', /## Chapter 1\b/.test(manuscript) && /## Chapter 2\b/.test(manuscript) && !/## Chapter 3\b/.test(manuscript)),
          check('the edited outline is not overwritten', readFileSync(outline).equals(editedOutline)),
        ],
        notes: [`orphans: ${state.orphans.join(', ')}`],
        audit: { damaged: [outline] },
      };
    },
  });
});
