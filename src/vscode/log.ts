import * as vscode from 'vscode';
import type { Logger } from '../core/ports';

/**
 * Strings that must never reach a log line (the API key). The key store registers the key here
 * the moment it reads or stores it, so even a careless `fields` object cannot leak it.
 */
export class SecretRedactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret && secret.length >= 8) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('[redacted]');
    return out;
  }
}

/** The core's Logger over the one LogOutputChannel, one component tag per line. */
export function createChannelLogger(channel: vscode.LogOutputChannel, redactor: SecretRedactor, component?: string): Logger {
  const format = (message: string, fields?: Record<string, unknown>) => {
    const tag = component ? `[${component}] ` : '';
    const extra = fields && Object.keys(fields).length > 0 ? ` ${safeJson(fields)}` : '';
    return redactor.redact(`${tag}${message}${extra}`);
  };
  return {
    trace: (m, f) => channel.trace(format(m, f)),
    debug: (m, f) => channel.debug(format(m, f)),
    info: (m, f) => channel.info(format(m, f)),
    warn: (m, f) => channel.warn(format(m, f)),
    error: (m, f) => channel.error(format(m, f)),
    child: (name) => createChannelLogger(channel, redactor, component ? `${component}/${name}` : name),
  };
}

function safeJson(fields: Record<string, unknown>): string {
  try {
    return JSON.stringify(fields, (_k, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message } : v));
  } catch {
    return '{unserialisable fields}';
  }
}
