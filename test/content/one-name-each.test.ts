import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireText } from '../helpers/load.js';

// A council may answer two of the bundled questionnaires, and a councillor reads their papers side
// by side: one thing gets one name. A second assessor found the regional Warning, Advice and
// Reporting Point in two capitalisations, "tabletop" beside "table-top", the senior information
// risk owner in capitals in one file only, and the IT health check spelled out two ways.
const dir = new URL('../../questionnaires/', import.meta.url);
const prose = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const q = loadQuestionnaireText(readFileSync(new URL(f, dir), 'utf8'), `questionnaires/${f}`).questionnaire;
    return [q.description ?? '', ...q.sections.flatMap((s) => [s.title, s.description ?? '', ...s.questions.flatMap((x) => [x.text, x.help ?? '', x.evidence ?? '', x.remediation ?? '', ...x.options.map((o) => o.label), ...(x.indicators ?? []).map((i) => i.text)])])];
  })
  .map((t) => t.replace(/\s+/g, ' '))
  .join('\n');

/** Every distinct way `pattern` is written across the three files. */
const forms = (pattern: RegExp): string[] => [...new Set([...prose.matchAll(pattern)].map((m) => m[0]))].sort();

describe('one name for one thing across the bundled questionnaires', () => {
  it('writes each expansion the same way', () => {
    expect(forms(/warning,? advice and reporting point/gi)).toEqual(['Warning, Advice and Reporting Point']);
    expect(forms(/senior information risk owner/gi)).toEqual(['senior information risk owner']);
    expect(forms(/(information technology( \(IT\))?|IT) health checks?( \(ITHC\))?/g)).toEqual(['IT health check', 'information technology (IT) health check', 'information technology (IT) health checks']);
    expect(prose).not.toMatch(/\bITHC\b/);
  });

  it('spells a tabletop exercise one way', () => {
    expect(forms(/table-?top/gi)).toEqual(['tabletop']);
  });
});
