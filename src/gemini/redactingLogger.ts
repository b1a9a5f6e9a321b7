import type { Logger } from '../core/ports';
import { redact } from './redact';

/**
 * A logger that scrubs secrets from every line and field before passing it on: the last line of
 * defence that keeps the API key out of logs even if an SDK error ever echoes it.
 */
export function redactingLogger(inner: Logger, secrets: () => ReadonlyArray<string>): Logger {
  const scrub = (message: string, fields?: Record<string, unknown>): [string, Record<string, unknown>?] => {
    const keys = secrets();
    return [redact(message, ...keys), fields === undefined ? undefined : (scrubValue(fields, keys, 0) as Record<string, unknown>)];
  };
  return {
    trace: (message, fields) => inner.trace(...scrub(message, fields)),
    debug: (message, fields) => inner.debug(...scrub(message, fields)),
    info: (message, fields) => inner.info(...scrub(message, fields)),
    warn: (message, fields) => inner.warn(...scrub(message, fields)),
    error: (message, fields) => inner.error(...scrub(message, fields)),
    child: (component) => redactingLogger(inner.child(component), secrets),
  };
}

const MAX_DEPTH = 5;

function scrubValue(value: unknown, keys: ReadonlyArray<string>, depth: number): unknown {
  if (typeof value === 'string') return redact(value, ...keys);
  if (value instanceof Error) return redact(value.message, ...keys);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, keys, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, keys, depth + 1)]));
}
