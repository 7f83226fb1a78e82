import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/text/shell-word.js';

describe('shellWord', () => {
  it.each([
    ['systems/social-care.yaml', 'systems/social-care.yaml'],
    ['my care.yaml', "'my care.yaml'"],
    ["it's.yaml", "'it'\\''s.yaml'"],
    ['$HOME.yaml', "'$HOME.yaml'"],
    ['a;rm -rf x.yaml', "'a;rm -rf x.yaml'"],
  ])('%s is one word: %s', (text, word) => {
    expect(shellWord(text)).toBe(word);
  });
});
