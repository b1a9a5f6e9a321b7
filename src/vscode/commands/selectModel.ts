import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../core/config/settings';
import { MODEL_STAGES, type ModelStage } from '../../core/stages';
import type { Logger } from '../../core/ports';
import type { GeminiService } from '../../gemini';
import { describeLimits, modelChoices, type ModelChoice } from '../../gemini/modelChoices';
import { presentError } from '../errorPresenter';

/**
 * `storyWriter.selectModel` with a stage (a stage node of the Stages view, or `{ stage }`): set
 * that stage's model instead of the default.
 */
export interface SelectModelArgs {
  readonly stage?: ModelStage;
}

interface ModelItem extends vscode.QuickPickItem {
  readonly choice: ModelChoice;
}

/**
 * `Story: Select Model…` — a quick pick of the models the key can generate with (`models.list`),
 * with display names and limits, the recommended one first. Sets `storyWriter.model`, or one
 * stage's entry in `storyWriter.stageModels`, in the user's settings. Returns the chosen id.
 */
export async function selectModel(service: GeminiService, log: Logger, args?: unknown): Promise<string | undefined> {
  const stage = stageOf(args);
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const current = (stage && config.get<Record<string, string>>('stageModels')?.[stage]) || config.get<string>('model');
  let choices: ModelChoice[];
  try {
    choices = modelChoices(
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Story Writer: listing Gemini models…' }, () => service.listModels()),
    );
  } catch (error) {
    log.warn('Listing models failed', { error: String(error) });
    presentError(error);
    return undefined;
  }
  const items: ModelItem[] = choices.map((choice) => ({
    label: choice.id === current ? `$(check) ${choice.id}` : choice.id,
    description: `${choice.displayName}${choice.recommended ? ' — recommended' : ''}`,
    detail: describeLimits(choice),
    choice,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: stage ? `Story Writer: model for the ${stage} stage` : 'Story Writer: model for every stage',
    placeHolder: current ? `Now: ${current}` : 'Pick a Gemini model',
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  const id = picked.choice.id;
  if (stage) {
    const stageModels = { ...(config.get<Record<string, string>>('stageModels') ?? {}), [stage]: id };
    await config.update('stageModels', stageModels, vscode.ConfigurationTarget.Global);
  } else {
    await config.update('model', id, vscode.ConfigurationTarget.Global);
  }
  log.info('Model selected', { model: id, stage: stage ?? 'all' });
  void vscode.window.showInformationMessage(`Story Writer: ${stage ? `the ${stage} stage` : 'every stage'} now uses ${picked.choice.displayName} (${id}).`);
  return id;
}

function stageOf(args: unknown): ModelStage | undefined {
  const stage = typeof args === 'object' && args !== null ? (args as SelectModelArgs).stage : undefined;
  return MODEL_STAGES.find((s) => s === stage);
}
