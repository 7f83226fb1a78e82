import { namedQuestionnaire } from '../answers/load-answers.js';
import { InputError, errorAt } from '../errors.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';

/**
 * The walk saves to cyber-ready-answers.yaml (or --save FILE). When that file already holds
 * answers to another questionnaire than the one -q names (a council that did its resilience
 * assessment in this folder, now starting Cyber Essentials), carrying on with it cannot work and
 * starting afresh would replace it, so "Carry on with them?" ended in exit 2 whichever was
 * answered. Refused at once, at the file's `questionnaire:` line, saying what works.
 */
export async function refuseOtherQuestionnaire(parsed: ParsedYaml, wanted: Questionnaire, foundById: (id: string) => Promise<boolean>): Promise<void> {
  const named = namedQuestionnaire(parsed);
  if (named === undefined || named === wanted.id) return;
  // Leaving out -q finds the file's questionnaire only when it is bundled or in a folder looked in;
  // a questionnaire of the council's own is named by its file, as the command printed at a stop does.
  const carryOn = (await foundById(named)) ? 'leave out -q to carry on with these' : `to carry on with these, pass -q FILE naming the file of the questionnaire "${named}", which is neither bundled nor in a questionnaire folder`;
  throw new InputError([
    errorAt(
      parsed.file,
      `this file holds answers to "${named}", not "${wanted.id}"; to answer ${wanted.id}, pass --save FILE with a new file name (such as --save ${wanted.id}.yaml), or ${carryOn}`,
      parsed.positions.of('/questionnaire'),
      '/questionnaire',
    ),
  ]);
}
