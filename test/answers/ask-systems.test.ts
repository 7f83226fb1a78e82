import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askSystems } from '../../src/answers/ask-systems.js';
import { systemIdOf, uniqueId } from '../../src/answers/system-id.js';
import type { SessionPrompter } from '../../src/answers/prompter-types.js';
import type { NewSystemEntry } from '../../src/answers/edit-systems-text.js';
import { AnswersDocument } from '../../src/answers/save-answers.js';
import { AnswerFiles } from '../../src/cli/answer-files.js';
import { CommandContext } from '../../src/cli/context.js';
import type { Io } from '../../src/cli/io.js';
import { repoRoot } from '../helpers/cli.js';
import { loadQuestionnaireText } from '../helpers/load.js';

describe("a system's id from its name", () => {
  it.each([
    ['Social care case management', 'social-care-case-management'],
    ['Revenues & Benefits', 'revenues-and-benefits'],
    ['  Café bookings (libraries)  ', 'cafe-bookings-libraries'],
    ['CCTV / ANPR', 'cctv-anpr'],
    ['Electoral Management System for the whole district council area', 'electoral-management-system'],
    // Cut between words, a joining word left at the end goes too.
    ['Waste collection, street cleansing and fleet management', 'waste-collection-street-cleansing'],
    ['!!!', ''],
  ])('%s → %s', (name, id) => {
    expect(systemIdOf(name)).toBe(id);
    if (id) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is made unique with a number', () => {
    expect(uniqueId('parking', new Set(['waste']))).toBe('parking');
    expect(uniqueId('parking', new Set(['parking', 'parking-2']))).toBe('parking-3');
  });
});

describe("where a new system's own file may go", () => {
  it('is refused outside the folder, over an existing file or link, under a file, through a link out (dangling or not), or without .yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-sysfile-'));
    writeFileSync(join(dir, 'taken.yaml'), '');
    writeFileSync(join(dir, 'plain'), '');
    mkdirSync(join(dir, 'systems'));
    const outside = mkdtempSync(join(tmpdir(), 'cyber-ready-outside-'));
    symlinkSync(outside, join(dir, 'out'));
    const sys = loadQuestionnaireText(readFileSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), 'utf8')).questionnaire;
    const ctx = new CommandContext({ cwd: dir } as Io, {});
    const files = new AnswerFiles(ctx, sys, 'answers.yaml', AnswersDocument.parse('questionnaire: sys\n', sys.questions.values()));
    expect(files.fileProblem('systems/waste.yaml')).toBeUndefined();
    expect(files.fileProblem('../waste.yaml')).toMatch(/must stay under the answers file's folder/);
    expect(files.fileProblem('/tmp/waste.yaml')).toMatch(/not an absolute one/);
    expect(files.fileProblem('taken.yaml')).toBe('a file of that name exists already; choose another name');
    expect(files.fileProblem('plain/waste.yaml')).toBe('plain is a file, not a folder');
    expect(files.fileProblem('out/waste.yaml')).toBe("it leads outside the answers file's folder through a link");
    expect(files.fileProblem('systems/waste.txt')).toBe('give it a name ending in .yaml');
    // Read alike on Windows and Linux: a folder in another case than on disk, a backslash, a trailing dot.
    expect(files.fileProblem('Systems/waste.yaml')).toBe('the folder is spelt systems on disk; write it so, since Linux, and so CI, takes the two for different folders');
    expect(files.fileProblem('systems\\waste.yaml')).toMatch(/^uses "\\" between folders.*write "systems\/waste.yaml"/);
    expect(files.fileProblem('systems/waste.yaml.')).toMatch(/ending in a dot/);
    // Dangling links: to a file outside, to a folder outside, and to a file inside not made yet.
    symlinkSync(join(outside, 'payroll.yaml'), join(dir, 'systems/payroll.yaml'));
    symlinkSync(join(outside, 'later'), join(dir, 'later'));
    symlinkSync('../missing.yaml', join(dir, 'systems/inside.yaml'));
    expect(files.fileProblem('systems/payroll.yaml')).toBe("it leads outside the answers file's folder through a link");
    expect(files.fileProblem('later/payroll.yaml')).toBe("it leads outside the answers file's folder through a link");
    expect(files.fileProblem('systems/inside.yaml')).toBe('a link of that name exists already; choose another name');
  });
});

describe('a system named but not yet saved', () => {
  /** askSystems stopped (as by Ctrl-C) at the prompt that starts with `stopAt`; returns what a stop there says is missing. */
  async function stoppedAt(name: string, stopAt: string): Promise<string | undefined> {
    const typed: Record<string, string> = { 'Name of': name, 'Its id': 'social-care', 'Its owner': 'Head of Adult Social Care', File: 'systems/care.yaml' };
    const reply = (message: string): string => {
      if (message.startsWith(stopAt)) throw Object.assign(new Error('stopped'), { name: 'ExitPromptError' });
      return Object.entries(typed).find(([start]) => message.startsWith(start))?.[1] ?? '';
    };
    const prompter = { input: async (message: string) => reply(message), confirm: async (message: string) => reply(message) === '' } as unknown as SessionPrompter;
    let pending: { name: string; missing: string } | undefined;
    await expect(
      askSystems({ prompter, label: 'critical system', taken: new Set(), listed: [], required: true, fileProblem: () => undefined, say: () => undefined, add: async () => undefined, naming: (p) => void (pending = p) }),
    ).rejects.toThrow('stopped');
    return pending === undefined ? undefined : `"${pending.name}" is not saved: the walk stopped before ${pending.missing}`;
  }

  it.each([
    ['Social care', 'Name of', undefined],
    ['Соцзащита', 'Its id', '"Соцзащита" is not saved: the walk stopped before its id, owner and file were given'],
    // The id is typed by now: it is not named as still to come.
    ['Соцзащита', 'Its owner', '"Соцзащита" is not saved: the walk stopped before its owner and file were given'],
    ['Social care', 'Its owner', '"Social care" is not saved: the walk stopped before its owner and file were given'],
    // The owner is given by now: the stop says only what is still to come.
    ['Social care', 'Keep its answers', '"Social care" is not saved: the walk stopped before its file was chosen'],
    ['Social care', 'File', '"Social care" is not saved: the walk stopped before its file was chosen'],
  ])('%s, stopped at "%s…": %s', async (name, stopAt, said) => {
    expect(await stoppedAt(name, stopAt)).toBe(said);
  });
});

describe('"<" while naming a system', () => {
  /** askSystems given `replies` in turn; returns the prompts asked (with their defaults) and the systems added. */
  async function walk(replies: string[]): Promise<{ asked: string[]; added: NewSystemEntry[] }> {
    const asked: string[] = [];
    const added: NewSystemEntry[] = [];
    const next = (message: string, shown: string): string => {
      asked.push(shown);
      const reply = replies.shift();
      if (reply === undefined) throw new Error(`no reply left for "${message}"`);
      return reply;
    };
    const prompter = {
      input: async (message: string, defaultValue?: string) => {
        const typed = next(message, `${message}${defaultValue !== undefined ? ` [${defaultValue}]` : ''}`);
        return typed === '' ? (defaultValue ?? '') : typed;
      },
      confirm: async (message: string, defaultValue: boolean) => {
        const typed = next(message, `${message} [${defaultValue ? 'y' : 'n'}]`);
        return typed === '' ? defaultValue : typed === 'y';
      },
    } as unknown as SessionPrompter;
    await askSystems({ prompter, label: 'critical system', taken: new Set(), listed: [], required: true, fileProblem: () => undefined, say: () => undefined, add: async (entry) => void added.push(entry) });
    return { asked, added };
  }

  it('goes back from the owner to the name, and from the file to the owner, what was typed offered again', async () => {
    const { asked, added } = await walk(['Revenues', '<', 'Parking', 'Head of Parking', 'y', '<', '', '', 'systems/car-parks.yaml', '']);
    expect(asked).toEqual([
      'Name of critical system 1',
      'Its owner (optional; < back)',
      'Name of critical system 1 [Revenues]',
      'Its owner (optional; < back)',
      'Keep its answers in a file of its own? [n]',
      'File (beside the answers file; < back) [systems/parking.yaml]',
      'Its owner (optional; < back) [Head of Parking]',
      'Keep its answers in a file of its own? [y]',
      'File (beside the answers file; < back) [systems/parking.yaml]',
      'Name of critical system 2 (Enter if no more)',
    ]);
    // Never "owner: <".
    expect(added).toEqual([{ id: 'parking', title: 'Parking', owner: 'Head of Parking', file: 'systems/car-parks.yaml' }]);
  });

  it('goes back from the owner to a typed id, and from the id to the name', async () => {
    const { asked, added } = await walk(['Соцзащита', 'sots', '<', '<', '', '', 'Head of Social Care', '', '']);
    expect(asked).toEqual([
      'Name of critical system 1',
      'Its id (for example social-care; < back)',
      'Its owner (optional; < back)',
      'Its id (for example social-care; < back) [sots]',
      'Name of critical system 1 [Соцзащита]',
      'Its id (for example social-care; < back) [sots]',
      'Its owner (optional; < back)',
      'Keep its answers in a file of its own? [n]',
      'Name of critical system 2 (Enter if no more)',
    ]);
    expect(added).toEqual([{ id: 'sots', title: 'Соцзащита', owner: 'Head of Social Care' }]);
  });
});

describe('an empty name where one is needed', () => {
  /** What askSystems says when the first name is left empty, for a questionnaire's label. */
  async function saidFor(label: string): Promise<string[]> {
    const replies = ['', 'North', '', 'n', ''];
    const said: string[] = [];
    const prompter = {
      input: async () => replies.shift() ?? '',
      confirm: async () => replies.shift() === 'y',
    } as unknown as SessionPrompter;
    await askSystems({ prompter, label, taken: new Set(), listed: [], required: true, fileProblem: () => undefined, say: (line) => void said.push(line), add: async () => undefined });
    return said.filter((line) => line.startsWith('At least one'));
  }

  it("gives the CAF's example for a critical system, and none that reads as real data for another label", async () => {
    expect(await saidFor('critical system')).toEqual(['At least one critical system is needed. Type its name, for example "Revenues and benefits".']);
    // Revenues and benefits is not a depot site.
    expect(await saidFor('depot site')).toEqual(['At least one depot site is needed. Type the name of the first.']);
  });
});
