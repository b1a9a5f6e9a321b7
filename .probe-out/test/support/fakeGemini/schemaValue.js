"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var schemaValue_exports = {};
__export(schemaValue_exports, {
  valueForSchema: () => valueForSchema
});
module.exports = __toCommonJS(schemaValue_exports);
var import_prose = require("./prose");
const MAX_DEPTH = 6;
const DEFAULT_ARRAY_ITEMS = 3;
function valueForSchema(schema, rng) {
  const root = isSchema(schema) ? schema : {};
  return new SchemaValues(root, rng).value(root, 0, "");
}
class SchemaValues {
  constructor(root, rng) {
    this.root = root;
    this.rng = rng;
  }
  root;
  rng;
  /** `name` is the property the value is for: it makes strings a little more fitting. */
  value(input, depth, name) {
    const schema = this.resolve(input);
    if ("const" in schema) return schema["const"];
    if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return this.rng.pick(schema["enum"]);
    const alternatives = schemaList(schema["anyOf"]) ?? schemaList(schema["oneOf"]);
    if (alternatives) return this.value(this.pickAlternative(alternatives, depth), depth, name);
    const parts = schemaList(schema["allOf"]);
    if (parts) return this.value(mergeAll(schema, parts.map((p) => this.resolve(p))), depth, name);
    switch (this.typeOf(schema)) {
      case "object":
        return this.object(schema, depth);
      case "array":
        return this.array(schema, depth, name);
      case "string":
        return this.string(schema, name);
      case "integer":
        return this.number(schema, true);
      case "number":
        return this.number(schema, false);
      case "boolean":
        return this.rng.chance(0.5);
      case "null":
        return null;
      default:
        return (0, import_prose.phrase)(this.rng);
    }
  }
  resolve(schema) {
    let current = schema;
    for (let hops = 0; typeof current["$ref"] === "string" && hops < 32; hops++) {
      const { $ref, ...siblings } = current;
      current = { ...this.lookup($ref), ...siblings };
    }
    return current;
  }
  /** A local JSON pointer: `#`, `#/$defs/Name`, `#/definitions/Name`. */
  lookup(ref) {
    if (!ref.startsWith("#")) throw new Error(`fake Gemini: only local $ref is supported, got ${ref}`);
    let node = this.root;
    for (const raw of ref.slice(1).split("/").filter(Boolean)) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      node = isSchema(node) ? node[key] : void 0;
    }
    if (!isSchema(node)) throw new Error(`fake Gemini: unresolvable $ref ${ref}`);
    return node;
  }
  /** The first alternative, as Gemini tends to; deep in a recursion, one that ends it. */
  pickAlternative(alternatives, depth) {
    const first = alternatives[0];
    if (depth < MAX_DEPTH) return first;
    return alternatives.find((a) => this.typeOf(this.resolve(a)) === "null") ?? first;
  }
  /** The schema's type; for a list of types, the first that is not null. */
  typeOf(schema) {
    const type = schema["type"];
    if (typeof type === "string") return type.toLowerCase();
    if (Array.isArray(type)) {
      const types = type.filter((t) => typeof t === "string").map((t) => t.toLowerCase());
      return types.find((t) => t !== "null") ?? types[0];
    }
    if (isSchema(schema["properties"]) || "additionalProperties" in schema) return "object";
    if ("items" in schema || "prefixItems" in schema) return "array";
    return void 0;
  }
  object(schema, depth) {
    const result = {};
    const properties = isSchema(schema["properties"]) ? schema["properties"] : {};
    const required = new Set(stringList(schema["required"]));
    const order = stringList(schema["propertyOrdering"]);
    const names = [...order, ...Object.keys(properties).filter((k) => !order.includes(k))];
    for (const name of names) {
      const property = properties[name];
      if (!isSchema(property)) continue;
      if (depth >= MAX_DEPTH && !required.has(name)) continue;
      result[name] = this.value(property, depth + 1, name);
    }
    this.fillMapEntries(schema, result, required, depth);
    return result;
  }
  /** Records (`additionalProperties: {schema}`): the required keys, then up to minProperties. */
  fillMapEntries(schema, result, required, depth) {
    const extra = schema["additionalProperties"];
    const valueSchema = isSchema(extra) ? extra : {};
    if (extra === false) return;
    const keyNames = isSchema(schema["propertyNames"]) ? stringList(schema["propertyNames"]["enum"]) : [];
    for (const key of required) {
      if (!(key in result)) result[key] = this.value(valueSchema, depth + 1, key);
    }
    const minProperties = toNumber(schema["minProperties"]) ?? 0;
    const candidates = keyNames.length > 0 ? keyNames : Array.from({ length: minProperties }, (_, i) => `${(0, import_prose.word)(this.rng)}${i + 1}`);
    for (const key of candidates) {
      if (Object.keys(result).length >= minProperties) break;
      if (!(key in result)) result[key] = this.value(valueSchema, depth + 1, key);
    }
  }
  array(schema, depth, name) {
    const minItems = toNumber(schema["minItems"]);
    const maxItems = toNumber(schema["maxItems"]);
    const tuple = schemaList(schema["prefixItems"]) ?? schemaList(schema["items"]) ?? [];
    const items = isSchema(schema["items"]) ? schema["items"] : void 0;
    let count = minItems !== void 0 && minItems > 0 ? minItems : Math.max(DEFAULT_ARRAY_ITEMS, tuple.length);
    if (depth >= MAX_DEPTH) count = Math.max(minItems ?? 0, tuple.length);
    if (maxItems !== void 0) count = Math.min(count, maxItems);
    if (!items && schema["items"] === false) count = Math.min(count, tuple.length);
    const result = [];
    const seen = /* @__PURE__ */ new Set();
    for (let i = 0; i < count; i++) {
      const itemSchema = tuple[i] ?? items ?? {};
      let item = this.value(itemSchema, depth + 1, name);
      for (let tries = 0; schema["uniqueItems"] === true && seen.has(JSON.stringify(item)) && tries < 20; tries++) {
        item = this.value(itemSchema, depth + 1, name);
      }
      seen.add(JSON.stringify(item));
      result.push(item);
    }
    return result;
  }
  string(schema, name) {
    const minLength = toNumber(schema["minLength"]) ?? 0;
    const maxLength = toNumber(schema["maxLength"]);
    const pattern = typeof schema["pattern"] === "string" ? safeRegExp(schema["pattern"]) : void 0;
    const candidates = [this.formatted(schema["format"], name), (0, import_prose.phrase)(this.rng), (0, import_prose.word)(this.rng), (0, import_prose.personName)(this.rng)];
    const fitted = candidates.filter((c) => c !== void 0).map((c) => fitLength(c, minLength, maxLength));
    return fitted.find((c) => !pattern || pattern.test(c)) ?? fitted[0];
  }
  formatted(format, name) {
    const r = this.rng;
    const two = (n) => String(n).padStart(2, "0");
    const date = `20${two(r.int(20, 29))}-${two(r.int(1, 12))}-${two(r.int(1, 28))}`;
    const time = `${two(r.int(0, 23))}:${two(r.int(0, 59))}:${two(r.int(0, 59))}`;
    switch (format) {
      case "date-time":
        return `${date}T${time}Z`;
      case "date":
        return date;
      case "time":
        return `${time}Z`;
      case "email":
        return `${(0, import_prose.personName)(r).toLowerCase()}.${(0, import_prose.word)(r)}@example.com`;
      case "uri":
      case "url":
        return `https://example.com/${(0, import_prose.word)(r)}/${r.int(1, 999)}`;
      case "uuid":
        return uuid(r);
      default:
        return /name$/i.test(name) ? (0, import_prose.personName)(r) : void 0;
    }
  }
  number(schema, integer) {
    const range = numericRange(schema, integer);
    const multipleOf = toNumber(schema["multipleOf"]);
    if (integer) {
      const step = multipleOf !== void 0 && Number.isInteger(multipleOf) && multipleOf > 0 ? multipleOf : 1;
      const low = Math.ceil(range.min / step);
      const high = Math.floor(range.max / step);
      return (high >= low ? this.rng.int(low, high) : low) * step;
    }
    if (multipleOf !== void 0 && multipleOf > 0) {
      const low = Math.ceil(range.min / multipleOf);
      const high = Math.floor(range.max / multipleOf);
      return Number(((high >= low ? this.rng.int(low, high) : low) * multipleOf).toPrecision(12));
    }
    const value = range.min + this.rng.next() * (range.max - range.min);
    const rounded = Math.round(value * 100) / 100;
    return rounded >= range.min && rounded <= range.max ? rounded : value;
  }
}
function numericRange(schema, integer) {
  const nudge = integer ? 1 : 0.01;
  let min = toNumber(schema["minimum"]);
  let max = toNumber(schema["maximum"]);
  const exclusiveMin = schema["exclusiveMinimum"];
  const exclusiveMax = schema["exclusiveMaximum"];
  if (typeof exclusiveMin === "number") min = Math.max(min ?? -Infinity, exclusiveMin + nudge);
  else if (exclusiveMin === true && min !== void 0) min += nudge;
  if (typeof exclusiveMax === "number") max = Math.min(max ?? Infinity, exclusiveMax - nudge);
  else if (exclusiveMax === true && max !== void 0) max -= nudge;
  const low = humanBound(min);
  const high = humanBound(max);
  const start = low ?? (high === void 0 || high >= 1 ? 1 : high - 100);
  return { min: start, max: Math.min(high ?? Infinity, start + 99) };
}
function humanBound(bound) {
  return bound !== void 0 && Math.abs(bound) < Number.MAX_SAFE_INTEGER ? bound : void 0;
}
function fitLength(text, minLength, maxLength) {
  let result = text;
  while (result.length < minLength) result += ` ${text}`;
  if (result.length > minLength && maxLength === void 0) return result;
  if (maxLength !== void 0 && result.length > maxLength) result = result.slice(0, maxLength).trimEnd();
  while (result.length < minLength) result += "x";
  return result;
}
function uuid(rng) {
  const hex = (n) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${rng.pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}
function mergeAll(base, parts) {
  const { allOf: _ignored, ...rest } = base;
  const merged = { ...rest };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === "properties" && isSchema(value)) {
        merged["properties"] = { ...isSchema(merged["properties"]) ? merged["properties"] : {}, ...value };
      } else if (key === "required" && Array.isArray(value)) {
        merged["required"] = [...stringList(merged["required"]), ...stringList(value)];
      } else {
        merged[key] = value;
      }
    }
  }
  return merged;
}
function safeRegExp(source) {
  try {
    return new RegExp(source, "u");
  } catch {
    return void 0;
  }
}
function isSchema(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function schemaList(value) {
  return Array.isArray(value) && value.length > 0 && value.every(isSchema) ? value : void 0;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function toNumber(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  valueForSchema
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvc2NoZW1hVmFsdWUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEEgZGV0ZXJtaW5pc3RpYyB2YWx1ZSB0aGF0IGlzIHZhbGlkIGFnYWluc3QgYSByZXNwb25zZSBzY2hlbWE6IGVpdGhlciBKU09OIFNjaGVtYVxuLy8gKGByZXNwb25zZUpzb25TY2hlbWFgLCBlLmcuIGZyb20gem9kJ3Mgei50b0pTT05TY2hlbWEpIG9yIEdlbWluaSdzIE9wZW5BUEktc3R5bGUgYHJlc3BvbnNlU2NoZW1hYFxuLy8gKHVwcGVyLWNhc2UgdHlwZXMsIGBudWxsYWJsZWAsIG51bWJlcnMgc2VudCBhcyBzdHJpbmdzKS5cbmltcG9ydCB0eXBlIHsgUHJuZyB9IGZyb20gJy4vcHJuZyc7XG5pbXBvcnQgeyBwaHJhc2UsIHBlcnNvbk5hbWUsIHdvcmQgfSBmcm9tICcuL3Byb3NlJztcblxudHlwZSBKc29uID0gbnVsbCB8IGJvb2xlYW4gfCBudW1iZXIgfCBzdHJpbmcgfCBKc29uW10gfCB7IFtrZXk6IHN0cmluZ106IEpzb24gfTtcbnR5cGUgU2NoZW1hID0gUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+O1xuXG4vKiogUGFzdCB0aGlzIGRlcHRoLCByZWN1cnNpdmUgc2NoZW1hcyAoJHJlZiB0byBhbiBhbmNlc3RvcikgZ2V0IHRoZWlyIHNtYWxsZXN0IHZhbGlkIHZhbHVlLiAqL1xuY29uc3QgTUFYX0RFUFRIID0gNjtcbmNvbnN0IERFRkFVTFRfQVJSQVlfSVRFTVMgPSAzO1xuXG5leHBvcnQgZnVuY3Rpb24gdmFsdWVGb3JTY2hlbWEoc2NoZW1hOiB1bmtub3duLCBybmc6IFBybmcpOiBKc29uIHtcbiAgY29uc3Qgcm9vdCA9IGlzU2NoZW1hKHNjaGVtYSkgPyBzY2hlbWEgOiB7fTtcbiAgcmV0dXJuIG5ldyBTY2hlbWFWYWx1ZXMocm9vdCwgcm5nKS52YWx1ZShyb290LCAwLCAnJyk7XG59XG5cbmNsYXNzIFNjaGVtYVZhbHVlcyB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcm9vdDogU2NoZW1hLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcm5nOiBQcm5nLFxuICApIHt9XG5cbiAgLyoqIGBuYW1lYCBpcyB0aGUgcHJvcGVydHkgdGhlIHZhbHVlIGlzIGZvcjogaXQgbWFrZXMgc3RyaW5ncyBhIGxpdHRsZSBtb3JlIGZpdHRpbmcuICovXG4gIHZhbHVlKGlucHV0OiBTY2hlbWEsIGRlcHRoOiBudW1iZXIsIG5hbWU6IHN0cmluZyk6IEpzb24ge1xuICAgIGNvbnN0IHNjaGVtYSA9IHRoaXMucmVzb2x2ZShpbnB1dCk7XG4gICAgaWYgKCdjb25zdCcgaW4gc2NoZW1hKSByZXR1cm4gc2NoZW1hWydjb25zdCddIGFzIEpzb247XG4gICAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hWydlbnVtJ10pICYmIHNjaGVtYVsnZW51bSddLmxlbmd0aCA+IDApIHJldHVybiB0aGlzLnJuZy5waWNrKHNjaGVtYVsnZW51bSddIGFzIEpzb25bXSk7XG4gICAgY29uc3QgYWx0ZXJuYXRpdmVzID0gc2NoZW1hTGlzdChzY2hlbWFbJ2FueU9mJ10pID8/IHNjaGVtYUxpc3Qoc2NoZW1hWydvbmVPZiddKTtcbiAgICBpZiAoYWx0ZXJuYXRpdmVzKSByZXR1cm4gdGhpcy52YWx1ZSh0aGlzLnBpY2tBbHRlcm5hdGl2ZShhbHRlcm5hdGl2ZXMsIGRlcHRoKSwgZGVwdGgsIG5hbWUpO1xuICAgIGNvbnN0IHBhcnRzID0gc2NoZW1hTGlzdChzY2hlbWFbJ2FsbE9mJ10pO1xuICAgIGlmIChwYXJ0cykgcmV0dXJuIHRoaXMudmFsdWUobWVyZ2VBbGwoc2NoZW1hLCBwYXJ0cy5tYXAoKHApID0+IHRoaXMucmVzb2x2ZShwKSkpLCBkZXB0aCwgbmFtZSk7XG5cbiAgICBzd2l0Y2ggKHRoaXMudHlwZU9mKHNjaGVtYSkpIHtcbiAgICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICAgIHJldHVybiB0aGlzLm9iamVjdChzY2hlbWEsIGRlcHRoKTtcbiAgICAgIGNhc2UgJ2FycmF5JzpcbiAgICAgICAgcmV0dXJuIHRoaXMuYXJyYXkoc2NoZW1hLCBkZXB0aCwgbmFtZSk7XG4gICAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgICByZXR1cm4gdGhpcy5zdHJpbmcoc2NoZW1hLCBuYW1lKTtcbiAgICAgIGNhc2UgJ2ludGVnZXInOlxuICAgICAgICByZXR1cm4gdGhpcy5udW1iZXIoc2NoZW1hLCB0cnVlKTtcbiAgICAgIGNhc2UgJ251bWJlcic6XG4gICAgICAgIHJldHVybiB0aGlzLm51bWJlcihzY2hlbWEsIGZhbHNlKTtcbiAgICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgICAgICByZXR1cm4gdGhpcy5ybmcuY2hhbmNlKDAuNSk7XG4gICAgICBjYXNlICdudWxsJzpcbiAgICAgICAgcmV0dXJuIG51bGw7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICByZXR1cm4gcGhyYXNlKHRoaXMucm5nKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHJlc29sdmUoc2NoZW1hOiBTY2hlbWEpOiBTY2hlbWEge1xuICAgIGxldCBjdXJyZW50ID0gc2NoZW1hO1xuICAgIGZvciAobGV0IGhvcHMgPSAwOyB0eXBlb2YgY3VycmVudFsnJHJlZiddID09PSAnc3RyaW5nJyAmJiBob3BzIDwgMzI7IGhvcHMrKykge1xuICAgICAgY29uc3QgeyAkcmVmLCAuLi5zaWJsaW5ncyB9ID0gY3VycmVudDtcbiAgICAgIGN1cnJlbnQgPSB7IC4uLnRoaXMubG9va3VwKCRyZWYgYXMgc3RyaW5nKSwgLi4uc2libGluZ3MgfTtcbiAgICB9XG4gICAgcmV0dXJuIGN1cnJlbnQ7XG4gIH1cblxuICAvKiogQSBsb2NhbCBKU09OIHBvaW50ZXI6IGAjYCwgYCMvJGRlZnMvTmFtZWAsIGAjL2RlZmluaXRpb25zL05hbWVgLiAqL1xuICBwcml2YXRlIGxvb2t1cChyZWY6IHN0cmluZyk6IFNjaGVtYSB7XG4gICAgaWYgKCFyZWYuc3RhcnRzV2l0aCgnIycpKSB0aHJvdyBuZXcgRXJyb3IoYGZha2UgR2VtaW5pOiBvbmx5IGxvY2FsICRyZWYgaXMgc3VwcG9ydGVkLCBnb3QgJHtyZWZ9YCk7XG4gICAgbGV0IG5vZGU6IHVua25vd24gPSB0aGlzLnJvb3Q7XG4gICAgZm9yIChjb25zdCByYXcgb2YgcmVmLnNsaWNlKDEpLnNwbGl0KCcvJykuZmlsdGVyKEJvb2xlYW4pKSB7XG4gICAgICBjb25zdCBrZXkgPSBkZWNvZGVVUklDb21wb25lbnQocmF3KS5yZXBsYWNlKC9+MS9nLCAnLycpLnJlcGxhY2UoL34wL2csICd+Jyk7XG4gICAgICBub2RlID0gaXNTY2hlbWEobm9kZSkgPyBub2RlW2tleV0gOiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGlmICghaXNTY2hlbWEobm9kZSkpIHRocm93IG5ldyBFcnJvcihgZmFrZSBHZW1pbmk6IHVucmVzb2x2YWJsZSAkcmVmICR7cmVmfWApO1xuICAgIHJldHVybiBub2RlO1xuICB9XG5cbiAgLyoqIFRoZSBmaXJzdCBhbHRlcm5hdGl2ZSwgYXMgR2VtaW5pIHRlbmRzIHRvOyBkZWVwIGluIGEgcmVjdXJzaW9uLCBvbmUgdGhhdCBlbmRzIGl0LiAqL1xuICBwcml2YXRlIHBpY2tBbHRlcm5hdGl2ZShhbHRlcm5hdGl2ZXM6IFNjaGVtYVtdLCBkZXB0aDogbnVtYmVyKTogU2NoZW1hIHtcbiAgICBjb25zdCBmaXJzdCA9IGFsdGVybmF0aXZlc1swXSBhcyBTY2hlbWE7XG4gICAgaWYgKGRlcHRoIDwgTUFYX0RFUFRIKSByZXR1cm4gZmlyc3Q7XG4gICAgcmV0dXJuIGFsdGVybmF0aXZlcy5maW5kKChhKSA9PiB0aGlzLnR5cGVPZih0aGlzLnJlc29sdmUoYSkpID09PSAnbnVsbCcpID8/IGZpcnN0O1xuICB9XG5cbiAgLyoqIFRoZSBzY2hlbWEncyB0eXBlOyBmb3IgYSBsaXN0IG9mIHR5cGVzLCB0aGUgZmlyc3QgdGhhdCBpcyBub3QgbnVsbC4gKi9cbiAgcHJpdmF0ZSB0eXBlT2Yoc2NoZW1hOiBTY2hlbWEpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHR5cGUgPSBzY2hlbWFbJ3R5cGUnXTtcbiAgICBpZiAodHlwZW9mIHR5cGUgPT09ICdzdHJpbmcnKSByZXR1cm4gdHlwZS50b0xvd2VyQ2FzZSgpO1xuICAgIGlmIChBcnJheS5pc0FycmF5KHR5cGUpKSB7XG4gICAgICBjb25zdCB0eXBlcyA9IHR5cGUuZmlsdGVyKCh0KTogdCBpcyBzdHJpbmcgPT4gdHlwZW9mIHQgPT09ICdzdHJpbmcnKS5tYXAoKHQpID0+IHQudG9Mb3dlckNhc2UoKSk7XG4gICAgICByZXR1cm4gdHlwZXMuZmluZCgodCkgPT4gdCAhPT0gJ251bGwnKSA/PyB0eXBlc1swXTtcbiAgICB9XG4gICAgaWYgKGlzU2NoZW1hKHNjaGVtYVsncHJvcGVydGllcyddKSB8fCAnYWRkaXRpb25hbFByb3BlcnRpZXMnIGluIHNjaGVtYSkgcmV0dXJuICdvYmplY3QnO1xuICAgIGlmICgnaXRlbXMnIGluIHNjaGVtYSB8fCAncHJlZml4SXRlbXMnIGluIHNjaGVtYSkgcmV0dXJuICdhcnJheSc7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuXG4gIHByaXZhdGUgb2JqZWN0KHNjaGVtYTogU2NoZW1hLCBkZXB0aDogbnVtYmVyKTogSnNvbiB7XG4gICAgY29uc3QgcmVzdWx0OiB7IFtrZXk6IHN0cmluZ106IEpzb24gfSA9IHt9O1xuICAgIGNvbnN0IHByb3BlcnRpZXMgPSBpc1NjaGVtYShzY2hlbWFbJ3Byb3BlcnRpZXMnXSkgPyBzY2hlbWFbJ3Byb3BlcnRpZXMnXSA6IHt9O1xuICAgIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldChzdHJpbmdMaXN0KHNjaGVtYVsncmVxdWlyZWQnXSkpO1xuICAgIC8vIEdlbWluaSdzIG93biBleHRlbnNpb24gZml4ZXMgdGhlIG9yZGVyOyBvdGhlcndpc2Uga2VlcCB0aGUgc2NoZW1hJ3MuXG4gICAgY29uc3Qgb3JkZXIgPSBzdHJpbmdMaXN0KHNjaGVtYVsncHJvcGVydHlPcmRlcmluZyddKTtcbiAgICBjb25zdCBuYW1lcyA9IFsuLi5vcmRlciwgLi4uT2JqZWN0LmtleXMocHJvcGVydGllcykuZmlsdGVyKChrKSA9PiAhb3JkZXIuaW5jbHVkZXMoaykpXTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgbmFtZXMpIHtcbiAgICAgIGNvbnN0IHByb3BlcnR5ID0gcHJvcGVydGllc1tuYW1lXTtcbiAgICAgIGlmICghaXNTY2hlbWEocHJvcGVydHkpKSBjb250aW51ZTtcbiAgICAgIC8vIERlZXAgaW4gYSByZWN1cnNpb24sIGxlYXZlIG9wdGlvbmFsIHByb3BlcnRpZXMgb3V0IHNvIHRoYXQgdGhlIHZhbHVlIHN0YXlzIGZpbml0ZS5cbiAgICAgIGlmIChkZXB0aCA+PSBNQVhfREVQVEggJiYgIXJlcXVpcmVkLmhhcyhuYW1lKSkgY29udGludWU7XG4gICAgICByZXN1bHRbbmFtZV0gPSB0aGlzLnZhbHVlKHByb3BlcnR5LCBkZXB0aCArIDEsIG5hbWUpO1xuICAgIH1cbiAgICB0aGlzLmZpbGxNYXBFbnRyaWVzKHNjaGVtYSwgcmVzdWx0LCByZXF1aXJlZCwgZGVwdGgpO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICAvKiogUmVjb3JkcyAoYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiB7c2NoZW1hfWApOiB0aGUgcmVxdWlyZWQga2V5cywgdGhlbiB1cCB0byBtaW5Qcm9wZXJ0aWVzLiAqL1xuICBwcml2YXRlIGZpbGxNYXBFbnRyaWVzKHNjaGVtYTogU2NoZW1hLCByZXN1bHQ6IHsgW2tleTogc3RyaW5nXTogSnNvbiB9LCByZXF1aXJlZDogU2V0PHN0cmluZz4sIGRlcHRoOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBleHRyYSA9IHNjaGVtYVsnYWRkaXRpb25hbFByb3BlcnRpZXMnXTtcbiAgICBjb25zdCB2YWx1ZVNjaGVtYTogU2NoZW1hID0gaXNTY2hlbWEoZXh0cmEpID8gZXh0cmEgOiB7fTtcbiAgICBpZiAoZXh0cmEgPT09IGZhbHNlKSByZXR1cm47XG4gICAgY29uc3Qga2V5TmFtZXMgPSBpc1NjaGVtYShzY2hlbWFbJ3Byb3BlcnR5TmFtZXMnXSkgPyBzdHJpbmdMaXN0KHNjaGVtYVsncHJvcGVydHlOYW1lcyddWydlbnVtJ10pIDogW107XG4gICAgZm9yIChjb25zdCBrZXkgb2YgcmVxdWlyZWQpIHtcbiAgICAgIGlmICghKGtleSBpbiByZXN1bHQpKSByZXN1bHRba2V5XSA9IHRoaXMudmFsdWUodmFsdWVTY2hlbWEsIGRlcHRoICsgMSwga2V5KTtcbiAgICB9XG4gICAgY29uc3QgbWluUHJvcGVydGllcyA9IHRvTnVtYmVyKHNjaGVtYVsnbWluUHJvcGVydGllcyddKSA/PyAwO1xuICAgIGNvbnN0IGNhbmRpZGF0ZXMgPSBrZXlOYW1lcy5sZW5ndGggPiAwID8ga2V5TmFtZXMgOiBBcnJheS5mcm9tKHsgbGVuZ3RoOiBtaW5Qcm9wZXJ0aWVzIH0sIChfLCBpKSA9PiBgJHt3b3JkKHRoaXMucm5nKX0ke2kgKyAxfWApO1xuICAgIGZvciAoY29uc3Qga2V5IG9mIGNhbmRpZGF0ZXMpIHtcbiAgICAgIGlmIChPYmplY3Qua2V5cyhyZXN1bHQpLmxlbmd0aCA+PSBtaW5Qcm9wZXJ0aWVzKSBicmVhaztcbiAgICAgIGlmICghKGtleSBpbiByZXN1bHQpKSByZXN1bHRba2V5XSA9IHRoaXMudmFsdWUodmFsdWVTY2hlbWEsIGRlcHRoICsgMSwga2V5KTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFycmF5KHNjaGVtYTogU2NoZW1hLCBkZXB0aDogbnVtYmVyLCBuYW1lOiBzdHJpbmcpOiBKc29uIHtcbiAgICBjb25zdCBtaW5JdGVtcyA9IHRvTnVtYmVyKHNjaGVtYVsnbWluSXRlbXMnXSk7XG4gICAgY29uc3QgbWF4SXRlbXMgPSB0b051bWJlcihzY2hlbWFbJ21heEl0ZW1zJ10pO1xuICAgIGNvbnN0IHR1cGxlID0gc2NoZW1hTGlzdChzY2hlbWFbJ3ByZWZpeEl0ZW1zJ10pID8/IHNjaGVtYUxpc3Qoc2NoZW1hWydpdGVtcyddKSA/PyBbXTtcbiAgICBjb25zdCBpdGVtcyA9IGlzU2NoZW1hKHNjaGVtYVsnaXRlbXMnXSkgPyBzY2hlbWFbJ2l0ZW1zJ10gOiB1bmRlZmluZWQ7XG4gICAgbGV0IGNvdW50ID0gbWluSXRlbXMgIT09IHVuZGVmaW5lZCAmJiBtaW5JdGVtcyA+IDAgPyBtaW5JdGVtcyA6IE1hdGgubWF4KERFRkFVTFRfQVJSQVlfSVRFTVMsIHR1cGxlLmxlbmd0aCk7XG4gICAgaWYgKGRlcHRoID49IE1BWF9ERVBUSCkgY291bnQgPSBNYXRoLm1heChtaW5JdGVtcyA/PyAwLCB0dXBsZS5sZW5ndGgpO1xuICAgIGlmIChtYXhJdGVtcyAhPT0gdW5kZWZpbmVkKSBjb3VudCA9IE1hdGgubWluKGNvdW50LCBtYXhJdGVtcyk7XG4gICAgaWYgKCFpdGVtcyAmJiBzY2hlbWFbJ2l0ZW1zJ10gPT09IGZhbHNlKSBjb3VudCA9IE1hdGgubWluKGNvdW50LCB0dXBsZS5sZW5ndGgpO1xuXG4gICAgY29uc3QgcmVzdWx0OiBKc29uW10gPSBbXTtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSB7XG4gICAgICBjb25zdCBpdGVtU2NoZW1hID0gdHVwbGVbaV0gPz8gaXRlbXMgPz8ge307XG4gICAgICBsZXQgaXRlbSA9IHRoaXMudmFsdWUoaXRlbVNjaGVtYSwgZGVwdGggKyAxLCBuYW1lKTtcbiAgICAgIC8vIHVuaXF1ZUl0ZW1zOiBhIGZldyBtb3JlIGRyYXdzIHVzdWFsbHkgZ2l2ZSBhIGRpZmZlcmVudCB2YWx1ZS5cbiAgICAgIGZvciAobGV0IHRyaWVzID0gMDsgc2NoZW1hWyd1bmlxdWVJdGVtcyddID09PSB0cnVlICYmIHNlZW4uaGFzKEpTT04uc3RyaW5naWZ5KGl0ZW0pKSAmJiB0cmllcyA8IDIwOyB0cmllcysrKSB7XG4gICAgICAgIGl0ZW0gPSB0aGlzLnZhbHVlKGl0ZW1TY2hlbWEsIGRlcHRoICsgMSwgbmFtZSk7XG4gICAgICB9XG4gICAgICBzZWVuLmFkZChKU09OLnN0cmluZ2lmeShpdGVtKSk7XG4gICAgICByZXN1bHQucHVzaChpdGVtKTtcbiAgICB9XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuXG4gIHByaXZhdGUgc3RyaW5nKHNjaGVtYTogU2NoZW1hLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIGNvbnN0IG1pbkxlbmd0aCA9IHRvTnVtYmVyKHNjaGVtYVsnbWluTGVuZ3RoJ10pID8/IDA7XG4gICAgY29uc3QgbWF4TGVuZ3RoID0gdG9OdW1iZXIoc2NoZW1hWydtYXhMZW5ndGgnXSk7XG4gICAgY29uc3QgcGF0dGVybiA9IHR5cGVvZiBzY2hlbWFbJ3BhdHRlcm4nXSA9PT0gJ3N0cmluZycgPyBzYWZlUmVnRXhwKHNjaGVtYVsncGF0dGVybiddKSA6IHVuZGVmaW5lZDtcbiAgICBjb25zdCBjYW5kaWRhdGVzID0gW3RoaXMuZm9ybWF0dGVkKHNjaGVtYVsnZm9ybWF0J10sIG5hbWUpLCBwaHJhc2UodGhpcy5ybmcpLCB3b3JkKHRoaXMucm5nKSwgcGVyc29uTmFtZSh0aGlzLnJuZyldO1xuICAgIGNvbnN0IGZpdHRlZCA9IGNhbmRpZGF0ZXNcbiAgICAgIC5maWx0ZXIoKGMpOiBjIGlzIHN0cmluZyA9PiBjICE9PSB1bmRlZmluZWQpXG4gICAgICAubWFwKChjKSA9PiBmaXRMZW5ndGgoYywgbWluTGVuZ3RoLCBtYXhMZW5ndGgpKTtcbiAgICByZXR1cm4gZml0dGVkLmZpbmQoKGMpID0+ICFwYXR0ZXJuIHx8IHBhdHRlcm4udGVzdChjKSkgPz8gKGZpdHRlZFswXSBhcyBzdHJpbmcpO1xuICB9XG5cbiAgcHJpdmF0ZSBmb3JtYXR0ZWQoZm9ybWF0OiB1bmtub3duLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHIgPSB0aGlzLnJuZztcbiAgICBjb25zdCB0d28gPSAobjogbnVtYmVyKTogc3RyaW5nID0+IFN0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpO1xuICAgIGNvbnN0IGRhdGUgPSBgMjAke3R3byhyLmludCgyMCwgMjkpKX0tJHt0d28oci5pbnQoMSwgMTIpKX0tJHt0d28oci5pbnQoMSwgMjgpKX1gO1xuICAgIGNvbnN0IHRpbWUgPSBgJHt0d28oci5pbnQoMCwgMjMpKX06JHt0d28oci5pbnQoMCwgNTkpKX06JHt0d28oci5pbnQoMCwgNTkpKX1gO1xuICAgIHN3aXRjaCAoZm9ybWF0KSB7XG4gICAgICBjYXNlICdkYXRlLXRpbWUnOlxuICAgICAgICByZXR1cm4gYCR7ZGF0ZX1UJHt0aW1lfVpgO1xuICAgICAgY2FzZSAnZGF0ZSc6XG4gICAgICAgIHJldHVybiBkYXRlO1xuICAgICAgY2FzZSAndGltZSc6XG4gICAgICAgIHJldHVybiBgJHt0aW1lfVpgO1xuICAgICAgY2FzZSAnZW1haWwnOlxuICAgICAgICByZXR1cm4gYCR7cGVyc29uTmFtZShyKS50b0xvd2VyQ2FzZSgpfS4ke3dvcmQocil9QGV4YW1wbGUuY29tYDtcbiAgICAgIGNhc2UgJ3VyaSc6XG4gICAgICBjYXNlICd1cmwnOlxuICAgICAgICByZXR1cm4gYGh0dHBzOi8vZXhhbXBsZS5jb20vJHt3b3JkKHIpfS8ke3IuaW50KDEsIDk5OSl9YDtcbiAgICAgIGNhc2UgJ3V1aWQnOlxuICAgICAgICByZXR1cm4gdXVpZChyKTtcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIHJldHVybiAvbmFtZSQvaS50ZXN0KG5hbWUpID8gcGVyc29uTmFtZShyKSA6IHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIG51bWJlcihzY2hlbWE6IFNjaGVtYSwgaW50ZWdlcjogYm9vbGVhbik6IG51bWJlciB7XG4gICAgY29uc3QgcmFuZ2UgPSBudW1lcmljUmFuZ2Uoc2NoZW1hLCBpbnRlZ2VyKTtcbiAgICBjb25zdCBtdWx0aXBsZU9mID0gdG9OdW1iZXIoc2NoZW1hWydtdWx0aXBsZU9mJ10pO1xuICAgIGlmIChpbnRlZ2VyKSB7XG4gICAgICBjb25zdCBzdGVwID0gbXVsdGlwbGVPZiAhPT0gdW5kZWZpbmVkICYmIE51bWJlci5pc0ludGVnZXIobXVsdGlwbGVPZikgJiYgbXVsdGlwbGVPZiA+IDAgPyBtdWx0aXBsZU9mIDogMTtcbiAgICAgIGNvbnN0IGxvdyA9IE1hdGguY2VpbChyYW5nZS5taW4gLyBzdGVwKTtcbiAgICAgIGNvbnN0IGhpZ2ggPSBNYXRoLmZsb29yKHJhbmdlLm1heCAvIHN0ZXApO1xuICAgICAgcmV0dXJuIChoaWdoID49IGxvdyA/IHRoaXMucm5nLmludChsb3csIGhpZ2gpIDogbG93KSAqIHN0ZXA7XG4gICAgfVxuICAgIGlmIChtdWx0aXBsZU9mICE9PSB1bmRlZmluZWQgJiYgbXVsdGlwbGVPZiA+IDApIHtcbiAgICAgIGNvbnN0IGxvdyA9IE1hdGguY2VpbChyYW5nZS5taW4gLyBtdWx0aXBsZU9mKTtcbiAgICAgIGNvbnN0IGhpZ2ggPSBNYXRoLmZsb29yKHJhbmdlLm1heCAvIG11bHRpcGxlT2YpO1xuICAgICAgcmV0dXJuIE51bWJlcigoKGhpZ2ggPj0gbG93ID8gdGhpcy5ybmcuaW50KGxvdywgaGlnaCkgOiBsb3cpICogbXVsdGlwbGVPZikudG9QcmVjaXNpb24oMTIpKTtcbiAgICB9XG4gICAgY29uc3QgdmFsdWUgPSByYW5nZS5taW4gKyB0aGlzLnJuZy5uZXh0KCkgKiAocmFuZ2UubWF4IC0gcmFuZ2UubWluKTtcbiAgICBjb25zdCByb3VuZGVkID0gTWF0aC5yb3VuZCh2YWx1ZSAqIDEwMCkgLyAxMDA7XG4gICAgcmV0dXJuIHJvdW5kZWQgPj0gcmFuZ2UubWluICYmIHJvdW5kZWQgPD0gcmFuZ2UubWF4ID8gcm91bmRlZCA6IHZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgaW5jbHVzaXZlIHJhbmdlIGEgZ2VuZXJhdGVkIG51bWJlciBtdXN0IGZhbGwgaW4sIGV4Y2x1c2l2ZSBib3VuZHMgbnVkZ2VkIGlud2FyZHMuICovXG5mdW5jdGlvbiBudW1lcmljUmFuZ2Uoc2NoZW1hOiBTY2hlbWEsIGludGVnZXI6IGJvb2xlYW4pOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9IHtcbiAgY29uc3QgbnVkZ2UgPSBpbnRlZ2VyID8gMSA6IDAuMDE7XG4gIGxldCBtaW4gPSB0b051bWJlcihzY2hlbWFbJ21pbmltdW0nXSk7XG4gIGxldCBtYXggPSB0b051bWJlcihzY2hlbWFbJ21heGltdW0nXSk7XG4gIGNvbnN0IGV4Y2x1c2l2ZU1pbiA9IHNjaGVtYVsnZXhjbHVzaXZlTWluaW11bSddO1xuICBjb25zdCBleGNsdXNpdmVNYXggPSBzY2hlbWFbJ2V4Y2x1c2l2ZU1heGltdW0nXTtcbiAgLy8gRHJhZnQgMjAyMC0xMjogYSBudW1iZXI7IGRyYWZ0LTA0OiBhIGJvb2xlYW4gbW9kaWZ5aW5nIG1pbmltdW0vbWF4aW11bS5cbiAgaWYgKHR5cGVvZiBleGNsdXNpdmVNaW4gPT09ICdudW1iZXInKSBtaW4gPSBNYXRoLm1heChtaW4gPz8gLUluZmluaXR5LCBleGNsdXNpdmVNaW4gKyBudWRnZSk7XG4gIGVsc2UgaWYgKGV4Y2x1c2l2ZU1pbiA9PT0gdHJ1ZSAmJiBtaW4gIT09IHVuZGVmaW5lZCkgbWluICs9IG51ZGdlO1xuICBpZiAodHlwZW9mIGV4Y2x1c2l2ZU1heCA9PT0gJ251bWJlcicpIG1heCA9IE1hdGgubWluKG1heCA/PyBJbmZpbml0eSwgZXhjbHVzaXZlTWF4IC0gbnVkZ2UpO1xuICBlbHNlIGlmIChleGNsdXNpdmVNYXggPT09IHRydWUgJiYgbWF4ICE9PSB1bmRlZmluZWQpIG1heCAtPSBudWRnZTtcbiAgY29uc3QgbG93ID0gaHVtYW5Cb3VuZChtaW4pO1xuICBjb25zdCBoaWdoID0gaHVtYW5Cb3VuZChtYXgpO1xuICAvLyBQcmVmZXIgc21hbGwgcG9zaXRpdmUgbnVtYmVycywgdGhlIHdheSBhIG1vZGVsIGZpbGxzIGluIGNvdW50cyBhbmQgc2NvcmVzLlxuICBjb25zdCBzdGFydCA9IGxvdyA/PyAoaGlnaCA9PT0gdW5kZWZpbmVkIHx8IGhpZ2ggPj0gMSA/IDEgOiBoaWdoIC0gMTAwKTtcbiAgcmV0dXJuIHsgbWluOiBzdGFydCwgbWF4OiBNYXRoLm1pbihoaWdoID8/IEluZmluaXR5LCBzdGFydCArIDk5KSB9O1xufVxuXG4vKiogem9kJ3MgLmludCgpIHNlbmRzIFx1MDBCMSgyXjUzIC0gMSkgYXMgYm91bmRzOiB0cmVhdCB0aG9zZSwgbGlrZSBhYnNlbnQgb25lcywgYXMgbm8gYm91bmQuICovXG5mdW5jdGlvbiBodW1hbkJvdW5kKGJvdW5kOiBudW1iZXIgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICByZXR1cm4gYm91bmQgIT09IHVuZGVmaW5lZCAmJiBNYXRoLmFicyhib3VuZCkgPCBOdW1iZXIuTUFYX1NBRkVfSU5URUdFUiA/IGJvdW5kIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBmaXRMZW5ndGgodGV4dDogc3RyaW5nLCBtaW5MZW5ndGg6IG51bWJlciwgbWF4TGVuZ3RoOiBudW1iZXIgfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICBsZXQgcmVzdWx0ID0gdGV4dDtcbiAgd2hpbGUgKHJlc3VsdC5sZW5ndGggPCBtaW5MZW5ndGgpIHJlc3VsdCArPSBgICR7dGV4dH1gO1xuICBpZiAocmVzdWx0Lmxlbmd0aCA+IG1pbkxlbmd0aCAmJiBtYXhMZW5ndGggPT09IHVuZGVmaW5lZCkgcmV0dXJuIHJlc3VsdDtcbiAgaWYgKG1heExlbmd0aCAhPT0gdW5kZWZpbmVkICYmIHJlc3VsdC5sZW5ndGggPiBtYXhMZW5ndGgpIHJlc3VsdCA9IHJlc3VsdC5zbGljZSgwLCBtYXhMZW5ndGgpLnRyaW1FbmQoKTtcbiAgd2hpbGUgKHJlc3VsdC5sZW5ndGggPCBtaW5MZW5ndGgpIHJlc3VsdCArPSAneCc7XG4gIHJldHVybiByZXN1bHQ7XG59XG5cbmZ1bmN0aW9uIHV1aWQocm5nOiBQcm5nKTogc3RyaW5nIHtcbiAgY29uc3QgaGV4ID0gKG46IG51bWJlcik6IHN0cmluZyA9PiBBcnJheS5mcm9tKHsgbGVuZ3RoOiBuIH0sICgpID0+IHJuZy5pbnQoMCwgMTUpLnRvU3RyaW5nKDE2KSkuam9pbignJyk7XG4gIHJldHVybiBgJHtoZXgoOCl9LSR7aGV4KDQpfS00JHtoZXgoMyl9LSR7cm5nLnBpY2soWyc4JywgJzknLCAnYScsICdiJ10pfSR7aGV4KDMpfS0ke2hleCgxMil9YDtcbn1cblxuZnVuY3Rpb24gbWVyZ2VBbGwoYmFzZTogU2NoZW1hLCBwYXJ0czogU2NoZW1hW10pOiBTY2hlbWEge1xuICBjb25zdCB7IGFsbE9mOiBfaWdub3JlZCwgLi4ucmVzdCB9ID0gYmFzZTtcbiAgY29uc3QgbWVyZ2VkOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgLi4ucmVzdCB9O1xuICBmb3IgKGNvbnN0IHBhcnQgb2YgcGFydHMpIHtcbiAgICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhwYXJ0KSkge1xuICAgICAgaWYgKGtleSA9PT0gJ3Byb3BlcnRpZXMnICYmIGlzU2NoZW1hKHZhbHVlKSkge1xuICAgICAgICBtZXJnZWRbJ3Byb3BlcnRpZXMnXSA9IHsgLi4uKGlzU2NoZW1hKG1lcmdlZFsncHJvcGVydGllcyddKSA/IG1lcmdlZFsncHJvcGVydGllcyddIDoge30pLCAuLi52YWx1ZSB9O1xuICAgICAgfSBlbHNlIGlmIChrZXkgPT09ICdyZXF1aXJlZCcgJiYgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgICAgbWVyZ2VkWydyZXF1aXJlZCddID0gWy4uLnN0cmluZ0xpc3QobWVyZ2VkWydyZXF1aXJlZCddKSwgLi4uc3RyaW5nTGlzdCh2YWx1ZSldO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgbWVyZ2VkW2tleV0gPSB2YWx1ZTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgcmV0dXJuIG1lcmdlZDtcbn1cblxuZnVuY3Rpb24gc2FmZVJlZ0V4cChzb3VyY2U6IHN0cmluZyk6IFJlZ0V4cCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG5ldyBSZWdFeHAoc291cmNlLCAndScpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbmZ1bmN0aW9uIGlzU2NoZW1hKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgU2NoZW1hIHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodmFsdWUpO1xufVxuXG5mdW5jdGlvbiBzY2hlbWFMaXN0KHZhbHVlOiB1bmtub3duKTogU2NoZW1hW10gfCB1bmRlZmluZWQge1xuICByZXR1cm4gQXJyYXkuaXNBcnJheSh2YWx1ZSkgJiYgdmFsdWUubGVuZ3RoID4gMCAmJiB2YWx1ZS5ldmVyeShpc1NjaGVtYSkgPyB2YWx1ZSA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gc3RyaW5nTGlzdCh2YWx1ZTogdW5rbm93bik6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodmFsdWUpID8gdmFsdWUuZmlsdGVyKCh2KTogdiBpcyBzdHJpbmcgPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnKSA6IFtdO1xufVxuXG4vKiogR2VtaW5pJ3Mgb3duIHNjaGVtYSBzZW5kcyBpbnQ2NCBmaWVsZHMgKG1pbkl0ZW1zLCBtYXhMZW5ndGgsIFx1MjAyNikgYXMgc3RyaW5ncy4gKi9cbmZ1bmN0aW9uIHRvTnVtYmVyKHZhbHVlOiB1bmtub3duKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkgcmV0dXJuIHZhbHVlO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiB2YWx1ZS50cmltKCkgIT09ICcnICYmIE51bWJlci5pc0Zpbml0ZShOdW1iZXIodmFsdWUpKSkgcmV0dXJuIE51bWJlcih2YWx1ZSk7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsbUJBQXlDO0FBTXpDLE1BQU0sWUFBWTtBQUNsQixNQUFNLHNCQUFzQjtBQUVyQixTQUFTLGVBQWUsUUFBaUIsS0FBaUI7QUFDL0QsUUFBTSxPQUFPLFNBQVMsTUFBTSxJQUFJLFNBQVMsQ0FBQztBQUMxQyxTQUFPLElBQUksYUFBYSxNQUFNLEdBQUcsRUFBRSxNQUFNLE1BQU0sR0FBRyxFQUFFO0FBQ3REO0FBRUEsTUFBTSxhQUFhO0FBQUEsRUFDakIsWUFDbUIsTUFDQSxLQUNqQjtBQUZpQjtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUZnQjtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBSW5CLE1BQU0sT0FBZSxPQUFlLE1BQW9CO0FBQ3RELFVBQU0sU0FBUyxLQUFLLFFBQVEsS0FBSztBQUNqQyxRQUFJLFdBQVcsT0FBUSxRQUFPLE9BQU8sT0FBTztBQUM1QyxRQUFJLE1BQU0sUUFBUSxPQUFPLE1BQU0sQ0FBQyxLQUFLLE9BQU8sTUFBTSxFQUFFLFNBQVMsRUFBRyxRQUFPLEtBQUssSUFBSSxLQUFLLE9BQU8sTUFBTSxDQUFXO0FBQzdHLFVBQU0sZUFBZSxXQUFXLE9BQU8sT0FBTyxDQUFDLEtBQUssV0FBVyxPQUFPLE9BQU8sQ0FBQztBQUM5RSxRQUFJLGFBQWMsUUFBTyxLQUFLLE1BQU0sS0FBSyxnQkFBZ0IsY0FBYyxLQUFLLEdBQUcsT0FBTyxJQUFJO0FBQzFGLFVBQU0sUUFBUSxXQUFXLE9BQU8sT0FBTyxDQUFDO0FBQ3hDLFFBQUksTUFBTyxRQUFPLEtBQUssTUFBTSxTQUFTLFFBQVEsTUFBTSxJQUFJLENBQUMsTUFBTSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsR0FBRyxPQUFPLElBQUk7QUFFN0YsWUFBUSxLQUFLLE9BQU8sTUFBTSxHQUFHO0FBQUEsTUFDM0IsS0FBSztBQUNILGVBQU8sS0FBSyxPQUFPLFFBQVEsS0FBSztBQUFBLE1BQ2xDLEtBQUs7QUFDSCxlQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUFBLE1BQ3ZDLEtBQUs7QUFDSCxlQUFPLEtBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxNQUNqQyxLQUFLO0FBQ0gsZUFBTyxLQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsTUFDakMsS0FBSztBQUNILGVBQU8sS0FBSyxPQUFPLFFBQVEsS0FBSztBQUFBLE1BQ2xDLEtBQUs7QUFDSCxlQUFPLEtBQUssSUFBSSxPQUFPLEdBQUc7QUFBQSxNQUM1QixLQUFLO0FBQ0gsZUFBTztBQUFBLE1BQ1Q7QUFDRSxtQkFBTyxxQkFBTyxLQUFLLEdBQUc7QUFBQSxJQUMxQjtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFFBQVEsUUFBd0I7QUFDdEMsUUFBSSxVQUFVO0FBQ2QsYUFBUyxPQUFPLEdBQUcsT0FBTyxRQUFRLE1BQU0sTUFBTSxZQUFZLE9BQU8sSUFBSSxRQUFRO0FBQzNFLFlBQU0sRUFBRSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQzlCLGdCQUFVLEVBQUUsR0FBRyxLQUFLLE9BQU8sSUFBYyxHQUFHLEdBQUcsU0FBUztBQUFBLElBQzFEO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR1EsT0FBTyxLQUFxQjtBQUNsQyxRQUFJLENBQUMsSUFBSSxXQUFXLEdBQUcsRUFBRyxPQUFNLElBQUksTUFBTSxrREFBa0QsR0FBRyxFQUFFO0FBQ2pHLFFBQUksT0FBZ0IsS0FBSztBQUN6QixlQUFXLE9BQU8sSUFBSSxNQUFNLENBQUMsRUFBRSxNQUFNLEdBQUcsRUFBRSxPQUFPLE9BQU8sR0FBRztBQUN6RCxZQUFNLE1BQU0sbUJBQW1CLEdBQUcsRUFBRSxRQUFRLE9BQU8sR0FBRyxFQUFFLFFBQVEsT0FBTyxHQUFHO0FBQzFFLGFBQU8sU0FBUyxJQUFJLElBQUksS0FBSyxHQUFHLElBQUk7QUFBQSxJQUN0QztBQUNBLFFBQUksQ0FBQyxTQUFTLElBQUksRUFBRyxPQUFNLElBQUksTUFBTSxrQ0FBa0MsR0FBRyxFQUFFO0FBQzVFLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLGdCQUFnQixjQUF3QixPQUF1QjtBQUNyRSxVQUFNLFFBQVEsYUFBYSxDQUFDO0FBQzVCLFFBQUksUUFBUSxVQUFXLFFBQU87QUFDOUIsV0FBTyxhQUFhLEtBQUssQ0FBQyxNQUFNLEtBQUssT0FBTyxLQUFLLFFBQVEsQ0FBQyxDQUFDLE1BQU0sTUFBTSxLQUFLO0FBQUEsRUFDOUU7QUFBQTtBQUFBLEVBR1EsT0FBTyxRQUFvQztBQUNqRCxVQUFNLE9BQU8sT0FBTyxNQUFNO0FBQzFCLFFBQUksT0FBTyxTQUFTLFNBQVUsUUFBTyxLQUFLLFlBQVk7QUFDdEQsUUFBSSxNQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3ZCLFlBQU0sUUFBUSxLQUFLLE9BQU8sQ0FBQyxNQUFtQixPQUFPLE1BQU0sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9GLGFBQU8sTUFBTSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFBQSxJQUNuRDtBQUNBLFFBQUksU0FBUyxPQUFPLFlBQVksQ0FBQyxLQUFLLDBCQUEwQixPQUFRLFFBQU87QUFDL0UsUUFBSSxXQUFXLFVBQVUsaUJBQWlCLE9BQVEsUUFBTztBQUN6RCxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsT0FBTyxRQUFnQixPQUFxQjtBQUNsRCxVQUFNLFNBQWtDLENBQUM7QUFDekMsVUFBTSxhQUFhLFNBQVMsT0FBTyxZQUFZLENBQUMsSUFBSSxPQUFPLFlBQVksSUFBSSxDQUFDO0FBQzVFLFVBQU0sV0FBVyxJQUFJLElBQUksV0FBVyxPQUFPLFVBQVUsQ0FBQyxDQUFDO0FBRXZELFVBQU0sUUFBUSxXQUFXLE9BQU8sa0JBQWtCLENBQUM7QUFDbkQsVUFBTSxRQUFRLENBQUMsR0FBRyxPQUFPLEdBQUcsT0FBTyxLQUFLLFVBQVUsRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLE1BQU0sU0FBUyxDQUFDLENBQUMsQ0FBQztBQUNyRixlQUFXLFFBQVEsT0FBTztBQUN4QixZQUFNLFdBQVcsV0FBVyxJQUFJO0FBQ2hDLFVBQUksQ0FBQyxTQUFTLFFBQVEsRUFBRztBQUV6QixVQUFJLFNBQVMsYUFBYSxDQUFDLFNBQVMsSUFBSSxJQUFJLEVBQUc7QUFDL0MsYUFBTyxJQUFJLElBQUksS0FBSyxNQUFNLFVBQVUsUUFBUSxHQUFHLElBQUk7QUFBQSxJQUNyRDtBQUNBLFNBQUssZUFBZSxRQUFRLFFBQVEsVUFBVSxLQUFLO0FBQ25ELFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLGVBQWUsUUFBZ0IsUUFBaUMsVUFBdUIsT0FBcUI7QUFDbEgsVUFBTSxRQUFRLE9BQU8sc0JBQXNCO0FBQzNDLFVBQU0sY0FBc0IsU0FBUyxLQUFLLElBQUksUUFBUSxDQUFDO0FBQ3ZELFFBQUksVUFBVSxNQUFPO0FBQ3JCLFVBQU0sV0FBVyxTQUFTLE9BQU8sZUFBZSxDQUFDLElBQUksV0FBVyxPQUFPLGVBQWUsRUFBRSxNQUFNLENBQUMsSUFBSSxDQUFDO0FBQ3BHLGVBQVcsT0FBTyxVQUFVO0FBQzFCLFVBQUksRUFBRSxPQUFPLFFBQVMsUUFBTyxHQUFHLElBQUksS0FBSyxNQUFNLGFBQWEsUUFBUSxHQUFHLEdBQUc7QUFBQSxJQUM1RTtBQUNBLFVBQU0sZ0JBQWdCLFNBQVMsT0FBTyxlQUFlLENBQUMsS0FBSztBQUMzRCxVQUFNLGFBQWEsU0FBUyxTQUFTLElBQUksV0FBVyxNQUFNLEtBQUssRUFBRSxRQUFRLGNBQWMsR0FBRyxDQUFDLEdBQUcsTUFBTSxPQUFHLG1CQUFLLEtBQUssR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLEVBQUU7QUFDL0gsZUFBVyxPQUFPLFlBQVk7QUFDNUIsVUFBSSxPQUFPLEtBQUssTUFBTSxFQUFFLFVBQVUsY0FBZTtBQUNqRCxVQUFJLEVBQUUsT0FBTyxRQUFTLFFBQU8sR0FBRyxJQUFJLEtBQUssTUFBTSxhQUFhLFFBQVEsR0FBRyxHQUFHO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBQUEsRUFFUSxNQUFNLFFBQWdCLE9BQWUsTUFBb0I7QUFDL0QsVUFBTSxXQUFXLFNBQVMsT0FBTyxVQUFVLENBQUM7QUFDNUMsVUFBTSxXQUFXLFNBQVMsT0FBTyxVQUFVLENBQUM7QUFDNUMsVUFBTSxRQUFRLFdBQVcsT0FBTyxhQUFhLENBQUMsS0FBSyxXQUFXLE9BQU8sT0FBTyxDQUFDLEtBQUssQ0FBQztBQUNuRixVQUFNLFFBQVEsU0FBUyxPQUFPLE9BQU8sQ0FBQyxJQUFJLE9BQU8sT0FBTyxJQUFJO0FBQzVELFFBQUksUUFBUSxhQUFhLFVBQWEsV0FBVyxJQUFJLFdBQVcsS0FBSyxJQUFJLHFCQUFxQixNQUFNLE1BQU07QUFDMUcsUUFBSSxTQUFTLFVBQVcsU0FBUSxLQUFLLElBQUksWUFBWSxHQUFHLE1BQU0sTUFBTTtBQUNwRSxRQUFJLGFBQWEsT0FBVyxTQUFRLEtBQUssSUFBSSxPQUFPLFFBQVE7QUFDNUQsUUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFPLE1BQU0sTUFBTyxTQUFRLEtBQUssSUFBSSxPQUFPLE1BQU0sTUFBTTtBQUU3RSxVQUFNLFNBQWlCLENBQUM7QUFDeEIsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLEtBQUs7QUFDOUIsWUFBTSxhQUFhLE1BQU0sQ0FBQyxLQUFLLFNBQVMsQ0FBQztBQUN6QyxVQUFJLE9BQU8sS0FBSyxNQUFNLFlBQVksUUFBUSxHQUFHLElBQUk7QUFFakQsZUFBUyxRQUFRLEdBQUcsT0FBTyxhQUFhLE1BQU0sUUFBUSxLQUFLLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxLQUFLLFFBQVEsSUFBSSxTQUFTO0FBQzNHLGVBQU8sS0FBSyxNQUFNLFlBQVksUUFBUSxHQUFHLElBQUk7QUFBQSxNQUMvQztBQUNBLFdBQUssSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQzdCLGFBQU8sS0FBSyxJQUFJO0FBQUEsSUFDbEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsT0FBTyxRQUFnQixNQUFzQjtBQUNuRCxVQUFNLFlBQVksU0FBUyxPQUFPLFdBQVcsQ0FBQyxLQUFLO0FBQ25ELFVBQU0sWUFBWSxTQUFTLE9BQU8sV0FBVyxDQUFDO0FBQzlDLFVBQU0sVUFBVSxPQUFPLE9BQU8sU0FBUyxNQUFNLFdBQVcsV0FBVyxPQUFPLFNBQVMsQ0FBQyxJQUFJO0FBQ3hGLFVBQU0sYUFBYSxDQUFDLEtBQUssVUFBVSxPQUFPLFFBQVEsR0FBRyxJQUFJLE9BQUcscUJBQU8sS0FBSyxHQUFHLE9BQUcsbUJBQUssS0FBSyxHQUFHLE9BQUcseUJBQVcsS0FBSyxHQUFHLENBQUM7QUFDbEgsVUFBTSxTQUFTLFdBQ1osT0FBTyxDQUFDLE1BQW1CLE1BQU0sTUFBUyxFQUMxQyxJQUFJLENBQUMsTUFBTSxVQUFVLEdBQUcsV0FBVyxTQUFTLENBQUM7QUFDaEQsV0FBTyxPQUFPLEtBQUssQ0FBQyxNQUFNLENBQUMsV0FBVyxRQUFRLEtBQUssQ0FBQyxDQUFDLEtBQU0sT0FBTyxDQUFDO0FBQUEsRUFDckU7QUFBQSxFQUVRLFVBQVUsUUFBaUIsTUFBa0M7QUFDbkUsVUFBTSxJQUFJLEtBQUs7QUFDZixVQUFNLE1BQU0sQ0FBQyxNQUFzQixPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUM1RCxVQUFNLE9BQU8sS0FBSyxJQUFJLEVBQUUsSUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLElBQUksR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFDOUUsVUFBTSxPQUFPLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUMsSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQzNFLFlBQVEsUUFBUTtBQUFBLE1BQ2QsS0FBSztBQUNILGVBQU8sR0FBRyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ3hCLEtBQUs7QUFDSCxlQUFPO0FBQUEsTUFDVCxLQUFLO0FBQ0gsZUFBTyxHQUFHLElBQUk7QUFBQSxNQUNoQixLQUFLO0FBQ0gsZUFBTyxPQUFHLHlCQUFXLENBQUMsRUFBRSxZQUFZLENBQUMsUUFBSSxtQkFBSyxDQUFDLENBQUM7QUFBQSxNQUNsRCxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsZUFBTywyQkFBdUIsbUJBQUssQ0FBQyxDQUFDLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRyxDQUFDO0FBQUEsTUFDeEQsS0FBSztBQUNILGVBQU8sS0FBSyxDQUFDO0FBQUEsTUFDZjtBQUNFLGVBQU8sU0FBUyxLQUFLLElBQUksUUFBSSx5QkFBVyxDQUFDLElBQUk7QUFBQSxJQUNqRDtBQUFBLEVBQ0Y7QUFBQSxFQUVRLE9BQU8sUUFBZ0IsU0FBMEI7QUFDdkQsVUFBTSxRQUFRLGFBQWEsUUFBUSxPQUFPO0FBQzFDLFVBQU0sYUFBYSxTQUFTLE9BQU8sWUFBWSxDQUFDO0FBQ2hELFFBQUksU0FBUztBQUNYLFlBQU0sT0FBTyxlQUFlLFVBQWEsT0FBTyxVQUFVLFVBQVUsS0FBSyxhQUFhLElBQUksYUFBYTtBQUN2RyxZQUFNLE1BQU0sS0FBSyxLQUFLLE1BQU0sTUFBTSxJQUFJO0FBQ3RDLFlBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNLElBQUk7QUFDeEMsY0FBUSxRQUFRLE1BQU0sS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUFBLElBQ3pEO0FBQ0EsUUFBSSxlQUFlLFVBQWEsYUFBYSxHQUFHO0FBQzlDLFlBQU0sTUFBTSxLQUFLLEtBQUssTUFBTSxNQUFNLFVBQVU7QUFDNUMsWUFBTSxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU0sVUFBVTtBQUM5QyxhQUFPLFNBQVMsUUFBUSxNQUFNLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU8sWUFBWSxZQUFZLEVBQUUsQ0FBQztBQUFBLElBQzVGO0FBQ0EsVUFBTSxRQUFRLE1BQU0sTUFBTSxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELFVBQU0sVUFBVSxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFDMUMsV0FBTyxXQUFXLE1BQU0sT0FBTyxXQUFXLE1BQU0sTUFBTSxVQUFVO0FBQUEsRUFDbEU7QUFDRjtBQUdBLFNBQVMsYUFBYSxRQUFnQixTQUFnRDtBQUNwRixRQUFNLFFBQVEsVUFBVSxJQUFJO0FBQzVCLE1BQUksTUFBTSxTQUFTLE9BQU8sU0FBUyxDQUFDO0FBQ3BDLE1BQUksTUFBTSxTQUFTLE9BQU8sU0FBUyxDQUFDO0FBQ3BDLFFBQU0sZUFBZSxPQUFPLGtCQUFrQjtBQUM5QyxRQUFNLGVBQWUsT0FBTyxrQkFBa0I7QUFFOUMsTUFBSSxPQUFPLGlCQUFpQixTQUFVLE9BQU0sS0FBSyxJQUFJLE9BQU8sV0FBVyxlQUFlLEtBQUs7QUFBQSxXQUNsRixpQkFBaUIsUUFBUSxRQUFRLE9BQVcsUUFBTztBQUM1RCxNQUFJLE9BQU8saUJBQWlCLFNBQVUsT0FBTSxLQUFLLElBQUksT0FBTyxVQUFVLGVBQWUsS0FBSztBQUFBLFdBQ2pGLGlCQUFpQixRQUFRLFFBQVEsT0FBVyxRQUFPO0FBQzVELFFBQU0sTUFBTSxXQUFXLEdBQUc7QUFDMUIsUUFBTSxPQUFPLFdBQVcsR0FBRztBQUUzQixRQUFNLFFBQVEsUUFBUSxTQUFTLFVBQWEsUUFBUSxJQUFJLElBQUksT0FBTztBQUNuRSxTQUFPLEVBQUUsS0FBSyxPQUFPLEtBQUssS0FBSyxJQUFJLFFBQVEsVUFBVSxRQUFRLEVBQUUsRUFBRTtBQUNuRTtBQUdBLFNBQVMsV0FBVyxPQUErQztBQUNqRSxTQUFPLFVBQVUsVUFBYSxLQUFLLElBQUksS0FBSyxJQUFJLE9BQU8sbUJBQW1CLFFBQVE7QUFDcEY7QUFFQSxTQUFTLFVBQVUsTUFBYyxXQUFtQixXQUF1QztBQUN6RixNQUFJLFNBQVM7QUFDYixTQUFPLE9BQU8sU0FBUyxVQUFXLFdBQVUsSUFBSSxJQUFJO0FBQ3BELE1BQUksT0FBTyxTQUFTLGFBQWEsY0FBYyxPQUFXLFFBQU87QUFDakUsTUFBSSxjQUFjLFVBQWEsT0FBTyxTQUFTLFVBQVcsVUFBUyxPQUFPLE1BQU0sR0FBRyxTQUFTLEVBQUUsUUFBUTtBQUN0RyxTQUFPLE9BQU8sU0FBUyxVQUFXLFdBQVU7QUFDNUMsU0FBTztBQUNUO0FBRUEsU0FBUyxLQUFLLEtBQW1CO0FBQy9CLFFBQU0sTUFBTSxDQUFDLE1BQXNCLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxHQUFHLE1BQU0sSUFBSSxJQUFJLEdBQUcsRUFBRSxFQUFFLFNBQVMsRUFBRSxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQ3ZHLFNBQU8sR0FBRyxJQUFJLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsSUFBSSxJQUFJLEtBQUssQ0FBQyxLQUFLLEtBQUssS0FBSyxHQUFHLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLENBQUM7QUFDN0Y7QUFFQSxTQUFTLFNBQVMsTUFBYyxPQUF5QjtBQUN2RCxRQUFNLEVBQUUsT0FBTyxVQUFVLEdBQUcsS0FBSyxJQUFJO0FBQ3JDLFFBQU0sU0FBa0MsRUFBRSxHQUFHLEtBQUs7QUFDbEQsYUFBVyxRQUFRLE9BQU87QUFDeEIsZUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDL0MsVUFBSSxRQUFRLGdCQUFnQixTQUFTLEtBQUssR0FBRztBQUMzQyxlQUFPLFlBQVksSUFBSSxFQUFFLEdBQUksU0FBUyxPQUFPLFlBQVksQ0FBQyxJQUFJLE9BQU8sWUFBWSxJQUFJLENBQUMsR0FBSSxHQUFHLE1BQU07QUFBQSxNQUNyRyxXQUFXLFFBQVEsY0FBYyxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3JELGVBQU8sVUFBVSxJQUFJLENBQUMsR0FBRyxXQUFXLE9BQU8sVUFBVSxDQUFDLEdBQUcsR0FBRyxXQUFXLEtBQUssQ0FBQztBQUFBLE1BQy9FLE9BQU87QUFDTCxlQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ2hCO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQVcsUUFBb0M7QUFDdEQsTUFBSTtBQUNGLFdBQU8sSUFBSSxPQUFPLFFBQVEsR0FBRztBQUFBLEVBQy9CLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxTQUFTLE9BQWlDO0FBQ2pELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFDNUU7QUFFQSxTQUFTLFdBQVcsT0FBc0M7QUFDeEQsU0FBTyxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sU0FBUyxLQUFLLE1BQU0sTUFBTSxRQUFRLElBQUksUUFBUTtBQUNyRjtBQUVBLFNBQVMsV0FBVyxPQUEwQjtBQUM1QyxTQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksTUFBTSxPQUFPLENBQUMsTUFBbUIsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQzNGO0FBR0EsU0FBUyxTQUFTLE9BQW9DO0FBQ3BELE1BQUksT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQ2hFLE1BQUksT0FBTyxVQUFVLFlBQVksTUFBTSxLQUFLLE1BQU0sTUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLLENBQUMsRUFBRyxRQUFPLE9BQU8sS0FBSztBQUMzRyxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
