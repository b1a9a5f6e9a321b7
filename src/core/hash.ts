import { createHash } from 'node:crypto';

/** Short, stable content hash used in checkpoints and cache keys (sha256, hex, 16 chars). */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Hash of a Markdown body as the writer sees it: line endings and trailing white space are
 * normalised, so an editor that adds a final newline or CRLF does not mark a file as edited.
 */
export function bodyHash(body: string): string {
  const normalised = body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return contentHash(normalised);
}
