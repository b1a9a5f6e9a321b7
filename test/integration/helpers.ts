import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import type { OpenQuestion } from '../../src/vscode/questions';

export const EXTENSION_ID = 'story-writer.story-writer';

export async function activateExtension(): Promise<StoryWriterApi> {
  const ext = vscode.extensions.getExtension<StoryWriterApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

/**
 * Points the extension at a Gemini-protocol test server, as a writer would (the user setting and
 * Set API Key), and waits until its settings show the server.
 */
export async function useTestServer(api: StoryWriterApi, server: { readonly baseUrl: string; readonly apiKey: string }): Promise<void> {
  await vscode.workspace.getConfiguration('storyWriter').update('apiBaseUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
  await api.apiKeys.setApiKey(server.apiKey);
  await waitFor('the extension to see the test server', () => api.settings.settings.apiBaseUrl === server.baseUrl);
}

/** Resolves when `event` fires with a value that satisfies `accept`, or fails after `ms`. */
export function nextEvent<T>(event: vscode.Event<T>, accept: (v: T) => boolean = () => true, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`event not seen within ${ms} ms`));
    }, ms);
    const sub = event((v) => {
      if (!accept(v)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

/** Polls `check` until it returns true (bounded): for state that has no event of its own. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

const shotsDir = path.resolve(__dirname, '../../../.test-output/screenshots');

/**
 * Asks the harness (outside the host) for a screenshot of the workbench and waits until it is
 * on disk, so the picture shows the state the test has reached. Outside the harness
 * (test:electron) there is nobody to take it, and this returns at once.
 */
export async function screenshot(name: string): Promise<void> {
  if (!process.env.STORY_WRITER_SCREENSHOTS) return;
  const file = path.join(shotsDir, `${name}.png`);
  rmSync(file, { force: true });
  // Let the workbench paint what the test just changed before the picture is taken.
  await new Promise((r) => setTimeout(r, 400));
  console.log(`[screenshot] ${name}`);
  await waitFor(`screenshot ${name}`, () => existsSync(file), 20_000);
}

/**
 * Opens the command palette on `query` and returns the labels of the rows it shows, as the
 * harness reads them from the workbench; the palette lists only the commands that are enabled.
 * Outside the harness (test:electron) nobody can read the rows, and this returns undefined.
 */
export async function commandPaletteRows(name: string, query: string): Promise<string[] | undefined> {
  if (!process.env.STORY_WRITER_SCREENSHOTS) return undefined;
  const file = path.resolve(shotsDir, '..', 'quickpicks', `${name}.json`);
  rmSync(file, { force: true });
  await vscode.commands.executeCommand('workbench.action.quickOpen', `>${query}`);
  try {
    console.log(`[quickpick] ${name}`);
    await waitFor(`the rows of the command palette (${name})`, () => existsSync(file), 20_000);
    return JSON.parse(readFileSync(file, 'utf8')) as string[];
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  }
}

/** Waits for the open question whose message matches, and returns it. */
export async function openQuestion(api: StoryWriterApi, match: RegExp, ms = 30_000): Promise<OpenQuestion> {
  await waitFor(`a question matching ${match}`, () => api.questions.open.some((q) => match.test(q.message)), ms);
  return api.questions.open.find((q) => match.test(q.message))!;
}

/**
 * Answers a question as the writer does: in the harness, the notification's button is clicked
 * in the notification center (this host shows no toasts); outside it (test:electron) nobody can
 * click, so the question is settled with the same choice. Returns once the question is settled.
 */
export async function answer(api: StoryWriterApi, question: OpenQuestion, label: string): Promise<void> {
  assert.ok(question.choices.includes(label), `the question offers ${JSON.stringify(question.choices)}, not “${label}”`);
  if (process.env.STORY_WRITER_SCREENSHOTS) {
    await vscode.commands.executeCommand('notifications.showList');
    console.log(`[click] ${label}`);
  } else question.answer(label);
  await waitFor(`the “${label}” click to settle the question`, () => !api.questions.open.includes(question), 20_000);
  await vscode.commands.executeCommand('notifications.hideList');
}

/** Closes a question unanswered, as Clear All Notifications does. */
export async function dismiss(api: StoryWriterApi, question: OpenQuestion): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
  await waitFor('the question to be dismissed', () => !api.questions.open.includes(question), 20_000);
}

/** Every file under `dir` (none when it does not exist). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
