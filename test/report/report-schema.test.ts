import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { loadSchema } from '../../src/schema/validators.js';
import { assessText, fixture, miniAnswersText, miniText, miniWith } from '../helpers/load.js';

const fixtureText = (path: string): string => readFileSync(fixture(path), 'utf8');
const golden = (name: string): unknown => JSON.parse(readFileSync(new URL(`../golden/${name}`, import.meta.url), 'utf8'));

describe('schemas/report.schema.json', () => {
  // The schema says additionalProperties: false and lists every key as required, so validating real
  // assessments keeps the TypeScript type and the schema in step in both directions.
  it.each([
    ['the example assessment', golden('council-cyber-resilience.assessment.json')],
    ['the mini assessment with every gate', golden('mini-with-gates.assessment.json')],
    ['the Cyber Essentials example', golden('cyber-essentials-readiness.assessment.json')],
    ['the CAF example', golden('caf-local-government.assessment.json')],
    ['an assessment with unknowns, not applicable and unanswered', assessText(miniText(), miniWith('owner: { status: unknown }\ncards: no\npci: all\nservices: []'), '2026-11-23', { minScore: 10 })],
    ['an assessment capped by an automatic fail', assessText(fixtureText('blocking/auto-fail.yaml'), fixtureText('blocking/auto-fail.answers.yaml'))],
    ['an assessment with warnings and expired waivers', assessText(miniText(), miniAnswersText(), '2027-01-01', { failOn: 'low', failOnStale: true })],
  ])('describes %s', (_name, report) => {
    expect(schemaErrors('report', JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it('rejects a report with a key the schema does not know, or without one it requires', () => {
    const report = golden('mini-with-gates.assessment.json') as Record<string, unknown>;
    expect(schemaErrors('report', { ...report, extra: 1 })).not.toEqual([]);
    const { gaps: _gaps, ...withoutGaps } = report;
    expect(schemaErrors('report', withoutGaps)).not.toEqual([]);
  });

  it('accepts only schemaVersion 2 (SPEC v2), and a cap that names at least one question', () => {
    const report = golden('mini-with-gates.assessment.json') as { overall: Record<string, unknown> } & Record<string, unknown>;
    expect(report.schemaVersion).toBe(2);
    expect(schemaErrors('report', { ...report, schemaVersion: 1 })).not.toEqual([]);
    const emptyCap = { ...report, overall: { ...report.overall, cap: { uncappedRating: null, questions: [] } } };
    expect(schemaErrors('report', emptyCap)).not.toEqual([]);
    const { cap: _cap, ...withoutCap } = report.overall;
    expect(schemaErrors('report', { ...report, overall: withoutCap })).not.toEqual([]);
  });
});

describe('the three schemas', () => {
  const schemas = (['questionnaire', 'answers', 'report'] as const).map((kind) => [kind, loadSchema(kind)] as const);

  it('share identical definitions of ids, versions and severities', () => {
    const defs = (s: Record<string, unknown>) => s.$defs as Record<string, unknown>;
    const q = defs(loadSchema('questionnaire'));
    for (const [, schema] of schemas) {
      expect(defs(schema).id).toEqual(q.id);
      expect(defs(schema).itemId).toEqual(q.itemId);
      expect(defs(schema).semver).toEqual(q.semver);
    }
    expect(defs(loadSchema('report')).severity).toEqual(q.severity);
  });

  it.each(schemas)('%s is JSON Schema 2020-12 with an $id', (_kind, schema) => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:cyber-ready:schema:/);
  });
});
