import { describe, expect, it } from 'vitest';
import { roundScore } from '../../src/report/round-score.js';
import { renderText } from '../../src/report/text.js';
import { loadCatalog } from '../../src/frameworks/load-catalog.js';
import { shorten } from '../../src/text/shorten.js';
import { displayWidth } from '../../src/text/wrap.js';
import { assessText, miniAnswersText, miniText } from '../helpers/load.js';

const mini = () => assessText(miniText(), miniAnswersText(), '2026-11-23', { minScore: 70 });

describe('the text report, rendered in process', () => {
  it('rounds shown scores down, never up', () => {
    expect([roundScore(54.7), roundScore(54.999), roundScore(55), roundScore(0.2), roundScore(null)]).toEqual(['54', '54', '55', '0', 'n/a']);
  });

  it.each([40, 60, 80, 120, 160])('keeps every line of the summary and the detail within %i columns', (width) => {
    for (const detail of [false, true]) {
      const text = renderText(mini(), { catalog: loadCatalog(), colorLevel: 0, width, detail });
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('keeps a short title on the line of its bar and score when there is room', () => {
    const text = renderText(mini(), { catalog: loadCatalog(), colorLevel: 0, width: 100 });
    expect(text).toMatch(/^ {2}Governance +█+░* +\d+ {2}\S/m);
    // At 40 columns the bar goes first; the title, score and rating stay on one line.
    expect(renderText(mini(), { catalog: loadCatalog(), colorLevel: 0, width: 40 })).toMatch(/^ {2}Governance +62 {2}Partly ready$/m);
  });

  it('counts colour codes as no width, so colour changes no line break', () => {
    const plain = renderText(mini(), { catalog: loadCatalog(), colorLevel: 0, width: 80, detail: true });
    const coloured = renderText(mini(), { catalog: loadCatalog(), colorLevel: 3, width: 80, detail: true });
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('says when nothing was scored instead of printing n/a/100', () => {
    const a = mini();
    const none = { ...a, overall: { score: null, rating: null, cap: null }, sections: a.sections.map((x) => ({ ...x, score: null, rating: null })) };
    expect(renderText(none, { catalog: loadCatalog(), colorLevel: 0 }).trimEnd().split('\n').at(-2)).toBe('Overall not scored (no question counts) · gates FAILED');
  });

  it('shortens a line at a word, marking the cut', () => {
    expect(shorten('Is there a named senior owner for cyber?', 24)).toBe('Is there a named senior…');
    expect(shorten('short', 24)).toBe('short');
    expect(shorten('Supercalifragilistic', 8)).toBe('Superca…');
  });
});
