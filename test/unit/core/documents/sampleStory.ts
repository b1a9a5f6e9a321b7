import type { Bible } from '../../../../src/core/documents/bible';
import type { Concept } from '../../../../src/core/documents/concept';
import type { Outline } from '../../../../src/core/documents/outline';
import type { Brief } from '../../../../src/core/story/brief';

/** One small story used across the story-model tests. */

export const brief: Brief = {
  title: 'The Lighthouse Keeper',
  genre: 'literary fiction',
  tone: 'melancholy but hopeful',
  audience: 'adult readers',
  pointOfView: 'third-limited',
  targetWords: 3000,
  language: 'English',
  premise: 'A keeper on a remote island finds a message in a bottle addressed to her dead brother.',
};

export const concept: Concept = {
  title: 'The Lighthouse Keeper',
  logline: 'A grieving lighthouse keeper must decide whether to answer a letter meant for her drowned brother before the supply boat takes her off the island for good.',
  premise: 'Mara Vell has kept the Skerry light alone since the storm that took Tomas.\n\nWhen a bottle washes up with a letter addressed to him, she begins to write back.',
  protagonist: 'Mara Vell, forty, precise, funny in a dry way, unable to leave.',
  setting: 'A granite skerry in the North Sea, 1962, the last winter before automation.',
  centralConflict: 'Mara against the sea, the Board, and her own refusal to grieve.',
  stakes: 'If she leaves, the light goes dark and with it the last of Tomas.',
  hook: 'A letter for a dead man, in handwriting she knows.',
  themes: ['grief and memory', 'the work of keeping'],
  tone: 'Quiet, salt-stung, tender.',
  ending: 'She answers the letter, lights the lamp one last time, and steps onto the boat.',
};

export const bible: Bible = {
  characters: [
    {
      name: 'Mara Vell',
      role: 'protagonist',
      goal: 'To keep the light burning until the Board relents.',
      flaw: 'She mistakes endurance for love.',
      arc: 'From keeping to letting go.',
      voice: 'Clipped, wry, precise: "The sea does not care, so I must."',
      description: "Forty, weathered, with her brother's oilskin coat three sizes too big.",
    },
    {
      name: 'Jonah Hale',
      role: 'the letter writer',
      goal: 'To find out what happened to Tomas.',
      flaw: 'Romantic to the point of blindness.',
      arc: 'From illusion to truth.',
      voice: 'Florid, warm, full of questions.',
      description: 'A schoolteacher on the mainland.',
    },
  ],
  setting: {
    world: 'The Northern Lighthouse Board is automating the lights; keepers are being let go.',
    era: 'Winter 1962',
    places: [
      { name: 'The Skerry Light', description: 'A granite tower on a bare rock, forty metres high.' },
      { name: 'The Landing', description: 'Iron rungs slick with weed.' },
    ],
  },
  rules: ['The supply boat comes every fourteen days, weather permitting.', 'Tomas drowned on 3 November 1961.'],
  styleGuide: {
    voice: 'Spare and concrete, weather as mood.',
    tense: 'past',
    pointOfView: 'Close third on Mara throughout.',
    notes: ['No flashbacks longer than a paragraph.', 'Dialogue without adverbs.'],
  },
};

export const outline: Outline = {
  chapters: [
    {
      number: 1,
      title: 'The Bottle',
      summary: 'Mara finds the bottle and reads the letter to Tomas.',
      beats: ['Mara trims the wick at dawn.', 'She finds the bottle at the Landing.', 'She recognises nothing, and everything.'],
      targetWords: 1500,
    },
    {
      number: 2,
      title: 'The Answer',
      summary: 'Mara writes back, and the boat comes.',
      beats: ['She writes the answer by lamplight.', 'The boat arrives early.', 'She leaves.'],
      targetWords: 1500,
      pov: 'Mara',
    },
  ],
};
