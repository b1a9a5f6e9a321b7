"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var assert = __toESM(require("node:assert/strict"));
var import_zod = require("zod");
var import_prng = require("../../support/fakeGemini/prng");
var import_schemaValue = require("../../support/fakeGemini/schemaValue");
var import_prose = require("../../support/fakeGemini/prose");
var import_replyLength = require("../../support/fakeGemini/replyLength");
var import_errorBodies = require("../../support/fakeGemini/errorBodies");
function roundTrip(schema, seed = "seed") {
  const value = (0, import_schemaValue.valueForSchema)(import_zod.z.toJSONSchema(schema), import_prng.Prng.fromText(seed));
  return schema.parse(JSON.parse(JSON.stringify(value)));
}
describe("fake Gemini: schema-valid values", () => {
  it("satisfies string formats, their patterns and length bounds", () => {
    const schema = import_zod.z.object({
      email: import_zod.z.email(),
      when: import_zod.z.iso.datetime(),
      day: import_zod.z.iso.date(),
      link: import_zod.z.url(),
      id: import_zod.z.uuid(),
      short: import_zod.z.string().min(2).max(5),
      long: import_zod.z.string().min(40),
      code: import_zod.z.string().regex(/^[a-z]+$/),
      name: import_zod.z.string()
    });
    for (const seed of ["a", "b", "c", "d", "e"]) roundTrip(schema, seed);
  });
  it("satisfies numeric bounds, including exclusive ones and multipleOf", () => {
    const schema = import_zod.z.object({
      count: import_zod.z.number().int(),
      positive: import_zod.z.number().positive(),
      negative: import_zod.z.number().int().negative(),
      big: import_zod.z.number().int().min(1e6),
      ratio: import_zod.z.number().gt(0).lt(1),
      step: import_zod.z.number().int().multipleOf(5).min(11).max(30)
    });
    for (const seed of ["a", "b", "c", "d", "e"]) roundTrip(schema, seed);
    const { count } = roundTrip(schema);
    assert.ok(count >= 1 && count <= 100, "human-sized when unbounded");
  });
  it("handles tuples, records, literals, unions, nullables and optionals", () => {
    const schema = import_zod.z.object({
      pair: import_zod.z.tuple([import_zod.z.string(), import_zod.z.number()]),
      scores: import_zod.z.record(import_zod.z.string(), import_zod.z.number()),
      flags: import_zod.z.record(import_zod.z.enum(["draft", "final"]), import_zod.z.boolean()),
      kind: import_zod.z.literal("chapter"),
      either: import_zod.z.union([import_zod.z.number(), import_zod.z.string()]),
      maybe: import_zod.z.string().nullable(),
      later: import_zod.z.string().optional()
    });
    const value = roundTrip(schema);
    assert.deepEqual(Object.keys(value.flags).sort(), ["draft", "final"]);
  });
  it("draws distinct items for uniqueItems", () => {
    const value = (0, import_schemaValue.valueForSchema)({ type: "array", items: { enum: ["a", "b", "c", "d"] }, minItems: 4, uniqueItems: true }, import_prng.Prng.fromText("u"));
    assert.deepEqual([...value].sort(), ["a", "b", "c", "d"]);
  });
  it("ends recursion through $defs", () => {
    const Section = import_zod.z.lazy(() => import_zod.z.object({ title: import_zod.z.string(), children: import_zod.z.array(Section) }));
    const tree = roundTrip(import_zod.z.object({ root: Section }));
    assert.ok(tree.root.children.length > 0);
  });
  it("is deterministic per seed", () => {
    const schema = import_zod.z.object({ a: import_zod.z.string(), b: import_zod.z.array(import_zod.z.number()) });
    assert.deepEqual(roundTrip(schema, "x"), roundTrip(schema, "x"));
    assert.notDeepEqual(roundTrip(schema, "x"), roundTrip(schema, "y"));
  });
});
describe("fake Gemini: prose and lengths", () => {
  it("writes exactly the requested number of words", () => {
    for (const words of [1, 2, 7, 300, 2500]) assert.equal((0, import_prose.countWords)((0, import_prose.generateProse)(import_prng.Prng.fromText(String(words)), words)), words);
  });
  it('reads the first "N words" of the prompt, then of the system instruction', () => {
    assert.equal((0, import_replyLength.requestedWords)("Write about 1200 words."), 1200);
    assert.equal((0, import_replyLength.requestedWords)("Write 1,200 words, then 50 words of notes."), 1200);
    assert.equal((0, import_replyLength.requestedWords)("a 900-word scene"), 900);
    assert.equal((0, import_replyLength.requestedWords)("between 800\u20131000 words"), 800);
    assert.equal((0, import_replyLength.requestedWords)("Chapter 3 please", "Chapters run 2500 words."), 2500);
    assert.equal((0, import_replyLength.requestedWords)("no length here"), void 0);
    assert.equal((0, import_replyLength.requestedWords)("999999 words"), 2e4);
  });
  it("caps the length at three quarters of maxOutputTokens", () => {
    assert.deepEqual((0, import_replyLength.replyLength)(1200, 1e3), { words: 750, truncated: true });
    assert.deepEqual((0, import_replyLength.replyLength)(void 0, void 0), { words: 300, truncated: false });
    assert.deepEqual((0, import_replyLength.replyLength)(100, 1e3), { words: 100, truncated: false });
  });
  it("formats retry delays like protobuf durations", () => {
    assert.equal((0, import_errorBodies.formatDuration)(2837.906927), "2.837906927s");
    assert.equal((0, import_errorBodies.formatDuration)(36e3), "36s");
    assert.equal((0, import_errorBodies.formatDuration)(0), "0s");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N1cHBvcnQvZmFrZUdlbWluaVNjaGVtYVZhbHVlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSB0ZXN0IHNlcnZlcidzIHN0cnVjdHVyZWQgcmVwbGllcyBtdXN0IHBhc3MgdGhlIHByb2R1Y3QncyBvd24gem9kIHBhcnNpbmcsIHdoYXRldmVyIHpvZCdzXG4vLyB6LnRvSlNPTlNjaGVtYSBlbWl0czogZm9ybWF0cyB3aXRoIHBhdHRlcm5zLCB0dXBsZXMsIHJlY29yZHMsIHJlY3Vyc2lvbiB0aHJvdWdoICRkZWZzLlxuaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IFBybmcgfSBmcm9tICcuLi8uLi9zdXBwb3J0L2Zha2VHZW1pbmkvcHJuZyc7XG5pbXBvcnQgeyB2YWx1ZUZvclNjaGVtYSB9IGZyb20gJy4uLy4uL3N1cHBvcnQvZmFrZUdlbWluaS9zY2hlbWFWYWx1ZSc7XG5pbXBvcnQgeyBnZW5lcmF0ZVByb3NlLCBjb3VudFdvcmRzIH0gZnJvbSAnLi4vLi4vc3VwcG9ydC9mYWtlR2VtaW5pL3Byb3NlJztcbmltcG9ydCB7IHJlcXVlc3RlZFdvcmRzLCByZXBseUxlbmd0aCB9IGZyb20gJy4uLy4uL3N1cHBvcnQvZmFrZUdlbWluaS9yZXBseUxlbmd0aCc7XG5pbXBvcnQgeyBmb3JtYXREdXJhdGlvbiB9IGZyb20gJy4uLy4uL3N1cHBvcnQvZmFrZUdlbWluaS9lcnJvckJvZGllcyc7XG5cbmZ1bmN0aW9uIHJvdW5kVHJpcDxUIGV4dGVuZHMgei5ab2RUeXBlPihzY2hlbWE6IFQsIHNlZWQgPSAnc2VlZCcpOiB6Lm91dHB1dDxUPiB7XG4gIGNvbnN0IHZhbHVlID0gdmFsdWVGb3JTY2hlbWEoei50b0pTT05TY2hlbWEoc2NoZW1hKSwgUHJuZy5mcm9tVGV4dChzZWVkKSk7XG4gIHJldHVybiBzY2hlbWEucGFyc2UoSlNPTi5wYXJzZShKU09OLnN0cmluZ2lmeSh2YWx1ZSkpKTtcbn1cblxuZGVzY3JpYmUoJ2Zha2UgR2VtaW5pOiBzY2hlbWEtdmFsaWQgdmFsdWVzJywgKCkgPT4ge1xuICBpdCgnc2F0aXNmaWVzIHN0cmluZyBmb3JtYXRzLCB0aGVpciBwYXR0ZXJucyBhbmQgbGVuZ3RoIGJvdW5kcycsICgpID0+IHtcbiAgICBjb25zdCBzY2hlbWEgPSB6Lm9iamVjdCh7XG4gICAgICBlbWFpbDogei5lbWFpbCgpLFxuICAgICAgd2hlbjogei5pc28uZGF0ZXRpbWUoKSxcbiAgICAgIGRheTogei5pc28uZGF0ZSgpLFxuICAgICAgbGluazogei51cmwoKSxcbiAgICAgIGlkOiB6LnV1aWQoKSxcbiAgICAgIHNob3J0OiB6LnN0cmluZygpLm1pbigyKS5tYXgoNSksXG4gICAgICBsb25nOiB6LnN0cmluZygpLm1pbig0MCksXG4gICAgICBjb2RlOiB6LnN0cmluZygpLnJlZ2V4KC9eW2Etel0rJC8pLFxuICAgICAgbmFtZTogei5zdHJpbmcoKSxcbiAgICB9KTtcbiAgICBmb3IgKGNvbnN0IHNlZWQgb2YgWydhJywgJ2InLCAnYycsICdkJywgJ2UnXSkgcm91bmRUcmlwKHNjaGVtYSwgc2VlZCk7XG4gIH0pO1xuXG4gIGl0KCdzYXRpc2ZpZXMgbnVtZXJpYyBib3VuZHMsIGluY2x1ZGluZyBleGNsdXNpdmUgb25lcyBhbmQgbXVsdGlwbGVPZicsICgpID0+IHtcbiAgICBjb25zdCBzY2hlbWEgPSB6Lm9iamVjdCh7XG4gICAgICBjb3VudDogei5udW1iZXIoKS5pbnQoKSxcbiAgICAgIHBvc2l0aXZlOiB6Lm51bWJlcigpLnBvc2l0aXZlKCksXG4gICAgICBuZWdhdGl2ZTogei5udW1iZXIoKS5pbnQoKS5uZWdhdGl2ZSgpLFxuICAgICAgYmlnOiB6Lm51bWJlcigpLmludCgpLm1pbigxXzAwMF8wMDApLFxuICAgICAgcmF0aW86IHoubnVtYmVyKCkuZ3QoMCkubHQoMSksXG4gICAgICBzdGVwOiB6Lm51bWJlcigpLmludCgpLm11bHRpcGxlT2YoNSkubWluKDExKS5tYXgoMzApLFxuICAgIH0pO1xuICAgIGZvciAoY29uc3Qgc2VlZCBvZiBbJ2EnLCAnYicsICdjJywgJ2QnLCAnZSddKSByb3VuZFRyaXAoc2NoZW1hLCBzZWVkKTtcbiAgICBjb25zdCB7IGNvdW50IH0gPSByb3VuZFRyaXAoc2NoZW1hKTtcbiAgICBhc3NlcnQub2soY291bnQgPj0gMSAmJiBjb3VudCA8PSAxMDAsICdodW1hbi1zaXplZCB3aGVuIHVuYm91bmRlZCcpO1xuICB9KTtcblxuICBpdCgnaGFuZGxlcyB0dXBsZXMsIHJlY29yZHMsIGxpdGVyYWxzLCB1bmlvbnMsIG51bGxhYmxlcyBhbmQgb3B0aW9uYWxzJywgKCkgPT4ge1xuICAgIGNvbnN0IHNjaGVtYSA9IHoub2JqZWN0KHtcbiAgICAgIHBhaXI6IHoudHVwbGUoW3ouc3RyaW5nKCksIHoubnVtYmVyKCldKSxcbiAgICAgIHNjb3Jlczogei5yZWNvcmQoei5zdHJpbmcoKSwgei5udW1iZXIoKSksXG4gICAgICBmbGFnczogei5yZWNvcmQoei5lbnVtKFsnZHJhZnQnLCAnZmluYWwnXSksIHouYm9vbGVhbigpKSxcbiAgICAgIGtpbmQ6IHoubGl0ZXJhbCgnY2hhcHRlcicpLFxuICAgICAgZWl0aGVyOiB6LnVuaW9uKFt6Lm51bWJlcigpLCB6LnN0cmluZygpXSksXG4gICAgICBtYXliZTogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICAgICAgbGF0ZXI6IHouc3RyaW5nKCkub3B0aW9uYWwoKSxcbiAgICB9KTtcbiAgICBjb25zdCB2YWx1ZSA9IHJvdW5kVHJpcChzY2hlbWEpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoT2JqZWN0LmtleXModmFsdWUuZmxhZ3MpLnNvcnQoKSwgWydkcmFmdCcsICdmaW5hbCddKTtcbiAgfSk7XG5cbiAgaXQoJ2RyYXdzIGRpc3RpbmN0IGl0ZW1zIGZvciB1bmlxdWVJdGVtcycsICgpID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHZhbHVlRm9yU2NoZW1hKHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHsgZW51bTogWydhJywgJ2InLCAnYycsICdkJ10gfSwgbWluSXRlbXM6IDQsIHVuaXF1ZUl0ZW1zOiB0cnVlIH0sIFBybmcuZnJvbVRleHQoJ3UnKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbLi4uKHZhbHVlIGFzIHN0cmluZ1tdKV0uc29ydCgpLCBbJ2EnLCAnYicsICdjJywgJ2QnXSk7XG4gIH0pO1xuXG4gIGl0KCdlbmRzIHJlY3Vyc2lvbiB0aHJvdWdoICRkZWZzJywgKCkgPT4ge1xuICAgIGludGVyZmFjZSBTZWN0aW9uIHtcbiAgICAgIHRpdGxlOiBzdHJpbmc7XG4gICAgICBjaGlsZHJlbjogU2VjdGlvbltdO1xuICAgIH1cbiAgICBjb25zdCBTZWN0aW9uOiB6LlpvZFR5cGU8U2VjdGlvbj4gPSB6LmxhenkoKCkgPT4gei5vYmplY3QoeyB0aXRsZTogei5zdHJpbmcoKSwgY2hpbGRyZW46IHouYXJyYXkoU2VjdGlvbikgfSkpO1xuICAgIGNvbnN0IHRyZWUgPSByb3VuZFRyaXAoei5vYmplY3QoeyByb290OiBTZWN0aW9uIH0pKTtcbiAgICBhc3NlcnQub2sodHJlZS5yb290LmNoaWxkcmVuLmxlbmd0aCA+IDApO1xuICB9KTtcblxuICBpdCgnaXMgZGV0ZXJtaW5pc3RpYyBwZXIgc2VlZCcsICgpID0+IHtcbiAgICBjb25zdCBzY2hlbWEgPSB6Lm9iamVjdCh7IGE6IHouc3RyaW5nKCksIGI6IHouYXJyYXkoei5udW1iZXIoKSkgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyb3VuZFRyaXAoc2NoZW1hLCAneCcpLCByb3VuZFRyaXAoc2NoZW1hLCAneCcpKTtcbiAgICBhc3NlcnQubm90RGVlcEVxdWFsKHJvdW5kVHJpcChzY2hlbWEsICd4JyksIHJvdW5kVHJpcChzY2hlbWEsICd5JykpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnZmFrZSBHZW1pbmk6IHByb3NlIGFuZCBsZW5ndGhzJywgKCkgPT4ge1xuICBpdCgnd3JpdGVzIGV4YWN0bHkgdGhlIHJlcXVlc3RlZCBudW1iZXIgb2Ygd29yZHMnLCAoKSA9PiB7XG4gICAgZm9yIChjb25zdCB3b3JkcyBvZiBbMSwgMiwgNywgMzAwLCAyNTAwXSkgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMoZ2VuZXJhdGVQcm9zZShQcm5nLmZyb21UZXh0KFN0cmluZyh3b3JkcykpLCB3b3JkcykpLCB3b3Jkcyk7XG4gIH0pO1xuXG4gIGl0KCdyZWFkcyB0aGUgZmlyc3QgXCJOIHdvcmRzXCIgb2YgdGhlIHByb21wdCwgdGhlbiBvZiB0aGUgc3lzdGVtIGluc3RydWN0aW9uJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChyZXF1ZXN0ZWRXb3JkcygnV3JpdGUgYWJvdXQgMTIwMCB3b3Jkcy4nKSwgMTIwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3RlZFdvcmRzKCdXcml0ZSAxLDIwMCB3b3JkcywgdGhlbiA1MCB3b3JkcyBvZiBub3Rlcy4nKSwgMTIwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3RlZFdvcmRzKCdhIDkwMC13b3JkIHNjZW5lJyksIDkwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3RlZFdvcmRzKCdiZXR3ZWVuIDgwMFx1MjAxMzEwMDAgd29yZHMnKSwgODAwKTtcbiAgICBhc3NlcnQuZXF1YWwocmVxdWVzdGVkV29yZHMoJ0NoYXB0ZXIgMyBwbGVhc2UnLCAnQ2hhcHRlcnMgcnVuIDI1MDAgd29yZHMuJyksIDI1MDApO1xuICAgIGFzc2VydC5lcXVhbChyZXF1ZXN0ZWRXb3Jkcygnbm8gbGVuZ3RoIGhlcmUnKSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwocmVxdWVzdGVkV29yZHMoJzk5OTk5OSB3b3JkcycpLCAyMF8wMDApO1xuICB9KTtcblxuICBpdCgnY2FwcyB0aGUgbGVuZ3RoIGF0IHRocmVlIHF1YXJ0ZXJzIG9mIG1heE91dHB1dFRva2VucycsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlcGx5TGVuZ3RoKDEyMDAsIDEwMDApLCB7IHdvcmRzOiA3NTAsIHRydW5jYXRlZDogdHJ1ZSB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlcGx5TGVuZ3RoKHVuZGVmaW5lZCwgdW5kZWZpbmVkKSwgeyB3b3JkczogMzAwLCB0cnVuY2F0ZWQ6IGZhbHNlIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVwbHlMZW5ndGgoMTAwLCAxMDAwKSwgeyB3b3JkczogMTAwLCB0cnVuY2F0ZWQ6IGZhbHNlIH0pO1xuICB9KTtcblxuICBpdCgnZm9ybWF0cyByZXRyeSBkZWxheXMgbGlrZSBwcm90b2J1ZiBkdXJhdGlvbnMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGZvcm1hdER1cmF0aW9uKDI4MzcuOTA2OTI3KSwgJzIuODM3OTA2OTI3cycpO1xuICAgIGFzc2VydC5lcXVhbChmb3JtYXREdXJhdGlvbigzNl8wMDApLCAnMzZzJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGZvcm1hdER1cmF0aW9uKDApLCAnMHMnKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBRUEsYUFBd0I7QUFDeEIsaUJBQWtCO0FBQ2xCLGtCQUFxQjtBQUNyQix5QkFBK0I7QUFDL0IsbUJBQTBDO0FBQzFDLHlCQUE0QztBQUM1Qyx5QkFBK0I7QUFFL0IsU0FBUyxVQUErQixRQUFXLE9BQU8sUUFBcUI7QUFDN0UsUUFBTSxZQUFRLG1DQUFlLGFBQUUsYUFBYSxNQUFNLEdBQUcsaUJBQUssU0FBUyxJQUFJLENBQUM7QUFDeEUsU0FBTyxPQUFPLE1BQU0sS0FBSyxNQUFNLEtBQUssVUFBVSxLQUFLLENBQUMsQ0FBQztBQUN2RDtBQUVBLFNBQVMsb0NBQW9DLE1BQU07QUFDakQsS0FBRyw4REFBOEQsTUFBTTtBQUNyRSxVQUFNLFNBQVMsYUFBRSxPQUFPO0FBQUEsTUFDdEIsT0FBTyxhQUFFLE1BQU07QUFBQSxNQUNmLE1BQU0sYUFBRSxJQUFJLFNBQVM7QUFBQSxNQUNyQixLQUFLLGFBQUUsSUFBSSxLQUFLO0FBQUEsTUFDaEIsTUFBTSxhQUFFLElBQUk7QUFBQSxNQUNaLElBQUksYUFBRSxLQUFLO0FBQUEsTUFDWCxPQUFPLGFBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQztBQUFBLE1BQzlCLE1BQU0sYUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFO0FBQUEsTUFDdkIsTUFBTSxhQUFFLE9BQU8sRUFBRSxNQUFNLFVBQVU7QUFBQSxNQUNqQyxNQUFNLGFBQUUsT0FBTztBQUFBLElBQ2pCLENBQUM7QUFDRCxlQUFXLFFBQVEsQ0FBQyxLQUFLLEtBQUssS0FBSyxLQUFLLEdBQUcsRUFBRyxXQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3RFLENBQUM7QUFFRCxLQUFHLHFFQUFxRSxNQUFNO0FBQzVFLFVBQU0sU0FBUyxhQUFFLE9BQU87QUFBQSxNQUN0QixPQUFPLGFBQUUsT0FBTyxFQUFFLElBQUk7QUFBQSxNQUN0QixVQUFVLGFBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxNQUM5QixVQUFVLGFBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxTQUFTO0FBQUEsTUFDcEMsS0FBSyxhQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxHQUFTO0FBQUEsTUFDbkMsT0FBTyxhQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsRUFBRSxHQUFHLENBQUM7QUFBQSxNQUM1QixNQUFNLGFBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxXQUFXLENBQUMsRUFBRSxJQUFJLEVBQUUsRUFBRSxJQUFJLEVBQUU7QUFBQSxJQUNyRCxDQUFDO0FBQ0QsZUFBVyxRQUFRLENBQUMsS0FBSyxLQUFLLEtBQUssS0FBSyxHQUFHLEVBQUcsV0FBVSxRQUFRLElBQUk7QUFDcEUsVUFBTSxFQUFFLE1BQU0sSUFBSSxVQUFVLE1BQU07QUFDbEMsV0FBTyxHQUFHLFNBQVMsS0FBSyxTQUFTLEtBQUssNEJBQTRCO0FBQUEsRUFDcEUsQ0FBQztBQUVELEtBQUcsc0VBQXNFLE1BQU07QUFDN0UsVUFBTSxTQUFTLGFBQUUsT0FBTztBQUFBLE1BQ3RCLE1BQU0sYUFBRSxNQUFNLENBQUMsYUFBRSxPQUFPLEdBQUcsYUFBRSxPQUFPLENBQUMsQ0FBQztBQUFBLE1BQ3RDLFFBQVEsYUFBRSxPQUFPLGFBQUUsT0FBTyxHQUFHLGFBQUUsT0FBTyxDQUFDO0FBQUEsTUFDdkMsT0FBTyxhQUFFLE9BQU8sYUFBRSxLQUFLLENBQUMsU0FBUyxPQUFPLENBQUMsR0FBRyxhQUFFLFFBQVEsQ0FBQztBQUFBLE1BQ3ZELE1BQU0sYUFBRSxRQUFRLFNBQVM7QUFBQSxNQUN6QixRQUFRLGFBQUUsTUFBTSxDQUFDLGFBQUUsT0FBTyxHQUFHLGFBQUUsT0FBTyxDQUFDLENBQUM7QUFBQSxNQUN4QyxPQUFPLGFBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxNQUMzQixPQUFPLGFBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxJQUM3QixDQUFDO0FBQ0QsVUFBTSxRQUFRLFVBQVUsTUFBTTtBQUM5QixXQUFPLFVBQVUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLEtBQUssR0FBRyxDQUFDLFNBQVMsT0FBTyxDQUFDO0FBQUEsRUFDdEUsQ0FBQztBQUVELEtBQUcsd0NBQXdDLE1BQU07QUFDL0MsVUFBTSxZQUFRLG1DQUFlLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRSxNQUFNLENBQUMsS0FBSyxLQUFLLEtBQUssR0FBRyxFQUFFLEdBQUcsVUFBVSxHQUFHLGFBQWEsS0FBSyxHQUFHLGlCQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ3pJLFdBQU8sVUFBVSxDQUFDLEdBQUksS0FBa0IsRUFBRSxLQUFLLEdBQUcsQ0FBQyxLQUFLLEtBQUssS0FBSyxHQUFHLENBQUM7QUFBQSxFQUN4RSxDQUFDO0FBRUQsS0FBRyxnQ0FBZ0MsTUFBTTtBQUt2QyxVQUFNLFVBQThCLGFBQUUsS0FBSyxNQUFNLGFBQUUsT0FBTyxFQUFFLE9BQU8sYUFBRSxPQUFPLEdBQUcsVUFBVSxhQUFFLE1BQU0sT0FBTyxFQUFFLENBQUMsQ0FBQztBQUM1RyxVQUFNLE9BQU8sVUFBVSxhQUFFLE9BQU8sRUFBRSxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xELFdBQU8sR0FBRyxLQUFLLEtBQUssU0FBUyxTQUFTLENBQUM7QUFBQSxFQUN6QyxDQUFDO0FBRUQsS0FBRyw2QkFBNkIsTUFBTTtBQUNwQyxVQUFNLFNBQVMsYUFBRSxPQUFPLEVBQUUsR0FBRyxhQUFFLE9BQU8sR0FBRyxHQUFHLGFBQUUsTUFBTSxhQUFFLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDakUsV0FBTyxVQUFVLFVBQVUsUUFBUSxHQUFHLEdBQUcsVUFBVSxRQUFRLEdBQUcsQ0FBQztBQUMvRCxXQUFPLGFBQWEsVUFBVSxRQUFRLEdBQUcsR0FBRyxVQUFVLFFBQVEsR0FBRyxDQUFDO0FBQUEsRUFDcEUsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGtDQUFrQyxNQUFNO0FBQy9DLEtBQUcsZ0RBQWdELE1BQU07QUFDdkQsZUFBVyxTQUFTLENBQUMsR0FBRyxHQUFHLEdBQUcsS0FBSyxJQUFJLEVBQUcsUUFBTyxVQUFNLDZCQUFXLDRCQUFjLGlCQUFLLFNBQVMsT0FBTyxLQUFLLENBQUMsR0FBRyxLQUFLLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDOUgsQ0FBQztBQUVELEtBQUcsMkVBQTJFLE1BQU07QUFDbEYsV0FBTyxVQUFNLG1DQUFlLHlCQUF5QixHQUFHLElBQUk7QUFDNUQsV0FBTyxVQUFNLG1DQUFlLDRDQUE0QyxHQUFHLElBQUk7QUFDL0UsV0FBTyxVQUFNLG1DQUFlLGtCQUFrQixHQUFHLEdBQUc7QUFDcEQsV0FBTyxVQUFNLG1DQUFlLDZCQUF3QixHQUFHLEdBQUc7QUFDMUQsV0FBTyxVQUFNLG1DQUFlLG9CQUFvQiwwQkFBMEIsR0FBRyxJQUFJO0FBQ2pGLFdBQU8sVUFBTSxtQ0FBZSxnQkFBZ0IsR0FBRyxNQUFTO0FBQ3hELFdBQU8sVUFBTSxtQ0FBZSxjQUFjLEdBQUcsR0FBTTtBQUFBLEVBQ3JELENBQUM7QUFFRCxLQUFHLHdEQUF3RCxNQUFNO0FBQy9ELFdBQU8sY0FBVSxnQ0FBWSxNQUFNLEdBQUksR0FBRyxFQUFFLE9BQU8sS0FBSyxXQUFXLEtBQUssQ0FBQztBQUN6RSxXQUFPLGNBQVUsZ0NBQVksUUFBVyxNQUFTLEdBQUcsRUFBRSxPQUFPLEtBQUssV0FBVyxNQUFNLENBQUM7QUFDcEYsV0FBTyxjQUFVLGdDQUFZLEtBQUssR0FBSSxHQUFHLEVBQUUsT0FBTyxLQUFLLFdBQVcsTUFBTSxDQUFDO0FBQUEsRUFDM0UsQ0FBQztBQUVELEtBQUcsZ0RBQWdELE1BQU07QUFDdkQsV0FBTyxVQUFNLG1DQUFlLFdBQVcsR0FBRyxjQUFjO0FBQ3hELFdBQU8sVUFBTSxtQ0FBZSxJQUFNLEdBQUcsS0FBSztBQUMxQyxXQUFPLFVBQU0sbUNBQWUsQ0FBQyxHQUFHLElBQUk7QUFBQSxFQUN0QyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
