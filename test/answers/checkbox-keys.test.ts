import { describe, expect, it } from 'vitest';
import { keysLines, keysRows } from '../../src/answers/prompter-checkbox.js';
import { displayWidth } from '../../src/text/wrap.js';

// The keys said under a checkbox, as rows that fit the terminal: on one line the terminal broke it
// at its edge, mid-word ("i i" / "nvert"), below 56 columns.
describe('keysRows', () => {
  const shown = (row: [string, string][]): string => row.map(([key, action]) => `${key} ${action}`).join(' \u2022 ');

  it('one row where they fit, as the library says them', () => {
    expect(keysRows(80).map(shown)).toEqual(['\u2191\u2193 navigate \u2022 space select \u2022 a all \u2022 i invert \u2022 \u23CE submit']);
    expect(keysLines(80)).toBe(1);
  });

  it('broken between keys on a narrow terminal, each row inside it, every key once and in order', () => {
    for (const width of [55, 40, 30, 20]) {
      const rows = keysRows(width);
      expect(rows.flat().map(([, action]) => action)).toEqual(['navigate', 'select', 'all', 'invert', 'submit']);
      for (const row of rows) expect(displayWidth(shown(row))).toBeLessThan(width);
      expect(keysLines(width)).toBe(rows.length);
    }
    expect(keysRows(40).map(shown)).toEqual(['\u2191\u2193 navigate \u2022 space select \u2022 a all', 'i invert \u2022 \u23CE submit']);
  });
});
