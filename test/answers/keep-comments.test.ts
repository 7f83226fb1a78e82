// An edit that must replace text holding comments keeps them (keep-comments.ts): on lines of their
// own above the line the edit starts on, at its indentation, in the order they were written.
import { describe, expect, it } from 'vitest';
import { keepComments } from '../../src/answers/keep-comments.js';
import { applySplices } from '../../src/answers/map-at-path.js';

/** `text` with the span from the end of `after` to the end of `to` replaced `by`. */
const cut = (text: string, after: string, to: string, by = ''): string => {
  const start = text.indexOf(after) + after.length;
  return applySplices(text, [{ start, end: text.indexOf(to, start) + to.length, text: by }]);
};

describe('comments in text an edit replaces', () => {
  it('go above the line the edit starts on, at its indentation, in order', () => {
    const text = 'answers:\n  tools:\n    - edr   # since 2024\n    # siem is next\n    - mdr\n  owner: yes\n';
    expect(cut(text, 'tools:', '- mdr', ' [siem]')).toBe('answers:\n  # since 2024\n  # siem is next\n  tools: [siem]\n  owner: yes\n');
  });

  it('inside a line: above that line', () => {
    expect(cut('a: { x: 1,  # one\n     y: 2 }\n', 'a: ', '}', 'z')).toBe('# one\na: z\n');
  });

  it('once, when the new text says them already', () => {
    const text = 'a: { x: 1 }  # kept\n';
    expect(cut(text, '', '# kept', 'a: 2  # kept')).toBe('a: 2  # kept\n');
  });

  it('only when they are comments: not a `#` in quotes or in a folded note', () => {
    const text = 'a: "# not one"\nb: >-\n  # text\nc: 1\n';
    expect(cut(text, '', '1\n', '')).toBe('');
  });

  it('leave the edits alone when the text they replace holds no `#`', () => {
    const splices = [{ start: 3, end: 4, text: '2' }];
    expect(keepComments('a: 1\n', splices)).toEqual(splices);
  });
});
