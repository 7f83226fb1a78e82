import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// Emoji in a questionnaire's titles, through the real binary at 80 columns. Widths were counted a
// code point at a time from a short table: ✅ and 🚀 took one column (a terminal draws two), the
// Welsh flag eight (a black flag and seven tag characters; drawn in two), so the section bars stood
// out of line; and a title cut to fit was cut after 8 flags where 31 fit, inside a flag's tags, or
// after a ZWJ, leaving half a family. The columns below are as tmux draws them (#{cursor_x}).
const WALES = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}';
const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';

const assess = () =>
  runBinary({
    args: ['assess', '-q', 'test/fixtures/emoji-widths/emoji.yaml', '-a', 'test/fixtures/emoji-widths/emoji.answers.yaml', '--today', '2026-12-01'],
    env: { COLUMNS: '80' },
  });

describe('emoji in titles, at 80 columns', () => {
  it('keep the section bars in one column: a flag of tags, ✅, 🚀 and 👍🏻 each take two', async () => {
    const r = await assess();
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    // The widest title, "Wedi'i wirio ✅ ie", takes 18 columns; every bar starts two after it.
    expect(r.stdout).toContain(
      [
        '  Llywodraethu        ██████████ 100  Ready',
        `  Cymru ${WALES} baner      ░░░░░░░░░░   0  Not ready`,
        "  Wedi'i wirio ✅ ie  ██████████ 100  Ready",
        '  Roced 🚀 ie         ░░░░░░░░░░   0  Not ready',
        // A thumb and its skin tone: one character, of two columns.
        '  Bawd \u{1f44d}\u{1f3fb} ie          ██████████ 100  Ready',
      ].join('\n'),
    );
  });

  it('cut a gap to one line between whole flags and whole families, as many as fit', async () => {
    const r = await assess();
    // "   2. CRITICAL  " takes 16 columns, and "…" one: 31 characters of two columns fit in 80.
    expect(r.stdout).toContain(`\n   2. CRITICAL  ${WALES.repeat(31)}…\n`);
    expect(r.stdout).toContain(`\n   3. CRITICAL  ${FAMILY.repeat(31)}…\n`);
  });
});
