// The imperfect writer: what real models do to replies that the product must cope with. Seeded,
// so a run is the same every time. Nothing here reads the product's prompts for cues; it only
// does what a model might do to any reply.
import { phrase } from './prose';
import type { Prng } from './prng';

/** Prose comes back 70–95 % of the asked length. */
export function shortfall(wanted: number, rng: Prng): number {
  return Math.max(1, Math.round(wanted * (0.7 + rng.next() * 0.25)));
}

/**
 * Now and then the reply opens with a heading the writer did not ask for, or repeats the last
 * sentence of the text it was given (the seam of a continuation).
 */
export function roughOpening(prose: string, promptText: string, rng: Prng): string {
  if (rng.chance(0.15)) return `## ${capitalise(phrase(rng))}\n\n${prose}`;
  const last = lastSentence(promptText);
  if (last && rng.chance(0.15)) return `${last} ${prose}`;
  return prose;
}

/** JSON sometimes arrives in a Markdown code fence, or without one optional field. */
export function roughJson(value: unknown, schema: unknown, rng: Prng): string {
  const trimmed = rng.chance(0.3) ? withoutOneOptionalField(value, schema) : value;
  const text = JSON.stringify(trimmed, null, 2);
  return rng.chance(0.25) ? `\`\`\`json\n${text}\n\`\`\`` : text;
}

/** The value with the first optional property found (depth first) removed. */
function withoutOneOptionalField(value: unknown, schema: unknown): unknown {
  const copy = structuredClone(value);
  dropOptional(copy, schema);
  return copy;
}

function dropOptional(value: unknown, schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (Array.isArray(value)) return value.length > 0 && dropOptional(value[0], schema['items']);
  if (!isObject(value)) return false;
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const required = new Set(Array.isArray(schema['required']) ? schema['required'] : []);
  const optional = Object.keys(properties).find((key) => !required.has(key) && key in value);
  if (optional !== undefined) {
    delete value[optional];
    return true;
  }
  return Object.keys(properties).some((key) => dropOptional(value[key], properties[key]));
}

/** The last whole sentence of the prompt's last paragraph of prose (the text a continuation extends). */
function lastSentence(text: string): string | undefined {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => /[.!?]["”’]?$/.test(p) && p.split(/\s+/).length > 12);
  const sentences = paragraphs.at(-1)?.match(/[^.!?]+[.!?]["”’]?/g);
  return sentences?.at(-1)?.trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
