// The Word paper's appendix (docx.ts writes the rest): the questions a reader checks (don't know,
// unanswered, not applicable, past review, expired waivers), the profiles not met, and the scores by
// framework, in the order, headings and words of the markdown and HTML papers (appendix-words.ts).
import { type Paragraph, type Table } from 'docx';
import { appendixIsEmpty, FRAMEWORK_SCORES, type BoardPaper } from './board-paper.js';
import { bullet, heading, para, table } from './docx-blocks.js';
import { asSentence } from './outcome-view.js';
import { mergedAppendix } from './board-paper-merge.js';
import { NOT_NAMED } from './board-paper-words.js';
import { countNoun } from '../text/plural-noun.js';
import { CONTRADICTIONS, EXPIRED_WAIVERS, NOT_APPLICABLE, PROFILES, STALE, unansweredPart, UNKNOWN_INDICATORS, UNKNOWNS, type AppendixPart } from './appendix-words.js';
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

/** The appendix: what a reader checks, then profiles, then frameworks; none when it would be empty. */
export function appendix(p: BoardPaper): Block[] {
  const a = mergedAppendix(p.appendix, p.systems);
  // An empty appendix would be a page with a heading alone.
  if (appendixIsEmpty(a)) return [];
  const out: Block[] = [heading('Appendix', 1, { pageBreakBefore: true })];
  // The same order, headings and words as the markdown and HTML papers (appendix-words.ts): what a
  // reader checks, then profiles, then frameworks.
  const indicators = (xs: typeof a.contradictions): Paragraph[] => xs.map((x) => bullet(`${x.lead} ${x.indicators.map((i) => `${i.id} ${asSentence(i.text)}`).join(' ')}`));
  pushAll(out, questionList(UNKNOWNS, a.unknowns, 'owner'));
  if (a.unknownIndicators.length) pushAll(out, part(UNKNOWN_INDICATORS, indicators(a.unknownIndicators)));
  if (a.contradictions.length) pushAll(out, part(CONTRADICTIONS, indicators(a.contradictions)));
  pushAll(out, questionList(unansweredPart(a.unanswered.some((u) => u.detail)), a.unanswered));
  pushAll(out, questionList(NOT_APPLICABLE, a.notApplicable));
  pushAll(out, questionList(STALE, a.stale));
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
  return out;
}
