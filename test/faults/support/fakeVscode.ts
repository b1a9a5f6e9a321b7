// A stand-in for the `vscode` module, just enough to construct the adapter's RunController in
// plain Node and see what it does when the workspace is or is not trusted. Everything not
// modelled is an inert stub (callable, constructible, any property), and every call is recorded.
import Module from 'node:module';

export interface FakeVscode {
  trusted: boolean;
  /** `window.showWarningMessage` etc. and `commands.executeCommand`, in call order. */
  readonly calls: Array<{ readonly api: string; readonly args: readonly unknown[] }>;
  /** What `window.withProgress` resolves with (the trusted path reaches it first). */
  progressResult: unknown;
  uninstall(): void;
}

type Stub = ((...args: unknown[]) => Stub) & { [key: string | symbol]: unknown };

function stub(name: string): Stub {
  const target = function () {
    return undefined;
  } as unknown as Stub;
  return new Proxy(target, {
    get(_, prop) {
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'dispose') return () => undefined;
      return stub(`${name}.${String(prop)}`);
    },
    set() {
      return true;
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`) as object;
    },
  });
}

class EventEmitter<T> {
  private listeners: Array<(value: T) => void> = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

/** The runtime values of `vscode` that src/vscode/ uses (classes, enums, namespaces). */
const ADAPTER_NAMES = [
  'CancellationTokenSource',
  'Disposable',
  'EventEmitter',
  'FileSystemError',
  'FileType',
  'MarkdownString',
  'ProgressLocation',
  'RelativePattern',
  'StatusBarAlignment',
  'ThemeColor',
  'ThemeIcon',
  'TreeItem',
  'TreeItemCollapsibleState',
  'Uri',
  'ViewColumn',
  'ConfigurationTarget',
  'commands',
  'env',
  'languages',
  'window',
  'workspace',
];

/** Installs the stand-in as `require('vscode')` until `uninstall`. */
export function installFakeVscode(): FakeVscode {
  const state: FakeVscode = {
    trusted: false,
    calls: [],
    progressResult: undefined,
    uninstall: () => undefined,
  };
  const record =
    (api: string, result: () => unknown = () => undefined) =>
    (...args: unknown[]) => {
      state.calls.push({ api, args });
      return Promise.resolve(result());
    };
  const window = new Proxy(
    {
      showWarningMessage: record('window.showWarningMessage'),
      showInformationMessage: record('window.showInformationMessage'),
      showErrorMessage: record('window.showErrorMessage'),
      withProgress: record('window.withProgress', () => state.progressResult),
    } as Record<string, unknown>,
    { get: (t, p: string) => (p in t ? t[p] : stub(`window.${p}`)) },
  );
  const workspace = new Proxy({} as Record<string, unknown>, {
    get: (_, p: string) => (p === 'isTrusted' ? state.trusted : stub(`workspace.${p}`)),
  });
  // esbuild's `import * as vscode` copies the module's own keys: name every one the adapter uses.
  const vscode: Record<string, unknown> = { __esModule: true, window, workspace, commands: { executeCommand: record('commands.executeCommand') }, EventEmitter };
  for (const name of ADAPTER_NAMES) vscode[name] ??= stub(`vscode.${name}`);
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    return original.call(this, request, ...rest);
  };
  state.uninstall = () => {
    loader._load = original;
  };
  return state;
}
