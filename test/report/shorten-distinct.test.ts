import { describe, expect, it } from 'vitest';
import { leadInto } from '../../src/report/board-paper-words.js';
import { shortenDistinct } from '../../src/report/shorten-distinct.js';
import { shownPriority } from '../../src/report/shown-priority.js';
import { displayWidth } from '../../src/text/wrap.js';

const OS = 'Over the last three months, was every high-risk or critical update for operating systems and for router and firewall firmware installed on everything in scope within 14 days of its release?';
const APPS = 'Over the last three months, was every high-risk or critical update for applications, including their plug-ins, extensions and add-ons, installed on everything in scope within 14 days of its release?';
const item = (text: string, id: string, room: number, prefix = '') => ({ prefix, text, room, id });

describe('shortenDistinct', () => {
  it('cuts as shorten does when nothing clashes', () => {
    expect(shortenDistinct([item('Is all software in scope licensed?', 'a', 60), item(OS, 'b', 40)])).toEqual(['Is all software in scope licensed?', 'Over the last three months, was every…']);
  });

  it('keeps the words where two cut texts part, within the room', () => {
    const [os, apps] = shortenDistinct([item(OS, 'su-os', 76), item(APPS, 'su-apps', 76)]);
    expect(os).toBe('Over the last three months, was every … update for operating systems and…');
    expect(apps).toMatch(/^Over the last three months, was every … update for applications/);
    for (const l of [os, apps]) expect(displayWidth(l ?? '')).toBeLessThanOrEqual(76);
  });

  it('names the ids when the texts are the same, and leaves lines of different systems alone', () => {
    expect(shortenDistinct([item('Is it patched?', 'q-1', 30), item('Is it patched?', 'q-2', 30)])).toEqual(['Is it patched? [q-1]', 'Is it patched? [q-2]']);
    expect(shortenDistinct([item(OS, 'x', 30, 'Waste: '), item(OS, 'x', 30, 'Care: ')])).toEqual(['Over the last three months…', 'Over the last three months…']);
  });
});

describe('shownPriority', () => {
  it.each([
    [3, '3'],
    [2.456, '2.46'],
    [0.005, '0.01'],
    [0.002, '0.002'],
    [0.0020000000000000018, '0.002'],
    [0.00123, '0.0012'],
    [4e-7, '0.0000004'],
    [0, '0'],
  ])('%s shows as %s', (priority, shown) => expect(shownPriority(priority)).toBe(shown));
});

describe('leadInto', () => {
  it.each([
    ['B5.c Backups: it holds.', 'B5.c Backups: it holds:'],
    ['Needs a list:', 'Needs a list:'],
    ['No stop', 'No stop:'],
    ['Is it tested?', 'Is it tested? —'],
    ['Wait… ', 'Wait… —'],
  ])('%s leads in as %s', (text, lead) => expect(leadInto(text)).toBe(lead));
});
