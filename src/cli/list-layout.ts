import { countNoun } from '../text/plural-noun.js';
import { countWords } from '../questionnaire/question-count.js';
import { safeLine } from '../text/safe-text.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import { largest } from '../text/spread-free.js';

/** One questionnaire as `list` shows it. */
export interface ListedQuestionnaire {
  id: string;
  version: string;
  title: string;
  sections: number;
  questions: number;
  questionsForOrganisation: number;
  questionsPerSystem: number;
  systemLabel: string | null;
  source: string;
}

// A questionnaire answered per system asks its system questions again for each one: "41" promised the CAF's council too few.
// With none for the organisation, the system's alone: "6 per depot site", not "0 + 6 per depot site".
const asked = (r: ListedQuestionnaire): string =>
  r.questionsPerSystem ? `${r.questionsForOrganisation ? `${r.questionsForOrganisation} + ` : ''}${r.questionsPerSystem} per ${r.systemLabel ?? 'system'}` : String(r.questions);

/**
 * `list` as text: a table with the columns ID, VERSION, SECTIONS, QUESTIONS, SOURCE and TITLE. On a
 * terminal too narrow for it (`width`, given only for a terminal), a few lines for each
 * questionnaire instead, wrapped between words: an 80-column terminal broke the table's rows
 * wherever the width fell ("SOUR" / "CE", "bund" / "led"). Scripts reading a pipe keep the table.
 */
export function renderListText(rows: ListedQuestionnaire[], width?: number): string {
  const header = ['ID', 'VERSION', 'SECTIONS', 'QUESTIONS', 'SOURCE', 'TITLE'];
  const table = [header, ...rows.map((r) => [r.id, r.version, String(r.sections), asked(r), r.source, r.title].map(safeLine))];
  const widths = header.map((_, i) => largest(table.map((row) => displayWidth(row[i] ?? ''))));
  const lines = table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))).join('  '));
  if (width === undefined || lines.every((line) => displayWidth(line) <= width)) return `${lines.join('\n')}\n`;
  const blocks = rows.map((r) => {
    const first = wrapText(`${safeLine(r.id)}  ${safeLine(r.version)}  (${safeLine(r.source)})`, { width, hangingIndent: '    ' });
    const title = wrapText(safeLine(r.title), { width, indent: '  ', hangingIndent: '    ' });
    // In the words `validate` uses for the same counts.
    const questions = countWords(r.questionsPerSystem ? r.questionsForOrganisation : r.questions, r.questionsPerSystem, safeLine(r.systemLabel ?? 'system'));
    const counts = wrapText(`${countNoun(r.sections, 'section')}, ${questions}`, { width, indent: '  ', hangingIndent: '    ' });
    return `${first}\n${title}\n${counts}\n`;
  });
  return blocks.join('\n');
}
