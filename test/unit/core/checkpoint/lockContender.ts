// A separate process contending for a story's lock (run by lock.crossProcess.test.ts):
// prints `won` or `refused`, and a winner holds the lock until its stdin closes.
import { acquireLock, StoryLockedError } from '../../../../src/core/checkpoint/lock';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';

async function main(storyDir: string): Promise<void> {
  try {
    const lock = await acquireLock(new NodeFileSystem(), storyDir, { owner: `contender ${process.pid}` });
    process.stdout.write('won\n');
    process.stdin.resume();
    process.stdin.on('end', () => void lock.release().then(() => process.stdin.pause()));
  } catch (e) {
    process.stdout.write(e instanceof StoryLockedError ? 'refused\n' : `error ${String(e)}\n`);
  }
}

void main(process.argv[2]!);
