import { describe, expect, it } from 'vitest';
import { codePointWidth } from '../../src/text/char-width.js';
import { charWidth, graphemes, simpleText } from '../../src/text/graphemes.js';
import { shorten } from '../../src/text/shorten.js';
import { displayWidth, wrapText } from '../../src/text/wrap.js';

const WALES = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}';
const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';

// Columns as tmux draws them (#{cursor_x} after printing each), which follow Unicode's
// EastAsianWidth.txt: emoji with Emoji_Presentation take two, the ones shown as text one.
describe('codePointWidth', () => {
  it.each([
    ['a', 0x61, 1],
    ['é', 0xe9, 1],
    ['✅ check mark', 0x2705, 2],
    ['❌ cross mark', 0x274c, 2],
    ['⭐ star', 0x2b50, 2],
    ['⚡ high voltage', 0x26a1, 2],
    ['⌚ watch', 0x231a, 2],
    ['🚀 rocket', 0x1f680, 2],
    ['🌍 globe', 0x1f30d, 2],
    ['🏴 black flag', 0x1f3f4, 2],
    ['🧑 person', 0x1f9d1, 2],
    ['🩰 ballet shoes', 0x1fa70, 2],
    ['🀄 mahjong tile', 0x1f004, 2],
    ['中', 0x4e2d, 2],
    ['a CJK ideograph of the third plane', 0x30000, 2],
    ['ア full-width katakana', 0x30a2, 2],
    ['❤ heart, text by default', 0x2764, 1],
    ['🌡 thermometer, text by default', 0x1f321, 1],
    ['☺ smiling face, text by default', 0x263a, 1],
    ['🇬 a regional indicator alone', 0x1f1ec, 1],
    ['tag letter g', 0xe0067, 0],
    ['cancel tag', 0xe007f, 0],
    ['ZWJ', 0x200d, 0],
    ['VS16', 0xfe0f, 0],
    ['combining grave, the first mark', 0x300, 0],
    ['combining acute', 0x301, 0],
    ['combining circumflex', 0x302, 0],
    ['kana voicing mark', 0x3099, 0],
    ['Hangul medial vowel', 0x1161, 0],
  ])('%s (code point %i) takes %i', (_name, code, width) => {
    expect(codePointWidth(code)).toBe(width);
  });
});

describe('graphemes and charWidth', () => {
  it.each([
    ['the Welsh flag, a black flag and tags', WALES, 2],
    ['a family joined by ZWJ', FAMILY, 2],
    ['a flag of two regional indicators', '\u{1f1ec}\u{1f1e7}', 2],
    ['an emoji with a skin tone', '\u{1f44d}\u{1f3fd}', 2],
    ['a rainbow flag (white flag, VS16, ZWJ, rainbow)', '\u{1f3f3}\ufe0f\u200d\u{1f308}', 2],
    ['e and a combining acute', 'e\u0301', 1],
    ['w with two combining marks', 'w\u0302\u0302', 1],
    ['a heart with VS16', '\u2764\ufe0f', 1],
    ['a Hangul syllable spelt in jamo', '\u1100\u1161\u11a8', 2],
  ])('%s is one character of %i columns', (_name, text, width) => {
    expect(graphemes(text)).toEqual([text]);
    expect(charWidth(text)).toBe(width);
    expect(displayWidth(text)).toBe(width);
    expect(displayWidth(`ab${text}cd`)).toBe(width + 4);
  });

  it('counts the titles that put section bars out of line', () => {
    expect(displayWidth(`Cymru ${WALES} baner`)).toBe(14);
    expect(displayWidth("Wedi'i wirio ✅ ie")).toBe(18);
    expect(displayWidth('Roced 🚀 ie')).toBe(11);
    expect(displayWidth('Bawd \u{1f44d}\u{1f3fb} ie')).toBe(10);
  });

  it('splits text of no joining characters a code point at a time, without the segmenter', () => {
    expect(simpleText('Cyngor Sir Ddinbych – ŵ 中 🚀 ✅')).toBe(true);
    expect(simpleText(`${WALES}`)).toBe(false);
    expect(simpleText('e\u0301')).toBe(false);
    expect(graphemes('ŵ中🚀')).toEqual(['ŵ', '中', '🚀']);
  });
});

describe('cutting between whole characters', () => {
  it('shortens a run of flags or families only between them, as many as fit', () => {
    expect(shorten(WALES.repeat(40), 21)).toBe(`${WALES.repeat(10)}…`);
    expect(shorten(FAMILY.repeat(40), 21)).toBe(`${FAMILY.repeat(10)}…`);
    expect(shorten('w\u0302'.repeat(40), 11)).toBe(`${'w\u0302'.repeat(10)}…`);
  });

  it('splits a word wider than the line only between whole characters', () => {
    const lines = wrapText(WALES.repeat(15), { width: 10 }).split('\n');
    expect(lines).toEqual([WALES.repeat(5), WALES.repeat(5), WALES.repeat(5)]);
    expect(wrapText(FAMILY.repeat(7), { width: 10 }).split('\n')).toEqual([FAMILY.repeat(5), FAMILY.repeat(2)]);
  });
});
