// `npm test`: the three tiers in order — unit (mocha in plain Node), faults, integration (the real
// extension host) — each printing its own `tier: N passed, M failed`, then the total as the last
// line. Every tier runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tiers = [
  { name: 'unit', command: process.execPath, args: [resolve(root, 'node_modules/mocha/bin/mocha.js')], mochaSummary: true },
  { name: 'faults', command: process.execPath, args: [resolve(root, 'test/faults/run.mjs')] },
  // Every host mode (trusted folder, untrusted folder, no folder, two folders), each in its own
  // code-server; the harness's last line sums them.
  { name: 'integration', command: process.execPath, args: [resolve(root, 'test/harness/runIntegration.mjs'), '--mode', 'all'] },
];

let passed = 0;
let failed = 0;
for (const tier of tiers) {
  const result = await runTier(tier);
  if (!result.printed) console.log(`${tier.name}: ${result.passed} passed, ${result.failed} failed`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/** Runs one tier with its output passed through, and reads its counts from what it printed. */
function runTier(tier) {
  return new Promise((done) => {
    const child = spawn(tier.command, tier.args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let counts = { passed: 0, failed: 0, printed: false };
    let tail = ''; // what the tier printed (bounded), for its counts
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-1_000_000);
    });
    child.on('close', (code) => {
      // mocha's own reporter says "N passing" / "N failing"; our runners say "tier: N passed, M failed".
      const own = [...tail.matchAll(/^\w+: (\d+) passed, (\d+) failed$/gm)].pop();
      const passing = /(\d+) passing/.exec(tail);
      const failing = /(\d+) failing/.exec(tail);
      if (own) counts = { passed: +own[1], failed: +own[2], printed: true };
      else if (tier.mochaSummary && passing) counts = { passed: +passing[1], failed: failing ? +failing[1] : 0 };
      // A tier that exited non-zero without a failure counted (a crash, a timeout) still fails.
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      done(counts);
    });
  });
}
