// What the service does to error text before anything sees it.

const REDACTED = '[redacted]';

/**
 * Removes an API key from text that came from outside (SDK errors, server bodies). A safety net:
 * the service never puts the key anywhere on purpose, but a proxy or an SDK change might echo it.
 */
export function redact(text: string, ...keys: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const key of keys) {
    if (key && key.length >= 4) out = out.split(key).join(REDACTED);
  }
  // Keys in URLs (`?key=…`) and in headers echoed back, whatever their value.
  return out.replace(/([?&]key=)[^&\s"'#]+/gi, `$1${REDACTED}`).replace(/(x-goog-api-key["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, `$1${REDACTED}`);
}
