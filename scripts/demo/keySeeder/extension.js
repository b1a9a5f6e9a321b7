// Demo only: `npm run demo:ui` installs this beside Story Writer in a throwaway code-server. It
// hands the offline test server's key (STORY_WRITER_DEMO_KEY, set by the demo on code-server's
// environment, never in a file) to Story Writer through its public `storyWriter.setApiKey` command,
// the same path a writer takes, so the key still lives only in VS Code's SecretStorage. code-server
// keeps secrets in the browser tab's memory, so this runs in every window that opens.
const vscode = require('vscode');

exports.activate = async function activate() {
  const key = process.env.STORY_WRITER_DEMO_KEY;
  if (key) await vscode.commands.executeCommand('storyWriter.setApiKey', key);
  await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
  const brief = process.env.STORY_WRITER_DEMO_OPEN;
  if (brief) await vscode.window.showTextDocument(vscode.Uri.file(brief), { preview: false });
};

exports.deactivate = function deactivate() {};
