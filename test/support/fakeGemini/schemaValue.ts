// A deterministic value that is valid against a response schema: either JSON Schema
// (`responseJsonSchema`, e.g. from zod's z.toJSONSchema) or Gemini's OpenAPI-style `responseSchema`
// (upper-case types, `nullable`, numbers sent as strings).
import type { Prng } from './prng';
import { phrase, personName, word } from './prose';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Readonly<Record<string, unknown>>;

/** Past this depth, recursive schemas ($ref to an ancestor) get their smallest valid value. */
const MAX_DEPTH = 6;
const DEFAULT_ARRAY_ITEMS = 3;

export function valueForSchema(schema: unknown, rng: Prng): Json {
  const root = isSchema(schema) ? schema : {};
  return new SchemaValues(root, rng).value(root, 0, '');
}

class SchemaValues {
  constructor(
    private readonly root: Schema,
    private readonly rng: Prng,
  ) {}

  /** `name` is the property the value is for: it makes strings a little more fitting. */
  value(input: Schema, depth: number, name: string): Json {
    const schema = this.resolve(input);
    if ('const' in schema) return schema['const'] as Json;
    if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return this.rng.pick(schema['enum'] as Json[]);
    const alternatives = schemaList(schema['anyOf']) ?? schemaList(schema['oneOf']);
    if (alternatives) return this.value(this.pickAlternative(alternatives, depth), depth, name);
    const parts = schemaList(schema['allOf']);
    if (parts)
      return this.value(
        mergeAll(
          schema,
          parts.map((p) => this.resolve(p)),
        ),
        depth,
        name,
      );

    switch (this.typeOf(schema)) {
      case 'object':
        return this.object(schema, depth);
      case 'array':
        return this.array(schema, depth, name);
      case 'string':
        return this.string(schema, name);
      case 'integer':
        return this.number(schema, true);
      case 'number':
        return this.number(schema, false);
      case 'boolean':
        return this.rng.chance(0.5);
      case 'null':
        return null;
      default:
        return phrase(this.rng);
    }
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; typeof current['$ref'] === 'string' && hops < 32; hops++) {
      const { $ref, ...siblings } = current;
      current = { ...this.lookup($ref as string), ...siblings };
    }
    return current;
  }

  /** A local JSON pointer: `#`, `#/$defs/Name`, `#/definitions/Name`. */
  private lookup(ref: string): Schema {
    if (!ref.startsWith('#')) throw new Error(`fake Gemini: only local $ref is supported, got ${ref}`);
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = isSchema(node) ? node[key] : undefined;
    }
    if (!isSchema(node)) throw new Error(`fake Gemini: unresolvable $ref ${ref}`);
    return node;
  }

  /** The first alternative, as Gemini tends to; deep in a recursion, one that ends it. */
  private pickAlternative(alternatives: Schema[], depth: number): Schema {
    const first = alternatives[0] as Schema;
    if (depth < MAX_DEPTH) return first;
    return alternatives.find((a) => this.typeOf(this.resolve(a)) === 'null') ?? first;
  }

  /** The schema's type; for a list of types, the first that is not null. */
  private typeOf(schema: Schema): string | undefined {
    const type = schema['type'];
    if (typeof type === 'string') return type.toLowerCase();
    if (Array.isArray(type)) {
      const types = type.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
      return types.find((t) => t !== 'null') ?? types[0];
    }
    if (isSchema(schema['properties']) || 'additionalProperties' in schema) return 'object';
    if ('items' in schema || 'prefixItems' in schema) return 'array';
    return undefined;
  }

  private object(schema: Schema, depth: number): Json {
    const result: { [key: string]: Json } = {};
    const properties = isSchema(schema['properties']) ? schema['properties'] : {};
    const required = new Set(stringList(schema['required']));
    // Gemini's own extension fixes the order; otherwise keep the schema's.
    const order = stringList(schema['propertyOrdering']);
    const names = [...order, ...Object.keys(properties).filter((k) => !order.includes(k))];
    for (const name of names) {
      const property = properties[name];
      if (!isSchema(property)) continue;
      // Deep in a recursion, leave optional properties out so that the value stays finite.
      if (depth >= MAX_DEPTH && !required.has(name)) continue;
      result[name] = this.value(property, depth + 1, name);
    }
    this.fillMapEntries(schema, result, required, depth);
    return result;
  }

  /** Records (`additionalProperties: {schema}`): the required keys, then up to minProperties. */
  private fillMapEntries(schema: Schema, result: { [key: string]: Json }, required: Set<string>, depth: number): void {
    const extra = schema['additionalProperties'];
    const valueSchema: Schema = isSchema(extra) ? extra : {};
    if (extra === false) return;
    const keyNames = isSchema(schema['propertyNames']) ? stringList(schema['propertyNames']['enum']) : [];
    for (const key of required) {
      if (!(key in result)) result[key] = this.value(valueSchema, depth + 1, key);
    }
    const minProperties = toNumber(schema['minProperties']) ?? 0;
    const candidates = keyNames.length > 0 ? keyNames : Array.from({ length: minProperties }, (_, i) => `${word(this.rng)}${i + 1}`);
    for (const key of candidates) {
      if (Object.keys(result).length >= minProperties) break;
      if (!(key in result)) result[key] = this.value(valueSchema, depth + 1, key);
    }
  }

  private array(schema: Schema, depth: number, name: string): Json {
    const minItems = toNumber(schema['minItems']);
    const maxItems = toNumber(schema['maxItems']);
    const tuple = schemaList(schema['prefixItems']) ?? schemaList(schema['items']) ?? [];
    const items = isSchema(schema['items']) ? schema['items'] : undefined;
    let count = minItems !== undefined && minItems > 0 ? minItems : Math.max(DEFAULT_ARRAY_ITEMS, tuple.length);
    if (depth >= MAX_DEPTH) count = Math.max(minItems ?? 0, tuple.length);
    if (maxItems !== undefined) count = Math.min(count, maxItems);
    if (!items && schema['items'] === false) count = Math.min(count, tuple.length);

    const result: Json[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const itemSchema = tuple[i] ?? items ?? {};
      let item = this.value(itemSchema, depth + 1, name);
      // uniqueItems: a few more draws usually give a different value.
      for (let tries = 0; schema['uniqueItems'] === true && seen.has(JSON.stringify(item)) && tries < 20; tries++) {
        item = this.value(itemSchema, depth + 1, name);
      }
      seen.add(JSON.stringify(item));
      result.push(item);
    }
    return result;
  }

  private string(schema: Schema, name: string): string {
    const minLength = toNumber(schema['minLength']) ?? 0;
    const maxLength = toNumber(schema['maxLength']);
    const pattern = typeof schema['pattern'] === 'string' ? safeRegExp(schema['pattern']) : undefined;
    const candidates = [this.formatted(schema['format'], name), phrase(this.rng), word(this.rng), personName(this.rng)];
    const fitted = candidates.filter((c): c is string => c !== undefined).map((c) => fitLength(c, minLength, maxLength));
    return fitted.find((c) => !pattern || pattern.test(c)) ?? (fitted[0] as string);
  }

  private formatted(format: unknown, name: string): string | undefined {
    const r = this.rng;
    const two = (n: number): string => String(n).padStart(2, '0');
    const date = `20${two(r.int(20, 29))}-${two(r.int(1, 12))}-${two(r.int(1, 28))}`;
    const time = `${two(r.int(0, 23))}:${two(r.int(0, 59))}:${two(r.int(0, 59))}`;
    switch (format) {
      case 'date-time':
        return `${date}T${time}Z`;
      case 'date':
        return date;
      case 'time':
        return `${time}Z`;
      case 'email':
        return `${personName(r).toLowerCase()}.${word(r)}@example.com`;
      case 'uri':
      case 'url':
        return `https://example.com/${word(r)}/${r.int(1, 999)}`;
      case 'uuid':
        return uuid(r);
      default:
        return /name$/i.test(name) ? personName(r) : undefined;
    }
  }

  private number(schema: Schema, integer: boolean): number {
    const range = numericRange(schema, integer);
    const multipleOf = toNumber(schema['multipleOf']);
    if (integer) {
      const step = multipleOf !== undefined && Number.isInteger(multipleOf) && multipleOf > 0 ? multipleOf : 1;
      const low = Math.ceil(range.min / step);
      const high = Math.floor(range.max / step);
      return (high >= low ? this.rng.int(low, high) : low) * step;
    }
    if (multipleOf !== undefined && multipleOf > 0) {
      const low = Math.ceil(range.min / multipleOf);
      const high = Math.floor(range.max / multipleOf);
      return Number(((high >= low ? this.rng.int(low, high) : low) * multipleOf).toPrecision(12));
    }
    const value = range.min + this.rng.next() * (range.max - range.min);
    const rounded = Math.round(value * 100) / 100;
    return rounded >= range.min && rounded <= range.max ? rounded : value;
  }
}

/** The inclusive range a generated number must fall in, exclusive bounds nudged inwards. */
function numericRange(schema: Schema, integer: boolean): { min: number; max: number } {
  const nudge = integer ? 1 : 0.01;
  let min = toNumber(schema['minimum']);
  let max = toNumber(schema['maximum']);
  const exclusiveMin = schema['exclusiveMinimum'];
  const exclusiveMax = schema['exclusiveMaximum'];
  // Draft 2020-12: a number; draft-04: a boolean modifying minimum/maximum.
  if (typeof exclusiveMin === 'number') min = Math.max(min ?? -Infinity, exclusiveMin + nudge);
  else if (exclusiveMin === true && min !== undefined) min += nudge;
  if (typeof exclusiveMax === 'number') max = Math.min(max ?? Infinity, exclusiveMax - nudge);
  else if (exclusiveMax === true && max !== undefined) max -= nudge;
  const low = humanBound(min);
  const high = humanBound(max);
  // Prefer small positive numbers, the way a model fills in counts and scores.
  const start = low ?? (high === undefined || high >= 1 ? 1 : high - 100);
  return { min: start, max: Math.min(high ?? Infinity, start + 99) };
}

/** zod's .int() sends ±(2^53 - 1) as bounds: treat those, like absent ones, as no bound. */
function humanBound(bound: number | undefined): number | undefined {
  return bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER ? bound : undefined;
}

function fitLength(text: string, minLength: number, maxLength: number | undefined): string {
  let result = text;
  while (result.length < minLength) result += ` ${text}`;
  if (result.length > minLength && maxLength === undefined) return result;
  if (maxLength !== undefined && result.length > maxLength) result = result.slice(0, maxLength).trimEnd();
  while (result.length < minLength) result += 'x';
  return result;
}

function uuid(rng: Prng): string {
  const hex = (n: number): string => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

function mergeAll(base: Schema, parts: Schema[]): Schema {
  const { allOf: _ignored, ...rest } = base;
  const merged: Record<string, unknown> = { ...rest };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties' && isSchema(value)) {
        merged['properties'] = { ...(isSchema(merged['properties']) ? merged['properties'] : {}), ...value };
      } else if (key === 'required' && Array.isArray(value)) {
        merged['required'] = [...stringList(merged['required']), ...stringList(value)];
      } else {
        merged[key] = value;
      }
    }
  }
  return merged;
}

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaList(value: unknown): Schema[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every(isSchema) ? value : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Gemini's own schema sends int64 fields (minItems, maxLength, …) as strings. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
