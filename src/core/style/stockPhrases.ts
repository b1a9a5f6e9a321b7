/**
 * The stock phrases of machine-written fiction ("slop"), as patterns that allow the usual
 * variations (`{p}` is any possessive: her, his, their, …). The built-in list is the one readers
 * and editors complain about most; a writer adds their own in `storyWriter.style.extraPhrases` or
 * under an "Avoid" heading in the story's `style.md`, and lets a built-in one through under
 * "Allow" (see `styleGuide.ts`).
 */

const POSSESSIVE = "(?:his|her|their|my|your|its|our|one's)";
const SUBJECT = '(?:she|he|they|i|you|we)';

/** Readable sources: a space is any run of white space; `{p}` a possessive, `{s}` a subject pronoun. */
export const BUILT_IN_PHRASES: readonly string[] = [
  'a testament to',
  'barely above a whisper',
  '(?:shivers?|chills?|a shiver|a chill) (?:\\w+ ){0,2}(?:down|up) {p} spines?',
  'the weight of (?:the world|it all|everything|the moment|the silence|unspoken \\w+|{p} (?:words|decision|choices?|guilt|gaze|stare|past|secrets?|grief|loss))',
  'tapestry of',
  '(?:a|an|the) (?:symphony|cacophony) of',
  'an? (?:intricate|delicate|careful) dance',
  "(?:let|released?) (?:out )?a breath (?:that )?{s} (?:hadn't|didn't|did not|had not) (?:known|know|realized|realised)",
  'eyes (?:\\w+ )?(?:sparkl|glint|twinkl|danc)\\w* with mischief',
  'mischievous glint',
  'a (?:mix|mixture) of (?:fear|excitement|awe|dread|relief|curiosity|anticipation|amusement|concern|hope|anger|sadness|confusion|determination|trepidation|wonder|guilt|pride)',
  'palpable (?:tension|silence|fear|relief|excitement|grief)',
  '(?:tension|silence|fear) (?:was |grew )?palpable',
  'hung (?:heavy |thick )?in the air',
  'air (?:was |grew |hung )?thick with',
  'a flicker of (?:hope|doubt|fear|something|recognition|amusement|emotion|uncertainty)',
  'something (?:shifted|changed) (?:in|between|inside)',
  '{p} heart (?:hammered|pounded|thundered|raced|thudded) (?:in|against) {p} (?:chest|ribs|ribcage)',
  'in the grand scheme of things',
  'time (?:itself )?(?:seemed to )?(?:stood|stand|stop|stopped) still',
  'the world (?:seemed to )?(?:fell|fall|falling) away',
  'a beacon of (?:hope|light)',
  '(?:every|each) fib(?:er|re) of {p} being',
  'a pang of',
  'a wave of (?:relief|nausea|exhaustion|emotion|grief|dread|guilt|panic|sadness|warmth)',
  'a jolt of (?:electricity|adrenaline)',
  'ministrations',
  'unbeknownst to',
  '(?:emerald|sapphire|azure|cerulean|amber|hazel) orbs',
  'delv(?:e|ed|es|ing) (?:deeper )?into',
  'steely (?:resolve|determination|gaze|glint)',
  'newfound (?:sense|resolve|determination|confidence|strength)',
  'deafening silence',
  'silence (?:was )?deafening',
  "could(?:n't| not) help but",
  '(?:smile|grin) (?:tugged|played|pulled) at (?:the corners? of )?{p} (?:lips|mouth)',
  '{p} breath (?:hitched|caught in {p} throat)',
  '(?:eyes|gaze) (?:\\w+ )?bor(?:e|ed|ing) into',
  '(?:dripping|laced) with (?:sarcasm|venom|malice|menace|concern|disdain|contempt)',
  'a knot (?:\\w+ ){0,2}in {p} (?:stomach|chest|throat|gut)',
  '(?:scent|smell|tang) of ozone',
  '(?:electricity|energy) crackled',
  'only time (?:would|will) tell',
  'little did {s} know',
  'the calm before the storm',
  'an unspoken (?:understanding|promise|agreement|question)',
  'bustling (?:city|market(?:place)?|streets?|metropolis)',
  'a sense of (?:dread|unease|foreboding)',
  'unshed tears',
  'the ghost of a smile',
  'a wry smile',
  'a stark reminder',
  'sent a shiver',
  'the air crackled',
  "(?:it|this) was(?:n't| not) just (?:a|an|about) \\w+[,;] it was",
];

export interface PhrasePattern {
  /** What the writer configured, or the built-in source: shown in messages about bad patterns. */
  readonly source: string;
  readonly regex: RegExp;
}

export interface PhraseList {
  readonly patterns: readonly PhrasePattern[];
  /** Matched wordings (lower case, single spaces) a writer lets through. */
  readonly allowed: ReadonlySet<string>;
}

/** Compiles the built-in list plus a writer's own phrases (plain text, matched as words, any case). */
/** Compiled once: `matchAll` works on a copy, so one global regex serves every lint. */
let builtIn: readonly PhrasePattern[] | undefined;

export function phraseList(extra: readonly string[], allowed: readonly string[] = []): PhraseList {
  builtIn ??= BUILT_IN_PHRASES.map((source) => ({ source, regex: compile(expand(source)) }));
  const own = extra
    .map((p) => p.trim())
    .filter(Boolean)
    .map((source) => ({ source, regex: compile(literal(source)) }));
  return { patterns: [...builtIn, ...own], allowed: new Set(allowed.map(normalizePhrase)) };
}

export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

function expand(source: string): string {
  return source.replace(/\{p\}/g, POSSESSIVE).replace(/\{s\}/g, SUBJECT).replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

function literal(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function compile(body: string): RegExp {
  // Word edges only where the phrase starts or ends with a word character: "…!" still matches.
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}
