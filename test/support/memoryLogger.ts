import type { Logger } from '../../src/core/ports';

/** A Logger that keeps every line as text: for assertions, the key search and failure output. */
export class MemoryLogger implements Logger {
  constructor(
    readonly lines: string[] = [],
    private readonly tag = '',
  ) {}
  trace(m: string, f?: Record<string, unknown>): void {
    this.add('trace', m, f);
  }
  debug(m: string, f?: Record<string, unknown>): void {
    this.add('debug', m, f);
  }
  info(m: string, f?: Record<string, unknown>): void {
    this.add('info', m, f);
  }
  warn(m: string, f?: Record<string, unknown>): void {
    this.add('warn', m, f);
  }
  error(m: string, f?: Record<string, unknown>): void {
    this.add('error', m, f);
  }
  child(component: string): Logger {
    return new MemoryLogger(this.lines, this.tag ? `${this.tag}/${component}` : component);
  }
  private add(level: string, message: string, fields?: Record<string, unknown>): void {
    this.lines.push(`${level} [${this.tag}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
  }
}
