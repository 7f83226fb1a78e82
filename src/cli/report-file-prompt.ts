import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SessionPrompter } from '../answers/prompter-types.js';
import { InputError, errorAt } from '../errors.js';
import { backslashProblem } from '../text/portable-path.js';
import { safeLine } from '../text/safe-text.js';
import { isBackWord } from '../answers/special-words.js';
import type { CommandContext } from './context.js';
import { checkOutputsEarly, writeOutputs } from './write-output.js';

const OFFER = 'Write the markdown report to a file (for a cabinet or committee paper)?';
const DEFAULT_FILE = 'cyber-ready-report.md';
/** Typed at the file name, as at the walk's other typed prompts: back to the offer, where No ends without a report. */
const BACK = '<';

/**
 * The end of a walk: the offer of the markdown report as a file, its name, and the write. A name
 * that cannot be written is refused with its reason and asked again, with the default offered
 * again. Returns the file written, or undefined when the person says no.
 */
export async function offerReportFile(ctx: CommandContext, answersFile: string, prompter: SessionPrompter, render: () => Promise<string>, say: (line: string) => void, plain = false): Promise<string | undefined> {
  const { io } = ctx;
  // The plain prompts offer back by name and take the word, as their other prompts do (special-words.ts).
  const back = plain ? { hint: 'or type back', is: isBackWord } : { hint: `${BACK} back`, is: (typed: string) => typed.trim() === BACK };
  while (await prompter.confirm(OFFER, true)) {
    for (;;) {
      const file = await prompter.input(`File name (${back.hint})`, DEFAULT_FILE, true, back.is);
      if (back.is(file)) break;
      try {
        // `reports\board.md`, as typed on Windows: on Linux one file of that name, not board.md in
        // reports. Refused as a system's `file:` is; on Windows "\" is the separator and is left be.
        const backslash = io.platform === 'win32' ? undefined : backslashProblem(file);
        if (backslash !== undefined) throw new InputError([errorAt(file, backslash)]);
        // An input of the run (the answers file, a system's file, the questionnaire), a folder or a
        // missing folder is refused before the offer to replace it: answering yes to that offer
        // only led to the refusal.
        checkOutputsEarly(io, [file], { path: resolve(io.cwd, answersFile), display: answersFile, role: 'answers file' }, ctx.inputs);
        if (existsSync(resolve(io.cwd, file)) && !(await prompter.confirm(`${safeLine(file)} exists. Replace it?`, false))) continue;
        await writeOutputs(ctx, [{ target: file, content: await render() }]);
        return file;
      } catch (error) {
        // Said, and asked again, rather than lose the walk.
        if (!(error instanceof InputError)) throw error;
        say(error.message);
      }
    }
  }
  return undefined;
}
