// A separate process that starts acquiring a story's lock and freezes right after writing its
// claim, printing `claimed`: the fault suite then kills it with SIGKILL, leaving exactly what a
// run killed mid-acquisition leaves behind.
import { acquireLock } from '../../../src/core/checkpoint/lock';
import type { FileSystem } from '../../../src/core/ports';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';

const inner = new NodeFileSystem();
const freezing: FileSystem = {
  readFile: (p) => inner.readFile(p),
  rename: (a, b) => inner.rename(a, b),
  delete: (p, o) => inner.delete(p, o),
  stat: (p) => inner.stat(p),
  readDirectory: (p) => inner.readDirectory(p),
  createDirectory: (p) => inner.createDirectory(p),
  async writeFile(path, data) {
    await inner.writeFile(path, data);
    if (!path.includes('lock.claims')) return;
    process.stdout.write('claimed\n');
    setInterval(() => undefined, 1 << 30);
    await new Promise<never>(() => undefined);
  },
};

void acquireLock(freezing, process.argv[2]!, { owner: 'a run about to be killed' });
