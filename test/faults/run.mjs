// Runs the fault suite (out/test/faults/**/*.test.js) with mocha, building first when the
// compiled tests or the headless command are missing. `--report` prints the table the cases
// recorded (also written to .test-output/faults-report.json). The last line is always
// `faults: N passed, M failed`.
//
//   npm run test:faults [-- --report] [-- --grep PATTERN]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Mocha from 'mocha';

const root = resolve(import.meta.dirname, '../..');
const testsDir = join(root, 'out/test/faults');
const reportFile = join(root, '.test-output/faults-report.json');
const args = process.argv.slice(2);
const wantReport = args.includes('--report');
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;
const started = Date.now();

process.setSourceMapsEnabled(true);

function build(what, argv) {
  console.error(`faults: ${what} missing — building (node esbuild.mjs ${argv.join(' ')})`);
  execFileSync(process.execPath, ['esbuild.mjs', ...argv], { cwd: root, stdio: 'inherit' });
}

if (!existsSync(join(root, 'dist/cli.js'))) build('dist/cli.js', []);
if (!existsSync(testsDir)) build('out/test/faults', ['--tests']);

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.js'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

rmSync(reportFile, { force: true });
const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: process.stdout.isTTY === true, ...(grep ? { grep } : {}) });
for (const file of testFiles(testsDir)) mocha.addFile(file);
await mocha.loadFilesAsync();

const stats = await new Promise((resolvePromise) => {
  const runner = mocha.run(() => resolvePromise(runner.stats));
});

if (wantReport) printReport();
const pending = stats.pending ?? 0;
if (pending > 0) console.log(`faults: ${pending} pending (known issues or skipped cases; see ${wantReport ? 'the table above' : reportFile})`);
console.log(`faults: ${stats.passes} passed, ${stats.failures} failed`);
process.exitCode = stats.failures > 0 ? 1 : 0;

// Every server, child process and timer must be gone by now: if something keeps the process
// alive, say what and fail, rather than hanging CI.
setTimeout(() => {
  console.error(`faults: still running 10 s after the suite ended; open resources: ${process.getActiveResourcesInfo().join(', ')}`);
  console.log(`faults: ${stats.passes} passed, ${stats.failures + 1} failed`);
  process.exit(1);
}, 10_000).unref();

function printReport() {
  if (!existsSync(reportFile)) {
    console.log(`faults: no report was written (${reportFile})`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const rows = report.cases.map((c) => ({
    case: c.case,
    expected: c.expected,
    met: c.status === 'skipped' ? 'skipped' : c.status === 'known-issue' ? 'KNOWN ISSUE' : c.met ? 'yes' : 'NO',
    exit: c.exitCode === null ? '-' : String(c.exitCode),
    lost: c.wordsLostInFlight > 0 ? `${c.wordsLost} (+${c.wordsLostInFlight} in flight)` : String(c.wordsLost),
    corrupt: String(c.corruptFiles),
    key: String(c.keyOccurrences),
  }));
  const headers = { case: 'case', expected: 'expected', met: 'met', exit: 'exit code', lost: 'words lost', corrupt: 'corrupt files', key: 'key occurrences' };
  const limits = { case: 52, expected: 70 };
  const clip = (k, v) => (limits[k] && v.length > limits[k] ? `${v.slice(0, limits[k] - 1)}…` : v);
  const keys = Object.keys(headers);
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(headers[k].length, ...rows.map((r) => clip(k, r[k]).length))]));
  const line = (r) => `| ${keys.map((k) => clip(k, r[k]).padEnd(width[k])).join(' | ')} |`;
  console.log('');
  console.log(line(headers));
  console.log(`|${keys.map((k) => '-'.repeat(width[k] + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  const t = report.totals;
  console.log(
    `\n${t.cases} cases: ${t.met} met, ${t.notMet} not met, ${t.knownIssues} known issues, ${t.skipped} skipped · words lost ${t.wordsLost} (+${t.wordsLostInFlight} in flight at kills) · corrupt files ${t.corruptFiles} · key occurrences ${t.keyOccurrences} · ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const explained = report.cases.filter((c) => c.status !== 'ran' || !c.met);
  if (explained.length) {
    console.log('');
    for (const c of explained) console.log(`- ${c.case}: ${c.reason ?? ''}${c.notes.length ? `${c.reason ? ' — ' : ''}${c.notes.join(' | ')}` : ''}`);
  }
  console.log(`\nFull report: ${reportFile}\n`);
}
