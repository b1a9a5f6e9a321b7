import * as vscode from 'vscode';
import type { Logger, SecretStore } from '../core/ports';
import { Disposable } from './disposable';
import type { SecretRedactor } from './log';

const SECRET_ID = 'storyWriter.geminiApiKey';
export const HAS_API_KEY_CONTEXT = 'storyWriter.hasApiKey';

/**
 * The Gemini API key, kept only in VS Code's SecretStorage. Keeps the `storyWriter.hasApiKey`
 * context key true or false, also when another window changes the secret.
 */
export class ApiKeyStore extends Disposable implements SecretStore {
  private readonly changed = this._register(new vscode.EventEmitter<boolean>());
  /** Fires with whether a key is now stored. */
  readonly onDidChange = this.changed.event;
  /**
   * The secret as last read, until it changes. In a remote window (code-server) every
   * `SecretStorage.get` is a round trip to the window, and it was most of the wait between a
   * Generate command and its first request (≈ 860 ms of ≈ 1 s, traced). The key is in this
   * host's memory anyway (the redactor, the SDK client); `secrets.onDidChange`, which also fires
   * for a change made in another window, and this store's own writes drop it.
   */
  private stored: Promise<string | undefined> | undefined;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly redactor: SecretRedactor,
    private readonly log: Logger,
  ) {
    super();
    this._register(
      secrets.onDidChange((e) => {
        if (e.key !== SECRET_ID) return;
        this.stored = undefined;
        void this.refresh();
      }),
    );
  }

  async getApiKey(): Promise<string | undefined> {
    this.stored ??= this.readSecret();
    const key = await this.stored;
    this.redactor.add(key);
    return key || undefined;
  }

  /** A read that failed is not kept: the next call asks again. */
  private readSecret(): Promise<string | undefined> {
    const read = Promise.resolve(this.secrets.get(SECRET_ID));
    read.catch(() => {
      if (this.stored === read) this.stored = undefined;
    });
    return read;
  }

  async setApiKey(key: string): Promise<void> {
    this.redactor.add(key);
    await this.secrets.store(SECRET_ID, key);
    this.stored = undefined;
    this.log.info('API key stored in secret storage');
    await this.refresh();
  }

  async clearApiKey(): Promise<void> {
    await this.secrets.delete(SECRET_ID);
    this.stored = undefined;
    this.log.info('API key removed from secret storage');
    await this.refresh();
  }

  /** Re-reads the secret and publishes whether one is stored. */
  async refresh(): Promise<boolean> {
    const has = (await this.getApiKey()) !== undefined;
    await vscode.commands.executeCommand('setContext', HAS_API_KEY_CONTEXT, has);
    this.changed.fire(has);
    return has;
  }
}
