import { estimateCost, EstimateDocuments, ESTIMATE_SCHEME } from './vscode/commands/estimateCost';
import * as vscode from 'vscode';
import type { Finding } from './core/findings/finding';
import type { WorkflowStage } from './core/stages';
import { createGeminiService, type GeminiService } from './gemini';
import { geminiConfigFromSettings, geminiServiceSetup } from './hosts/geminiConfig';
import { ApiKeyStore } from './vscode/apiKeyStore';
import { clearApiKey, setApiKey } from './vscode/commands/apiKeyCommands';
import { exportBook } from './vscode/commands/exportCommand';
import { newStory } from './vscode/commands/newStory';
import { selectModel } from './vscode/commands/selectModel';
import { clearCache, testConnection } from './vscode/commands/serviceCommands';
import { StoryCommands, StoryResolver } from './vscode/commands/storyCommands';
import { createChannelLogger, SecretRedactor } from './vscode/log';
import { RunController } from './vscode/run/runController';
import { Questions } from './vscode/questions';
import { warmUpSdkAfterActivation } from './vscode/sdkWarmUp';
import { SettingsReader } from './vscode/settingsReader';
import { StoryCatalog } from './vscode/storyCatalog';
import { StagesTreeProvider, type StageTreeNode } from './vscode/views/stagesView';
import { StatisticsTreeProvider } from './vscode/views/statisticsView';
import { ContinuityActions } from './vscode/continuity/continuityActions';
import { CONTINUITY_COMMANDS, ContinuityCommands } from './vscode/continuity/continuityCommands';
import { ContinuityDiagnostics } from './vscode/continuity/continuityDiagnostics';
import { StyleDiagnostics } from './vscode/style/styleDiagnostics';

/** What activation returns: the live pieces, for integration tests and other extensions. */
export interface StoryWriterApi {
  readonly settings: SettingsReader;
  readonly apiKeys: ApiKeyStore;
  readonly service: GeminiService;
  readonly catalog: StoryCatalog;
  readonly stages: StagesTreeProvider;
  readonly stagesView: vscode.TreeView<StageTreeNode>;
  readonly runs: RunController;
  /** Style problems of chapter files (offline), and each chapter's score. */
  readonly style: StyleDiagnostics;
  /** The questions on screen that a run or command waits on. */
  readonly questions: Questions;
  readonly continuity: ContinuityCommands;
  readonly logUri: vscode.Uri;
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
}

const GENERATE_COMMANDS: Array<[string, WorkflowStage | 'all']> = [
  ['storyWriter.generateConcept', 'concept'],
  ['storyWriter.generateBible', 'bible'],
  ['storyWriter.generateOutline', 'outline'],
  ['storyWriter.generateDraft', 'draft'],
  ['storyWriter.revise', 'revision'],
  ['storyWriter.runWorkflow', 'all'],
];

/** Wiring only: build the services, register them, push every disposable. */
export async function activate(context: vscode.ExtensionContext): Promise<StoryWriterApi> {
  const started = performance.now();
  const channel = vscode.window.createOutputChannel('Story Writer', { log: true });
  context.subscriptions.push(channel);
  const redactor = new SecretRedactor();
  const log = createChannelLogger(channel, redactor);

  const settings = new SettingsReader(log.child('settings'));
  const apiKeys = new ApiKeyStore(context.secrets, redactor, log.child('secrets'));
  // Cheap to build: the SDK itself loads on the first request.
  const service = createGeminiService({
    apiKey: apiKeys,
    logger: log,
    onNotice: (message) => void vscode.window.showWarningMessage(`Story Writer: ${message}`),
    ...geminiServiceSetup(settings.settings, context.globalStorageUri.scheme === 'file' ? vscode.Uri.joinPath(context.globalStorageUri, 'response-cache').fsPath : undefined),
  });
  const catalog = new StoryCatalog(() => settings.settings, log.child('stories'));
  const questions = new Questions();
  const runs = new RunController(
    service,
    () => settings.settings,
    log,
    () => catalog.scheduleRefresh(),
    questions,
  );
  const continuityDiagnostics = new ContinuityDiagnostics();
  const style = new StyleDiagnostics(catalog, () => settings.settings, settings.onDidChange, log.child('style'));
  const stages = new StagesTreeProvider(catalog, runs, continuityDiagnostics, style);
  const statistics = new StatisticsTreeProvider(service, () => settings.settings.prices);
  const stagesView = vscode.window.createTreeView<StageTreeNode>('storyWriter.stages', { treeDataProvider: stages, showCollapseAll: true });
  // A refreshed tree forgets its elements, and so its selection, until it is drawn again (a style
  // score or a catalog change refreshes it at any time): a command goes by the last story selected.
  let lastSelection: readonly StageTreeNode[] = [];
  context.subscriptions.push(stagesView.onDidChangeSelection((e) => (lastSelection = e.selection.length > 0 ? e.selection : lastSelection)));
  const resolver = new StoryResolver(catalog, () => (stagesView.selection.length > 0 ? stagesView.selection : lastSelection));
  const story = new StoryCommands(resolver, runs, questions);
  const continuity = new ContinuityCommands({
    resolver,
    catalog,
    diagnostics: continuityDiagnostics,
    generator: service,
    settings: () => settings.settings,
    log: log.child('continuity'),
  });
  const estimates = new EstimateDocuments();
  context.subscriptions.push(settings, apiKeys, catalog, questions, runs, continuityDiagnostics, style, stages, statistics, stagesView, continuity, {
    dispose: () => void service.dispose(),
  });
  context.subscriptions.push(warmUpSdkAfterActivation());

  context.subscriptions.push(
    settings.onDidChange((s) => {
      service.updateConfig(geminiConfigFromSettings(s));
      catalog.rewatch();
    }),
    catalog.onDidChange(() => void vscode.commands.executeCommand('setContext', 'storyWriter.hasStories', catalog.stories.length > 0)),
    vscode.window.registerTreeDataProvider('storyWriter.statistics', statistics),
    vscode.commands.registerCommand('storyWriter.setApiKey', (key?: unknown) => setApiKey(apiKeys, key)),
    vscode.commands.registerCommand('storyWriter.clearApiKey', (options?: unknown) => clearApiKey(apiKeys, options)),
    vscode.commands.registerCommand('storyWriter.showLog', () => channel.show()),
    vscode.commands.registerCommand('storyWriter.testConnection', () => testConnection(service, settings.settings.model, log)),
    vscode.commands.registerCommand('storyWriter.selectModel', (args?: unknown) => selectModel(service, log, args)),
    vscode.commands.registerCommand('storyWriter.showStatistics', () => vscode.commands.executeCommand('storyWriter.statistics.focus')),
    vscode.commands.registerCommand('storyWriter.clearCache', () => clearCache(service)),
    vscode.commands.registerCommand('storyWriter.newStory', (args?: unknown) => newStory(catalog, log, args)),
    ...GENERATE_COMMANDS.map(([id, stage]) => vscode.commands.registerCommand(id, (arg?: unknown) => story.generate(stage, arg))),
    vscode.commands.registerCommand('storyWriter.runItem', (node?: unknown) => story.runNode(node)),
    vscode.commands.registerCommand('storyWriter.runWorkflowBatch', (arg?: unknown) => story.runInBatch(arg)),
    vscode.commands.registerCommand('storyWriter.regenerateStage', (arg?: unknown) => story.regenerate(arg)),
    vscode.commands.registerCommand('storyWriter.cancel', () => runs.cancel()),
    vscode.commands.registerCommand('storyWriter.compileManuscript', (arg?: unknown) => story.compile(arg)),
    vscode.commands.registerCommand('storyWriter.compareRevision', (arg?: unknown) => story.compare(arg)),
    vscode.commands.registerCommand('storyWriter.openStageFile', (arg?: unknown) => story.openStageFile(arg)),
    vscode.commands.registerCommand('storyWriter.refresh', () => catalog.refresh()),
    vscode.commands.registerCommand('storyWriter.export', (arg?: unknown) => exportBook(resolver, () => settings.settings, log.child('export'), arg)),
    vscode.commands.registerCommand(CONTINUITY_COMMANDS.check, (arg?: unknown) => continuity.check(arg)),
    vscode.commands.registerCommand(CONTINUITY_COMMANDS.rewrite, (uri: vscode.Uri, finding: Finding) => continuity.rewrite(uri, finding)),
    vscode.commands.registerCommand(CONTINUITY_COMMANDS.intentional, (uri: vscode.Uri, finding: Finding) => continuity.markIntentional(uri, finding)),
    vscode.commands.registerCommand(CONTINUITY_COMMANDS.openEvidence, (uri: vscode.Uri, finding: Finding) => continuity.openEvidence(uri, finding)),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ContinuityActions(continuityDiagnostics), { providedCodeActionKinds: ContinuityActions.kinds }),
    estimates,
    vscode.workspace.registerTextDocumentContentProvider(ESTIMATE_SCHEME, estimates),
    vscode.commands.registerCommand('storyWriter.estimateCost', (arg?: unknown) =>
      estimateCost({ resolver, counter: service, settings: () => settings.settings, documents: estimates, log: log.child('estimate') }, arg),
    ),
  );

  void apiKeys.refresh();
  const activationMs = performance.now() - started;
  log.info('Story Writer activated', { ms: Math.round(activationMs), version: context.extension.packageJSON.version });
  return { settings, apiKeys, service, catalog, stages, stagesView, runs, style, questions, continuity, logUri: context.logUri, activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
