// The story both demos write: short, so a run takes seconds.
export const SAMPLE_STORY = {
  slug: 'the-glass-orchard',
  title: 'The Glass Orchard',
  premise: 'An orchardist grows trees whose fruit holds the memories of whoever planted them.',
  words: 1200,
  chapters: 3,
} as const;

/** `story-writer new` arguments for the sample story in `dir`. */
export function newStoryArguments(dir: string): string[] {
  return ['new', dir, '--title', SAMPLE_STORY.title, '--premise', SAMPLE_STORY.premise, '--words', String(SAMPLE_STORY.words), '--chapters', String(SAMPLE_STORY.chapters)];
}
