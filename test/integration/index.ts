// extensionTestsPath entry: VS Code calls run() inside the extension host. The harness names the
// mode (what the writer has open) in STORY_WRITER_HOST_MODE: a trusted folder runs the main suite
// (this folder's *.test.js), any other mode runs its own suite, modes/<mode>.test.js.
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const mode = process.env.STORY_WRITER_HOST_MODE ?? 'trusted-folder';
  // For working on one feature: STORY_WRITER_HOST_GREP=continuity runs only the host tests whose titles match.
  const grep = process.env.STORY_WRITER_HOST_GREP;
  if (grep) mocha.grep(grep);
  if (mode === 'trusted-folder') {
    for (const f of readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js'))
      .sort())
      mocha.addFile(path.join(__dirname, f));
  } else mocha.addFile(path.join(__dirname, 'modes', `${mode}.test.js`));
  console.log('[ext-tests] start');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats!;
      console.log(`${s.passes} passed, ${s.failures} failed`);
      console.log('[ext-tests] end');
      if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
      else resolve();
    });
  });
}
