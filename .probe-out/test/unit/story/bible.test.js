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
var import_bible = require("../../../src/core/stages/bible");
var import_bibleMarkdown = require("../../../src/core/stages/bibleMarkdown");
var import_withDefaults = require("../../../src/core/stages/withDefaults");
var import_sampleStory = require("./sampleStory");
function ok(body) {
  const result = (0, import_bibleMarkdown.parseBible)(body);
  assert.ok(result.ok, `expected a bible, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}
const rendered = (0, import_bibleMarkdown.renderBible)(import_sampleStory.bible, { title: "The Lighthouse Keeper" });
const edit = (from, to) => {
  assert.ok(rendered.includes(from), `render should contain ${from}`);
  return rendered.replace(from, to);
};
const mara = import_sampleStory.bible.characters[0];
describe("bible: Markdown round-trip", () => {
  it("parse(render(v)) gives back v", () => {
    assert.deepEqual(ok(rendered), import_sampleStory.bible);
  });
  it("round-trips Unicode, colons, multi-line values and Markdown-ish text", () => {
    const tricky = {
      characters: [
        {
          name: "Zo\xEB \u201CZee\u201D \u014Ckami: the Second",
          role: "protagonist: reluctant",
          goal: "Line one.\nLine two \u2014 with **bold** and `code`.",
          flaw: "",
          arc: "# not a heading",
          voice: "- not a bullet",
          description: "- a dash line\n# a hash line\n1. a numbered line\n\nSecond paragraph: \u706F\u53F0\u5B88\u3002",
          details: [
            { label: "Age", value: "34" },
            { label: "", value: "loves the sea" }
          ]
        }
      ],
      setting: { world: "- world dash\n\nTwo paragraphs.", era: "", places: [{ name: "Port: Old Town", description: "Cobbles.\nGulls." }, { name: "Nowhere", description: "" }] },
      rules: ["Rule with: colon", "**Bold** rule"],
      styleGuide: { voice: "", tense: "present", pointOfView: "", notes: ["Avoid: adverbs"] },
      preamble: "Kept for reference.",
      extraSections: [{ heading: "Timeline", level: 2, body: "1. Storm\n2. Letter" }]
    };
    assert.deepEqual(ok((0, import_bibleMarkdown.renderBible)(tricky)), tricky);
  });
  it("renders the documented shape", () => {
    assert.match(rendered, /^# Story Bible: The Lighthouse Keeper$/m);
    assert.match(rendered, /^### Mara Vell\n\n- \*\*Role:\*\* protagonist$/m);
    assert.match(rendered, /^- \*\*The Landing:\*\* Iron rungs slick with weed\.$/m);
  });
});
describe("bible: reading human edits", () => {
  it("a renamed character heading renames the character", () => {
    assert.equal(ok(edit("### Mara Vell", "### Mara Vell-Ross")).characters[0].name, "Mara Vell-Ross");
  });
  it("removed and added bullets; unknown bullets become details", () => {
    const v = ok(edit("- **Flaw:** She mistakes endurance for love.\n", "- **Age:** 40\n- **Want:** Quiet.\n"));
    const c = v.characters[0];
    assert.equal(c.flaw, "");
    assert.equal(c.goal, `${mara.goal}

Quiet.`, "a synonym label adds to the field it means");
    assert.deepEqual(c.details, [{ label: "Age", value: "40" }]);
  });
  it("bold markers removed from labels", () => {
    const v = ok(edit("- **Role:** protagonist\n- **Goal:**", "- Role: protagonist\n- goal:"));
    assert.deepEqual(v.characters[0], mara);
  });
  it("an added free-text paragraph joins the description", () => {
    const v = ok(edit("three sizes too big.", "three sizes too big.\n\nShe hums when she lies."));
    assert.equal(v.characters[0].description, `${mara.description}

She hums when she lies.`);
  });
  it("labels written as lines without bullets", () => {
    const v = ok(edit("- **Role:** protagonist\n- **Goal:** To keep the light burning until the Board relents.\n", "Role: protagonist\nGoal: To keep the light burning\nuntil the Board relents.\n"));
    assert.equal(v.characters[0].role, "protagonist");
    assert.equal(v.characters[0].goal, "To keep the light burning\nuntil the Board relents.");
  });
  it("reordered sections, CRLF and extra blank lines", () => {
    const [head, ...sections] = rendered.split(/\n(?=## )/);
    const text = [head, ...sections.reverse()].join("\n\n\n").replace(/\n/g, "\r\n");
    assert.deepEqual(ok(text), import_sampleStory.bible);
  });
  it("character headings at the same level as Characters are still characters", () => {
    const text = rendered.replace("### Mara Vell", "## Mara Vell").replace("### Jonah Hale", "## Jonah Hale");
    assert.deepEqual(ok(text), import_sampleStory.bible);
  });
  it("deeper headings: #### characters under ### groups, places as headings", () => {
    const text = rendered.replace("## Characters", "## Characters\n\n### Main characters").replace("### Mara Vell", "#### Mara Vell").replace("### Jonah Hale", "### Supporting characters\n\n#### Jonah Hale").replace("### Places\n\n- **The Skerry Light:** A granite tower on a bare rock, forty metres high.\n- **The Landing:** Iron rungs slick with weed.", "## Places\n\n### The Skerry Light\n\nA granite tower on a bare rock, forty metres high.\n\n### The Landing\n\nIron rungs slick with weed.");
    assert.deepEqual(ok(text), import_sampleStory.bible);
  });
  it("a sub-heading inside a character stays with that character", () => {
    const v = ok(edit("three sizes too big.", "three sizes too big.\n\n#### Backstory\n\nRaised on the rock."));
    assert.equal(v.characters.length, 2);
    assert.equal(v.characters[0].description, `${mara.description}

#### Backstory

Raised on the rock.`);
    assert.deepEqual(ok((0, import_bibleMarkdown.renderBible)(v)), v);
  });
  it("a new character, a new rule, an unknown section", () => {
    const v = ok(
      edit("## Setting", "### Tomas Vell\n\n- **Role:** the drowned brother\n\nOnly in memory.\n\n## Setting").replace("- Tomas drowned on 3 November 1961.", "- Tomas drowned on 3 November 1961.\n- Nobody swims here.").concat("\n## Playlist\n\nSea shanties.\n")
    );
    assert.deepEqual(v.characters.map((c) => c.name), ["Mara Vell", "Jonah Hale", "Tomas Vell"]);
    assert.equal(v.characters[2].description, "Only in memory.");
    assert.equal(v.rules.length, 3);
    assert.deepEqual(v.extraSections, [{ heading: "Playlist", level: 2, body: "Sea shanties." }]);
  });
  it("names what is missing", () => {
    const none = (0, import_bibleMarkdown.parseBible)("# Story Bible\n\n## Setting\n\nA rock.\n");
    assert.ok(!none.ok);
    assert.match(none.problems[0].message, /02-bible\.md has no "## Characters" section/);
    const empty = (0, import_bibleMarkdown.parseBible)("# Story Bible\n\n## Characters\n\nTo do.\n\n## Setting\n\nA rock.\n");
    assert.ok(!empty.ok);
    assert.match(empty.problems[0].message, /02-bible\.md line 3: "Characters" has no characters/);
  });
});
describe("bible: schema and defaults", () => {
  it("is a plain JSON schema: characters required, at least one", () => {
    const js = import_zod.z.toJSONSchema(import_bible.bibleSchema);
    assert.deepEqual([...js.required].sort(), ["characters", "rules", "setting", "styleGuide"]);
    assert.equal(js.properties.characters.minItems, 1);
    assert.deepEqual([...js.properties.characters.items.required].sort(), ["arc", "description", "flaw", "goal", "name", "role", "voice"]);
    assert.deepEqual([...js.properties.setting.required].sort(), ["era", "places", "world"]);
  });
  it("completes a reply with only named characters", () => {
    const result = (0, import_withDefaults.withDefaults)("bible", { characters: [{ name: " Mara " }], setting: { places: [{ name: "Rock" }, { description: "nameless" }] } });
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      characters: [{ name: "Mara", role: "", goal: "", flaw: "", arc: "", voice: "", description: "" }],
      setting: { world: "", era: "", places: [{ name: "Rock", description: "" }] },
      rules: [],
      styleGuide: { voice: "", tense: "", pointOfView: "", notes: [] }
    });
    assert.ok(result.defaulted.includes("characters.voice") && result.defaulted.includes("styleGuide"));
  });
  it("refuses a bible without characters or with a nameless one", () => {
    const none = (0, import_withDefaults.withDefaults)("bible", { characters: [] });
    assert.ok(!none.ok);
    assert.match(none.problems[0].message, /`characters` needs at least one character/);
    const nameless = (0, import_withDefaults.withDefaults)("bible", { characters: [{ role: "x" }] });
    assert.ok(!nameless.ok);
    assert.equal(nameless.problems[0].field, "characters[0].name");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L2JpYmxlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBiaWJsZVNjaGVtYSwgdHlwZSBCaWJsZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9iaWJsZSc7XG5pbXBvcnQgeyBwYXJzZUJpYmxlLCByZW5kZXJCaWJsZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9iaWJsZU1hcmtkb3duJztcbmltcG9ydCB7IHdpdGhEZWZhdWx0cyB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy93aXRoRGVmYXVsdHMnO1xuaW1wb3J0IHsgYmlibGUgfSBmcm9tICcuL3NhbXBsZVN0b3J5JztcblxuZnVuY3Rpb24gb2soYm9keTogc3RyaW5nKTogQmlibGUge1xuICBjb25zdCByZXN1bHQgPSBwYXJzZUJpYmxlKGJvZHkpO1xuICBhc3NlcnQub2socmVzdWx0Lm9rLCBgZXhwZWN0ZWQgYSBiaWJsZSwgZ290ICR7SlNPTi5zdHJpbmdpZnkoIXJlc3VsdC5vayAmJiByZXN1bHQucHJvYmxlbXMpfWApO1xuICByZXR1cm4gcmVzdWx0LnZhbHVlO1xufVxuXG5jb25zdCByZW5kZXJlZCA9IHJlbmRlckJpYmxlKGJpYmxlLCB7IHRpdGxlOiAnVGhlIExpZ2h0aG91c2UgS2VlcGVyJyB9KTtcbmNvbnN0IGVkaXQgPSAoZnJvbTogc3RyaW5nLCB0bzogc3RyaW5nKSA9PiB7XG4gIGFzc2VydC5vayhyZW5kZXJlZC5pbmNsdWRlcyhmcm9tKSwgYHJlbmRlciBzaG91bGQgY29udGFpbiAke2Zyb219YCk7XG4gIHJldHVybiByZW5kZXJlZC5yZXBsYWNlKGZyb20sIHRvKTtcbn07XG5jb25zdCBtYXJhID0gYmlibGUuY2hhcmFjdGVyc1swXSE7XG5cbmRlc2NyaWJlKCdiaWJsZTogTWFya2Rvd24gcm91bmQtdHJpcCcsICgpID0+IHtcbiAgaXQoJ3BhcnNlKHJlbmRlcih2KSkgZ2l2ZXMgYmFjayB2JywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2socmVuZGVyZWQpLCBiaWJsZSk7XG4gIH0pO1xuXG4gIGl0KCdyb3VuZC10cmlwcyBVbmljb2RlLCBjb2xvbnMsIG11bHRpLWxpbmUgdmFsdWVzIGFuZCBNYXJrZG93bi1pc2ggdGV4dCcsICgpID0+IHtcbiAgICBjb25zdCB0cmlja3k6IEJpYmxlID0ge1xuICAgICAgY2hhcmFjdGVyczogW1xuICAgICAgICB7XG4gICAgICAgICAgbmFtZTogJ1pvXHUwMEVCIFx1MjAxQ1plZVx1MjAxRCBcdTAxNENrYW1pOiB0aGUgU2Vjb25kJyxcbiAgICAgICAgICByb2xlOiAncHJvdGFnb25pc3Q6IHJlbHVjdGFudCcsXG4gICAgICAgICAgZ29hbDogJ0xpbmUgb25lLlxcbkxpbmUgdHdvIFx1MjAxNCB3aXRoICoqYm9sZCoqIGFuZCBgY29kZWAuJyxcbiAgICAgICAgICBmbGF3OiAnJyxcbiAgICAgICAgICBhcmM6ICcjIG5vdCBhIGhlYWRpbmcnLFxuICAgICAgICAgIHZvaWNlOiAnLSBub3QgYSBidWxsZXQnLFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiAnLSBhIGRhc2ggbGluZVxcbiMgYSBoYXNoIGxpbmVcXG4xLiBhIG51bWJlcmVkIGxpbmVcXG5cXG5TZWNvbmQgcGFyYWdyYXBoOiBcdTcwNkZcdTUzRjBcdTVCODhcdTMwMDInLFxuICAgICAgICAgIGRldGFpbHM6IFtcbiAgICAgICAgICAgIHsgbGFiZWw6ICdBZ2UnLCB2YWx1ZTogJzM0JyB9LFxuICAgICAgICAgICAgeyBsYWJlbDogJycsIHZhbHVlOiAnbG92ZXMgdGhlIHNlYScgfSxcbiAgICAgICAgICBdLFxuICAgICAgICB9LFxuICAgICAgXSxcbiAgICAgIHNldHRpbmc6IHsgd29ybGQ6ICctIHdvcmxkIGRhc2hcXG5cXG5Ud28gcGFyYWdyYXBocy4nLCBlcmE6ICcnLCBwbGFjZXM6IFt7IG5hbWU6ICdQb3J0OiBPbGQgVG93bicsIGRlc2NyaXB0aW9uOiAnQ29iYmxlcy5cXG5HdWxscy4nIH0sIHsgbmFtZTogJ05vd2hlcmUnLCBkZXNjcmlwdGlvbjogJycgfV0gfSxcbiAgICAgIHJ1bGVzOiBbJ1J1bGUgd2l0aDogY29sb24nLCAnKipCb2xkKiogcnVsZSddLFxuICAgICAgc3R5bGVHdWlkZTogeyB2b2ljZTogJycsIHRlbnNlOiAncHJlc2VudCcsIHBvaW50T2ZWaWV3OiAnJywgbm90ZXM6IFsnQXZvaWQ6IGFkdmVyYnMnXSB9LFxuICAgICAgcHJlYW1ibGU6ICdLZXB0IGZvciByZWZlcmVuY2UuJyxcbiAgICAgIGV4dHJhU2VjdGlvbnM6IFt7IGhlYWRpbmc6ICdUaW1lbGluZScsIGxldmVsOiAyLCBib2R5OiAnMS4gU3Rvcm1cXG4yLiBMZXR0ZXInIH1dLFxuICAgIH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayhyZW5kZXJCaWJsZSh0cmlja3kpKSwgdHJpY2t5KTtcbiAgfSk7XG5cbiAgaXQoJ3JlbmRlcnMgdGhlIGRvY3VtZW50ZWQgc2hhcGUnLCAoKSA9PiB7XG4gICAgYXNzZXJ0Lm1hdGNoKHJlbmRlcmVkLCAvXiMgU3RvcnkgQmlibGU6IFRoZSBMaWdodGhvdXNlIEtlZXBlciQvbSk7XG4gICAgYXNzZXJ0Lm1hdGNoKHJlbmRlcmVkLCAvXiMjIyBNYXJhIFZlbGxcXG5cXG4tIFxcKlxcKlJvbGU6XFwqXFwqIHByb3RhZ29uaXN0JC9tKTtcbiAgICBhc3NlcnQubWF0Y2gocmVuZGVyZWQsIC9eLSBcXCpcXCpUaGUgTGFuZGluZzpcXCpcXCogSXJvbiBydW5ncyBzbGljayB3aXRoIHdlZWRcXC4kL20pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnYmlibGU6IHJlYWRpbmcgaHVtYW4gZWRpdHMnLCAoKSA9PiB7XG4gIGl0KCdhIHJlbmFtZWQgY2hhcmFjdGVyIGhlYWRpbmcgcmVuYW1lcyB0aGUgY2hhcmFjdGVyJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChvayhlZGl0KCcjIyMgTWFyYSBWZWxsJywgJyMjIyBNYXJhIFZlbGwtUm9zcycpKS5jaGFyYWN0ZXJzWzBdIS5uYW1lLCAnTWFyYSBWZWxsLVJvc3MnKTtcbiAgfSk7XG5cbiAgaXQoJ3JlbW92ZWQgYW5kIGFkZGVkIGJ1bGxldHM7IHVua25vd24gYnVsbGV0cyBiZWNvbWUgZGV0YWlscycsICgpID0+IHtcbiAgICBjb25zdCB2ID0gb2soZWRpdCgnLSAqKkZsYXc6KiogU2hlIG1pc3Rha2VzIGVuZHVyYW5jZSBmb3IgbG92ZS5cXG4nLCAnLSAqKkFnZToqKiA0MFxcbi0gKipXYW50OioqIFF1aWV0LlxcbicpKTtcbiAgICBjb25zdCBjID0gdi5jaGFyYWN0ZXJzWzBdITtcbiAgICBhc3NlcnQuZXF1YWwoYy5mbGF3LCAnJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGMuZ29hbCwgYCR7bWFyYS5nb2FsfVxcblxcblF1aWV0LmAsICdhIHN5bm9ueW0gbGFiZWwgYWRkcyB0byB0aGUgZmllbGQgaXQgbWVhbnMnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGMuZGV0YWlscywgW3sgbGFiZWw6ICdBZ2UnLCB2YWx1ZTogJzQwJyB9XSk7XG4gIH0pO1xuXG4gIGl0KCdib2xkIG1hcmtlcnMgcmVtb3ZlZCBmcm9tIGxhYmVscycsICgpID0+IHtcbiAgICBjb25zdCB2ID0gb2soZWRpdCgnLSAqKlJvbGU6KiogcHJvdGFnb25pc3RcXG4tICoqR29hbDoqKicsICctIFJvbGU6IHByb3RhZ29uaXN0XFxuLSBnb2FsOicpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHYuY2hhcmFjdGVyc1swXSwgbWFyYSk7XG4gIH0pO1xuXG4gIGl0KCdhbiBhZGRlZCBmcmVlLXRleHQgcGFyYWdyYXBoIGpvaW5zIHRoZSBkZXNjcmlwdGlvbicsICgpID0+IHtcbiAgICBjb25zdCB2ID0gb2soZWRpdChcInRocmVlIHNpemVzIHRvbyBiaWcuXCIsICd0aHJlZSBzaXplcyB0b28gYmlnLlxcblxcblNoZSBodW1zIHdoZW4gc2hlIGxpZXMuJykpO1xuICAgIGFzc2VydC5lcXVhbCh2LmNoYXJhY3RlcnNbMF0hLmRlc2NyaXB0aW9uLCBgJHttYXJhLmRlc2NyaXB0aW9ufVxcblxcblNoZSBodW1zIHdoZW4gc2hlIGxpZXMuYCk7XG4gIH0pO1xuXG4gIGl0KCdsYWJlbHMgd3JpdHRlbiBhcyBsaW5lcyB3aXRob3V0IGJ1bGxldHMnLCAoKSA9PiB7XG4gICAgY29uc3QgdiA9IG9rKGVkaXQoJy0gKipSb2xlOioqIHByb3RhZ29uaXN0XFxuLSAqKkdvYWw6KiogVG8ga2VlcCB0aGUgbGlnaHQgYnVybmluZyB1bnRpbCB0aGUgQm9hcmQgcmVsZW50cy5cXG4nLCAnUm9sZTogcHJvdGFnb25pc3RcXG5Hb2FsOiBUbyBrZWVwIHRoZSBsaWdodCBidXJuaW5nXFxudW50aWwgdGhlIEJvYXJkIHJlbGVudHMuXFxuJykpO1xuICAgIGFzc2VydC5lcXVhbCh2LmNoYXJhY3RlcnNbMF0hLnJvbGUsICdwcm90YWdvbmlzdCcpO1xuICAgIGFzc2VydC5lcXVhbCh2LmNoYXJhY3RlcnNbMF0hLmdvYWwsICdUbyBrZWVwIHRoZSBsaWdodCBidXJuaW5nXFxudW50aWwgdGhlIEJvYXJkIHJlbGVudHMuJyk7XG4gIH0pO1xuXG4gIGl0KCdyZW9yZGVyZWQgc2VjdGlvbnMsIENSTEYgYW5kIGV4dHJhIGJsYW5rIGxpbmVzJywgKCkgPT4ge1xuICAgIGNvbnN0IFtoZWFkLCAuLi5zZWN0aW9uc10gPSByZW5kZXJlZC5zcGxpdCgvXFxuKD89IyMgKS8pO1xuICAgIGNvbnN0IHRleHQgPSBbaGVhZCwgLi4uc2VjdGlvbnMucmV2ZXJzZSgpXS5qb2luKCdcXG5cXG5cXG4nKS5yZXBsYWNlKC9cXG4vZywgJ1xcclxcbicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2sodGV4dCksIGJpYmxlKTtcbiAgfSk7XG5cbiAgaXQoJ2NoYXJhY3RlciBoZWFkaW5ncyBhdCB0aGUgc2FtZSBsZXZlbCBhcyBDaGFyYWN0ZXJzIGFyZSBzdGlsbCBjaGFyYWN0ZXJzJywgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSByZW5kZXJlZC5yZXBsYWNlKCcjIyMgTWFyYSBWZWxsJywgJyMjIE1hcmEgVmVsbCcpLnJlcGxhY2UoJyMjIyBKb25haCBIYWxlJywgJyMjIEpvbmFoIEhhbGUnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG9rKHRleHQpLCBiaWJsZSk7XG4gIH0pO1xuXG4gIGl0KCdkZWVwZXIgaGVhZGluZ3M6ICMjIyMgY2hhcmFjdGVycyB1bmRlciAjIyMgZ3JvdXBzLCBwbGFjZXMgYXMgaGVhZGluZ3MnLCAoKSA9PiB7XG4gICAgY29uc3QgdGV4dCA9IHJlbmRlcmVkXG4gICAgICAucmVwbGFjZSgnIyMgQ2hhcmFjdGVycycsICcjIyBDaGFyYWN0ZXJzXFxuXFxuIyMjIE1haW4gY2hhcmFjdGVycycpXG4gICAgICAucmVwbGFjZSgnIyMjIE1hcmEgVmVsbCcsICcjIyMjIE1hcmEgVmVsbCcpXG4gICAgICAucmVwbGFjZSgnIyMjIEpvbmFoIEhhbGUnLCAnIyMjIFN1cHBvcnRpbmcgY2hhcmFjdGVyc1xcblxcbiMjIyMgSm9uYWggSGFsZScpXG4gICAgICAucmVwbGFjZSgnIyMjIFBsYWNlc1xcblxcbi0gKipUaGUgU2tlcnJ5IExpZ2h0OioqIEEgZ3Jhbml0ZSB0b3dlciBvbiBhIGJhcmUgcm9jaywgZm9ydHkgbWV0cmVzIGhpZ2guXFxuLSAqKlRoZSBMYW5kaW5nOioqIElyb24gcnVuZ3Mgc2xpY2sgd2l0aCB3ZWVkLicsICcjIyBQbGFjZXNcXG5cXG4jIyMgVGhlIFNrZXJyeSBMaWdodFxcblxcbkEgZ3Jhbml0ZSB0b3dlciBvbiBhIGJhcmUgcm9jaywgZm9ydHkgbWV0cmVzIGhpZ2guXFxuXFxuIyMjIFRoZSBMYW5kaW5nXFxuXFxuSXJvbiBydW5ncyBzbGljayB3aXRoIHdlZWQuJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayh0ZXh0KSwgYmlibGUpO1xuICB9KTtcblxuICBpdCgnYSBzdWItaGVhZGluZyBpbnNpZGUgYSBjaGFyYWN0ZXIgc3RheXMgd2l0aCB0aGF0IGNoYXJhY3RlcicsICgpID0+IHtcbiAgICBjb25zdCB2ID0gb2soZWRpdCgndGhyZWUgc2l6ZXMgdG9vIGJpZy4nLCAndGhyZWUgc2l6ZXMgdG9vIGJpZy5cXG5cXG4jIyMjIEJhY2tzdG9yeVxcblxcblJhaXNlZCBvbiB0aGUgcm9jay4nKSk7XG4gICAgYXNzZXJ0LmVxdWFsKHYuY2hhcmFjdGVycy5sZW5ndGgsIDIpO1xuICAgIGFzc2VydC5lcXVhbCh2LmNoYXJhY3RlcnNbMF0hLmRlc2NyaXB0aW9uLCBgJHttYXJhLmRlc2NyaXB0aW9ufVxcblxcbiMjIyMgQmFja3N0b3J5XFxuXFxuUmFpc2VkIG9uIHRoZSByb2NrLmApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2socmVuZGVyQmlibGUodikpLCB2KTtcbiAgfSk7XG5cbiAgaXQoJ2EgbmV3IGNoYXJhY3RlciwgYSBuZXcgcnVsZSwgYW4gdW5rbm93biBzZWN0aW9uJywgKCkgPT4ge1xuICAgIGNvbnN0IHYgPSBvayhcbiAgICAgIGVkaXQoJyMjIFNldHRpbmcnLCAnIyMjIFRvbWFzIFZlbGxcXG5cXG4tICoqUm9sZToqKiB0aGUgZHJvd25lZCBicm90aGVyXFxuXFxuT25seSBpbiBtZW1vcnkuXFxuXFxuIyMgU2V0dGluZycpXG4gICAgICAgIC5yZXBsYWNlKCctIFRvbWFzIGRyb3duZWQgb24gMyBOb3ZlbWJlciAxOTYxLicsICctIFRvbWFzIGRyb3duZWQgb24gMyBOb3ZlbWJlciAxOTYxLlxcbi0gTm9ib2R5IHN3aW1zIGhlcmUuJylcbiAgICAgICAgLmNvbmNhdCgnXFxuIyMgUGxheWxpc3RcXG5cXG5TZWEgc2hhbnRpZXMuXFxuJyksXG4gICAgKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHYuY2hhcmFjdGVycy5tYXAoKGMpID0+IGMubmFtZSksIFsnTWFyYSBWZWxsJywgJ0pvbmFoIEhhbGUnLCAnVG9tYXMgVmVsbCddKTtcbiAgICBhc3NlcnQuZXF1YWwodi5jaGFyYWN0ZXJzWzJdIS5kZXNjcmlwdGlvbiwgJ09ubHkgaW4gbWVtb3J5LicpO1xuICAgIGFzc2VydC5lcXVhbCh2LnJ1bGVzLmxlbmd0aCwgMyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbCh2LmV4dHJhU2VjdGlvbnMsIFt7IGhlYWRpbmc6ICdQbGF5bGlzdCcsIGxldmVsOiAyLCBib2R5OiAnU2VhIHNoYW50aWVzLicgfV0pO1xuICB9KTtcblxuICBpdCgnbmFtZXMgd2hhdCBpcyBtaXNzaW5nJywgKCkgPT4ge1xuICAgIGNvbnN0IG5vbmUgPSBwYXJzZUJpYmxlKCcjIFN0b3J5IEJpYmxlXFxuXFxuIyMgU2V0dGluZ1xcblxcbkEgcm9jay5cXG4nKTtcbiAgICBhc3NlcnQub2soIW5vbmUub2spO1xuICAgIGFzc2VydC5tYXRjaChub25lLnByb2JsZW1zWzBdIS5tZXNzYWdlLCAvMDItYmlibGVcXC5tZCBoYXMgbm8gXCIjIyBDaGFyYWN0ZXJzXCIgc2VjdGlvbi8pO1xuICAgIGNvbnN0IGVtcHR5ID0gcGFyc2VCaWJsZSgnIyBTdG9yeSBCaWJsZVxcblxcbiMjIENoYXJhY3RlcnNcXG5cXG5UbyBkby5cXG5cXG4jIyBTZXR0aW5nXFxuXFxuQSByb2NrLlxcbicpO1xuICAgIGFzc2VydC5vayghZW1wdHkub2spO1xuICAgIGFzc2VydC5tYXRjaChlbXB0eS5wcm9ibGVtc1swXSEubWVzc2FnZSwgLzAyLWJpYmxlXFwubWQgbGluZSAzOiBcIkNoYXJhY3RlcnNcIiBoYXMgbm8gY2hhcmFjdGVycy8pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnYmlibGU6IHNjaGVtYSBhbmQgZGVmYXVsdHMnLCAoKSA9PiB7XG4gIGl0KCdpcyBhIHBsYWluIEpTT04gc2NoZW1hOiBjaGFyYWN0ZXJzIHJlcXVpcmVkLCBhdCBsZWFzdCBvbmUnLCAoKSA9PiB7XG4gICAgY29uc3QganMgPSB6LnRvSlNPTlNjaGVtYShiaWJsZVNjaGVtYSkgYXMgdW5rbm93biBhcyB7XG4gICAgICByZXF1aXJlZDogc3RyaW5nW107XG4gICAgICBwcm9wZXJ0aWVzOiB7IGNoYXJhY3RlcnM6IHsgbWluSXRlbXM6IG51bWJlcjsgaXRlbXM6IHsgcmVxdWlyZWQ6IHN0cmluZ1tdIH0gfTsgc2V0dGluZzogeyByZXF1aXJlZDogc3RyaW5nW10gfSB9O1xuICAgIH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbLi4uanMucmVxdWlyZWRdLnNvcnQoKSwgWydjaGFyYWN0ZXJzJywgJ3J1bGVzJywgJ3NldHRpbmcnLCAnc3R5bGVHdWlkZSddKTtcbiAgICBhc3NlcnQuZXF1YWwoanMucHJvcGVydGllcy5jaGFyYWN0ZXJzLm1pbkl0ZW1zLCAxKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFsuLi5qcy5wcm9wZXJ0aWVzLmNoYXJhY3RlcnMuaXRlbXMucmVxdWlyZWRdLnNvcnQoKSwgWydhcmMnLCAnZGVzY3JpcHRpb24nLCAnZmxhdycsICdnb2FsJywgJ25hbWUnLCAncm9sZScsICd2b2ljZSddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFsuLi5qcy5wcm9wZXJ0aWVzLnNldHRpbmcucmVxdWlyZWRdLnNvcnQoKSwgWydlcmEnLCAncGxhY2VzJywgJ3dvcmxkJ10pO1xuICB9KTtcblxuICBpdCgnY29tcGxldGVzIGEgcmVwbHkgd2l0aCBvbmx5IG5hbWVkIGNoYXJhY3RlcnMnLCAoKSA9PiB7XG4gICAgY29uc3QgcmVzdWx0ID0gd2l0aERlZmF1bHRzKCdiaWJsZScsIHsgY2hhcmFjdGVyczogW3sgbmFtZTogJyBNYXJhICcgfV0sIHNldHRpbmc6IHsgcGxhY2VzOiBbeyBuYW1lOiAnUm9jaycgfSwgeyBkZXNjcmlwdGlvbjogJ25hbWVsZXNzJyB9XSB9IH0pO1xuICAgIGFzc2VydC5vayhyZXN1bHQub2spO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzdWx0LnZhbHVlLCB7XG4gICAgICBjaGFyYWN0ZXJzOiBbeyBuYW1lOiAnTWFyYScsIHJvbGU6ICcnLCBnb2FsOiAnJywgZmxhdzogJycsIGFyYzogJycsIHZvaWNlOiAnJywgZGVzY3JpcHRpb246ICcnIH1dLFxuICAgICAgc2V0dGluZzogeyB3b3JsZDogJycsIGVyYTogJycsIHBsYWNlczogW3sgbmFtZTogJ1JvY2snLCBkZXNjcmlwdGlvbjogJycgfV0gfSxcbiAgICAgIHJ1bGVzOiBbXSxcbiAgICAgIHN0eWxlR3VpZGU6IHsgdm9pY2U6ICcnLCB0ZW5zZTogJycsIHBvaW50T2ZWaWV3OiAnJywgbm90ZXM6IFtdIH0sXG4gICAgfSk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5kZWZhdWx0ZWQuaW5jbHVkZXMoJ2NoYXJhY3RlcnMudm9pY2UnKSAmJiByZXN1bHQuZGVmYXVsdGVkLmluY2x1ZGVzKCdzdHlsZUd1aWRlJykpO1xuICB9KTtcblxuICBpdCgncmVmdXNlcyBhIGJpYmxlIHdpdGhvdXQgY2hhcmFjdGVycyBvciB3aXRoIGEgbmFtZWxlc3Mgb25lJywgKCkgPT4ge1xuICAgIGNvbnN0IG5vbmUgPSB3aXRoRGVmYXVsdHMoJ2JpYmxlJywgeyBjaGFyYWN0ZXJzOiBbXSB9KTtcbiAgICBhc3NlcnQub2soIW5vbmUub2spO1xuICAgIGFzc2VydC5tYXRjaChub25lLnByb2JsZW1zWzBdIS5tZXNzYWdlLCAvYGNoYXJhY3RlcnNgIG5lZWRzIGF0IGxlYXN0IG9uZSBjaGFyYWN0ZXIvKTtcbiAgICBjb25zdCBuYW1lbGVzcyA9IHdpdGhEZWZhdWx0cygnYmlibGUnLCB7IGNoYXJhY3RlcnM6IFt7IHJvbGU6ICd4JyB9XSB9KTtcbiAgICBhc3NlcnQub2soIW5hbWVsZXNzLm9rKTtcbiAgICBhc3NlcnQuZXF1YWwobmFtZWxlc3MucHJvYmxlbXNbMF0hLmZpZWxkLCAnY2hhcmFjdGVyc1swXS5uYW1lJyk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLGlCQUFrQjtBQUNsQixtQkFBd0M7QUFDeEMsMkJBQXdDO0FBQ3hDLDBCQUE2QjtBQUM3Qix5QkFBc0I7QUFFdEIsU0FBUyxHQUFHLE1BQXFCO0FBQy9CLFFBQU0sYUFBUyxpQ0FBVyxJQUFJO0FBQzlCLFNBQU8sR0FBRyxPQUFPLElBQUkseUJBQXlCLEtBQUssVUFBVSxDQUFDLE9BQU8sTUFBTSxPQUFPLFFBQVEsQ0FBQyxFQUFFO0FBQzdGLFNBQU8sT0FBTztBQUNoQjtBQUVBLE1BQU0sZUFBVyxrQ0FBWSwwQkFBTyxFQUFFLE9BQU8sd0JBQXdCLENBQUM7QUFDdEUsTUFBTSxPQUFPLENBQUMsTUFBYyxPQUFlO0FBQ3pDLFNBQU8sR0FBRyxTQUFTLFNBQVMsSUFBSSxHQUFHLHlCQUF5QixJQUFJLEVBQUU7QUFDbEUsU0FBTyxTQUFTLFFBQVEsTUFBTSxFQUFFO0FBQ2xDO0FBQ0EsTUFBTSxPQUFPLHlCQUFNLFdBQVcsQ0FBQztBQUUvQixTQUFTLDhCQUE4QixNQUFNO0FBQzNDLEtBQUcsaUNBQWlDLE1BQU07QUFDeEMsV0FBTyxVQUFVLEdBQUcsUUFBUSxHQUFHLHdCQUFLO0FBQUEsRUFDdEMsQ0FBQztBQUVELEtBQUcsd0VBQXdFLE1BQU07QUFDL0UsVUFBTSxTQUFnQjtBQUFBLE1BQ3BCLFlBQVk7QUFBQSxRQUNWO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixLQUFLO0FBQUEsVUFDTCxPQUFPO0FBQUEsVUFDUCxhQUFhO0FBQUEsVUFDYixTQUFTO0FBQUEsWUFDUCxFQUFFLE9BQU8sT0FBTyxPQUFPLEtBQUs7QUFBQSxZQUM1QixFQUFFLE9BQU8sSUFBSSxPQUFPLGdCQUFnQjtBQUFBLFVBQ3RDO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxNQUNBLFNBQVMsRUFBRSxPQUFPLG1DQUFtQyxLQUFLLElBQUksUUFBUSxDQUFDLEVBQUUsTUFBTSxrQkFBa0IsYUFBYSxtQkFBbUIsR0FBRyxFQUFFLE1BQU0sV0FBVyxhQUFhLEdBQUcsQ0FBQyxFQUFFO0FBQUEsTUFDMUssT0FBTyxDQUFDLG9CQUFvQixlQUFlO0FBQUEsTUFDM0MsWUFBWSxFQUFFLE9BQU8sSUFBSSxPQUFPLFdBQVcsYUFBYSxJQUFJLE9BQU8sQ0FBQyxnQkFBZ0IsRUFBRTtBQUFBLE1BQ3RGLFVBQVU7QUFBQSxNQUNWLGVBQWUsQ0FBQyxFQUFFLFNBQVMsWUFBWSxPQUFPLEdBQUcsTUFBTSxzQkFBc0IsQ0FBQztBQUFBLElBQ2hGO0FBQ0EsV0FBTyxVQUFVLE9BQUcsa0NBQVksTUFBTSxDQUFDLEdBQUcsTUFBTTtBQUFBLEVBQ2xELENBQUM7QUFFRCxLQUFHLGdDQUFnQyxNQUFNO0FBQ3ZDLFdBQU8sTUFBTSxVQUFVLHlDQUF5QztBQUNoRSxXQUFPLE1BQU0sVUFBVSxpREFBaUQ7QUFDeEUsV0FBTyxNQUFNLFVBQVUsd0RBQXdEO0FBQUEsRUFDakYsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLDhCQUE4QixNQUFNO0FBQzNDLEtBQUcscURBQXFELE1BQU07QUFDNUQsV0FBTyxNQUFNLEdBQUcsS0FBSyxpQkFBaUIsb0JBQW9CLENBQUMsRUFBRSxXQUFXLENBQUMsRUFBRyxNQUFNLGdCQUFnQjtBQUFBLEVBQ3BHLENBQUM7QUFFRCxLQUFHLDZEQUE2RCxNQUFNO0FBQ3BFLFVBQU0sSUFBSSxHQUFHLEtBQUssa0RBQWtELHFDQUFxQyxDQUFDO0FBQzFHLFVBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixXQUFPLE1BQU0sRUFBRSxNQUFNLEVBQUU7QUFDdkIsV0FBTyxNQUFNLEVBQUUsTUFBTSxHQUFHLEtBQUssSUFBSTtBQUFBO0FBQUEsU0FBYyw0Q0FBNEM7QUFDM0YsV0FBTyxVQUFVLEVBQUUsU0FBUyxDQUFDLEVBQUUsT0FBTyxPQUFPLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxFQUM3RCxDQUFDO0FBRUQsS0FBRyxvQ0FBb0MsTUFBTTtBQUMzQyxVQUFNLElBQUksR0FBRyxLQUFLLHdDQUF3Qyw4QkFBOEIsQ0FBQztBQUN6RixXQUFPLFVBQVUsRUFBRSxXQUFXLENBQUMsR0FBRyxJQUFJO0FBQUEsRUFDeEMsQ0FBQztBQUVELEtBQUcsc0RBQXNELE1BQU07QUFDN0QsVUFBTSxJQUFJLEdBQUcsS0FBSyx3QkFBd0IsaURBQWlELENBQUM7QUFDNUYsV0FBTyxNQUFNLEVBQUUsV0FBVyxDQUFDLEVBQUcsYUFBYSxHQUFHLEtBQUssV0FBVztBQUFBO0FBQUEsd0JBQTZCO0FBQUEsRUFDN0YsQ0FBQztBQUVELEtBQUcsMkNBQTJDLE1BQU07QUFDbEQsVUFBTSxJQUFJLEdBQUcsS0FBSyw2RkFBNkYsZ0ZBQWdGLENBQUM7QUFDaE0sV0FBTyxNQUFNLEVBQUUsV0FBVyxDQUFDLEVBQUcsTUFBTSxhQUFhO0FBQ2pELFdBQU8sTUFBTSxFQUFFLFdBQVcsQ0FBQyxFQUFHLE1BQU0scURBQXFEO0FBQUEsRUFDM0YsQ0FBQztBQUVELEtBQUcsa0RBQWtELE1BQU07QUFDekQsVUFBTSxDQUFDLE1BQU0sR0FBRyxRQUFRLElBQUksU0FBUyxNQUFNLFdBQVc7QUFDdEQsVUFBTSxPQUFPLENBQUMsTUFBTSxHQUFHLFNBQVMsUUFBUSxDQUFDLEVBQUUsS0FBSyxRQUFRLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDL0UsV0FBTyxVQUFVLEdBQUcsSUFBSSxHQUFHLHdCQUFLO0FBQUEsRUFDbEMsQ0FBQztBQUVELEtBQUcsMkVBQTJFLE1BQU07QUFDbEYsVUFBTSxPQUFPLFNBQVMsUUFBUSxpQkFBaUIsY0FBYyxFQUFFLFFBQVEsa0JBQWtCLGVBQWU7QUFDeEcsV0FBTyxVQUFVLEdBQUcsSUFBSSxHQUFHLHdCQUFLO0FBQUEsRUFDbEMsQ0FBQztBQUVELEtBQUcseUVBQXlFLE1BQU07QUFDaEYsVUFBTSxPQUFPLFNBQ1YsUUFBUSxpQkFBaUIsc0NBQXNDLEVBQy9ELFFBQVEsaUJBQWlCLGdCQUFnQixFQUN6QyxRQUFRLGtCQUFrQiw4Q0FBOEMsRUFDeEUsUUFBUSw0SUFBNEksMklBQTJJO0FBQ2xTLFdBQU8sVUFBVSxHQUFHLElBQUksR0FBRyx3QkFBSztBQUFBLEVBQ2xDLENBQUM7QUFFRCxLQUFHLDhEQUE4RCxNQUFNO0FBQ3JFLFVBQU0sSUFBSSxHQUFHLEtBQUssd0JBQXdCLCtEQUErRCxDQUFDO0FBQzFHLFdBQU8sTUFBTSxFQUFFLFdBQVcsUUFBUSxDQUFDO0FBQ25DLFdBQU8sTUFBTSxFQUFFLFdBQVcsQ0FBQyxFQUFHLGFBQWEsR0FBRyxLQUFLLFdBQVc7QUFBQTtBQUFBO0FBQUE7QUFBQSxvQkFBMkM7QUFDekcsV0FBTyxVQUFVLE9BQUcsa0NBQVksQ0FBQyxDQUFDLEdBQUcsQ0FBQztBQUFBLEVBQ3hDLENBQUM7QUFFRCxLQUFHLG1EQUFtRCxNQUFNO0FBQzFELFVBQU0sSUFBSTtBQUFBLE1BQ1IsS0FBSyxjQUFjLG9GQUFvRixFQUNwRyxRQUFRLHVDQUF1QywyREFBMkQsRUFDMUcsT0FBTyxrQ0FBa0M7QUFBQSxJQUM5QztBQUNBLFdBQU8sVUFBVSxFQUFFLFdBQVcsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxhQUFhLGNBQWMsWUFBWSxDQUFDO0FBQzNGLFdBQU8sTUFBTSxFQUFFLFdBQVcsQ0FBQyxFQUFHLGFBQWEsaUJBQWlCO0FBQzVELFdBQU8sTUFBTSxFQUFFLE1BQU0sUUFBUSxDQUFDO0FBQzlCLFdBQU8sVUFBVSxFQUFFLGVBQWUsQ0FBQyxFQUFFLFNBQVMsWUFBWSxPQUFPLEdBQUcsTUFBTSxnQkFBZ0IsQ0FBQyxDQUFDO0FBQUEsRUFDOUYsQ0FBQztBQUVELEtBQUcseUJBQXlCLE1BQU07QUFDaEMsVUFBTSxXQUFPLGlDQUFXLDBDQUEwQztBQUNsRSxXQUFPLEdBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEIsV0FBTyxNQUFNLEtBQUssU0FBUyxDQUFDLEVBQUcsU0FBUyw2Q0FBNkM7QUFDckYsVUFBTSxZQUFRLGlDQUFXLHFFQUFxRTtBQUM5RixXQUFPLEdBQUcsQ0FBQyxNQUFNLEVBQUU7QUFDbkIsV0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUcsU0FBUyxxREFBcUQ7QUFBQSxFQUNoRyxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsOEJBQThCLE1BQU07QUFDM0MsS0FBRyw2REFBNkQsTUFBTTtBQUNwRSxVQUFNLEtBQUssYUFBRSxhQUFhLHdCQUFXO0FBSXJDLFdBQU8sVUFBVSxDQUFDLEdBQUcsR0FBRyxRQUFRLEVBQUUsS0FBSyxHQUFHLENBQUMsY0FBYyxTQUFTLFdBQVcsWUFBWSxDQUFDO0FBQzFGLFdBQU8sTUFBTSxHQUFHLFdBQVcsV0FBVyxVQUFVLENBQUM7QUFDakQsV0FBTyxVQUFVLENBQUMsR0FBRyxHQUFHLFdBQVcsV0FBVyxNQUFNLFFBQVEsRUFBRSxLQUFLLEdBQUcsQ0FBQyxPQUFPLGVBQWUsUUFBUSxRQUFRLFFBQVEsUUFBUSxPQUFPLENBQUM7QUFDckksV0FBTyxVQUFVLENBQUMsR0FBRyxHQUFHLFdBQVcsUUFBUSxRQUFRLEVBQUUsS0FBSyxHQUFHLENBQUMsT0FBTyxVQUFVLE9BQU8sQ0FBQztBQUFBLEVBQ3pGLENBQUM7QUFFRCxLQUFHLGdEQUFnRCxNQUFNO0FBQ3ZELFVBQU0sYUFBUyxrQ0FBYSxTQUFTLEVBQUUsWUFBWSxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUMsR0FBRyxTQUFTLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSxPQUFPLEdBQUcsRUFBRSxhQUFhLFdBQVcsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUMvSSxXQUFPLEdBQUcsT0FBTyxFQUFFO0FBQ25CLFdBQU8sVUFBVSxPQUFPLE9BQU87QUFBQSxNQUM3QixZQUFZLENBQUMsRUFBRSxNQUFNLFFBQVEsTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksS0FBSyxJQUFJLE9BQU8sSUFBSSxhQUFhLEdBQUcsQ0FBQztBQUFBLE1BQ2hHLFNBQVMsRUFBRSxPQUFPLElBQUksS0FBSyxJQUFJLFFBQVEsQ0FBQyxFQUFFLE1BQU0sUUFBUSxhQUFhLEdBQUcsQ0FBQyxFQUFFO0FBQUEsTUFDM0UsT0FBTyxDQUFDO0FBQUEsTUFDUixZQUFZLEVBQUUsT0FBTyxJQUFJLE9BQU8sSUFBSSxhQUFhLElBQUksT0FBTyxDQUFDLEVBQUU7QUFBQSxJQUNqRSxDQUFDO0FBQ0QsV0FBTyxHQUFHLE9BQU8sVUFBVSxTQUFTLGtCQUFrQixLQUFLLE9BQU8sVUFBVSxTQUFTLFlBQVksQ0FBQztBQUFBLEVBQ3BHLENBQUM7QUFFRCxLQUFHLDZEQUE2RCxNQUFNO0FBQ3BFLFVBQU0sV0FBTyxrQ0FBYSxTQUFTLEVBQUUsWUFBWSxDQUFDLEVBQUUsQ0FBQztBQUNyRCxXQUFPLEdBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEIsV0FBTyxNQUFNLEtBQUssU0FBUyxDQUFDLEVBQUcsU0FBUywyQ0FBMkM7QUFDbkYsVUFBTSxlQUFXLGtDQUFhLFNBQVMsRUFBRSxZQUFZLENBQUMsRUFBRSxNQUFNLElBQUksQ0FBQyxFQUFFLENBQUM7QUFDdEUsV0FBTyxHQUFHLENBQUMsU0FBUyxFQUFFO0FBQ3RCLFdBQU8sTUFBTSxTQUFTLFNBQVMsQ0FBQyxFQUFHLE9BQU8sb0JBQW9CO0FBQUEsRUFDaEUsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
