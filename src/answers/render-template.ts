import { automaticFailWords } from '../questionnaire/automatic-fail-words.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import { yesNoValue, type Condition, type Question, type Questionnaire, type Section } from '../questionnaire/types.js';
import { safeLine } from '../text/safe-text.js';
import { systemSectionsPhrase } from './system-sections.js';
import { exampleSystem } from './example-system.js';
import { keyScalar, textScalar } from '../yaml/yaml-scalar.js';
import { pushAll } from '../text/spread-free.js';

export interface TemplateOptions {
  /** Path to answers.schema.json as the editor should see it from the template's folder. */
  schemaRef: string;
  today: string;
  toolVersion: string;
  /**
   * How the commands in the template's comments name the questionnaire (`-q FILE`), for one of the
   * user's own, which is not found by its id alone; none for a bundled one.
   */
  questionnaireArg?: string;
}

const comment = (text: string): string => `# ${safeLine(text)}`;
// Body lines are the kind's own YAML; only text that came from the questionnaire (in comments) needs care.
const safeCommentLine = (line: string): string => safeLine(line);

/**
 * A condition as the values to write in this file (`cards is yes`), so whoever fills it in by hand
 * knows whether to answer: "depending on the answer to cards" did not say which answer, and an
 * answer to a question that does not apply is ignored. A group inside another is bracketed, as in
 * `show`.
 */
function conditionInWords(c: Condition, questionnaire: Questionnaire, nested = false): string {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const words = parts.map((part) => conditionInWords(part, questionnaire, true)).join('all' in c ? ' and ' : ' or ');
    return nested && parts.length > 1 ? `(${words})` : words;
  }
  const values = (c.in ?? c.notIn ?? []).map((v) => String(yesNoValue(v)));
  const many = values.length > 1;
  // A list answer (multi): the condition asks what it includes, as `show` words it.
  const target = questionnaire.questions.get(c.question);
  if (target && kindOf(target).conditionVerb === 'includes') {
    return `${c.question} ${c.in ? `includes ${many ? 'one of ' : ''}` : many ? 'includes none of ' : 'does not include '}${values.join(', ')}`;
  }
  return `${c.question} is ${c.in ? (many ? 'one of ' : '') : many ? 'none of ' : 'not '}${values.join(', ')}`;
}

/** One question's entry with its comments, its key at `pad` (an outcome's body lines are written for pad "  "). */
function questionLines(question: Question, questionnaire: Questionnaire, pad: string): string[] {
  const out: string[] = [];
  const facts = [question.type, question.scored ? question.severity : 'not scored'];
  if (question.allowNotApplicable) facts.push('may be not applicable');
  if (question.blocking) facts.push('automatic fail');
  out.push('', `${pad}${comment(`${question.text} (${facts.join(', ')})`)}`);
  if (question.when) out.push(`${pad}${comment(`Asked only when ${conditionInWords(question.when, questionnaire)}.`)}`);
  const { hints, body } = kindOf(question).template(question);
  for (const hint of hints) out.push(`${pad}${comment(hint)}`);
  // Which answers avoid the automatic fail, in the words the walk uses, beside the options they name.
  const automaticFail = automaticFailWords(question, questionnaire);
  if (automaticFail) out.push(`${pad}${comment(automaticFail)}`);
  if (question.evidence) out.push(`${pad}${comment(`Evidence: ${question.evidence}`)}`);
  const deeper = pad.slice(2);
  pushAll(out, [`${pad}${keyScalar(question.id)}:`, ...body.map((line) => `${deeper}${safeCommentLine(line)}`)]);
  return out;
}

/** Sections (numbered as in the questionnaire) of one scope, each with its questions, keys at `pad`. */
function sectionLines(questionnaire: Questionnaire, scope: Section['scope'], pad: string): string[] {
  const out: string[] = [];
  questionnaire.sections.forEach((section, s) => {
    if (section.scope !== scope) return;
    out.push('', `${pad}${comment(`${s + 1}. ${section.title}`)}`);
    for (const question of section.questions) pushAll(out, questionLines(question, questionnaire, pad));
  });
  return out;
}

/**
 * The `systems:` part of a template for a questionnaire with system sections: how to list systems
 * (inline, or each in a file of its own), and one example system, commented out, whose `answers:`
 * list the system-scoped questions. Uncommented (remove "# " at the third column) and filled in, it
 * validates.
 */
function systemLines(questionnaire: Questionnaire): string[] {
  const label = questionnaire.systemLabel;
  const system = exampleSystem(label);
  const example = [
    `  - id: ${system.id}`,
    `    title: ${safeLine(textScalar(system.title))}`,
    `    owner: ${safeLine(textScalar(system.owner))}`,
    '    answers:',
    ...sectionLines(questionnaire, 'system', '      '),
  ];
  return [
    '',
    comment(`${systemSectionsPhrase(questionnaire)} answered once for each ${label}.`),
    comment(`List each ${label} under "systems:": copy the example below once for each, remove the "# "`),
    comment('at the start of its lines, and give it its own id (lower case, words joined by hyphens),'),
    comment('title, owner and answers. At least one is needed.'),
    comment(`To keep a ${label}'s answers in a file of its own (for its owner to keep), give its entry`),
    comment('"file: systems/ID.yaml" in place of "answers:", and start that file with this file\'s'),
    comment('"questionnaire:" and "questionnaireVersion:" lines and "system: ID", then its "answers:".'),
    'systems:',
    ...example.map((line) => (line === '' ? '  #' : `  # ${line.slice(2)}`)),
  ];
}

/**
 * An answers template: every question as an empty entry (empty means not answered yet, so the
 * template validates as it is), with its text, options and conditions in comments above it. A
 * questionnaire with system sections gets its organisation questions under `answers:` and a
 * commented example system under `systems:` (which needs filling in before the file validates).
 */
export function renderAnswersTemplate(questionnaire: Questionnaire, options: TemplateOptions): string {
  const q = questionnaire;
  const given = options.questionnaireArg !== undefined ? ` ${options.questionnaireArg}` : '';
  const out = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    comment(`Answers to "${q.title}" (${q.id} ${q.version}), made by cyber-ready ${options.toolVersion}.`),
    '# Write each answer after its question id; leave it empty until you know.',
    '# "Don\'t know": { status: unknown }. Not applicable, where the question allows it:',
    '# { status: not-applicable, reason: ... }. Long form, with evidence and a review date:',
    '# { value: ..., note: ..., evidence: [...], owner: ..., reviewBy: YYYY-MM-DD }',
    comment(`Check it with: cyber-ready validate${given} FILE. Score it with: cyber-ready assess${given} --answers FILE`),
    `questionnaire: ${q.id}`,
    `questionnaireVersion: ${q.version}`,
    'organisation: ""',
    'assessor: ""',
    `assessedOn: ${options.today}`,
    'answers:',
    ...sectionLines(q, 'organisation', '  '),
    ...(q.systemScoped ? systemLines(q) : []),
  ];
  // The example sits under "waivers:", commented at the list's own depth, as the example system
  // does: removing "# " gives a waiver in place. Under "waivers: []" it gave a YAML error instead.
  pushAll(out, [
    '',
    '# Waivers accept a gap as a known risk until a date (it still counts in the score).',
    '# To add one, copy the example below, remove the "# " at the start of its lines and fill it in.',
    'waivers:',
    '  # - question: QUESTION-ID',
    ...(q.systemScoped ? [`  #   system: ID (for a question answered per ${safeLine(q.systemLabel)})`] : []),
    '  #   reason: Why the risk is accepted for now',
    '  #   approvedBy: Who approved it',
    '  #   expires: YYYY-MM-DD',
    '',
  ]);
  return out.join('\n');
}
