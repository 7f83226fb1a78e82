// "What changed since last time" as a Word paper for an audit committee or cabinet, beside the
// assess board paper (docx.ts) in a committee pack: its page, styles, footer and packing
// (docx-document.ts), built from the same diff and the same shared words (diff-words.ts) as the
// markdown and HTML papers, in their order, so that the three say the same things with the same
// figures. The markdown's title is Word's Title and its headings Word's Heading 1; each table has a
// header row that repeats on every page and a title (its alt text), as the assess paper's tables do.
import { Paragraph } from 'docx';
import type { AssessmentDiff } from '../scoring/diff-assessments.js';
import { curlyQuotes } from '../text/curly-quotes.js';
import { bullet, heading as wordHeading, para as wordPara, run, table as wordTable, wordText, type Column } from './docx-blocks.js';
import { diffListsDocx, heading, para, table, type DiffPart } from './docx-diff-lists.js';
import { packPaper, paperDocument, type Block } from './docx-document.js';
import { withFilesShown } from './diff-file-names.js';
import {
  changedSections,
  changedSystems,
  changeWords,
  delta,
  diffNames,
  diffOrganisation,
  FAIL_LISTS,
  gateFlag,
  judgedWords,
  label,
  producedWords,
  renamedWords,
  sideNote,
  systemNamer,
  systemsListedLine,
  systemUnansweredWords,
  unansweredLines,
  unchangedLine,
  unchangedSystemsLine,
  versionWords,
  type DiffBinaryReporter,
  ratingChangeWords,
  sectionSideWords,
  systemRowWords,
} from './diff-words.js';
import { isolatePlainNamesOf, rightToLeftOf } from './isolate-names.js';
import { questionnaireFrom } from './questionnaire-from.js';

/** The paper's title, as the markdown's heading and the HTML page's title give it. */
const titleOf = (d: AssessmentDiff): string => {
  const organisation = diffOrganisation(d);
  return organisation === null ? `What changed: ${d.questionnaire.title}` : `${organisation}: what changed`;
};

/** What was compared, and on which days: the markdown's first lines under its title. */
function headerPart(d: AssessmentDiff): DiffPart[] {
  const from = `from ${d.old.file} (${sideNote(d, 'old')}) to ${d.new.file} (${sideNote(d, 'new')})`;
  const judged = `${judgedWords(d).charAt(0).toUpperCase()}${judgedWords(d).slice(1)}.`;
  const out: DiffPart[] = [{ kind: 'title', text: titleOf(d) }];
  out.push(para(diffOrganisation(d) === null ? `From ${from.slice('from '.length)}. ${judged}` : `${d.questionnaire.title} (${d.questionnaire.id} ${d.questionnaire.version}), ${from}. ${judged}`));
  const source = questionnaireFrom(d.questionnaire);
  if (source !== null) out.push(para(`Questionnaire read from ${source}.`));
  const versions = versionWords(d);
  if (versions) out.push(para(versions));
  return out;
}

/** The overall change, and what holds it: systems listed, unanswered questions, automatic fails, gates. */
function summaryPart(d: AssessmentDiff): DiffPart[] {
  const out = [para(`, ${ratingChangeWords(d)}.`, { lead: `Overall: ${delta(d.overall)}` })];
  const listed = systemsListedLine(d);
  if (listed) out.push(para(listed));
  const unanswered = unansweredLines(d);
  if (unanswered.length) out.push(para(unanswered.join(' ')));
  // Automatic fails before anything else, as the markdown has them: they move the rating.
  const namer = systemNamer(d);
  for (const [key, one, many, why] of FAIL_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push(para(`${why ? `, ${why}` : ''}:`, { lead: list.length === 1 ? one : many, introduces: true }));
    list.forEach((f, i) => out.push({ kind: 'bullet', text: `${f.text} (${f.question})${f.system === null ? '' : `, ${namer({ id: f.system, title: f.systemTitle })}`}: ${f.answer}`, introduces: i < list.length - 1 }));
  }
  for (const g of d.gates) out.push(para(` (${g.summary}).`, { lead: `Gate ${gateFlag(g)}: ${g.passed ? 'passed' : 'failed'}` }));
  return out;
}

function sectionsPart(d: AssessmentDiff): DiffPart[] {
  const out: DiffPart[] = [];
  const changed = changedSections(d);
  if (changed.length) {
    // A rating is given beside the score where it changed, as in the markdown.
    const columns: Column[] = [{ title: 'Section', share: 4 }, { title: 'Before', share: 2.2 }, { title: 'After', share: 2.2 }, { title: 'Change', share: 1.6, numeric: true }];
    out.push(table('Sections', columns, changed.map((sec) => [sec.title, sectionSideWords(sec.old, sec.oldRating, sec), sectionSideWords(sec.new, sec.newRating, sec), changeWords(sec)])));
  }
  const same = unchangedLine(d);
  if (same) out.push(para(same));
  return out;
}

/** The systems table, with added and removed in words and a system in one file only "not listed" on the other side. */
function systemsPart(d: AssessmentDiff): DiffPart[] {
  const name = systemNamer(d);
  const moved = changedSystems(d);
  const title = label(d, true);
  const out = [heading(title)];
  if (moved.length) {
    const rows = moved.map((x) => {
      const renamed = renamedWords(x);
      const { before, after, change, gaps } = systemRowWords(x);
      return [renamed === null ? name(x) : `${name(x)} (${renamed})`, before, after, change, gaps];
    });
    const columns: Column[] = [{ title: label(d), share: 3.2 }, { title: 'Before', share: 2.1 }, { title: 'After', share: 2.1 }, { title: 'Change', share: 1.3, numeric: true }, { title: 'Gaps', share: 1.3, numeric: true }];
    out.push(table(title, columns, rows));
    // Each system's own unanswered questions, beside the figures they hold down, as the markdown gives them.
    for (const x of moved) {
      const words = systemUnansweredWords(x);
      if (words.length) out.push({ kind: 'bullet', text: `${name(x)}: ${words.join('; ')}` });
    }
  }
  const same = unchangedSystemsLine(d);
  if (same) out.push(para(same));
  return out;
}

/**
 * The parts as Word blocks. A paragraph straight under a table gets space above it, and a list's last
 * item space below it, where Word sets none or a list item's little; the table before the paper's closing line keeps with it, which had a page to itself when the
 * last table ended a page.
 */
function laidOut(parts: DiffPart[]): Block[] {
  return parts.map((part, i) => {
    const spaceAbove = parts[i - 1]?.kind === 'table';
    switch (part.kind) {
      case 'title':
        return new Paragraph({ heading: 'Title', children: [run(part.text)] });
      case 'heading':
        return wordHeading(part.text, 1);
      case 'para':
        return wordPara(part.text, { ...(part.lead === undefined ? {} : { lead: part.lead }), keepNext: part.introduces === true, spaceAbove });
      case 'bullet':
        return bullet(part.text, 0, { keepNext: part.introduces === true, spaceAbove, endsList: parts[i + 1]?.kind !== 'bullet' });
      case 'table':
        return wordTable(part.caption, part.columns, part.rows, { keepWithNext: i === parts.length - 2 });
    }
  });
}

/** The diff as a Word (.docx) paper for a committee. */
export const renderDiffDocx: DiffBinaryReporter = (given, context) => {
  const d = withFilesShown(given, context.paths?.cwd);
  const names = rightToLeftOf(diffNames(d));
  const title = titleOf(d);
  const tool = `${d.tool.name} ${d.tool.version}`;
  const properties = {
    // Word and PDF readers show these in title bars and the document's properties, where a name cannot be marked up.
    title: isolatePlainNamesOf(names, wordText(title), wordText),
    subject: 'Cyber readiness: what changed between two assessments',
    // The council as the paper's author where the files name one, as the assess paper has it without an assessor.
    creator: isolatePlainNamesOf(names, wordText(diffOrganisation(d) ?? tool), wordText),
    lastModifiedBy: wordText(tool),
    description: wordText(`${d.questionnaire.title}, version ${d.questionnaire.version}`),
  };
  const parts = [...headerPart(d), ...summaryPart(d), ...sectionsPart(d), ...(d.systems.length ? systemsPart(d) : []), ...diffListsDocx(d), para(producedWords(d))];
  // The files' names keep their quotes as written, as the assess paper keeps the answers file's: a reader may type them again.
  const asWritten = [d.old.file, d.new.file, questionnaireFrom(d.questionnaire)].filter((f): f is string => f !== null && /["']/.test(f));
  return packPaper(paperDocument(properties, title, laidOut(parts)), { today: d.today, asWritten, names: names.flatMap((n) => [n, curlyQuotes(n)]) });
};
