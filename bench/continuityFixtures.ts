// The continuity bench's labelled stories: two with contradictions planted in their later
// chapters (each label names the passage and the evidence it breaks), and two clean controls
// whose chapters agree with their bible and with each other. Written by hand, as files a run
// would leave (brief, bible, outline, drafts), so the check reads exactly what a writer's story holds.
import { join } from 'node:path';
import type { Bible } from '../src/core/documents/bible';
import { renderBible } from '../src/core/documents/bibleMarkdown';
import { renderChapter } from '../src/core/documents/chapter';
import type { Outline } from '../src/core/documents/outline';
import { renderOutline } from '../src/core/documents/outlineMarkdown';
import type { FileSystem } from '../src/core/ports';
import { stageFile } from '../src/core/stages';
import type { Brief } from '../src/core/story/brief';
import { renderBrief } from '../src/core/story/briefFile';

/** A contradiction planted on purpose: the chapter's words and the earlier words they break. */
export interface PlantedContradiction {
  readonly chapter: number;
  readonly passage: string;
  readonly evidence: string;
  /** `bible` or `chapter N`. */
  readonly source: string;
}

export interface LabelledStory {
  readonly name: string;
  readonly brief: Brief;
  readonly bible: Bible;
  readonly chapters: readonly { readonly title: string; readonly prose: string }[];
  readonly planted: readonly PlantedContradiction[];
}

const keeperBible: Bible = {
  characters: [
    {
      name: 'Mara Vell',
      role: 'protagonist',
      goal: 'To keep the light burning until the Board relents.',
      flaw: 'She mistakes endurance for love.',
      arc: 'From keeping to letting go.',
      voice: 'Clipped, wry, precise.',
      description: 'Forty years old, with grey eyes and her brother’s oilskin coat three sizes too big.',
    },
    {
      name: 'Jonah Hale',
      role: 'the letter writer',
      goal: 'To find out what happened to Tomas.',
      flaw: 'Romantic to the point of blindness.',
      arc: 'From illusion to truth.',
      voice: 'Florid, warm, full of questions.',
      description: 'A schoolteacher on the mainland who has never been to sea.',
    },
  ],
  setting: {
    world: 'The Northern Lighthouse Board is automating the lights; keepers are being let go.',
    era: 'Winter 1962',
    places: [
      { name: 'The Skerry Light', description: 'A granite tower on a bare rock, forty metres high, with one hundred and twelve steps.' },
      { name: 'The Landing', description: 'Iron rungs slick with weed, usable only at low tide.' },
    ],
  },
  rules: ['The supply boat comes every fourteen days, weather permitting.', 'Tomas drowned on 3 November 1961 and his body was never found.'],
  styleGuide: { voice: 'Spare and concrete, weather as mood.', tense: 'past', pointOfView: 'Close third on Mara throughout.', notes: ['Dialogue without adverbs.'] },
};

const archiveBible: Bible = {
  characters: [
    {
      name: 'Ines Moreau',
      role: 'protagonist',
      goal: 'To learn who writes the names in the ledger.',
      flaw: 'She trusts paper more than people.',
      arc: 'From cataloguing the dead to saving the living.',
      voice: 'Dry, exact, given to footnotes.',
      description: 'An archivist of thirty-five who walks with a cane since the flood.',
    },
    {
      name: 'Aurelio Brandt',
      role: 'the harbour master',
      goal: 'To keep the drowned quarter closed.',
      flaw: 'Cowardice dressed as caution.',
      arc: 'From hiding the ledger to handing it over.',
      voice: 'Formal, evasive, polite to a fault.',
      description: 'An old man with a silver beard who lost his son in the flood.',
    },
  ],
  setting: {
    world: 'Half of the city of Salencia has been underwater since the flood of 1998.',
    era: 'The present day, a wet autumn',
    places: [
      { name: 'The Salt Archive', description: 'A records office on stilts above the drowned quarter, reached only by boat.' },
      { name: 'The Bell Tower', description: 'The last dry building in the drowned quarter; its bell has been silent since the flood.' },
    ],
  },
  rules: ['Nobody may enter the drowned quarter after dark.', 'The ledger can only be read by lamplight.'],
  styleGuide: { voice: 'Precise and cold, with sudden warmth.', tense: 'past', pointOfView: 'Close third on Ines.', notes: ['No dream sequences.'] },
};

export const LABELLED_STORIES: readonly LabelledStory[] = [
  {
    name: 'planted-keeper',
    brief: brief('The Lighthouse Keeper', 'A keeper on a remote island finds a message in a bottle addressed to her dead brother.'),
    bible: keeperBible,
    chapters: [
      {
        title: 'The Bottle',
        prose: [
          'Mara climbed the one hundred and twelve steps before dawn, as she had every morning since Tomas drowned. The wick wanted trimming and the glass wanted wiping, and she did both without thinking.',
          'At low tide she went down to the Landing. The iron rungs were slick with weed. Wedged between two rocks was a green bottle with a letter inside, rolled tight and tied with red thread.',
          'She burned her left hand on the rope hauling the water barrel back up, and bound it with a strip of sailcloth. The letter was addressed to Tomas Vell, care of the Skerry Light.',
          'She did not open it that night. She set it on the kitchen table beside the tide tables and watched it until the lamp needed her again.',
        ].join('\n\n'),
      },
      {
        title: 'The Letter',
        prose: [
          'In the morning Mara read the letter. It was from a man called Jonah Hale, a schoolteacher in Wick, who wrote that he had found a message from Tomas in a bottle a year ago.',
          'Her bandaged hand made the paper awkward to hold. Jonah asked what the light looked like from the inside, and whether the keeper was kind.',
          'She counted the days on the calendar. The supply boat was due in nine days, and she would have to decide before then whether to send an answer with it.',
          'That night the wind backed to the north and the lamp guttered twice. She sat with it until it steadied, and began a reply in her head.',
        ].join('\n\n'),
      },
      {
        title: 'The Answer',
        prose: [
          'Tomas came up the stairs with the lamp oil while she was writing, and set the can down by the door without a word.',
          'Mara wrote to Jonah with both hands steady on the page, the burn long forgotten. She told him about the light and the weather and the gulls.',
          'The supply boat came every Sunday, and this Sunday it came early, the skipper shouting over the swell that the Board had sent a letter of its own.',
          'Her brown eyes stung in the wind as she handed the skipper her reply, sealed in oilcloth against the spray.',
        ].join('\n\n'),
      },
    ],
    planted: [
      { chapter: 3, passage: 'Tomas came up the stairs with the lamp oil', evidence: 'Tomas drowned on 3 November 1961 and his body was never found.', source: 'bible' },
      { chapter: 3, passage: 'The supply boat came every Sunday', evidence: 'The supply boat comes every fourteen days, weather permitting.', source: 'bible' },
      { chapter: 3, passage: 'Her brown eyes stung in the wind', evidence: 'Forty years old, with grey eyes', source: 'bible' },
      { chapter: 3, passage: 'with both hands steady on the page, the burn long forgotten', evidence: 'She burned her left hand on the rope', source: 'chapter 1' },
    ],
  },
  {
    name: 'planted-archive',
    brief: brief('The Salt Archive', 'An archivist in a drowned city finds a ledger that lists the dead before they die.'),
    bible: archiveBible,
    chapters: [
      {
        title: 'The Ledger',
        prose: [
          'Ines rowed to the Salt Archive at first light, her cane laid across the thwart. The records office stood on its stilts above the drowned quarter like a heron waiting for fish.',
          'In the map room she found a ledger that was not in any catalogue. Its last entry was dated tomorrow, in a hand she did not know, and it named Aurelio Brandt.',
          'She lit the lamp to read it properly, because the ink vanished in daylight. The entry said that Brandt would drown at the Bell Tower at the turn of the tide.',
        ].join('\n\n'),
      },
      {
        title: 'The Harbour Master',
        prose: [
          'Aurelio Brandt received her in his office with tea and a silver beard freshly combed. He listened to her without interrupting, and then he asked her to burn the ledger.',
          'He told her his son had drowned in the flood, and that the ledger had listed him a day before. Ines wrote this down, as she wrote everything down.',
          'When she left, the tide was turning. She could see the Bell Tower across the water, dark and silent as it had been for twenty-five years.',
        ].join('\n\n'),
      },
      {
        title: 'The Bell',
        prose: [
          'Ines ran along the quay to the boats, her cane forgotten in the archive, and rowed into the drowned quarter long after dark.',
          'The bell of the Bell Tower was ringing, as it rang every evening, calling the last ferries home across the flooded streets.',
          'She read the ledger again by the light of her phone screen. The entry for Aurelio Brandt had changed: it now named her.',
        ].join('\n\n'),
      },
    ],
    planted: [
      { chapter: 3, passage: 'rowed into the drowned quarter long after dark', evidence: 'Nobody may enter the drowned quarter after dark.', source: 'bible' },
      { chapter: 3, passage: 'The bell of the Bell Tower was ringing, as it rang every evening', evidence: 'its bell has been silent since the flood', source: 'bible' },
      { chapter: 3, passage: 'She read the ledger again by the light of her phone screen', evidence: 'The ledger can only be read by lamplight.', source: 'bible' },
      { chapter: 3, passage: 'Ines ran along the quay to the boats', evidence: 'walks with a cane since the flood', source: 'bible' },
    ],
  },
  {
    name: 'clean-keeper',
    brief: brief('The Lighthouse Keeper', 'A keeper on a remote island finds a message in a bottle addressed to her dead brother.'),
    bible: keeperBible,
    chapters: [
      {
        title: 'The Bottle',
        prose: [
          'Mara climbed the one hundred and twelve steps before dawn. The wick wanted trimming and she trimmed it, her grey eyes narrowed against the smoke.',
          'At low tide she went down to the Landing and found a green bottle wedged between the rocks, with a letter inside addressed to Tomas, who had drowned the winter before.',
          'She set the letter on the kitchen table beside the tide tables and did not open it.',
        ].join('\n\n'),
      },
      {
        title: 'The Answer',
        prose: [
          'She read it in the morning. A schoolteacher called Jonah Hale wanted to know what the light looked like from the inside.',
          'The supply boat was due in fourteen days, weather permitting, and she wrote her answer slowly over the first week of them.',
          'When the boat came she handed the skipper the letter, sealed in oilcloth, and climbed back up to the lamp.',
        ].join('\n\n'),
      },
    ],
    planted: [],
  },
  {
    name: 'clean-archive',
    brief: brief('The Salt Archive', 'An archivist in a drowned city finds a ledger that lists the dead before they die.'),
    bible: archiveBible,
    chapters: [
      {
        title: 'The Ledger',
        prose: [
          'Ines rowed to the Salt Archive at first light, her cane across the thwart, and climbed the ladder to the map room.',
          'The ledger she found there could only be read by lamplight, so she lit the lamp and read the next day’s entry: Aurelio Brandt.',
          'She rowed home before dark, as everyone did, and the Bell Tower stood silent behind her over the water.',
        ].join('\n\n'),
      },
      {
        title: 'The Warning',
        prose: [
          'In the morning she took the ledger to the harbour master. Brandt stroked his silver beard and asked her, very politely, to burn it.',
          'She refused. She walked back to the boats with her cane, slowly, and spent the afternoon copying the entry by lamplight.',
          'At dusk she left the archive and was home before the dark closed over the drowned quarter.',
        ].join('\n\n'),
      },
    ],
    planted: [],
  },
];

function brief(title: string, premise: string): Brief {
  return { title, genre: 'literary fiction', pointOfView: 'third-limited', targetWords: 1500, chapters: 3, language: 'English', premise };
}

/** Writes a labelled story as a run would leave it, under `root/name`; returns the story folder. */
export async function writeLabelledStory(fs: FileSystem, root: string, story: LabelledStory): Promise<string> {
  const dir = join(root, story.name);
  const put = (rel: string, text: string) => fs.writeFile(join(dir, rel), new TextEncoder().encode(text));
  const outline: Outline = {
    chapters: story.chapters.map((c, i) => ({ number: i + 1, title: c.title, summary: c.prose.split('. ')[0]!, beats: [c.title], targetWords: 500 })),
  };
  await put('brief.md', renderBrief({ ...story.brief, chapters: story.chapters.length }));
  await put(stageFile('bible'), renderBible(story.bible));
  await put(stageFile('outline'), renderOutline(outline));
  for (const [i, c] of story.chapters.entries()) await put(stageFile('draft', i + 1), renderChapter(i + 1, c.title, c.prose));
  return dir;
}
