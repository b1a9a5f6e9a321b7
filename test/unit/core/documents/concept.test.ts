import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { conceptSchema, type Concept } from '../../../../src/core/documents/concept';
import { parseConcept, renderConcept } from '../../../../src/core/documents/conceptMarkdown';
import { withDefaults } from '../../../../src/core/documents/withDefaults';
import { concept } from './sampleStory';

function ok(body: string): Concept {
  const result = parseConcept(body);
  assert.ok(result.ok, `expected a concept, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}

const edit = (from: string, to: string) => {
  const text = renderConcept(concept);
  assert.ok(text.includes(from), `render should contain ${from}`);
  return text.replace(from, to);
};

describe('concept: Markdown round-trip', () => {
  it('parse(render(v)) gives back v', () => {
    assert.deepEqual(ok(renderConcept(concept)), concept);
  });

  it('round-trips Unicode, colons and Markdown-ish text', () => {
    const tricky: Concept = {
      ...concept,
      title: 'Ça: L’été 🌊 #1',
      logline: '**Bold** claims: she *says* `nothing` — and [links](x) stay.',
      premise: '# Not a heading\n\n- not a list in the premise\n1. nor this\n\n\\# a literal backslash-hash\n\n灯台守の手紙。',
      themes: ['- dash theme', '# hash theme', 'theme: with colon'],
      tone: '',
      hook: 'ספר הים',
    };
    assert.deepEqual(ok(renderConcept(tricky)), tricky);
  });

  it('keeps sections the writer added, and text before the first section', () => {
    const v: Concept = {
      ...concept,
      preamble: 'Working notes: keep it under ten pages.',
      extraSections: [
        { heading: 'Research', level: 2, body: '- Stevenson lighthouses\n- Fresnel lenses' },
        { heading: 'Sources', level: 3, body: 'Library.' },
      ],
    };
    assert.deepEqual(ok(renderConcept(v)), v);
  });
});

describe('concept: reading human edits', () => {
  it('reordered sections and extra blank lines', () => {
    const text = renderConcept(concept);
    const [head, ...sections] = text.split(/\n(?=## )/);
    const shuffled = [head, ...sections.reverse()].join('\n\n\n\n');
    assert.deepEqual(ok(shuffled), concept);
  });

  it('CRLF line endings', () => {
    assert.deepEqual(ok(renderConcept(concept).replace(/\n/g, '\r\n')), concept);
  });

  it('different heading levels and decorations', () => {
    const text = renderConcept(concept).replace('## Logline', '### Logline:').replace('## Central Conflict', '# **Central conflict**').replace('## Themes', '#### 2. Themes');
    assert.deepEqual(ok(text), concept);
  });

  it('an added free-text paragraph joins its section', () => {
    const v = ok(
      edit(
        '## Stakes\n\nIf she leaves, the light goes dark and with it the last of Tomas.',
        '## Stakes\n\nIf she leaves, the light goes dark and with it the last of Tomas.\n\nAlso: the Board will sell the rock.',
      ),
    );
    assert.equal(v.stakes, 'If she leaves, the light goes dark and with it the last of Tomas.\n\nAlso: the Board will sell the rock.');
  });

  it('a new theme, a removed theme, themes as a comma list', () => {
    assert.deepEqual(ok(edit('- the work of keeping', '- the work of keeping\n- letting go')).themes, ['grief and memory', 'the work of keeping', 'letting go']);
    assert.deepEqual(ok(edit('- grief and memory\n', '')).themes, ['the work of keeping']);
    assert.deepEqual(ok(edit('- grief and memory\n- the work of keeping', 'grief, duty, the sea')).themes, ['grief', 'duty', 'the sea']);
  });

  it('a deleted optional section becomes empty; a renamed title is read', () => {
    const v = ok(edit('## Hook\n\nA letter for a dead man, in handwriting she knows.\n\n', '').replace('# Concept: The Lighthouse Keeper', '# Concept — The Keeper'));
    assert.equal(v.hook, '');
    assert.equal(v.title, 'The Keeper');
    assert.equal(ok(edit('# Concept: The Lighthouse Keeper', '# Salt and Light')).title, 'Salt and Light');
  });

  it('an unknown section is kept in extraSections; a sub-heading inside a section stays in its text', () => {
    const v = ok(edit('## Tone', '## Comparable titles\n\nThe Lighthouse Stevensons.\n\n## Tone').replace('## Setting\n\n', '## Setting\n\n### The rock\n\n'));
    assert.deepEqual(v.extraSections, [{ heading: 'Comparable titles', level: 2, body: 'The Lighthouse Stevensons.' }]);
    assert.equal(v.setting, '### The rock\n\nA granite skerry in the North Sea, 1962, the last winter before automation.');
    assert.deepEqual(ok(renderConcept(v)), v);
  });

  it('names the missing or empty required section', () => {
    const missing = parseConcept(edit('## Logline', '## Pitchy'));
    assert.ok(!missing.ok);
    assert.match(missing.problems[0]!.message, /01-concept\.md has no "## Logline" section/);
    const empty = parseConcept(renderConcept(concept).replace(/## Premise\n\n[\s\S]*?\n\n## /, '## Premise\n\n## '));
    assert.ok(!empty.ok);
    assert.match(empty.problems[0]!.message, /01-concept\.md line \d+: the "Premise" section is empty/);
    const named = parseConcept('# Concept\n', { file: 'stories/a/01-concept.md' });
    assert.ok(!named.ok);
    assert.equal(named.problems.length, 2);
    assert.match(named.problems[0]!.message, /^stories\/a\/01-concept\.md/);
  });
});

describe('concept: schema and defaults', () => {
  it('is a plain JSON schema with every field required', () => {
    const js = z.toJSONSchema(conceptSchema) as { type: string; required: string[]; properties: Record<string, { description?: string }> };
    assert.equal(js.type, 'object');
    assert.deepEqual([...js.required].sort(), Object.keys(conceptSchema.shape).sort());
    assert.ok(js.properties.logline!.description);
    assert.deepEqual(JSON.parse(JSON.stringify(js)), js, 'plain JSON');
  });

  it('completes a partial reply and says what it filled in', () => {
    const result = withDefaults('concept', { logline: ' One line. ', premise: 'Two\r\n\r\n\r\nparas.', themes: 'a, b', hook: 7 });
    assert.ok(result.ok);
    assert.equal(result.value.logline, 'One line.');
    assert.equal(result.value.premise, 'Two\n\nparas.');
    assert.deepEqual(result.value.themes, ['a', 'b']);
    assert.equal(result.value.hook, '');
    assert.ok(result.defaulted.includes('hook') && result.defaulted.includes('title') && !result.defaulted.includes('themes'));
  });

  it('never invents a logline or premise', () => {
    const result = withDefaults('concept', { premise: 'P.', logline: '  ' });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ['concept: `logline` is empty'],
    );
    assert.ok(!withDefaults('concept', 'not an object').ok);
  });
});
