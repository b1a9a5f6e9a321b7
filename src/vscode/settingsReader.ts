import * as vscode from 'vscode';
import { SETTINGS_SECTION, SETTING_KEYS, validateSettings, type SettingProblem, type Settings } from '../core/config/settings';
import type { Logger } from '../core/ports';
import { Disposable } from './disposable';

/**
 * Reads `storyWriter.*` through the zod schema. A bad value gets one warning per change that
 * names each bad key and what is allowed; that key's default is used meanwhile.
 */
export class SettingsReader extends Disposable {
  private current: Settings;
  private currentProblems: readonly SettingProblem[] = [];
  private readonly changed = this._register(new vscode.EventEmitter<Settings>());
  readonly onDidChange = this.changed.event;
  /** The last warning shown, for the log and for tests. */
  lastWarning: string | undefined;

  constructor(private readonly log: Logger) {
    super();
    this.current = this.read();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
        this.current = this.read();
        this.changed.fire(this.current);
      }),
    );
  }

  get settings(): Settings {
    return this.current;
  }

  get problems(): readonly SettingProblem[] {
    return this.currentProblems;
  }

  private read(): Settings {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const raw: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) raw[key] = config.get(key);
    // `apiBaseUrl` is application-scoped; read only the user's value so a workspace can never
    // redirect the key, even on a VS Code that does not enforce the scope.
    raw.apiBaseUrl = config.inspect<string>('apiBaseUrl')?.globalValue ?? '';
    const { settings, problems } = validateSettings(raw);
    this.currentProblems = problems;
    if (problems.length > 0) this.warn(problems);
    return settings;
  }

  private warn(problems: readonly SettingProblem[]): void {
    const parts = problems.map((p) => `${p.key} is ${JSON.stringify(p.value)} but must be ${p.allowed}`);
    this.lastWarning = `Story Writer: ${parts.join('; ')}. Using the default until it is fixed.`;
    this.log.warn(this.lastWarning);
    void vscode.window.showWarningMessage(this.lastWarning, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', problems[0]!.key);
    });
  }
}
