/**
 * Word lists the rules share. Written for fiction: the general-purpose lists on npm (weasels,
 * hedges, fillers) flag words fiction lives on ("felt", "began", "back", "could").
 */

const FUNCTION_WORDS = `a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself i'm i'd i'll i've he's she's it's he'd she'd they'd we'd you'd don't didn't doesn't can't couldn't wouldn't won't wasn't weren't isn't aren't hadn't hasn't haven't shouldn't let's that's there's one back still even again`;

/** Content words so common in narration that sharing them says nothing ("for the first time in years" is idiom, not a tic). */
const COMMON_NARRATION_WORDS = `time first last next years year day days night way thing things something nothing anything everything people man woman men women moment little long like made make said went came got get know knew think thought look looked see saw felt feel seemed seem around away right new old good well much many never always enough another every two three yet though might must shall`;

/** What a repeated phrase needs three words outside of before its repeat counts. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${COMMON_NARRATION_WORDS}`.split(/\s+/));

/** Words that intensify without adding meaning. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'really',
  'extremely',
  'incredibly',
  'utterly',
  'absolutely',
  'totally',
  'completely',
  'truly',
  'deeply',
  'quite',
  'terribly',
  'awfully',
  'immensely',
  'unbelievably',
  'profoundly',
]);

/** Words ending in -ly that are not adverbs (or are names and nouns). */
const NOT_ADVERBS = new Set(
  `only family early reply supply fly ally belly holy lonely lovely ugly friendly likely daily silly jelly bully rely apply imply july italy assembly anomaly butterfly dragonfly jolly gully chilly costly deadly elderly hilly homely lively lowly manly orderly sickly smelly sly timely wily woolly wobbly curly burly surly rally tally folly dolly melancholy monopoly comply multiply ply sly fly dally bubbly cuddly crinkly prickly bristly sparkly wriggly scaly oily hilly frilly gangly gnarly lily emily sally molly holly kelly billy polly nelly shelly nelly beverly kimberly ely reilly dally weekly monthly yearly nightly hourly underbelly unlikely unruly unholy ungainly unsightly heavenly ghostly beastly courtly stately portly saintly worldly earthly motherly fatherly brotherly sisterly neighbourly neighborly cowardly scholarly leisurely kindly goodly measly grisly grizzly drizzly`.split(
    /\s+/,
  ),
);

/** An -ly adverb ("softly", "suddenly"), judged by its spelling. */
export function isLyAdverb(key: string): boolean {
  return key.length > 4 && key.endsWith('ly') && !NOT_ADVERBS.has(key) && !key.includes('-');
}

/** Verbs of speech that make a plain dialogue tag. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'asked',
  'asks',
  'replied',
  'whispered',
  'murmured',
  'muttered',
  'shouted',
  'called',
  'answered',
  'added',
  'cried',
  'yelled',
  'told',
  'repeated',
  'began',
  'continued',
  'snapped',
  'hissed',
  'growled',
] as const;

/**
 * "Said-bookisms": tags that perform instead of report. Verbs that cannot carry speech at all
 * ("smiled", "laughed") are included: `"Yes," she smiled.` is the commonest form of the tic.
 */
export const BOOKISMS = [
  'hissed',
  'growled',
  'snarled',
  'purred',
  'breathed',
  'chuckled',
  'smirked',
  'smiled',
  'grinned',
  'laughed',
  'sighed',
  'exclaimed',
  'ejaculated',
  'intoned',
  'opined',
  'retorted',
  'quipped',
  'barked',
  'spat',
  'gasped',
  'huffed',
  'scoffed',
  'sneered',
  'chirped',
  'cooed',
  'drawled',
  'rasped',
  'croaked',
  'interjected',
  'admonished',
] as const;
