import { describe, expect, it } from 'vitest';
import { stopWords, type StopState } from '../../src/cli/stop-words.js';
import { fitCommand } from '../../src/text/fit-command.js';

const base: StopState = { files: ['a.yaml'], lost: [], found: 'file', wrote: true, held: 2, failing: false, complete: false, declined: false, unsaved: '', unconfirmed: '', naming: false };
const CMD = 'cyber-ready assess --answers a.yaml';

// What a stop says of the files, for each thing a stop can find on disk: only what is so.
describe('stopWords', () => {
  it.each([
    ['nothing there yet', { found: 'nothing' }, 'Stopped. Nothing was saved.', undefined],
    ['something else in its place', { found: 'other' }, 'Stopped. a.yaml is no longer a file (something else is in its place), so no answer is saved in it.', undefined],
    ['a file this run never wrote (a stop at "Carry on with them?")', { wrote: false }, 'Stopped. Nothing new was saved: a.yaml is unchanged. Carry on with:', CMD],
    ['the same, with a system in a file of its own', { wrote: false, files: ['a.yaml', 'systems/b.yaml'] }, 'Stopped. Nothing new was saved: a.yaml and systems/b.yaml are unchanged. Carry on with:', CMD],
    ['a new file with its organisation only', { held: 0 }, 'Stopped. a.yaml is saved, with no answers yet. Carry on with:', CMD],
    ['answers saved', {}, 'Stopped. Your answers so far are saved in a.yaml. Carry on with:', CMD],
    ['a stop at "Save again?"', { failing: true }, 'Stopped. Your earlier answers are saved in a.yaml. Carry on with:', CMD],
    ['"Save again?" answered no, with nothing saved before', { failing: true, declined: true, wrote: false }, 'Stopped. Nothing new was saved: a.yaml is unchanged. Once writing works again, carry on with:', CMD],
    ['a system\'s own file no longer a file', { failing: true, declined: true, lost: ['systems/b.yaml'] }, 'Stopped. Your earlier answers are saved in a.yaml. systems/b.yaml is no longer a file, so no answer is saved in it. Once writing works again, carry on with:', CMD],
    ['two, with nothing new saved', { wrote: false, lost: ['systems/b.yaml', 'systems/c.yaml'] }, 'Stopped. Nothing new was saved: a.yaml is unchanged. systems/b.yaml and systems/c.yaml are no longer files, so no answer is saved in them. Carry on with:', CMD],
    ['every question answered', { complete: true }, 'Stopped. Every question is answered: the assessment in a.yaml is complete. For its report:', 'REPORT'],
  ] as const)('%s', (_, change, line, command) => {
    expect(stopWords({ ...base, ...change }, CMD, 'REPORT')).toEqual(command === undefined ? { line } : { line, command });
  });
});

describe('fitCommand apart', () => {
  it('puts the command on a line of its own, with the words leading into it kept together', () => {
    const line = 'Stopped. Your answers so far are saved in cyber-ready-answers.yaml. Carry on with:';
    expect(fitCommand(line, 'cyber-ready assess --answers cyber-ready-answers.yaml', 79, true)).toBe(
      'Stopped. Your answers so far are saved in cyber-ready-answers.yaml.\n  Carry on with:\n  cyber-ready assess --answers cyber-ready-answers.yaml',
    );
    // Not apart, a command that fits goes after the prose, as before.
    expect(fitCommand('Saved a.yaml. Ask it again with:', CMD, 79)).toBe(`Saved a.yaml. Ask it again with: ${CMD}`);
    expect(fitCommand('Saved a.yaml. Ask it again with:', CMD, 79, true)).toBe(`Saved a.yaml. Ask it again with:\n  ${CMD}`);
  });
});
