/**
 * The seams between the VS Code–free core and its hosts. The extension implements these over
 * `vscode.workspace.fs`, `SecretStorage` and a `LogOutputChannel`; the headless command and the
 * tests implement them over Node's `fs` and the console. Paths are POSIX-style absolute paths in
 * the host's namespace (for VS Code: the `path` of a workspace URI).
 */

export interface FileStat {
  readonly type: 'file' | 'directory';
  readonly size: number;
  readonly mtimeMs: number;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole file, creating parent folders. Not atomic by itself: see `writeFileAtomic`. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Renames, replacing the target when it exists. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string, options?: { recursive?: boolean }): Promise<void>;
  /** Undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Names of the entries directly inside a folder; empty when it does not exist. */
  readDirectory(path: string): Promise<Array<{ name: string; type: 'file' | 'directory' }>>;
  createDirectory(path: string): Promise<void>;
}

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/** Structured logger: a message plus optional fields. Implementations never receive the API key. */
export interface Logger {
  trace(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger whose lines carry a component tag, e.g. `[gemini]`. */
  child(component: string): Logger;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface SecretStore {
  getApiKey(): Promise<string | undefined>;
}
