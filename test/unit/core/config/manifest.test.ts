import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { APPLICATION_SCOPED, SETTING_KEYS, settingJsonSchema, settingsShape, type SettingKey } from '../../../../src/core/config/settings';

const root = path.resolve(__dirname, '../../../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const declared: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;

describe('package.json contributes.configuration agrees with the zod schema', () => {
  it('declares every schema key, and nothing else', () => {
    const fromSchema = SETTING_KEYS.map((k) => `storyWriter.${k}`).sort();
    assert.deepEqual(Object.keys(declared).sort(), fromSchema);
  });

  for (const key of SETTING_KEYS) {
    it(`storyWriter.${key}: same type, default, bounds and enum`, () => {
      const d = declared[`storyWriter.${key}`]!;
      const schema = settingJsonSchema(key);
      // A nullable setting (temperature) is `anyOf: [{type, bounds}, {type: 'null'}]`: the manifest
      // declares `type: [type, 'null']` and the bounds of the non-null branch.
      const branches = Array.isArray(schema.anyOf) ? (schema.anyOf as Array<Record<string, unknown>>) : undefined;
      const nullable = branches?.some((b) => b.type === 'null') === true;
      const js = nullable ? { ...schema, ...branches!.find((b) => b.type !== 'null') } : schema;
      const expectedType = nullable ? [js.type, 'null'] : (js.type ?? 'string'); // apiBaseUrl is a union of '' and a URL: a string
      assert.deepEqual(d.type, expectedType, 'type');
      assert.deepEqual(d.default, settingsShape[key].parse(undefined), 'default');
      assert.equal(d.minimum, js.minimum, 'minimum');
      assert.equal(d.maximum, js.maximum, 'maximum');
      assert.deepEqual(d.enum, js.enum, 'enum');
      assert.equal(typeof d.markdownDescription, 'string', 'markdownDescription');
      assert.equal(typeof d.order, 'number', 'order');
      if (js.type === 'object' && js.properties !== undefined) {
        const props = js.properties as Record<string, { type?: string; enum?: unknown[] }>;
        const dprops = d.properties as Record<string, { type?: string; enum?: unknown[] }>;
        assert.deepEqual(Object.keys(dprops).sort(), Object.keys(props).sort(), 'object keys');
        for (const [k, v] of Object.entries(props)) {
          assert.equal(dprops[k]!.type, v.type, `${k} type`);
          assert.deepEqual(dprops[k]!.enum, v.enum, `${k} enum`);
        }
      }
    });
  }

  it('storyWriter.workflow.recovery: the manifest says what the schema says', () => {
    assert.equal(declared['storyWriter.workflow.recovery']!.markdownDescription, settingsShape['workflow.recovery'].description);
  });

  it('storyWriter.prices: the manifest declares the same price fields as the schema', () => {
    const schema = settingJsonSchema('prices');
    const value = schema.additionalProperties as { properties: Record<string, unknown>; required: string[] };
    const declaredValue = declared['storyWriter.prices']!.additionalProperties as { properties: Record<string, unknown>; required: string[] };
    assert.deepEqual(Object.keys(declaredValue.properties).sort(), Object.keys(value.properties).sort());
    assert.deepEqual([...declaredValue.required].sort(), [...value.required].sort());
  });

  it('the default of every declared setting passes the schema', () => {
    for (const key of SETTING_KEYS) assert.ok(settingsShape[key].safeParse(declared[`storyWriter.${key}`]!.default).success, key);
  });

  it('settings that could redirect the key are application-scoped', () => {
    for (const [id, d] of Object.entries(declared)) {
      const key = id.slice('storyWriter.'.length) as SettingKey;
      assert.equal(d.scope === 'application', APPLICATION_SCOPED.has(key), `${id} scope`);
    }
  });

  it('the README settings table names every setting', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const key of SETTING_KEYS) assert.ok(readme.includes(`\`storyWriter.${key}\``), `README lacks storyWriter.${key}`);
  });
});

describe('architecture lint rule', () => {
  // The linted text is not a file of the TypeScript project, so the type-aware rules (which need
  // one) are set aside here; the import rules under test need no types.
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off', '@typescript-eslint/switch-exhaustiveness-check': 'off' },
    },
  });
  const code = "import * as vscode from 'vscode';\nexport const x = vscode;\n";

  it('fails on a vscode import in src/core/', async () => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/core/leak.ts') });
    assert.ok(
      result!.messages.some((m) => m.ruleId === 'no-restricted-imports'),
      'no-restricted-imports did not fire',
    );
  });

  it('fails on a vscode import in src/gemini/', async () => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/gemini/leak.ts') });
    assert.ok(result!.messages.some((m) => m.ruleId === 'no-restricted-imports'));
  });

  it('fails on an import of the Gemini service in src/core/', async () => {
    const gemini =
      "import { createGeminiService } from '../../gemini';\nimport type { GeminiService } from '../../../gemini/geminiService';\nexport const x = [createGeminiService] as unknown as GeminiService[];\n";
    const [result] = await eslint.lintText(gemini, { filePath: path.join(root, 'src/core/workflow/leak.ts') });
    assert.equal(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length, 2, 'both imports flagged');
  });

  it("allows the core's own generation port in src/core/ and the service in src/cli/", async () => {
    const port = "import type { TextGenerator } from '../../generation/textGenerator';\nexport type X = TextGenerator;\n";
    const [inCore] = await eslint.lintText(port, { filePath: path.join(root, 'src/core/workflow/ok.ts') });
    assert.equal(inCore!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length, 0);
    const service = "import { createGeminiService } from '../../gemini';\nexport const x = createGeminiService;\n";
    const [inCli] = await eslint.lintText(service, { filePath: path.join(root, 'src/cli/ok.ts') });
    assert.equal(inCli!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length, 0);
  });

  it('allows it in src/vscode/', async () => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/vscode/ok.ts') });
    assert.equal(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length, 0);
  });
});
