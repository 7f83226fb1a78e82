// The outcome walk's prompts for screen readers: one line each, numbered choices, typed answers.
import { safeLine } from '../text/safe-text.js';
import { asSentence } from '../text/as-sentence.js';
import { COLUMN_LABEL, statusWords, type OutcomeStatus } from '../questionnaire/outcome.js';
import { wrapText } from '../text/wrap.js';
import { guidanceLines, savedCommentLine } from './guidance-lines.js';
import type { IndicatorReply, OutcomePrompter } from './outcome-walk.js';
import { isBackWord, isSpecialReply, replyKey, specialNames, specialWord } from './special-words.js';
import { justificationNeeded, columnHint, indicatorWords, notApplicableCleared, outcomeSkipWords, recordedBecause, recordedWords, skipChoiceWords, truthChoices } from './outcome-words.js';

interface Tools {
  say: (text: string) => void;
  /** What to say once the reply is saved ("Recorded: …"), or undefined for nothing. */
  hold: (text: string | undefined) => void;
  /** `started`: the text the reply may repeat without a refusal of its U+FFFD (see not-utf8.ts). */
  askUntil: <T>(prompt: string, parse: (line: string) => { ok: T } | { error: string }, started?: string) => Promise<T>;
  width: number;
}

export function plainOutcomePrompts({ say, hold, askUntil, width }: Tools): OutcomePrompter {
  const wrap = (text: string, indent = ''): string => wrapText(text, { width: width - 1, indent });
  return {
    async askIndicator(question, indicator, ctx) {
      say('');
      say(ctx.progress);
      if (ctx.first) {
        say(wrap(safeLine(question.text)));
        for (const line of guidanceLines(question, ctx, width)) say(line);
      }
      const { recorded } = ctx;
      // The status (or answer) recorded without the statements: said first, and kept by Enter.
      const said = recorded ? recordedWords(recorded) : undefined;
      const because = recorded ? recordedBecause(recorded) : undefined;
      if (said) say(wrap(`${asSentence(`Recorded ${said.noun}: ${said.words}${because ? `, because: ${safeLine(because)}` : ''}`)} Enter keeps it; answer the statements to judge again.`));
      say(`${ctx.statement}. ${columnHint(indicator)}:`);
      say(wrap(`${indicator.id} ${safeLine(indicator.text)}`));
      const comment = savedCommentLine(ctx.comment, width);
      if (comment) say(comment);
      const truth = truthChoices();
      truth.forEach((c, n) => say(`  ${n + 1}.   ${c.name}`));
      say("  ?    Don't know");
      if (ctx.notApplicable) {
        say('  n/a  Not applicable: the whole outcome');
        if (ctx.notApplicable.clears) say(wrap(notApplicableCleared, '       '));
      }
      say(`  -    ${skipChoiceWords(ctx.noneStated)}`);
      if (ctx.canGoBack) say('  <    Back');
      const kept: IndicatorReply | undefined = ctx.previous === undefined ? undefined : ctx.previous === 'unknown' ? { kind: 'unknown' } : { kind: 'value', value: ctx.previous };
      const enter = said ? `the recorded ${said.noun}, ${said.words}` : kept ? indicatorWords(kept) : undefined;
      const reply = await askUntil<IndicatorReply>(`Type 1 or 2${enter ? `; Enter keeps ${enter}` : ''}: `, (line) => {
        const t = replyKey(line);
        if (t === '' && recorded) return { ok: { kind: 'keep' } };
        if (t === '' && kept) return { ok: kept };
        if (t === '1' || t === '2') return { ok: { kind: 'value', value: (truth[Number(t) - 1] as { value: boolean }).value } };
        if (t === 'true' || t === 'yes') return { ok: { kind: 'value', value: true } };
        if (t === 'false' || t === 'no') return { ok: { kind: 'value', value: false } };
        if (said && t === 'keep') return { ok: { kind: 'keep' } };
        const offered = { notApplicable: ctx.notApplicable !== undefined, canGoBack: ctx.canGoBack };
        const special = specialWord(t, offered);
        if (special !== undefined) return { ok: { kind: special } };
        // Refused as at every other prompt of a question that does not allow it (reply-text.ts).
        if (specialWord(t, { notApplicable: true, canGoBack: false }) === 'not-applicable') return { error: 'This outcome cannot be marked not applicable; type 1 or 2, or type skip.' };
        // In words, so a screen reader says all of it (it does not say "?", "-" or "<").
        return { error: `Type 1 or 2, or type true, false, ${specialNames(offered)}.` };
      });
      if (reply.kind === 'skip') say(`Recorded: ${outcomeSkipWords(ctx.answered)}.`);
      if (reply.kind === 'keep' && said) say(`Kept: ${said.words}.`);
      // "Not applicable" is said with its reason, once it is given, as for any question.
      hold(reply.kind === 'back' || reply.kind === 'skip' || reply.kind === 'keep' || reply.kind === 'not-applicable' ? undefined : `Recorded: ${indicatorWords(reply)}.`);
      return reply;
    },
    async confirmOutcome(question, ctx) {
      say('');
      say(ctx.progress);
      say(wrap(`${safeLine(question.text)}`));
      say(`The statements show: ${statusWords(ctx.derived)}.`);
      for (const c of ctx.contradictions) say(wrap(`${c.id} says "not achieved" is true while the others meet the outcome: check one of them.`));
      const kept = ctx.previous?.confirmed !== undefined && ctx.previous.confirmed !== ctx.derived ? ctx.previous : undefined;
      const choices = [
        ...(kept?.confirmed ? [{ key: 'keep', words: `Keep the recorded status: ${statusWords(kept.confirmed)}` }] : []),
        { key: 'confirm', words: `Confirm: ${statusWords(ctx.derived)}` },
        { key: 'other', words: 'Record another status, with a justification' },
      ];
      choices.forEach((c, n) => {
        say(`  ${n + 1}.   ${c.words}`);
        // The justification of the status kept, under it, as the full prompts describe it: it is
        // what the report will say, and one who keeps the status keeps these words.
        if (c.key === 'keep' && kept?.justification?.trim()) say(wrapText(`Justification: ${safeLine(kept.justification.trim())}`, { width: width - 1, indent: '       ', hangingIndent: '         ' }));
      });
      say('  <    Back to the last statement');
      const key = await askUntil<string>(`Type a number from 1 to ${choices.length}; Enter for 1: `, (line) => {
        const t = replyKey(line);
        if (isBackWord(t)) return { ok: 'back' };
        // By number, by the first word of its line ("keep", "confirm", "record") or by the whole line.
        const named = choices.find((c) => t !== '' && (replyKey(c.words) === t || replyKey(c.words).split(/[\s:,]/)[0] === t || c.key === t));
        if (named) return { ok: named.key };
        // Or by the status's name (README): the one the statements show confirms it, the one kept keeps it, another is recorded.
        const status = ctx.statuses.find((s) => replyKey(COLUMN_LABEL[s]) === t);
        if (status) return { ok: status === ctx.derived ? 'confirm' : status === kept?.confirmed ? 'keep' : status };
        const n = t === '' ? 1 : /^\d+$/.test(t) ? Number(t) : 0;
        const choice = choices[n - 1];
        return choice ? { ok: choice.key } : { error: `Type a number from 1 to ${choices.length}, or type ${[...choices.map((c) => replyKey(c.words).split(/[\s:,]/)[0]), ...ctx.statuses.map((s) => replyKey(COLUMN_LABEL[s]))].join(', ')} or back.` };
      });
      hold(undefined);
      if (key === 'back') return { kind: 'back' };
      if (key === 'keep' && kept?.confirmed) return { kind: 'other', status: kept.confirmed, justification: kept.justification ?? '' };
      if (key === 'confirm') {
        hold(`Recorded: ${statusWords(ctx.derived)}.`);
        return { kind: 'confirm' };
      }
      const others = ctx.statuses.filter((s) => s !== ctx.derived);
      // A status named at the choice is the one recorded: not asked for again.
      let status = (others.find((s) => s === key) ?? others[0]) as OutcomeStatus;
      if (others.length > 1 && key === 'other') {
        others.forEach((s, n) => say(`  ${n + 1}.   ${COLUMN_LABEL[s]}`));
        say('  <    Back');
        const picked = await askUntil<OutcomeStatus | 'back'>(`Which status? Type a number from 1 to ${others.length}: `, (line) => {
          if (isBackWord(line)) return { ok: 'back' };
          const s = others[Number(line) - 1] ?? others.find((o) => replyKey(COLUMN_LABEL[o]) === replyKey(line));
          return s ? { ok: s } : { error: `Type a number from 1 to ${others.length}, or type the status's name, or back.` };
        });
        if (picked === 'back') return this.confirmOutcome(question, ctx);
        status = picked;
      }
      const justification = await askUntil<string>(`Why ${statusWords(status)}? This goes in the report (type back to choose again${ctx.previous?.justification ? '; Enter keeps the one recorded' : ''}): `, (line) => {
        const value = line === '' ? (ctx.previous?.justification ?? '') : line;
        return value === '' || isSpecialReply(value, false) ? { error: justificationNeeded('back') } : { ok: value };
      }, ctx.previous?.justification);
      // "<" is not a reason: it goes back to the choice, as at the not-applicable reason.
      if (isBackWord(justification)) return this.confirmOutcome(question, ctx);
      // A justification that ends a sentence of its own gets no second full stop.
      hold(asSentence(`Recorded: ${statusWords(status)}, because ${safeLine(justification)}`));
      return { kind: 'other', status, justification };
    },
  };
}
