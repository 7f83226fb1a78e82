import { describe, expect, it } from 'vitest';
import { charWidth, graphemes } from '../../src/text/graphemes.js';
import { displayWidth, wrapText } from '../../src/text/wrap.js';

describe('wrapText', () => {
  it('breaks only between words, with a hanging indent on every later line', () => {
    const text = 'Backups that an attacker can reach are encrypted along with everything else.';
    expect(wrapText(text, { width: 30, indent: '  ', hangingIndent: '    ' })).toBe(
      ['  Backups that an attacker can', '    reach are encrypted along', '    with everything else.'].join('\n'),
    );
  });

  it('never puts a line over the width, and never splits a word that fits on a line', () => {
    const words = 'the quick brown fox jumps over the lazy dog while councils restore from offline backups'.split(' ');
    for (let width = 20; width <= 60; width++) {
      const lines = wrapText(words.join(' '), { width, indent: '  ' }).split('\n');
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.map((l) => l.trim()).join(' ')).toBe(words.join(' '));
    }
  });

  it('does not count colour codes, and counts wide characters as two columns', () => {
    const red = (s: string): string => `\u001b[31m${s}\u001b[39m`;
    expect(displayWidth(red('abc'))).toBe(3);
    expect(displayWidth('漢字')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    const wrapped = wrapText(`${red('alpha')} beta gamma delta epsilon zeta eta`, { width: 20 });
    expect(wrapped.split('\n').map(displayWidth).every((w) => w <= 20)).toBe(true);
    expect(wrapped.split('\n')[0]).toBe(`${red('alpha')} beta gamma`);
    expect(wrapText('漢字漢字 漢字漢字 漢字漢字', { width: 20 })).toBe('漢字漢字 漢字漢字\n漢字漢字');
  });

  it('keeps line breaks, blank lines and a list item’s own indent', () => {
    const text = 'First paragraph here.\n\n- an item that goes on for rather a long way indeed\nLast.';
    expect(wrapText(text, { width: 24, indent: '> ' })).toBe(
      ['> First paragraph here.', '', '> - an item that goes on', '> for rather a long way', '> indeed', '> Last.'].join('\n'),
    );
  });

  it('splits only a word wider than the whole line', () => {
    expect(wrapText('see https://www.ncsc.gov.uk/collection/caf/cyber-assessment-framework now', { width: 24 })).toBe(
      'see\nhttps://www.ncsc.gov.uk/\ncollection/caf/cyber-ass\nessment-framework now',
    );
  });

  it('with wholeWords, puts a word wider than the whole line on a line of its own, whole', () => {
    expect(wrapText('see https://www.ncsc.gov.uk/collection/caf/cyber-assessment-framework now', { width: 24, indent: '  ', wholeWords: true })).toBe(
      '  see\n  https://www.ncsc.gov.uk/collection/caf/cyber-assessment-framework\n  now',
    );
  });
});

describe('displayWidth', () => {
  it('counts every character by charWidth, whether the text is plain ASCII or not', () => {
    const pieces = ['a', ' ', '~', '\u007f', '\t', 'é', '\u0301', '\u200b', '日', '😀', '\u001b[31m', '\u001b[0m', '\u00a0', '\u200d', '\u{e0067}', '\u{1f1ec}', '✅'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = n % 12;
      for (let k = 0; k < length; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
      const expected = graphemes(plain).reduce((sum, ch) => sum + charWidth(ch), 0);
      expect(displayWidth(text), JSON.stringify(text)).toBe(expected);
    }
    expect(displayWidth('Wrenford Borough Council')).toBe(24);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});
