// The comments of a YAML text as a person reads them: what follows `#` outside quotes and block
// scalars, found by the YAML library's own lexer (a `#` line inside a `>-` note is the note's text).
import { Lexer } from 'yaml';
import { expect } from 'vitest';

/** Each comment of `text` (`# ...`, without its line break), in the order they are written. */
export function commentTexts(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}

/** Every comment of `before` is in `after`: a comment written twice must be there twice. */
export function expectCommentsKept(before: string, after: string): void {
  const left = commentTexts(after);
  const lost = commentTexts(before).filter((comment) => {
    const at = left.indexOf(comment);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
  expect(lost, `comments lost by the save:\n--- before\n${before}--- after\n${after}`).toEqual([]);
}
