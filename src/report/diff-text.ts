import { Chalk } from 'chalk';
import type { ScoreChange } from '../scoring/diff-assessments.js';
import { safeLine } from '../text/safe-text.js';
import { displayWidth, keepTogether, spacesBack, wrapText } from '../text/wrap.js';
import {
  ANSWER_SCORE_NOTE,
  LISTS,
  newlyStaleNote,
  RISK_LISTS,
  STALE_LISTS,
  staleWords,
  versionWords,
  changedSections,
  sectionRatingChanged,
  changedSystems,
  FAIL_LISTS,
  delta,
  diffOrganisation,
  nameLines,
  label,
  noChangeLine,
  questionName,
  riskWords,
  shownChange,
  sideNote,
  systemsListedLine,
  systemNamer,
  renamedWords,
  systemWords,
  systemUnansweredWords,
  unansweredLines,
  unchangedLine,
  unchangedSystemsLine,
  answerOf,
  gateFlag,
  gateWords,
  judgedWords,
  type DiffReporter,
} from './diff-words.js';
import { pushAll, largest } from '../text/spread-free.js';
import { withFilesShown } from './diff-file-names.js';

/** The diff for a terminal: wrapped to its width, coloured by the direction of each change. */
export const renderDiffText: DiffReporter = (given, context) => {
  const d = withFilesShown(given, context.paths?.cwd);
  const chalk = new Chalk({ level: context.colorLevel });
  // Wrapped to the width between words, as the assessment's text is: a CAF system's line with its two
  // ratings runs past 100 columns. A row's continuation lines start under its figures.
  const width = context.width ?? 100;
  // Parts are kept whole where they fit, two spaces apart; a part that does not fit after the others
  // starts a line of its own under the first, and one wider than a line is wrapped between words.
  const row = (head: string, parts: string[], hanging = ' '.repeat(displayWidth(head))): string => {
    const lines: string[] = [];
    let line = head;
    for (const given of parts) {
      // A label too wide for a line of its own is let go to wrap between its words after all.
      const part = given.split(' ').some((w) => displayWidth(w) > width - displayWidth(hanging)) ? given.replace(/\u00a0/g, ' ') : given;
      const fresh = line === head || line === hanging;
      if (displayWidth(`${line}${fresh ? '' : '  '}${part}`) <= width) line = `${line}${fresh ? '' : '  '}${part}`;
      else {
        if (!fresh) lines.push(line);
        const wrapped = wrapText(part, { width, wholeWords: true, indent: fresh ? line : hanging, hangingIndent: hanging }).split('\n');
        line = wrapped.pop() ?? hanging;
        pushAll(lines, wrapped);
      }
    }
    return [...lines, line].join('\n').replace(/\u00a0/g, ' ');
  };
  // A rating label is kept on one line (joined by no-break spaces until the row is laid out), so a
  // change of rating breaks at its arrow, not inside "Outcomes partly achieved".
  const whole = (label: string): string => s(label).replace(/ /g, '\u00a0');
  // A rating that did not change is said once: "Outcomes partly achieved → Outcomes partly achieved" took a line of its own at 80 columns.
  const ratings = (from: string, to: string): string => (from === to ? `still ${whole(to)}` : `${whole(from)} → ${whole(to)}`);
  const item = (text: string): string => row('  ', [text], '    ');
  // A row headed by a name in a column: the name's first line beside the figures, its later lines in
  // the column of the lines that follow (beside the figures' own continuation, if any).
  const named = (name: string, column: number, parts: string[]): string => {
    const names = nameLines(name, column);
    const head = `  ${names[0] ?? ''}  `;
    const lines = row(head, parts).split('\n');
    const room = displayWidth(head);
    names.slice(1).forEach((n, i) => {
      const at = i + 1;
      lines[at] = `  ${n}  ${at < lines.length ? (lines[at] ?? '').slice(room) : ''}`.trimEnd();
    });
    return lines.join('\n');
  };
  // A name column never takes more than the width leaves for the figures beside it.
  const nameColumn = (names: string[], figures: number): number => Math.min(48, Math.max(12, width - 4 - figures), largest(names.map((n) => displayWidth(n)), 0));
  const s = safeLine;
  // Coloured by the change shown beside it, so "(±0)" is never red or green.
  const colour = (c: ScoreChange | null, text: string): string => {
    const n = c === null ? null : shownChange(c);
    return n === null || n === 0 ? text : n > 0 ? chalk.green(text) : chalk.red(text);
  };
  const name = systemNamer(d);
  const q = `${s(d.questionnaire.title)} (${s(d.questionnaire.id)} ${s(d.questionnaire.version)})`;
  const organisation = diffOrganisation(d);
  // Headed with the council where the files name one, as the board paper is.
  const out = organisation === null ? [chalk.bold(wrapText(`${q}: what changed`, { width, wholeWords: true, hangingIndent: '  ' }))] : [chalk.bold(wrapText(`${s(organisation)}: what changed`, { width, wholeWords: true, hangingIndent: '  ' })), wrapText(q, { width, wholeWords: true, hangingIndent: '  ' })];
  // "judged on" and its date kept on one line (no-break spaces until wrapped), as the summary's header
  // keeps them, and the earlier file's "on" and its date too.
  const judged = judgedWords(d).replace(/(judged )?on \d{4}-\d{2}-\d{2}/g, keepTogether);
  out.push(chalk.dim(spacesBack(wrapText(`${s(d.old.file)} (${s(sideNote(d, 'old'))}) → ${s(d.new.file)} (${s(sideNote(d, 'new'))}) · ${judged}`, { width, wholeWords: true, hangingIndent: '  ' }))));
  // Not dimmed: a file rescored against a newer version may show a change no answer made.
  const versions = versionWords(d);
  if (versions) out.push(wrapText(s(versions), { width, wholeWords: true, hangingIndent: '  ' }));
  out.push('');
  out.push(row(`${chalk.bold('Overall')}  `, [colour(d.overall, delta(d.overall)), ratings(d.old.rating?.label ?? 'not rated', d.new.rating?.label ?? 'not rated')]));
  // Next, why it may have moved with no answer changed: the systems listed came or went.
  const listed = systemsListedLine(d);
  if (listed) out.push(item(s(listed)));
  // Straight under the score they hold down: questions with no answer score 0 here, where assess stops.
  for (const line of unansweredLines(d)) out.push(item(s(line)));
  // Automatic fails next, before anything else, as the assessment puts its cap: they move the rating.
  for (const [key, one, many, why] of FAIL_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    const names = list.map((f) => s(questionName(f, name))).join(', ');
    const words = `${list.length === 1 ? one : many}${why ? `, ${why}` : ''}: ${names}`;
    out.push(item(key === 'newAutomaticFails' ? chalk.red(words) : words));
  }
  const changed = changedSections(d);
  if (changed.length) {
    out.push('', chalk.bold('Sections'));
    const column = nameColumn(changed.map((x) => s(x.title)), '100 → 100 (+100)'.length);
    // A rating is shown where it changed, as the overall's and the systems' are.
    for (const sec of changed) out.push(named(s(sec.title), column, [colour(sec, delta(sec)), ...(sectionRatingChanged(sec) ? [ratings(sec.oldRating?.label ?? 'not rated', sec.newRating?.label ?? 'not rated')] : [])]));
  }
  const same = unchangedLine(d);
  if (same) out.push(changed.length ? `  ${same}` : ['', same].join('\n'));
  if (d.systems.length) {
    const moved = changedSystems(d);
    out.push('', chalk.bold(s(label(d, true))));
    const column = nameColumn(moved.map((x) => s(name(x))), 30);
    for (const x of moved) {
      const renamed = renamedWords(x);
      const words = [...(x.status === 'kept' ? [colour(x, delta(x)), ratings(x.oldRating?.label ?? 'not rated', x.newRating?.label ?? 'not rated'), ...(renamed === null ? [] : [s(renamed)])] : [s(systemWords(x))]), ...systemUnansweredWords(x)];
      out.push(named(s(name(x)), column, words));
    }
    const sameSystems = unchangedSystemsLine(d);
    if (sameSystems) out.push(item(s(sameSystems)));
  }
  const firstList = LISTS.find(([key]) => d[key].length)?.[0];
  for (const [key, title] of LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push('', chalk.bold(`${title} (${list.length})`));
    if (key === firstList) out.push(chalk.dim(item(ANSWER_SCORE_NOTE)));
    for (const q of list) out.push(item(`${s(questionName(q, name))}: ${s(answerOf(q.old, q.oldAbsent))} → ${s(answerOf(q.new, q.newAbsent))}`));
  }
  if (LISTS.every(([key]) => d[key].length === 0)) out.push('', noChangeLine(d));
  for (const [key, title] of RISK_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push('', chalk.bold(`${title} (${list.length})`));
    for (const r of list) out.push(item(`${s(questionName(r, name))}: ${s(riskWords(r))}`));
  }
  for (const [key, title] of STALE_LISTS) {
    const list = d[key];
    if (!list.length) continue;
    out.push('', chalk.bold(`${title} (${list.length})`));
    if (key === 'newlyStale') out.push(chalk.dim(item(newlyStaleNote(d))));
    for (const r of list) out.push(item(`${s(questionName(r, name))}: ${s(staleWords(r, key))}`));
  }
  // Last, as the assessment's text ends with its gates: the answer is on screen when the command ends.
  if (d.gates.length) out.push('');
  for (const g of d.gates) {
    const words = s(gateWords(g));
    out.push(row(`${chalk.bold(`Gate ${gateFlag(g)}`)}  `, [g.passed ? chalk.green(words) : chalk.red(words)]));
  }
  return `${out.join('\n')}\n`;
};
