import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/schema/validators.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { toExtract } from '../../src/share/extract.js';
import { checkExtract, parseJson } from '../../src/share/read-extract.js';
import type { ShareExtract } from '../../src/share/types.js';
import { kinds } from '../../src/questionnaire/kinds/index.js';
import { assessText, fixture } from '../helpers/load.js';

const sys = (): ShareExtract => {
  const assessment = assessText(readFileSync(fixture('systems/sys.yaml'), 'utf8'), readFileSync(fixture('systems/sys.answers.yaml'), 'utf8').replace(/file: systems\/social-care.yaml/, 'answers: { patched: no, mfa: no, logged: no }'));
  return toExtract(assessment, { label: 'l', named: false, today: '2026-11-23' });
};

describe('toExtract and schemas/share.schema.json stay in step', () => {
  type Schema = { required: string[]; properties: Record<string, { items?: Schema } & Schema>; $defs: Record<string, Schema> };
  const schema = loadSchema('share') as unknown as Schema;

  it('every key the schema lists is in an extract, and no other (organisation only when named)', () => {
    const extract = sys();
    expect(Object.keys(extract).sort()).toEqual([...schema.required].sort());
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual([...Object.keys(extract), 'organisation'].sort());
    expect(Object.keys(extract.answers[0]!).sort()).toEqual([...schema.properties.answers!.items!.required].sort());
    expect(Object.keys(extract.systems[0]!).sort()).toEqual([...schema.properties.systems!.items!.required].sort());
    expect(schemaErrors('share', extract)).toEqual([]);
  });

  it('shares the ids and versions of the other schemas', () => {
    const q = loadSchema('questionnaire') as unknown as Schema;
    expect(schema.$defs.id).toEqual(q.$defs.id);
    expect(schema.$defs.itemId).toEqual(q.$defs.itemId);
    expect(schema.$defs.semver).toEqual(q.$defs.semver);
  });

  it('renames systems in order and takes the month from the answers, else from today', () => {
    const extract = sys();
    expect(extract.systems.map((s) => s.id)).toEqual(['system-1', 'system-2', 'system-3']);
    expect(new Set(extract.answers.map((a) => a.system))).toEqual(new Set([null, 'system-1', 'system-2', 'system-3']));
    expect(extract.assessedOn).toBe('2026-11');
    const dated = toExtract({ ...assessText(readFileSync(fixture('valid/mini.yaml'), 'utf8'), readFileSync(fixture('valid/mini.answers.yaml'), 'utf8')), assessedOn: null }, { label: 'l', named: true, today: '2027-02-03' });
    expect(dated.assessedOn).toBe('2027-02');
  });
});

describe('what leaves the council', () => {
  const mini = (): ShareExtract => toExtract(assessText(readFileSync(fixture('valid/mini.yaml'), 'utf8'), readFileSync(fixture('valid/mini.answers.yaml'), 'utf8')), { label: 'l', named: false, today: '2026-11-23' });
  const valueOf = (extract: ShareExtract, id: string) => extract.answers.find((a) => a.question === id)?.value;

  it('is the value each kind says may leave: options, numbers and statuses, never text', () => {
    const extract = mini();
    expect([valueOf(extract, 'owner'), valueOf(extract, 'budget'), valueOf(extract, 'services'), valueOf(extract, 'patch-days')]).toEqual(['partly', 'yes', ['dns', 'mail'], 21]);
    expect(valueOf(extract, 'notes')).toBeNull();
  });

  // Closed by default: the extract asks the kind (shareValue), so a new kind's answers stay home
  // until its file says they may leave, whatever its type is called.
  it('is nothing for a kind that does not say', () => {
    const choice = kinds.choice;
    try {
      kinds.choice = { ...choice, shareValue: undefined };
      expect(valueOf(mini(), 'owner')).toBeNull();
    } finally {
      kinds.choice = choice;
    }
  });
});

describe('reading an extract', () => {
  const text = `${JSON.stringify(sys(), null, 2)}\n`;

  it('accepts what toExtract makes', () => {
    const { parsed } = parseJson(text, 'e.json');
    expect(checkExtract(parsed!).diagnostics).toEqual([]);
  });

  it.each([
    ['a syntax error', text.replace('"label": "l",', '"label": "l"'), 'e.json:13:3: not valid JSON: unexpected "\\""; expected "," or "}"'],
    ['a cut-off file', text.slice(0, 40), 'e.json:3:3: not valid JSON: a string that is not closed'],
    ['an unknown property', text.replace('"label": "l",', '"label": "l", "note": "x",'), 'e.json:12:17: unknown property "note"; expected "kind", "schemaVersion"'],
    ['text after the value', `${text}x`, 'not valid JSON: unexpected "x" after the end of the JSON value'],
    ['a wrong score', text.replace(/"score": 100,/, '"score": 140,'), 'e.json:'],
    ['a system that is not listed', text.replace(/"system": "system-3"/, '"system": "system-9"'), 'is for "system-9", which is not in "systems"'],
    ['an answers file in JSON', '{"questionnaire": "mini"}', 'e.json:1:1: missing required property "kind"'],
  ])('refuses %s with its place', (_name, bad, message) => {
    const { parsed, diagnostics } = parseJson(bad, 'e.json');
    const all = parsed ? checkExtract(parsed).diagnostics : diagnostics;
    expect(all.length).toBeGreaterThan(0);
    const line = all.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)[0]!;
    expect(line).toContain(message);
  });
});

describe('the extract as written', () => {
  it('reads back as the same data, with one answer per line and odd characters escaped', async () => {
    const { renderExtract } = await import('../../src/share/render-extract.js');
    const extract = { ...sys(), label: 'a "label"\u2028\u001b[2J\u202e' };
    const text = renderExtract(extract);
    expect(JSON.parse(text)).toEqual(extract);
    expect(text).not.toMatch(/[\u2028\u001b\u202e]/);
    expect(text.split('\n').filter((l) => l.includes('"question"'))).toHaveLength(extract.answers.length);
  });

  it('the schema refuses values an extract never has', () => {
    const extract = sys();
    const withAnswer = (patch: object) => ({ ...extract, answers: [{ ...extract.answers[0]!, ...patch }] });
    expect(schemaErrors('share', withAnswer({ value: '' }))).not.toEqual([]);
    expect(schemaErrors('share', withAnswer({ value: [1, 2] }))).not.toEqual([]);
    expect(schemaErrors('share', withAnswer({ value: { text: 'x' } }))).not.toEqual([]);
    expect(schemaErrors('share', withAnswer({ system: 'revenues' }))).not.toEqual([]);
    expect(schemaErrors('share', withAnswer({ value: 'x'.repeat(101) }))).not.toEqual([]);
    expect(schemaErrors('share', { ...extract, assessedOn: '2026-11-17' })).not.toEqual([]);
    expect(schemaErrors('share', withAnswer({ value: ['a', 'b'], system: 'system-1' }))).toEqual([]);
  });
});

describe('reading a JSON extract', () => {
  it('never needs the YAML library: nothing read-extract.ts imports, however deep, imports "yaml"', async () => {
    const { dirname, resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const seen = new Set<string>();
    const yamlUsers: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      // Type-only imports vanish from the build; only imports of values load a module.
      if (/^import (?!type )[^;]*from 'yaml'/m.test(source)) yamlUsers.push(file);
      for (const m of source.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gm)) visit(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    };
    visit(fileURLToPath(new URL('../../src/share/read-extract.ts', import.meta.url)));
    expect(seen.size).toBeGreaterThan(5);
    expect(yamlUsers).toEqual([]);
  });
});
