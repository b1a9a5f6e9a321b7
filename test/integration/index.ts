// extensionTestsPath entry: VS Code calls run() inside the extension host.
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const dir = __dirname;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));
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
