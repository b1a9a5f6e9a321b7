import * as vscode from 'vscode';
import { Disposable } from '../disposable';

/**
 * The "Stages" tree. Until stories exist it has no rows, so VS Code shows the view's welcome
 * content (set a key; what Story Writer does).
 */
export class StagesTreeProvider extends Disposable implements vscode.TreeDataProvider<vscode.TreeItem> {
  private readonly changed = this._register(new vscode.EventEmitter<vscode.TreeItem | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(element: vscode.TreeItem): vscode.TreeItem {
    return element;
  }

  getChildren(): vscode.TreeItem[] {
    return [];
  }
}
