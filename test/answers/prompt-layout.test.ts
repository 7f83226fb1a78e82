import { describe, expect, it } from 'vitest';
import { fitBefore, headingPlacer, listPage, safeShown, shownTail } from '../../src/answers/prompt-layout.js';
import { displayWidth } from '../../src/text/wrap.js';

// What the terminal shows: "? ", the message, and the library's space and tail after it.
const drawn = (message: string, tail: string): string => `? ${message} ${tail}`;
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => displayWidth(l)));

describe('fitBefore: a prompt message wrapped with room for what the prompt library writes after it', () => {
  it.each([
    // [width, message, tail, what is drawn]
    [80, 'Keep its answers in a file of its own?', '(y/N)', '? Keep its answers in a file of its own? (y/N)'],
    [80, 'File (beside the answers file)', '(systems/leisure-centres-booking-and-membership.yaml)', '? File (beside the answers file)\n  (systems/leisure-centres-booking-and-membership.yaml)'],
    // The last word moves down with the tail, rather than the tail going past the edge.
    [60, 'Write the markdown report to a file (for a cabinet or committee paper)?', '(Y/n)', '? Write the markdown report to a file (for a cabinet or\n  committee paper)? (Y/n)'],
    [40, 'Write the markdown report to a file (for a cabinet or committee paper)?', '(Y/n)', '? Write the markdown report to a file\n  (for a cabinet or committee paper)?\n  (Y/n)'],
  ])('at %i columns', (width, message, tail, expected) => {
    const shown = drawn(fitBefore(message, tail, width), tail);
    expect(shown).toBe(expected);
    expect(widest(shown)).toBeLessThan(width);
  });

  it('a tail wider than any line starts a line of its own, at the indent', () => {
    const tail = `(${'a-very-long-file-name-'.repeat(4)}.yaml)`;
    expect(drawn(fitBefore('File name', tail, 60), tail)).toBe(`? File name\n  ${tail}`);
  });

  it('no tail: wrapped as before, for "? " in front', () => {
    expect(fitBefore('Your name or role (the assessor)', undefined, 80)).toBe('Your name or role (the assessor)');
  });
});

describe('shownTail: a default as the input prompt draws it after a message laid out by fitBefore', () => {
  const reason = '(The Local Enterprise Partnership closed in 2024 and its role moved to the combined authority, which is covered under share-partners.)';

  it('one that follows the message on its line is drawn as it is', () => {
    expect(shownTail('(systems/leisure-centres-booking-and-membership.yaml)', 80)).toBe('(systems/leisure-centres-booking-and-membership.yaml)');
  });

  it.each([80, 60, 40])('one too long for a line of its own is wrapped between words at the indent, at %i columns', (width) => {
    const shown = drawn(fitBefore('Why does "Does the council work with local business bodies on cyber threats to the local economy?" not apply?', reason, width), shownTail(reason, width));
    expect(widest(shown)).toBeLessThan(width);
    // Every word whole, in order, each later line of the default at the indent.
    const below = shown.slice(shown.indexOf('\n  (') + 1).split('\n');
    expect(below.every((l) => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
    expect(below.map((l) => l.trim()).join(' ')).toBe(reason);
  });

  it("is what every text prompt's default is drawn as (a reason, a note, a text answer, a justification)", () => {
    const plain = (_format: string, text: string): string => text;
    const { defaultAnswer } = safeShown(plain, () => 80).theme.style;
    expect(defaultAnswer(reason.slice(1, -1))).toBe('(The Local Enterprise Partnership closed in 2024 and its role moved to the\n  combined authority, which is covered under share-partners.)');
  });
});

describe('listPage: how many lines of choices a list shows at once', () => {
  it('as many as it may on a terminal tall enough, or one that does not say its height', () => {
    expect(listPage(24, 8, 12)).toBe(12);
    expect(listPage(undefined, 8, 12)).toBe(12);
  });

  it('fewer on a short terminal, so that the lines around the list fit with it, one line spare', () => {
    // 5 lines above and under the list, on 12 rows: 6 lines of choices make 11.
    expect(listPage(12, 5, 12)).toBe(6);
  });

  it('never fewer than three, however short the terminal', () => {
    expect(listPage(12, 10, 12)).toBe(3);
    expect(listPage(12, 10, 14)).toBe(3);
  });
});

describe('headingPlacer: where a prompt\'s progress line and help go', () => {
  const placer = (rows: number) => {
    const written: string[] = [];
    return { place: headingPlacer(() => rows, (text) => written.push(text)), written };
  };
  const head = { top: 'Question 1 of 3', help: 'Some help\non two lines' };

  it('both in the prompt when it fits; the help written once above when only the top fits with the prompt', () => {
    const tall = placer(24);
    expect(tall.place(head, 10)).toBe('Question 1 of 3\nSome help\non two lines\n');
    expect(tall.written).toEqual([]);
    const short = placer(12);
    expect(short.place(head, 10)).toBe('Question 1 of 3\n');
    expect(short.place(head, 10)).toBe('Question 1 of 3\n');
    expect(short.written).toEqual(['Some help\non two lines\n']);
  });

  it('the top written once above too, after the help, when even the top does not fit with the prompt', () => {
    const short = placer(12);
    expect(short.place(head, 11)).toBe('');
    // Asked again (a checkbox ticked again), nothing more is written: the top is still just above.
    expect(short.place(head, 11)).toBe('');
    expect(short.written).toEqual(['Some help\non two lines\nQuestion 1 of 3\n']);
  });

  it('asked again after a stop, placed afresh for the window then: in the prompt once it fits again', () => {
    let rows = 12;
    let stops = 0;
    const written: string[] = [];
    const place = headingPlacer(() => rows, (text) => written.push(text), () => stops);
    expect(place(head, 10)).toBe('Question 1 of 3\n');
    // Stopped, the window made taller, carried on. Was: the help, once written above, was left out
    // for good, behind the shell's lines, however tall the window grew.
    rows = 30;
    stops++;
    expect(place(head, 10)).toBe('Question 1 of 3\nSome help\non two lines\n');
    // Stopped again in a short window: written above again, below the shell's lines.
    rows = 12;
    stops++;
    expect(place(head, 10)).toBe('Question 1 of 3\n');
    expect(written).toEqual(['Some help\non two lines\n', 'Some help\non two lines\n']);
  });
});
