import { kindOf } from '../questionnaire/kinds/index.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { conditionQuestions } from '../scoring/conditions.js';
import { safeLine } from '../text/safe-text.js';

export interface TemplateOptions {
  /** Path to answers.schema.json as the editor should see it from the template's folder. */
  schemaRef: string;
  today: string;
  toolVersion: string;
}

const comment = (text: string): string => `# ${safeLine(text)}`;
// Body lines are the kind's own YAML; only text that came from the questionnaire (in comments) needs care.
const safeCommentLine = (line: string): string => safeLine(line);

/**
 * An answers template: every question as an empty entry (empty means not answered yet, so the
 * template validates as it is), with its text, options and conditions in comments above it.
 */
export function renderAnswersTemplate(questionnaire: Questionnaire, options: TemplateOptions): string {
  const q = questionnaire;
  const out = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    comment(`Answers to "${q.title}" (${q.id} ${q.version}), made by cyber-ready ${options.toolVersion}.`),
    '# Write each answer after its question id; leave it empty until you know.',
    '# "Don\'t know": { status: unknown }. Not applicable, where the question allows it:',
    '# { status: not-applicable, reason: ... }. Long form, with evidence and a review date:',
    '# { value: ..., note: ..., evidence: [...], owner: ..., reviewBy: YYYY-MM-DD }',
    '# Check it with: cyber-ready validate FILE. Score it with: cyber-ready assess --answers FILE',
    `questionnaire: ${q.id}`,
    `questionnaireVersion: ${q.version}`,
    'organisation: ""',
    'assessor: ""',
    `assessedOn: ${options.today}`,
    'answers:',
  ];
  q.sections.forEach((section, s) => {
    out.push('', `  ${comment(`${s + 1}. ${section.title}`)}`);
    for (const question of section.questions) {
      const facts = [question.type, question.scored ? question.severity : 'not scored'];
      if (question.allowNotApplicable) facts.push('may be not applicable');
      if (question.blocking) facts.push('automatic fail');
      out.push('', `  ${comment(`${question.text} (${facts.join(', ')})`)}`);
      if (question.when) out.push(`  ${comment(`Only asked depending on the answer to ${conditionQuestions(question.when).join(' and ')}.`)}`);
      const { hints, body } = kindOf(question).template(question);
      for (const hint of hints) out.push(`  ${comment(hint)}`);
      if (question.evidence) out.push(`  ${comment(`Evidence: ${question.evidence}`)}`);
      out.push(`  ${question.id}:`, ...body.map(safeCommentLine));
    }
  });
  out.push('', '# Waivers accept a gap as a known risk until a date (it still counts in the score):', 'waivers: []', '# - question: QUESTION-ID', '#   reason: Why the risk is accepted for now', '#   approvedBy: Who approved it', '#   expires: YYYY-MM-DD', '');
  return out.join('\n');
}
