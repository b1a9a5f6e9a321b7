import type { ParseResult, Problem } from '../story/problem';
import { completeBible, type Bible, type Character, type CharacterDetail, type CharacterReply, type Place } from './bible';
import type { ParseDocumentOptions, RenderDocumentOptions } from './documentOptions';
import { readBlocks, renderItem, type Block } from './markdown/blocks';
import { extraSection, extrasOf, renderExtraSections, type ExtraSection } from './markdown/extras';
import { renderHeading, splitSections, type Heading, type SourceLine } from './markdown/sections';
import { escapeText, headingKey, labelKey, normalizeLine, normalizeText, renderLabel, splitLabel, unescapeText } from './markdown/text';
import { stageFile } from '../stages';

/**
 * `02-bible.md` ⇄ `Bible`. Characters are `###` sections with labelled bullets and a free
 * description; places are `- **Name:** description` bullets (or sub-headings); rules and style
 * notes are bullets. Reading goes by what headings and labels say, so a renamed, re-levelled or
 * re-ordered section still lands in the right field.
 */

type CharacterField = Exclude<keyof CharacterReply, 'name'>;

const CHARACTER_BULLETS: ReadonlyArray<{ field: Exclude<CharacterField, 'description'>; label: string }> = [
  { field: 'role', label: 'Role' },
  { field: 'goal', label: 'Goal' },
  { field: 'flaw', label: 'Flaw' },
  { field: 'arc', label: 'Arc' },
  { field: 'voice', label: 'Voice' },
];

/** Label keys (see `headingKey`) → field. Writers say "Want" or "Weakness" as often as "Goal". */
const CHARACTER_LABELS = labelMap<CharacterField>({
  role: ['role', 'part', 'function', 'role in story'],
  goal: ['goal', 'goals', 'want', 'wants', 'desire', 'motivation', 'objective'],
  flaw: ['flaw', 'flaws', 'weakness', 'wound', 'fatal flaw'],
  arc: ['arc', 'character arc', 'change', 'journey'],
  voice: ['voice', 'speech', 'voice and speech', 'way of speaking', 'dialogue'],
  description: ['description', 'appearance', 'looks', 'bio', 'background', 'backstory', 'history'],
});
const SETTING_LABELS = labelMap<'world' | 'era'>({
  world: ['world', 'overview', 'society', 'description', 'atmosphere'],
  era: ['era', 'period', 'time', 'time period', 'when', 'time span'],
});
const STYLE_LABELS = labelMap<'voice' | 'tense' | 'pointOfView'>({
  voice: ['voice', 'narrative voice', 'prose', 'prose style', 'style'],
  tense: ['tense', 'narrative tense'],
  pointOfView: ['point of view', 'pov', 'viewpoint', 'perspective', 'narration'],
});

type SectionKind = 'characters' | 'setting' | 'era' | 'places' | 'rules' | 'style';
const SECTION_NAMES = labelMap<SectionKind>({
  characters: ['characters', 'cast', 'character', 'dramatis personae', 'people', 'main characters', 'supporting characters', 'minor characters', 'cast of characters'],
  setting: ['setting', 'world', 'the world', 'world building', 'worldbuilding', 'setting and world'],
  era: ['era', 'time period', 'period'],
  places: ['places', 'locations', 'key places', 'key locations', 'places and locations'],
  rules: ['rules', 'world rules', 'rules of the world', 'constraints', 'laws', 'canon', 'facts', 'continuity'],
  style: ['style guide', 'style', 'prose style', 'voice and style', 'style notes', 'writing style'],
});

const TITLE_HEADING = /^\s*(?:story\s+)?bible\b\s*(?:[:\-–—|]\s*(.*))?$/i;

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────

export function renderBible(bible: Bible, options: RenderDocumentOptions = {}): string {
  const parts = [renderHeading(1, options.title ? `Story Bible: ${options.title}` : 'Story Bible')];
  if (bible.preamble) parts.push(bible.preamble);
  parts.push(renderHeading(2, 'Characters'), ...bible.characters.map(renderCharacter));
  const setting = renderSetting(bible.setting);
  if (setting) parts.push(setting);
  if (bible.rules.length > 0) parts.push(`${renderHeading(2, 'World Rules')}\n\n${bulletList(bible.rules)}`);
  const style = renderStyle(bible.styleGuide);
  if (style) parts.push(style);
  parts.push(...renderExtraSections(bible.extraSections));
  return `${parts.join('\n\n')}\n`;
}

function renderCharacter(c: Character): string {
  const bullets = CHARACTER_BULLETS.filter(({ field }) => c[field] !== '').map(({ field, label }) => renderLabelItem(label, c[field]));
  for (const d of c.details ?? []) bullets.push(d.label ? renderLabelItem(d.label, d.value) : renderItem(escapeText(d.value, { lists: false })));
  const parts = [renderHeading(3, c.name)];
  if (bullets.length > 0) parts.push(bullets.join('\n'));
  if (c.description) parts.push(escapeText(c.description, { lists: true }));
  return parts.join('\n\n');
}

function renderSetting(setting: Bible['setting']): string {
  const parts: string[] = [];
  if (setting.era) parts.push(renderLabelItem('Era', setting.era));
  if (setting.world) parts.push(escapeText(setting.world, { lists: true }));
  if (setting.places.length > 0) {
    parts.push(renderHeading(3, 'Places'), setting.places.map((p) => renderLabelItem(p.name, p.description)).join('\n'));
  }
  return parts.length > 0 ? [renderHeading(2, 'Setting'), ...parts].join('\n\n') : '';
}

function renderStyle(style: Bible['styleGuide']): string {
  const bullets = [
    ...(style.voice ? [renderLabelItem('Voice', style.voice)] : []),
    ...(style.tense ? [renderLabelItem('Tense', style.tense)] : []),
    ...(style.pointOfView ? [renderLabelItem('Point of view', style.pointOfView)] : []),
    ...style.notes.map((n) => renderItem(escapeText(n, { lists: false }))),
  ];
  return bullets.length > 0 ? `${renderHeading(2, 'Style Guide')}\n\n${bullets.join('\n')}` : '';
}

/**
 * `- **Label:** value`. The value's first line follows the label, so it is not at a line start
 * and needs no escaping (escaping it would leave a visible backslash); later lines do.
 */
function renderLabelItem(label: string, value: string): string {
  if (!value) return renderItem(`**${label}:**`);
  const [first, ...rest] = value.split('\n');
  const tail = rest.length > 0 ? `\n${escapeText(rest.join('\n'), { lists: false })}` : '';
  return renderItem(renderLabel(label, `${first}${tail}`));
}

function bulletList(items: readonly string[]): string {
  return items.map((i) => renderItem(escapeText(i, { lists: false }))).join('\n');
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────

interface Draft {
  readonly heading: Heading;
  readonly lines: SourceLine[];
}

/** Where the walk over the headings currently is; sub-headings attach to it. */
type Context =
  | { readonly kind: 'characters' | 'places'; readonly level: number; current?: Draft }
  | { readonly kind: 'setting' | 'era' | 'rules' | 'style'; readonly level: number; readonly lines: SourceLine[] };

export function parseBible(body: string, options: ParseDocumentOptions = {}): ParseResult<Bible> {
  const file = options.file ?? stageFile('bible');
  const { preamble, sections } = splitSections(body);
  const preambleLines = [...preamble];
  const extras: ExtraSection[] = [];
  const characters: Draft[] = [];
  const places: Draft[] = [];
  const placeLines: SourceLine[] = [];
  const text = { setting: [] as SourceLine[], era: [] as SourceLine[], rules: [] as SourceLine[], style: [] as SourceLine[] };
  let charactersHeading: Heading | undefined;
  let titleSeen = false;
  let ctx: Context | undefined;

  for (const section of sections) {
    const { heading, lines } = section;
    // A character who happens to be called "Canon" or "Places" is still a character.
    const inCast = ctx?.kind === 'characters' && heading.level > ctx.level && looksLikeCharacter(lines);
    const kind = inCast ? undefined : SECTION_NAMES.get(headingKey(heading.text));
    const titleMatch = TITLE_HEADING.exec(heading.text);

    if (kind === undefined && !titleSeen && (titleMatch || heading.level === 1)) {
      titleSeen = true;
      preambleLines.push(...lines);
      ctx = undefined;
    } else if (kind === 'characters') {
      charactersHeading ??= heading;
      // Characters the writer named in a bold line, with no heading of their own.
      const { before, named } = splitAtBoldNames(lines, heading.level + 1, 'any-with-text');
      if (hasText(before)) extras.push({ heading: 'Character Notes', level: heading.level, body: normalizeText(before.map((l) => l.text).join('\n')) });
      ctx = { kind, level: heading.level, ...(named.length > 0 ? { current: addCharacters(characters, named) } : {}) };
    } else if (kind === undefined && ctx?.kind !== 'characters' && heading.level > 1 && looksLikeCharacter(lines)) {
      // A character added after another section (`### Tomas` below `## Setting`) is still a
      // character; the section goes on after it (a later `### The Harbour` is setting prose).
      addCharacters(characters, withHeading(heading, splitAtBoldNames(lines, heading.level)));
    } else if (kind === 'places') {
      placeLines.push(...lines);
      ctx = { kind, level: heading.level };
    } else if (kind !== undefined) {
      text[kind].push(...lines);
      ctx = { kind, level: heading.level, lines: text[kind] };
    } else if (ctx?.kind === 'characters' || ctx?.kind === 'places') {
      const inCharacters = ctx.kind === 'characters';
      // A deeper heading is part of the current entry, unless it is a character of its own.
      if (ctx.current && heading.level > ctx.current.heading.level && !(inCharacters && looksLikeCharacter(lines))) {
        const { before, named } = inCharacters ? splitAtBoldNames(lines, ctx.current.heading.level) : { before: [...lines], named: [] };
        ctx.current.lines.push(headingLine(heading), ...before);
        if (named.length > 0) ctx.current = addCharacters(characters, named);
      } else if (heading.level > ctx.level || (inCharacters && looksLikeCharacter(lines))) {
        if (inCharacters) {
          ctx.current = addCharacters(characters, withHeading(heading, splitAtBoldNames(lines, heading.level)));
        } else {
          ctx.current = { heading, lines: [...lines] };
          places.push(ctx.current);
        }
      } else {
        extras.push(extraSection(section));
        ctx = undefined;
      }
    } else if (ctx && (ctx.kind === 'setting' || ctx.kind === 'era') && heading.level > ctx.level) {
      ctx.lines.push(headingLine(heading), ...lines); // a sub-heading inside the setting's prose stays there
    } else {
      extras.push(extraSection(section));
      ctx = undefined;
    }
  }

  const problems = characterProblems(file, charactersHeading, characters);
  if (problems.length > 0) return { ok: false, problems };
  const warnings = characters.flatMap((c) => mergedCharacterWarnings(file, c));

  const raw = {
    characters: characters.map(readCharacter),
    setting: readSetting(text.setting, text.era, placeLines, places),
    rules: readBlocks(text.rules)
      .map(blockText)
      .filter((r) => r !== ''),
    styleGuide: readStyle(text.style),
    ...extrasOf(preambleLines, extras),
  };
  const completed = completeBible(raw);
  if (!completed.ok) return { ok: false, problems: completed.problems };
  return warnings.length > 0 ? { ok: true, value: completed.value, warnings } : { ok: true, value: completed.value };
}

/**
 * Which bold-only lines name a character: `with-labels`, when a character's labels follow (inside
 * a character, where a bold line may be emphasis); `any-with-text`, when any text follows
 * (directly under "Characters", where a bold line with nothing after it is a group's caption).
 */
type BoldNames = 'with-labels' | 'any-with-text';

/**
 * Splits lines at bold-only lines (`**Tomas Vell**`) that start a character of their own:
 * `before` the first of them, then each `named` character, its name the bold text, at `level`.
 * A bold line that names no character stays where it is.
 */
function splitAtBoldNames(lines: readonly SourceLine[], level: number, names: BoldNames = 'with-labels'): { before: SourceLine[]; named: Draft[] } {
  const before: SourceLine[] = [];
  const named: Draft[] = [];
  let fence = false;
  lines.forEach((line, i) => {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line.text)) fence = !fence;
    const name = fence ? undefined : boldName(line.text);
    const following = name === undefined ? [] : untilNextBoldName(lines.slice(i + 1));
    if (name !== undefined && (names === 'any-with-text' ? hasText(following) : looksLikeCharacter(following))) {
      named.push({ heading: { level, text: name, line: line.line }, lines: [] });
    } else {
      (named.at(-1)?.lines ?? before).push(line);
    }
  });
  return { before, named };
}

function untilNextBoldName(lines: readonly SourceLine[]): SourceLine[] {
  const end = lines.findIndex((l) => boldName(l.text) !== undefined);
  return lines.slice(0, end < 0 ? lines.length : end);
}

/** `**Name**` or `__Name__` alone on a line (a trailing colon allowed), when it is not a label of ours. */
function boldName(text: string): string | undefined {
  const m = /^ {0,3}(\*\*|__)(?!\s)(.+?)\1\s*:?\s*$/.exec(text);
  if (!m) return undefined;
  const name = normalizeLine(m[2]!.replace(/:\s*$/, ''));
  return name === '' || name.includes(m[1]!) || CHARACTER_LABELS.has(labelKey(name)) ? undefined : name;
}

/** A heading's character (its own lines), then the characters named in bold lines below it. */
function withHeading(heading: Heading, split: { before: SourceLine[]; named: Draft[] }): Draft[] {
  return [{ heading, lines: split.before }, ...split.named];
}

/** Adds the characters and returns the last, which later sub-headings attach to. */
function addCharacters(characters: Draft[], drafts: readonly Draft[]): Draft {
  characters.push(...drafts);
  return drafts.at(-1)!;
}

/**
 * A field given twice in one character is how two characters look once merged (a second name
 * written as plain text): the values are kept together, and the writer is told where.
 */
function mergedCharacterWarnings(file: string, draft: Draft): Problem[] {
  const seen = new Map<CharacterField, number>();
  const repeated: string[] = [];
  for (const block of readBlocks(draft.lines)) {
    for (const { field } of readLabeled(blockText(block), CHARACTER_LABELS, block.kind === 'item')) {
      if (field === 'description') continue;
      seen.set(field, (seen.get(field) ?? 0) + 1);
      if (seen.get(field) === 2) repeated.push(CHARACTER_BULLETS.find((b) => b.field === field)!.label);
    }
  }
  if (repeated.length === 0) return [];
  const name = normalizeLine(draft.heading.text);
  return [
    {
      field: 'characters',
      line: draft.heading.line,
      message: `${file} line ${draft.heading.line}: "${name}" has ${repeated.map((l) => `two "${l}" entries`).join(' and ')}; if part of it is another character, give that character its own "### Name" heading (both are kept in "${name}" until then)`,
    },
  ];
}

function characterProblems(file: string, charactersHeading: Heading | undefined, characters: readonly Draft[]): Problem[] {
  if (!charactersHeading) {
    return [{ field: 'characters', message: `${file} has no "## Characters" section: add one, with a "### Name" heading for each character` }];
  }
  if (characters.length === 0) {
    const line = charactersHeading.line;
    return [{ field: 'characters', line, message: `${file} line ${line}: "${charactersHeading.text}" has no characters: add a "### Name" heading for each one` }];
  }
  return characters
    .filter((c) => normalizeLine(c.heading.text) === '')
    .map((c) => ({ field: 'characters.name', line: c.heading.line, message: `${file} line ${c.heading.line}: a character heading has no name` }));
}

function readCharacter(draft: Draft): CharacterReply & { details: CharacterDetail[] } {
  const fields: Partial<Record<CharacterField, string>> = {};
  const description: string[] = [];
  const details: CharacterDetail[] = [];
  for (const block of readBlocks(draft.lines)) {
    const text = blockText(block);
    if (text === '') continue;
    const labeled = readLabeled(text, CHARACTER_LABELS, block.kind === 'item');
    if (labeled.length > 0) {
      for (const { field, value } of labeled) fields[field] = fields[field] ? `${fields[field]}\n\n${value}` : value;
    } else if (block.kind === 'paragraph') {
      description.push(text);
    } else {
      const label = splitLabel(text);
      details.push(label && (label.bold || label.label.split(/\s+/).length <= 3) ? { label: label.label, value: label.value } : { label: '', value: text });
    }
  }
  return {
    name: normalizeLine(draft.heading.text),
    role: fields.role ?? '',
    goal: fields.goal ?? '',
    flaw: fields.flaw ?? '',
    arc: fields.arc ?? '',
    voice: fields.voice ?? '',
    description: [fields.description, ...description].filter(Boolean).join('\n\n'),
    details,
  };
}

function readSetting(settingLines: SourceLine[], eraLines: SourceLine[], placeLines: SourceLine[], placeDrafts: readonly Draft[]): Bible['setting'] {
  const world: string[] = [];
  let era = normalizeText(unescapeText(eraLines.map((l) => l.text).join('\n')));
  for (const block of readBlocks(settingLines)) {
    const text = blockText(block);
    const labeled = readLabeled(text, SETTING_LABELS, block.kind === 'item');
    if (labeled.length === 0) world.push(block.kind === 'item' ? renderItem(text) : text);
    for (const { field, value } of labeled) {
      if (field === 'era') era = era ? `${era}\n\n${value}` : value;
      else world.push(value);
    }
  }
  const places: Place[] = [];
  for (const block of readBlocks(placeLines)) {
    const text = blockText(block);
    const previous = places.at(-1);
    if (block.kind === 'paragraph' && previous) {
      places[places.length - 1] = { ...previous, description: [previous.description, text].filter(Boolean).join('\n\n') };
    } else if (block.kind === 'paragraph') {
      world.push(text);
    } else {
      const label = splitLabel(text) ?? dashSplit(text);
      places.push(label ? { name: normalizeLine(label.label), description: label.value } : { name: normalizeLine(text), description: '' });
    }
  }
  for (const d of placeDrafts) {
    places.push({ name: normalizeLine(d.heading.text), description: normalizeText(unescapeText(d.lines.map((l) => l.text).join('\n'))) });
  }
  return { world: world.join('\n\n'), era, places };
}

function readStyle(lines: SourceLine[]): Bible['styleGuide'] {
  const style = { voice: '', tense: '', pointOfView: '', notes: [] as string[] };
  for (const block of readBlocks(lines)) {
    const text = blockText(block);
    const labeled = readLabeled(text, STYLE_LABELS, block.kind === 'item');
    if (labeled.length === 0 && text !== '') style.notes.push(text);
    for (const { field, value } of labeled) style[field] = style[field] ? `${style[field]}\n\n${value}` : value;
  }
  return style;
}

/**
 * Labelled lines in a block: an item is one `Label: value`; a paragraph whose first line is a
 * known label is read line by line (a writer who removed the bullets), unlabelled lines
 * continuing the previous value. Returns [] when the block does not start with a known label.
 */
function readLabeled<F extends string>(text: string, labels: ReadonlyMap<string, F>, isItem: boolean): Array<{ field: F; value: string }> {
  const known = (t: string) => {
    const l = splitLabel(t);
    const field = l && labels.get(labelKey(l.label));
    return l && field ? { field, value: l.value } : undefined;
  };
  if (isItem) {
    const one = known(text);
    return one ? [{ field: one.field, value: normalizeText(one.value) }] : [];
  }
  const lines = text.split('\n');
  if (!known(lines[0]!)) return [];
  const out: Array<{ field: F; value: string }> = [];
  for (const line of lines) {
    const hit = known(line);
    if (hit) out.push({ ...hit });
    else out[out.length - 1] = { ...out.at(-1)!, value: `${out.at(-1)!.value}\n${line}` };
  }
  return out.map((o) => ({ field: o.field, value: normalizeText(o.value) }));
}

/** A character section the writer re-levelled still has a character's bullets. */
function looksLikeCharacter(lines: readonly SourceLine[]): boolean {
  return readBlocks(lines).some((b) => readLabeled(blockText(b), CHARACTER_LABELS, b.kind === 'item').some((l) => l.field !== 'description'));
}

function blockText(block: Block): string {
  return normalizeText(unescapeText(block.text));
}

function dashSplit(text: string): { label: string; value: string } | undefined {
  const m = /^(.{1,80}?)\s+[—–-]\s+([\s\S]+)$/.exec(text);
  return m ? { label: m[1]!, value: m[2]!.trim() } : undefined;
}

function hasText(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => l.text.trim() !== '');
}

function headingLine(heading: Heading): SourceLine {
  return { text: renderHeading(heading.level, heading.text), line: heading.line };
}

function labelMap<F extends string>(names: Record<F, readonly string[]>): ReadonlyMap<string, F> {
  const map = new Map<string, F>();
  for (const [field, keys] of Object.entries(names) as Array<[F, readonly string[]]>) for (const k of keys) map.set(k, field);
  return map;
}
