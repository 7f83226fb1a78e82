// The Word paper's appendix (docx.ts writes the rest): the questions a reader checks (don't know,
// confirmed by the assessor, unanswered, not applicable, past review, waivers in force and expired),
// the profiles not met, the scores by framework and what stands behind the answers in place, in the order, headings and words of the markdown and HTML papers (appendix-words.ts).
import { type Paragraph, type Table } from 'docx';
import { appendixIsEmpty, backingExplain, FRAMEWORK_SCORES, waiversExplain, type BackingGroup, type BoardPaper, type ConfirmedOutcome, type CurrentWaiver } from './board-paper.js';
import { bullet, field, fields, heading, para, table } from './docx-blocks.js';
import { asSentence, labelled } from './outcome-view.js';
import { mergedAppendix } from './board-paper-merge.js';
import { NOT_NAMED } from './board-paper-words.js';
import { countNoun } from '../text/plural-noun.js';
import { BACKING_TITLE, CONFIRMED_ABOVE, CONFIRMED_BELOW, CONFIRMED_WITHOUT, CONTRADICTIONS, EXPIRED_WAIVERS, NOT_APPLICABLE, PROFILES, STALE, unansweredPart, UNKNOWN_INDICATORS, UNKNOWNS, WAIVERS_TITLE, weakestPart, type AppendixPart } from './appendix-words.js';
import { scopeName, type SystemsView } from './system-view.js';
import { pushAll } from '../text/spread-free.js';

type Block = Paragraph | Table;

/** A part of the appendix: its heading, what its rows mean, then its rows. */
function part(words: AppendixPart, rows: Paragraph[]): Block[] {
  return [heading(words.title, 2), ...(words.explain ? [para(words.explain, { keepNext: true })] : []), ...rows];
}

/**
 * A list of questions under a heading, left out when it is empty. `label` names the detail where the
 * markdown and HTML papers give it a column of its own ("Owner"): in a list, "(id): Not named" alone
 * did not say what was not named.
 */
function questionList(words: AppendixPart, entries: { question: string; systemTitle: string | null; text: string; detail: string }[], label?: string): Block[] {
  if (!entries.length) return [];
  const detail = (d: string): string => (label ? `; ${label}: ${d === NOT_NAMED ? 'not named' : d}` : `: ${d}`);
  return part(words, entries.map((e) => bullet(`${e.systemTitle ? `${e.systemTitle}: ` : ''}${e.text} (${e.question})${e.detail ? detail(e.detail) : ''}`)));
}

/** Each outcome the assessor confirmed, under a heading of its own: what the indicators say, what was confirmed, why, what is not yet met. */
function confirmed(words: AppendixPart, rows: ConfirmedOutcome[]): Block[] {
  if (!rows.length) return [];
  const out: Block[] = [heading(words.title, 2), para(words.explain, { keepNext: true })];
  for (const x of rows) {
    out.push(heading(`${labelled(x.outcome, x.text)}${x.systemTitle ? ` (${x.systemTitle})` : ''}`, 3));
    out.push(fields([...(x.indicatorsSay ? [['The indicators say', x.indicatorsSay] as [string, string]] : []), ['Confirmed', x.confirmed]], { keepNext: true }));
    out.push(field('Justification', x.justification, { keepNext: x.notMet.length > 0 }));
    if (x.notMet.length) out.push(para('Not yet met:', { keepNext: true }));
    for (const i of x.notMet) out.push(bullet(`${i.id} ${i.text}${i.comment ? ` (comment: ${i.comment})` : ''}`));
  }
  return out;
}

/** The systems level with the weakest and their owners, when the summary names only the first few. */
function weakest(rows: BoardPaper['appendix']['weakest'], view: SystemsView | null): Block[] {
  if (!rows.length || !view) return [];
  const words = weakestPart(view);
  return [heading(words.title, 2), para(words.explain, { keepNext: true }), table(words.title, [{ title: view.column, share: 3 }, { title: 'Owner', share: 3 }], rows.map((r) => [r.title, r.owner ?? NOT_NAMED]))];
}

/** The action leads the question's cell; the tool's note follows the approver's reason on a line of its own, marked "Note:". */
function waivers(rows: CurrentWaiver[], scope: string | null): Block[] {
  if (!rows.length) return [];
  const columns = [{ title: 'Question', share: 2.8 }, ...(scope ? [{ title: scope, share: 2 }] : []), { title: 'Approved by', share: 1.8 }, { title: 'Until', share: 1.7 }, { title: 'Reason', share: 3.8 }];
  const body = rows.map((w) => [`${w.action ? `${w.action}: ` : ''}${w.text} (${w.question})`, ...(scope ? [scopeName(w.systemTitle)] : []), w.approvedBy, w.until, `${w.reason}${w.note ? `\nNote: ${w.note}` : ''}`]);
  return [heading(WAIVERS_TITLE, 2), para(waiversExplain(rows), { keepNext: true }), table(WAIVERS_TITLE, columns, body)];
}

/**
 * A table per scope (the organisation, then each system), as in the markdown and HTML papers. With
 * systems, the system's name is in the first column's heading, which Word repeats on every page the
 * table runs onto: in one header row, as screen readers read Word's tables (a merged row across the
 * table above the column headings was read as the headings).
 * The answer's column is wide enough for "administration" whole (LibreOffice broke it mid-word).
 */
function backing(groups: BackingGroup[], systems: boolean): Block[] {
  if (!groups.length) return [];
  const out: Block[] = [heading(BACKING_TITLE, 2), para(backingExplain(groups), { keepNext: true })];
  const columns = [{ title: 'Question', share: 2.4 }, { title: 'Answer', share: 2 }, { title: 'Evidence', share: 3.2 }, { title: 'Owner and review', share: 2 }, { title: 'Note', share: 2.4 }];
  for (const g of groups) {
    const whose = g.systemTitle ?? 'The organisation';
    if (systems) out.push(heading(whose, 3));
    const named = columns.map((c, i) => (systems && i === 0 ? { ...c, title: `Question (${whose})` } : c));
    out.push(table(systems ? `${BACKING_TITLE}: ${whose}` : BACKING_TITLE, named, g.rows.map((r) => [`${r.text} (${r.question})`, r.answer, r.evidence, r.ownerAndReview, r.note])));
  }
  return out;
}

/** The appendix: what a reader checks, then profiles, then frameworks; none when it would be empty. */
export function appendix(p: BoardPaper): Block[] {
  const a = mergedAppendix(p.appendix, p.systems);
  // An empty appendix would be a page with a heading alone.
  if (appendixIsEmpty(a)) return [];
  const out: Block[] = [heading('Appendix', 1, { pageBreakBefore: true })];
  // The same order, headings and words as the markdown and HTML papers (appendix-words.ts): what a
  // reader checks, then profiles, then frameworks.
  const indicators = (xs: typeof a.contradictions): Paragraph[] => xs.map((x) => bullet(`${x.lead} ${x.indicators.map((i) => `${i.id} ${asSentence(i.text)}`).join(' ')}`));
  pushAll(out, weakest(a.weakest, p.systems));
  pushAll(out, questionList(UNKNOWNS, a.unknowns, 'owner'));
  if (a.unknownIndicators.length) pushAll(out, part(UNKNOWN_INDICATORS, indicators(a.unknownIndicators)));
  if (a.contradictions.length) pushAll(out, part(CONTRADICTIONS, indicators(a.contradictions)));
  pushAll(out, confirmed(CONFIRMED_ABOVE, a.confirmedAbove));
  pushAll(out, confirmed(CONFIRMED_BELOW, a.confirmedBelow));
  pushAll(out, confirmed(CONFIRMED_WITHOUT, a.confirmedWithout));
  pushAll(out, questionList(unansweredPart(a.unanswered.some((u) => u.detail)), a.unanswered));
  pushAll(out, questionList(NOT_APPLICABLE, a.notApplicable));
  pushAll(out, questionList(STALE, a.stale));
  pushAll(out, waivers(a.waivers, p.systems?.column ?? null));
  pushAll(out, questionList(EXPIRED_WAIVERS, a.expiredWaivers));
  if (a.profiles.length) {
    out.push(heading(PROFILES.title, 2), para(PROFILES.explain, { keepNext: true }));
    for (const pr of a.profiles) {
      // A heading, so that Word's navigation pane and a screen reader's list of headings reach each profile.
      out.push(heading(`${pr.title} (${pr.id}): ${pr.passed ? 'met' : 'not met'}, ${pr.met} of ${countNoun(pr.total, 'requirement')} met`, 3));
      for (const u of pr.unmet) out.push(bullet(`${u.systemTitle ? `${u.systemTitle}: ` : ''}${u.text} (${u.question}) — needs "${u.needs}"; answered "${u.answer}"`));
    }
  }
  if (a.frameworks.length) out.push(heading('Scores by framework', 2), para(FRAMEWORK_SCORES, { keepNext: true }));
  for (const fw of a.frameworks) {
    out.push(heading(fw.title, 3));
    out.push(
      table(
        `${fw.title}: scores by ${fw.groupNoun.toLowerCase()}`,
        [
          { title: fw.groupNoun, share: 5 },
          { title: 'Score', share: 1.3, numeric: true },
          { title: 'Questions', share: 1.7, numeric: true },
          { title: 'Gaps', share: 1.2, numeric: true },
        ],
        fw.rows.map((r) => [r.label, r.shownScore, String(r.questions), String(r.gaps)]),
      ),
    );
  }
  pushAll(out, backing(a.backing, p.systems !== null));
  return out;
}
