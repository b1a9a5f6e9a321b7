import * as z from 'zod';
import { complete, optionalText, optionalTextList, requiredLine, type CompleteResult, type NoteDefault } from './lenient';
import { extrasFrom, type DocumentExtras } from './markdown/extras';

/**
 * The story bible: who is in the story, where it happens, what may and may not happen there, and
 * how the prose should sound. Every chapter is drafted and revised against it, so the schema asks
 * for what keeps a long story consistent (goals, flaws, voices, hard rules).
 */

export const characterSchema = z.object({
  name: z.string().describe('Full name as it appears in the story.'),
  role: z.string().describe('Role in the story: protagonist, antagonist, mentor, love interest, foil, …'),
  goal: z.string().describe('What the character wants, concretely, and why.'),
  flaw: z.string().describe('The flaw or wound that gets in their way.'),
  arc: z.string().describe('How the character changes (or refuses to) from first page to last.'),
  voice: z.string().describe('How they speak and think: diction, rhythm, verbal habits; a sample line if useful.'),
  description: z.string().describe('Appearance, history and telling details, in a short paragraph.'),
});

export const placeSchema = z.object({
  name: z.string().describe('Name of the place.'),
  description: z.string().describe('What it looks, sounds and smells like, and why it matters to the story.'),
});

export const bibleSchema = z.object({
  characters: z.array(characterSchema).min(1).describe('The main and important supporting characters, protagonist first.'),
  setting: z
    .object({
      world: z.string().describe('The world of the story: society, atmosphere, history that matters, in one or two paragraphs.'),
      era: z.string().describe('When the story takes place (period, season, time span).'),
      places: z.array(placeSchema).describe('The key locations where scenes happen.'),
    })
    .describe('Where and when the story happens.'),
  rules: z.array(z.string()).describe('Hard facts and constraints every chapter must respect: how magic or technology works, what characters know, timeline facts.'),
  styleGuide: z
    .object({
      voice: z.string().describe('Narrative voice and prose style.'),
      tense: z.string().describe('Narrative tense, e.g. past or present.'),
      pointOfView: z.string().describe('Point of view and whose perspective, per the brief.'),
      notes: z.array(z.string()).describe('Further style rules: dialogue, imagery, words or devices to avoid.'),
    })
    .describe('How the prose should read, so every chapter sounds like one book.'),
});

export type CharacterReply = z.infer<typeof characterSchema>;
export type Place = z.infer<typeof placeSchema>;
export type BibleReply = z.infer<typeof bibleSchema>;

/** A bullet the writer added to a character that no field holds (`- **Age:** 34`); label may be ''. */
export interface CharacterDetail {
  readonly label: string;
  readonly value: string;
}

export type Character = CharacterReply & { readonly details?: readonly CharacterDetail[] };
export type Bible = Omit<BibleReply, 'characters'> & { characters: Character[] } & DocumentExtras;

/**
 * Completes a (possibly partial) bible: at least one character, each with a name, is required;
 * everything else defaults to empty. Character `details` and document extras are carried over.
 */
export function completeBible(raw: unknown): CompleteResult<Bible> {
  const result = complete((note) => lenientBible(note), raw, 'bible');
  if (!result.ok) return result;
  const rawCharacters = (raw as { characters?: unknown[] }).characters ?? [];
  const characters = result.value.characters.map((c, i) => ({ ...c, ...detailsFrom(rawCharacters[i]) }));
  return { ...result, value: { ...result.value, characters, ...extrasFrom(raw) } };
}

function lenientBible(note: NoteDefault) {
  const character = z.object({
    name: requiredLine(),
    role: optionalText(note, 'characters.role'),
    goal: optionalText(note, 'characters.goal'),
    flaw: optionalText(note, 'characters.flaw'),
    arc: optionalText(note, 'characters.arc'),
    voice: optionalText(note, 'characters.voice'),
    description: optionalText(note, 'characters.description'),
  });
  const place = z.object({ name: requiredLine(), description: optionalText(note, 'setting.places.description') });
  const emptySetting = { world: '', era: '', places: [] as Place[] };
  const emptyStyle = { voice: '', tense: '', pointOfView: '', notes: [] as string[] };
  return z.object({
    characters: z.array(character).min(1, { error: 'needs at least one character' }),
    setting: z
      .object({
        world: optionalText(note, 'setting.world'),
        era: optionalText(note, 'setting.era'),
        // A place without a name is dropped on its own rather than losing every place.
        places: z
          .array(z.unknown())
          .transform((items) =>
            items.flatMap((item) => {
              const parsed = place.safeParse(item);
              if (!parsed.success) note('setting.places');
              return parsed.success ? [parsed.data] : [];
            }),
          )
          .catch(() => {
            note('setting.places');
            return [];
          }),
      })
      .catch(() => {
        note('setting');
        return emptySetting;
      }),
    rules: optionalTextList(note, 'rules'),
    styleGuide: z
      .object({
        voice: optionalText(note, 'styleGuide.voice'),
        tense: optionalText(note, 'styleGuide.tense'),
        pointOfView: optionalText(note, 'styleGuide.pointOfView'),
        notes: optionalTextList(note, 'styleGuide.notes'),
      })
      .catch(() => {
        note('styleGuide');
        return emptyStyle;
      }),
  });
}

function detailsFrom(raw: unknown): Pick<Character, 'details'> {
  const details = (raw as { details?: unknown } | undefined)?.details;
  if (!Array.isArray(details)) return {};
  const valid = details.filter(
    (d): d is CharacterDetail => d !== null && typeof d === 'object' && typeof (d as CharacterDetail).label === 'string' && typeof (d as CharacterDetail).value === 'string',
  );
  return valid.length > 0 ? { details: valid } : {};
}
