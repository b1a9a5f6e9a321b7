// A child process in a process group of its own, so a demo can signal it (and whatever it starts)
// exactly once, and stop the whole group, never anyone else's processes.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface ProcessGroup {
  readonly pid: number;
  /** Resolves with the exit code (128 + n when a signal ended it). */
  readonly exited: Promise<number>;
  /** Sends a signal to the whole group. */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM to the group, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

export function startGroup(command: string, args: readonly string[], options: SpawnOptions): ProcessGroup {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  let done = false;
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      done = true;
      resolve(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1));
    });
  });
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  return {
    pid,
    exited,
    signal,
    async stop(graceMs = 5000) {
      if (!done) signal('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
      const outcome = await Promise.race([exited.catch(() => 0), timedOut]);
      clearTimeout(timer);
      // Also when the leader exited: children it started may still be in the group.
      signal(outcome === 'timeout' ? 'SIGKILL' : 'SIGTERM');
    },
  };
}
