import { fractionDone, type ProgressEvent } from '../core/workflow/progress';

/**
 * Run progress on stderr: a redrawn bar on a terminal, plain lines otherwise (a log file or CI
 * should get one line per event worth keeping, not a thousand carriage returns).
 */
export function progressPrinter(out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) {
  const tty = out.isTTY === true;
  let barShown = false;
  const clear = () => {
    if (barShown) out.write('\r\x1b[2K');
    barShown = false;
  };
  return {
    progress(event: ProgressEvent): void {
      if (event.type === 'batch') {
        clear();
        out.write(`${event.stage}: batch job ${event.job} ${event.state} (${event.entries} chapters)\n`);
        return;
      }
      if (tty) {
        if (event.type === 'item-failed') {
          clear();
          out.write(`✗ ${event.itemId}: ${event.message}\n`);
        }
        const fraction = fractionDone(event);
        const width = 24;
        const filled = Math.round(fraction * width);
        const where = event.chapter !== undefined ? `${event.stage} ch${event.chapter} (${event.index}/${event.total})` : event.stage;
        const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${where} · ${event.words.toLocaleString('en-US')} words`;
        out.write(`\r\x1b[2K${line.slice(0, (out.columns ?? 120) - 1)}`);
        barShown = true;
        return;
      }
      switch (event.type) {
        case 'stage-started':
          out.write(`${event.stage}: started${event.total && event.total > 1 ? ` (${event.total} items)` : ''}\n`);
          break;
        case 'item-finished':
          out.write(`${event.itemId}: ${event.state}${event.cached ? ' (from cache)' : ''} · ${event.itemWords} words\n`);
          break;
        case 'item-failed':
          out.write(`${event.itemId}: failed (${event.kind}) ${event.message}\n`);
          break;
        default:
          break;
      }
    },
    note(message: string): void {
      clear();
      out.write(`${message}\n`);
    },
    done(): void {
      clear();
    },
  };
}
