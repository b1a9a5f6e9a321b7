import type { BookLanguage } from './book';

/**
 * The brief's `language` ("English", "Arabic", "עברית", "pt-BR") as a BCP 47 tag with its
 * writing direction, plus the few words an export prints itself. A name we do not know becomes
 * `und` (undetermined), which EPUB accepts, rather than a guess.
 */

interface KnownLanguage {
  readonly tag: string;
  readonly names: readonly string[];
  readonly chapter?: (n: number) => string;
  readonly contents?: string;
  readonly by?: string;
  /** Opening/closing double and single quotes for smart quotes, as markdown-it takes them. */
  readonly quotes?: string;
}

const KNOWN: readonly KnownLanguage[] = [
  { tag: 'en', names: ['english'], quotes: '“”‘’' },
  {
    tag: 'fr',
    names: ['french', 'français', 'francais'],
    chapter: (n) => `Chapitre ${n}`,
    contents: 'Table des matières',
    by: 'par',
    quotes: ['«\u00a0', '\u00a0»', '‹\u00a0', '\u00a0›'].join(''),
  },
  { tag: 'de', names: ['german', 'deutsch'], chapter: (n) => `Kapitel ${n}`, contents: 'Inhalt', by: 'von', quotes: '„“‚‘' },
  { tag: 'es', names: ['spanish', 'español', 'espanol', 'castellano'], chapter: (n) => `Capítulo ${n}`, contents: 'Índice', by: 'por', quotes: '«»“”' },
  { tag: 'it', names: ['italian', 'italiano'], chapter: (n) => `Capitolo ${n}`, contents: 'Indice', by: 'di', quotes: '«»“”' },
  { tag: 'pt', names: ['portuguese', 'português', 'portugues'], chapter: (n) => `Capítulo ${n}`, contents: 'Índice', by: 'por', quotes: '“”‘’' },
  { tag: 'nl', names: ['dutch', 'nederlands'], chapter: (n) => `Hoofdstuk ${n}`, contents: 'Inhoud', by: 'door', quotes: '“”‘’' },
  { tag: 'ru', names: ['russian', 'русский'], chapter: (n) => `Глава ${n}`, contents: 'Содержание', by: '', quotes: '«»„“' },
  { tag: 'uk', names: ['ukrainian', 'українська'], chapter: (n) => `Розділ ${n}`, contents: 'Зміст', by: '', quotes: '«»„“' },
  { tag: 'pl', names: ['polish', 'polski'], chapter: (n) => `Rozdział ${n}`, contents: 'Spis treści', by: '', quotes: '„”‚’' },
  { tag: 'el', names: ['greek', 'ελληνικά'], chapter: (n) => `Κεφάλαιο ${n}`, contents: 'Περιεχόμενα', by: '' },
  { tag: 'ar', names: ['arabic', 'العربية', 'عربي'], chapter: (n) => `الفصل ${n}`, contents: 'المحتويات', by: 'بقلم' },
  { tag: 'he', names: ['hebrew', 'עברית'], chapter: (n) => `פרק ${n}`, contents: 'תוכן העניינים', by: 'מאת' },
  { tag: 'fa', names: ['persian', 'farsi', 'فارسی'], chapter: (n) => `فصل ${n}`, contents: 'فهرست', by: '' },
  { tag: 'ur', names: ['urdu', 'اردو'], chapter: (n) => `باب ${n}`, contents: 'فہرست', by: '' },
  { tag: 'yi', names: ['yiddish', 'ייִדיש'] },
  { tag: 'ja', names: ['japanese', '日本語'], chapter: (n) => `第${n}章`, contents: '目次', by: '', quotes: '「」『』' },
  { tag: 'zh', names: ['chinese', '中文', '汉语', '漢語'], chapter: (n) => `第${n}章`, contents: '目录', by: '', quotes: '“”‘’' },
  { tag: 'ko', names: ['korean', '한국어'], chapter: (n) => `제${n}장`, contents: '목차', by: '' },
  { tag: 'hi', names: ['hindi', 'हिन्दी', 'हिंदी'], chapter: (n) => `अध्याय ${n}`, contents: 'विषय सूची', by: '' },
  { tag: 'tr', names: ['turkish', 'türkçe'], chapter: (n) => `Bölüm ${n}`, contents: 'İçindekiler', by: '', quotes: '“”‘’' },
  { tag: 'sv', names: ['swedish', 'svenska'], chapter: (n) => `Kapitel ${n}`, contents: 'Innehåll', by: 'av', quotes: '””’’' },
];

/** Scripts written right to left (by primary language subtag). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr']);
/** A well-formed language tag: `en`, `pt-BR`, `zh-Hant-TW`, `sr-Latn`. */
const TAG = /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$/;

export interface LanguageChoice extends BookLanguage {
  /** Smart quotes for the language, or undefined to leave quotes as written. */
  readonly quotes: string | undefined;
}

export function bookLanguage(name: string): LanguageChoice {
  const raw = name.trim();
  const lower = raw.toLowerCase();
  const byName = KNOWN.find((l) => l.names.includes(lower));
  const tag = byName?.tag ?? (TAG.test(raw) ? canonicalTag(raw) : 'und');
  const primary = tag.split('-')[0]!;
  const known = byName ?? KNOWN.find((l) => l.tag === primary);
  return {
    tag,
    direction: RTL.has(primary) ? 'rtl' : 'ltr',
    quotes: known?.quotes,
    words: {
      chapter: known?.chapter ?? ((n) => `Chapter ${n}`),
      contents: known?.contents ?? 'Contents',
      by: known?.by ?? 'by',
    },
  };
}

/** `PT-br` → `pt-BR`: the case BCP 47 recommends. */
function canonicalTag(tag: string): string {
  return tag
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase()))
    .join('-');
}
