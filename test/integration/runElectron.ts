// `npm run test:electron`: the same integration suite through @vscode/test-electron, for machines
// that can download VS Code (this one cannot; `npm test` uses test/harness/ instead).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e: unknown) => {
  console.error('integration tests failed:', e);
  process.exit(1);
});
