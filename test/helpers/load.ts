import { readFileSync } from 'node:fs';
import { checkAnswers } from '../../src/answers/load-answers.js';
import type { Answers } from '../../src/answers/types.js';
import type { Diagnostic } from '../../src/errors.js';
import { loadCatalog } from '../../src/frameworks/load-catalog.js';
import { checkQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import type { LoadedQuestionnaire } from '../../src/questionnaire/types.js';
import { scoreAssessment, type GateOptions } from '../../src/scoring/score-assessment.js';
import { parseYaml } from '../../src/yaml/load-yaml.js';

export const fixture = (path: string): string => new URL(`../fixtures/${path}`, import.meta.url).pathname;

export function questionnaireFromText(text: string, file = 'q.yaml'): { loaded?: LoadedQuestionnaire; diagnostics: Diagnostic[] } {
  return checkQuestionnaire(parseYaml(text, file), loadCatalog());
}

export function loadQuestionnaireText(text: string, file = 'q.yaml'): LoadedQuestionnaire {
  const { loaded, diagnostics } = questionnaireFromText(text, file);
  if (!loaded) throw new Error(`fixture questionnaire is invalid:\n${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return loaded;
}

export function answersFromText(text: string, loaded: LoadedQuestionnaire, file = 'a.yaml'): { answers?: Answers; diagnostics: Diagnostic[] } {
  return checkAnswers(parseYaml(text, file), loaded);
}

export function loadAnswersText(text: string, loaded: LoadedQuestionnaire, file = 'a.yaml'): Answers {
  const { answers, diagnostics } = answersFromText(text, loaded, file);
  if (!answers) throw new Error(`fixture answers are invalid:\n${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return answers;
}

export const miniText = (): string => readFileSync(fixture('valid/mini.yaml'), 'utf8');
/** Every question of test/fixtures/valid/mini.yaml answered, as lines for `miniWith`. */
export const MINI_ALL_ANSWERED = `owner: partly
budget: yes
notes: none
cards: yes
pci: some
services: [dns, mail]
patch-days: 21
has-ot: no`;
export const miniAnswersText = (): string => readFileSync(fixture('valid/mini.answers.yaml'), 'utf8');

/** Score answers text against questionnaire text, as the CLI would. */
export function assessText(questionnaire: string, answers: string, today = '2026-11-23', gates: GateOptions = {}) {
  const loaded = loadQuestionnaireText(questionnaire);
  return scoreAssessment(loaded.questionnaire, loadAnswersText(answers, loaded), { today, gates, tool: { name: 'cyber-ready', version: 'test' } });
}

/** Replace entries under `answers:` of the mini answers with the given YAML lines. */
export function miniWith(answerLines: string, waivers = ''): string {
  return `questionnaire: mini\nanswers:\n${answerLines.replace(/^/gm, '  ')}\n${waivers}`;
}
