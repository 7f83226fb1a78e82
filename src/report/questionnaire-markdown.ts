import { splitReference } from '../frameworks/catalog.js';
import { automaticFailWords } from '../questionnaire/automatic-fail-words.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import { requirementOf } from '../scoring/profiles.js';
import { questionCountWords } from '../questionnaire/question-count.js';
import { yesNoValue, type Condition, type Question, type Questionnaire, type Scalar } from '../questionnaire/types.js';
import { cellCodeSpan, codeSpan, escapeCell, escapeInline, escapeParagraphs, safeMarkdown } from '../text/markdown.js';
import { countNoun } from '../text/plural-noun.js';
import { pushAll, largest } from '../text/spread-free.js';
import { tableRule } from '../text/markdown-table.js';

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * A condition in words. A group inside another is put in brackets, and the outermost is not, so
 * the reader never has to know that "and" binds tighter than "or": `a or (b and c)`.
 */
function describeCondition(c: Condition, questionnaire: Questionnaire, numbers: Map<string, string>, nested = false): string {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const words = parts.map((x) => describeCondition(x, questionnaire, numbers, true)).join('all' in c ? ' and ' : ' or ');
    return nested && parts.length > 1 ? `(${words})` : words;
  }
  const target = questionnaire.questions.get(c.question);
  const label = (v: unknown): string => target?.options.find((o) => o.value === String(yesNoValue(v as Scalar)))?.label ?? String(v);
  const values = (c.in ?? c.notIn ?? []).map((v) => `"${escapeInline(label(v))}"`).join(' or ');
  // On paper an id alone sends the reader searching; the question's number says where it is. A
  // checkbox question matches when any listed option is among those ticked.
  const number = numbers.get(c.question);
  const which = number ? `${codeSpan(c.question)} (${number})` : codeSpan(c.question);
  const verb = target && kindOf(target).conditionVerb === 'includes' ? (c.in ? 'includes' : 'does not include') : c.in ? 'is' : 'is not';
  return `${which} ${verb} ${values}`;
}

function referenceText(reference: string, questionnaire: Questionnaire): string {
  const { framework, id } = splitReference(reference);
  const entry = questionnaire.frameworks.find((f) => f.key === framework)?.entries.get(id);
  return entry ? `${codeSpan(reference)} ${escapeInline(entry.title)}` : codeSpan(reference);
}

function questionBlock(q: Question, number: string, questionnaire: Questionnaire, numbers: Map<string, string>): string[] {
  const out = [`### ${number} ${escapeInline(q.text)}`, ''];
  const facts = [codeSpan(q.id), q.type, q.scored ? `severity ${q.severity}` : 'not scored', q.scored && q.weight !== 1 ? `weight ${fmt(q.weight)}` : ''];
  if (q.allowNotApplicable) facts.push('may be answered not applicable');
  out.push(facts.filter(Boolean).join(' · '), '');
  if (q.when) out.push(`Asked only when ${describeCondition(q.when, questionnaire, numbers)}.`, '');
  // Help, evidence and remediation are plain text (only descriptions are markdown), shown as the
  // reports show them: "# Patch weekly" is a sentence, not a heading in the middle of the paper.
  if (q.help) out.push(escapeParagraphs(q.help), '');
  if (q.evidence) out.push(`**Evidence an auditor would accept:** ${escapeParagraphs(q.evidence)}`, '');
  // Which answers avoid the automatic fail, named from the options, so a reader of the printed
  // questionnaire can tell what passes without working it out from the scores.
  const automaticFail = automaticFailWords(q, questionnaire);
  if (automaticFail) {
    const words = escapeInline(automaticFail.replace(/^Automatic fail: /, ''));
    out.push(`**Automatic fail:** ${words} A waiver does not lift it.`, '');
  }
  pushAll(out, kindOf(q).markdown(q));
  if (q.remediation) out.push(`**If this falls short:** ${escapeParagraphs(q.remediation)}`, '');
  if (q.references.length) out.push(`**References:** ${q.references.map((r) => referenceText(r, questionnaire)).join('; ')}`, '');
  return out;
}

/** The questionnaire as markdown, for offline review or printing (`cyber-ready show`). */
export interface QuestionnaireMarkdownOptions {
  /**
   * How a command names this questionnaire (`-q schools-it.yaml`) when it is not bundled: the
   * answers file names it only by id, which finds a bundled questionnaire alone.
   */
  questionnaireArg?: string;
}

export function renderQuestionnaireMarkdown(questionnaire: Questionnaire, options: QuestionnaireMarkdownOptions = {}): string {
  const q = questionnaire;
  const out: string[] = [`# ${escapeInline(q.title)}`, ''];
  out.push(`${codeSpan(q.id)} version ${escapeInline(q.version)} · ${countNoun(q.sections.length, 'section')} · ${escapeInline(questionCountWords(q))}`, '');
  if (q.description) out.push(safeMarkdown(q.description).trim(), '');
  // SPEC "v2: critical systems": say once how the answers are laid out, then at each section.
  const perSystem = q.sections.filter((x) => x.scope === 'system');
  if (perSystem.length) {
    const label = escapeInline(q.systemLabel);
    out.push(
      `**Answered once per ${label}:** ${perSystem.map((x) => escapeInline(x.title)).join('; ')}. ` +
        // With no other section, no word of the organisation's: a reader looked for sections that are not there.
        `${perSystem.length < q.sections.length ? 'The other sections are answered once for the organisation. ' : ''}The answers file lists each ${label} under \`systems:\`.`,
      '',
    );
  }
  if (q.frameworks.length) {
    out.push(`**Frameworks referenced:** ${q.frameworks.map((f) => escapeInline(f.title)).join('; ')}`, '');
  }
  out.push('## Ratings', '', '| Score from | Rating |', tableRule(['narrow', 'wide']));
  // A band that needs some gaps closed says so where its score is: the score alone does not give it.
  for (const r of q.ratings) out.push(`| ${r.min}${r.noGapsOf ? `, with no ${r.noGapsOf.join(' or ')} gap open` : ''} | ${escapeCell(r.label)} |`);
  out.push('');
  for (const p of q.profiles) {
    out.push(`## Profile: ${escapeInline(p.title ?? p.id)}`, '');
    // The heading is the title; `--profile` takes the id, which a reader of the paper cannot guess.
    const given = options.questionnaireArg !== undefined ? ` ${options.questionnaireArg}` : '';
    out.push(`To check an answers file against it: ${codeSpan(`cyber-ready assess${given} --answers FILE --profile ${p.id}`)}.`, '');
    if (p.description) out.push(safeMarkdown(p.description).trim(), '');
    // "At least 14 days" read backwards where fewer days is better: the answer needs what scores as
    // well as this, as assess's profile lines say it.
    out.push('| Question | Needs |', tableRule(['wide', 'text']));
    for (const [id, required] of Object.entries(p.requires)) {
      const question = q.questions.get(id);
      // In the kind's words, as reports say it: a number with its unit ("needs 1 day"), a choice by its option's label.
      const label = question ? requirementOf(question, required).label : String(required);
      const each = question?.scope === 'system' ? `, by each ${escapeCell(q.systemLabel)}` : '';
      // The top option ("Yes", "Achieved") has nothing better to allow; a number always may ("14 days or better").
      const better = question && question.options.length > 0 && requirementOf(question, required).score >= largest(question.options.map((o) => o.score ?? 0)) ? '' : ' or better';
      out.push(`| ${escapeCell(question?.text ?? id)} (${cellCodeSpan(id)}${each}) | ${escapeCell(`${label}${better}`)} |`);
    }
    out.push('');
  }
  const numbers = new Map(q.sections.flatMap((section, s) => section.questions.map((question, i) => [question.id, `${s + 1}.${i + 1}`] as const)));
  // How conditions treat a "don't know" (scoring/conditions.ts), said once: it is not what a reader
  // would guess from "asked only when".
  if ([...q.questions.values()].some((question) => question.when)) {
    out.push(
      '**Questions asked only when:** "don\'t know" matches none of the answers a condition names. A question asked only when an earlier answer is (or includes) one of them is not asked after a "don\'t know"; ' +
        'one asked only when it is not (or does not include) one of them is, so that a risk that cannot be ruled out is still looked at. When the earlier question does not apply, neither does the one that depends on it.',
      '',
    );
  }
  q.sections.forEach((section, s) => {
    out.push(`## ${s + 1}. ${escapeInline(section.title)}`, '');
    // Where some sections are per system, each section says its scope: a reader who turns to one
    // section of the printed questionnaire should not have to find the note at the top.
    const scope = section.scope === 'system' ? ` · answered once per ${escapeInline(q.systemLabel)}` : perSystem.length ? ' · answered once for the organisation' : '';
    out.push(`${codeSpan(section.id)} · weight ${fmt(section.weight)} · ${countNoun(section.questions.length, 'question')}${scope}`, '');
    if (section.description) out.push(safeMarkdown(section.description).trim(), '');
    section.questions.forEach((question, i) => pushAll(out, questionBlock(question, `${s + 1}.${i + 1}`, q, numbers)));
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
