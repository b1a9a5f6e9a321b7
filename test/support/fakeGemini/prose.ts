// Deterministic, prose-shaped filler text: sentences built from a small vocabulary, grouped in
// paragraphs separated by blank lines. It only has to look like a chapter to the product's
// parsers, word counters and Markdown writers; nobody reads it.
import type { Prng } from './prng';

const NAMES = ['Mara', 'Tobias', 'Ines', 'Caleb', 'Wren', 'Odile', 'Rafe', 'Lena', 'Silas', 'Juno'];
const NOUNS = [
  'lantern',
  'harbor',
  'letter',
  'window',
  'river',
  'bridge',
  'garden',
  'clock',
  'door',
  'map',
  'orchard',
  'staircase',
  'ship',
  'candle',
  'road',
  'bell',
  'storm',
  'market',
  'mirror',
  'key',
  'tower',
  'field',
  'kitchen',
  'forest',
  'photograph',
  'promise',
  'silence',
  'station',
  'wall',
  'coat',
];
const ADJECTIVES = [
  'quiet',
  'narrow',
  'distant',
  'broken',
  'golden',
  'cold',
  'familiar',
  'crooked',
  'pale',
  'heavy',
  'hidden',
  'restless',
  'faded',
  'bright',
  'hollow',
  'patient',
  'salt-stained',
  'unfinished',
  'gray',
  'warm',
];
const VERBS = [
  'watched',
  'found',
  'carried',
  'opened',
  'remembered',
  'followed',
  'crossed',
  'folded',
  'touched',
  'studied',
  'ignored',
  'mended',
  'counted',
  'answered',
  'left',
  'guarded',
  'traced',
  'kept',
  'noticed',
  'lifted',
];
const ADVERBS = ['slowly', 'carefully', 'at last', 'again', 'without a word', 'before dawn', 'in secret', 'gently'];
const PREPOSITIONS = ['beside', 'beyond', 'under', 'near', 'across', 'behind', 'above', 'toward'];
const FEELINGS = ['afraid', 'certain', 'tired', 'hopeful', 'uneasy', 'calm', 'ashamed', 'awake'];
const SPEECH = ['said', 'whispered', 'asked', 'admitted', 'replied', 'murmured'];

type Template = (rng: Prng) => string;

const TEMPLATES: readonly Template[] = [
  (r) => `${r.pick(NAMES)} ${r.pick(VERBS)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${r.pick(PREPOSITIONS)} the ${r.pick(NOUNS)}.`,
  (r) => `The ${r.pick(NOUNS)} was ${r.pick(ADJECTIVES)}, and ${r.pick(NAMES)} ${r.pick(VERBS)} it ${r.pick(ADVERBS)}.`,
  (r) => `${cap(r.pick(PREPOSITIONS))} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}, ${r.pick(NAMES)} felt ${r.pick(FEELINGS)} for the first time in years.`,
  (r) => `Nobody ${r.pick(VERBS)} the ${r.pick(NOUNS)} until the ${r.pick(NOUNS)} grew ${r.pick(ADJECTIVES)}.`,
  (r) => `"We should go back to the ${r.pick(NOUNS)}," ${r.pick(NAMES)} ${r.pick(SPEECH)}.`,
  (r) => `It was the kind of ${r.pick(NOUNS)} that made a person ${r.pick(FEELINGS)}, ${r.pick(ADJECTIVES)} and ${r.pick(ADJECTIVES)} at once.`,
  (r) => `${r.pick(NAMES)} thought of the ${r.pick(NOUNS)} and the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${r.pick(PREPOSITIONS)} it.`,
  (r) => `Somewhere ${r.pick(PREPOSITIONS)} the ${r.pick(NOUNS)}, a ${r.pick(NOUNS)} ${r.pick(VERBS)} the last of the light.`,
];

/** Whitespace-separated words, the unit every length in this server is measured in. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Exactly `words` words of prose in paragraphs of three to six sentences. */
export function generateProse(rng: Prng, words: number): string {
  const paragraphs: string[] = [];
  let remaining = words;
  while (remaining > 0) {
    const sentences: string[] = [];
    const wanted = rng.int(3, 6);
    while (sentences.length < wanted && remaining > 0) {
      let sentence = rng.pick(TEMPLATES)(rng);
      // Near the end, a sentence built to the exact length keeps the total exact.
      if (countWords(sentence) > remaining) sentence = sentenceOfLength(rng, remaining);
      sentences.push(sentence);
      remaining -= countWords(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** A complete sentence of exactly `words` words (single-word vocabulary only). */
function sentenceOfLength(rng: Prng, words: number): string {
  if (words <= 1) return rng.pick(['Silence.', 'Nothing.', 'Rain.', 'Morning.']);
  if (words === 2) return `${rng.pick(NAMES)} waited.`;
  if (words === 3) return `${rng.pick(NAMES)} ${rng.pick(VERBS)} it.`;
  // "Name verbed the noun." is four words; each "and the noun" adds three; the rest are adjectives.
  const extra = words - 4;
  const adjectives = Array.from({ length: extra % 3 }, () => rng.pick(ADJECTIVES));
  const objects = [[...adjectives, rng.pick(NOUNS)].join(' ')];
  for (let i = 0; i < Math.floor(extra / 3); i++) objects.push(rng.pick(NOUNS));
  return `${rng.pick(NAMES)} ${rng.pick(VERBS)} the ${objects.join(' and the ')}.`;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A short human-looking phrase of two to four words, for strings inside structured replies. */
export function phrase(rng: Prng): string {
  const shapes: ReadonlyArray<(r: Prng) => string> = [
    (r) => `the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`,
    (r) => `${r.pick(NAMES)} and the ${r.pick(NOUNS)}`,
    (r) => `${cap(r.pick(ADJECTIVES))} ${r.pick(NOUNS)}`,
    (r) => `a ${r.pick(NOUNS)} ${r.pick(PREPOSITIONS)} the ${r.pick(NOUNS)}`,
  ];
  return rng.pick(shapes)(rng);
}

/** One word from the vocabulary. */
export function word(rng: Prng): string {
  return rng.pick(NOUNS);
}

export function personName(rng: Prng): string {
  return rng.pick(NAMES);
}
