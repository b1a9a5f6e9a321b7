import type { Logger, LogLevel } from '../core/ports';

const ORDER: Record<LogLevel | 'off', number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, off: 5 };

/**
 * The headless command's logger: one line per entry on stderr (stdout is the command's output),
 * filtered by level, with known secrets removed before anything is written.
 */
export function createStderrLogger(options: {
  level: LogLevel | 'off';
  secrets?: () => ReadonlyArray<string | undefined>;
  component?: string;
  write?: (line: string) => void;
}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const emit = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[options.level]) return;
    const tag = options.component ? `[${options.component}] ` : '';
    const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    let line = `${new Date().toISOString()} ${level} ${tag}${message}${extra}`;
    for (const s of options.secrets?.() ?? []) if (s && s.length >= 8) line = line.split(s).join('[redacted]');
    write(`${line}\n`);
  };
  return {
    trace: (m, f) => emit('trace', m, f),
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (name) => createStderrLogger({ ...options, component: options.component ? `${options.component}/${name}` : name }),
  };
}
