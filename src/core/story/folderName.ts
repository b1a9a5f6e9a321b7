import { contentHash } from '../hash';

/**
 * Story folder names. A story's folder must be one plain path segment inside the stories folder on
 * every OS the workspace may be opened on (Windows included, through remote workspaces), so the
 * rules are the union of what Windows, macOS and Linux forbid, plus no hidden folders.
 */

const MAX_SLUG = 60;
const MAX_FOLDER_NAME = 100;

/** Windows device names: `con`, `nul.txt`, `com1` … cannot be files or folders there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Letters NFKD does not split into ASCII + accent. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ħ: 'h',
  '&': ' and ',
};

/**
 * The folder name for a title: ASCII, lower case, words joined by hyphens ("Ça va, Zoë?" →
 * `ca-va-zoe`). A title with no Latin letters or digits (CJK, emoji, Arabic) gets
 * `story-<8 hex of its hash>`: stable for the same title, and never an empty or reserved name.
 */
export function slugify(title: string): string {
  const ascii = [...title.normalize('NFKD')]
    .map((ch) => TRANSLITERATIONS[ch] ?? ch)
    .join('')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  let slug = ascii
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  if (slug === '') return `story-${contentHash(title.normalize('NFC')).slice(0, 8)}`;
  // "Con" or "Aux" are fine titles but not folder names on Windows.
  return WINDOWS_RESERVED.test(slug) ? `${slug}-story` : slug;
}

/**
 * Why a folder name the writer typed cannot be used, or undefined when it can. Rejects anything
 * that could escape the stories folder (`..`, separators, absolute paths) or hide or break there.
 */
export function folderNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty';
  if (name !== name.trim()) return 'starts or ends with a space';
  if (/[/\\]/.test(name)) return 'contains "/" or "\\": a story folder is one folder name, not a path';
  if (/^[a-z]:/i.test(name)) return 'looks like a drive path';
  if (name === '.' || name === '..') return 'points outside the stories folder';
  if (name.startsWith('.')) return 'starts with a dot (hidden folders are not allowed)';
  if (/[<>:"|?*\u0000-\u001f\u007f]/.test(name)) return 'contains a character that folders cannot have (< > : " | ? * or a control character)';
  if (/[. ]$/.test(name)) return 'ends with a dot or a space';
  if (WINDOWS_RESERVED.test(name)) return 'is a reserved device name on Windows';
  if (name.length > MAX_FOLDER_NAME) return `is longer than ${MAX_FOLDER_NAME} characters`;
  return undefined;
}

/** `slug`, `slug-2`, `slug-3` …: candidates in the order they are tried when a name is taken. */
export function* numberedNames(base: string): Generator<string> {
  yield base;
  for (let n = 2; ; n++) yield `${base}-${n}`;
}
