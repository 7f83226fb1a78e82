import { expect, it } from 'vitest';
import { pasteFilter } from '../../src/answers/pasted-lines.js';

const run = (...chunks: string[]): string[] => {
  const filter = pasteFilter();
  return chunks.map(filter);
};

it('a paste reaches the line reader as one line: each break a space, none at either end, the brackets taken out', () => {
  expect(run('\x1b[200~\r\nFirst line.\r\nSecond\vline.\rThird\nline.\r\n\x1b[201~')).toEqual(['First line. Second line. Third line.']);
});

it('what is typed around a paste is passed as it is, Enter included', () => {
  expect(run('ab\x1b[200~x\ny\x1b[201~c\r')).toEqual(['abx yc\r']);
});

it('a bracket, or a CR LF, cut between two chunks is read whole', () => {
  expect(run('\x1b[20', '0~one\r', '\ntwo\x1b[2', '01~\r')).toEqual(['', 'one', ' two', '\r']);
  expect(run('\x1b[200~one\n', '\ntwo', '\x1b[201~')).toEqual(['one', ' two', '']);
});

it('a lone Esc outside a paste is passed at once, not held for what may follow', () => {
  expect(run('\x1b')).toEqual(['\x1b']);
});

it('a run of line breaks (a blank line between paragraphs, CR CR from a terminal) is one space', () => {
  expect(run('\x1b[200~Seen in March.\r\n\r\nMinutes: item 4.\r\r\rEnd.\x1b[201~')).toEqual(['Seen in March. Minutes: item 4. End.']);
});
