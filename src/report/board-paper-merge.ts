// The board papers' appendix with rows that say the same thing of one question on several critical
// systems merged into one row naming them all. With ten systems the same "don't know" indicator,
// the same past review date and the same profile shortfall were a row each, ten times over, and the
// appendix of a CAF paper ran to 26 A4 pages. The terminal's --detail keeps a line per system.
// Pure: plain text, escaped by each renderer.
import type { Appendix, OutcomeNote, ProfileEntry, QuestionNote } from './board-paper-types.js';
import { listTitles, outcomeNoteWords, plural } from './board-paper-words.js';
import type { SystemsView } from './system-view.js';

type Named = { systemTitle: string | null };

/** Rows with the same key merged, in the order each first appears; organisation rows stay as they are. */
function merge<T extends Named>(rows: T[], key: (row: T) => string, where: (titles: string[]) => string, remake: (row: T, systemTitle: string) => T): T[] {
  const groups = new Map<string, { first: T; titles: string[] }>();
  const out: (T | { first: T; titles: string[] })[] = [];
  for (const row of rows) {
    if (row.systemTitle === null) {
      out.push(row);
      continue;
    }
    const k = key(row);
    const group = groups.get(k);
    if (group) group.titles.push(row.systemTitle);
    else {
      const made = { first: row, titles: [row.systemTitle] };
      groups.set(k, made);
      out.push(made);
    }
  }
  return out.map((x) => ('titles' in x && 'first' in x ? (x.titles.length === 1 ? x.first : remake(x.first, where(x.titles))) : x));
}

/** The appendix as the papers show it: one row per question and what is said of it, naming its systems. */
export function mergedAppendix(ap: Appendix, view: SystemsView | null): Appendix {
  if (!view) return ap;
  const all = view.systems.length;
  const where = (titles: string[]): string =>
    titles.length === all ? (all === 2 ? `Both ${view.plural}` : `All ${plural(all, view.label, view.plural)}`) : listTitles(titles);
  const notes = (rows: QuestionNote[]): QuestionNote[] => merge(rows, (r) => `${r.question}\u0000${r.detail}`, where, (r, systemTitle) => ({ ...r, systemTitle }));
  const outcomes = (rows: OutcomeNote[]): OutcomeNote[] =>
    merge(
      rows,
      (r) => `${r.outcome}\u0000${r.text}\u0000${r.indicators.map((i) => i.id).join(',')}`,
      where,
      (r, systemTitle) => ({ ...r, systemTitle, ...outcomeNoteWords(systemTitle, r.outcome, r.text) }),
    );
  const profiles = ap.profiles.map(
    (p): ProfileEntry => ({
      ...p,
      unmet: merge(p.unmet, (u) => `${u.question}\u0000${u.needs}\u0000${u.answer}`, where, (u, systemTitle) => ({ ...u, systemTitle })),
    }),
  );
  return {
    ...ap,
    profiles,
    unknowns: notes(ap.unknowns),
    unknownIndicators: outcomes(ap.unknownIndicators),
    contradictions: outcomes(ap.contradictions),
    unanswered: notes(ap.unanswered),
    notApplicable: notes(ap.notApplicable),
    stale: notes(ap.stale),
    expiredWaivers: notes(ap.expiredWaivers),
  };
}
