// The outcome walk's prompts for the full terminal; prompter.ts hands over the prompt library it loaded.
import type { GuardedPrompts } from './guarded-prompts.js';
import { safeLine } from '../text/safe-text.js';
import { wrapText } from '../text/wrap.js';
import { COLUMN_LABEL, statusWords, type OutcomeStatus } from '../questionnaire/outcome.js';
import { BACK, CONFIRM, KEEP, NOT_APPLICABLE, OTHER, SKIP, UNKNOWN } from './choice-values.js';
import { guidanceLines, savedCommentLine } from './guidance-lines.js';
import type { OutcomePrompter } from './outcome-walk.js';
import { NO_PREFIX, choiceDescription, choiceName, clearingRefused, fitBefore, headingPlacer, lineCount, listHeight, listPage, safeShown, underList } from './prompt-layout.js';
import { justificationNeeded, columnHint, indicatorWords, notApplicableWhat, outcomeSkipWords, recordedWhy, recordedWords, skipChoiceWords, truthChoices, worseTruth } from './outcome-words.js';
import { isSpecialReply } from './special-words.js';

interface Tools {
  prompts: GuardedPrompts;
  questionContext: object;
  width: () => number;
  rows: () => number | undefined;
  write: (text: string) => void;
  /** Changes each time a prompt is asked again after a stop (see headingPlacer). */
  stops: () => number;
}


export function outcomePrompts({ prompts, questionContext, width, rows, write, stops }: Tools): OutcomePrompter {
  const wrap = (text: string, indent = '', hanging = '  '): string => wrapText(text, { width: width() - 1, indent, hangingIndent: hanging });
  // Two columns narrower: "? " goes in front of the first line (by us or by the prompt library).
  const fit = (text: string): string => wrapText(text, { width: width() - 3, hangingIndent: '  ' });
  const noPrefix = NO_PREFIX;
  return {
    async askIndicator(question, indicator, ctx) {
      const { recorded } = ctx;
      // Keeping the recorded status is keeping the saved answer: the default, as in the plain prompts.
      // With nothing saved, the cursor starts on the answer that flatters least (worseTruth).
      const previous = recorded ? KEEP : ctx.previous === undefined ? String(worseTruth(indicator)) : ctx.previous === 'unknown' ? UNKNOWN : String(ctx.previous);
      const said = recorded ? recordedWords(recorded) : undefined;
      const because = recorded ? recordedWhy(recorded) : undefined;
      const place = headingPlacer(rows, write, stops);
      // Laid out as it is drawn, for the window's size then (see Laid in prompt-guard.ts).
      const value = await prompts.select(() => {
        // The outcome and its help above its first statement; on later ones just the outcome, so the
        // screen still says what the statement is about. The statement's column stays with it.
        const help = ctx.first ? guidanceLines(question, ctx, width()).join('\n') : '';
        const head = { top: [wrap(ctx.progress), wrap(safeLine(question.text))].join('\n'), help };
        // The indicator's saved comment stays with its statement, under it, as the outcome's note stays with its help.
        const comment = savedCommentLine(ctx.comment, width());
        // Wrapped between words, as the terminal broke it at its edge ("Not achieved if this i" / "s true").
        const asked = `${wrap(`${ctx.statement}. ${columnHint(indicator)}:`)}\n? ${fit(`${indicator.id} ${safeLine(indicator.text)}`)}${comment ? `\n${comment}` : ''}`;
        const truth = truthChoices().map((c) => ({ value: c.value ? 'true' : 'false', name: c.name }));
        const why = because ? choiceDescription(safeLine(because), width()) : undefined;
        // Long names wrapped between words, as every list's options are: at 40 columns they broke mid-word.
        const keep = said ? { value: KEEP, name: choiceName(`Keep the recorded ${said.noun}: ${said.words}`, width(), 2), ...(why ? { description: why } : {}) } : undefined;
        const skip = choiceName(skipChoiceWords(ctx.noneStated), width(), 2);
        // Where the question allows it, the whole outcome may be marked not applicable; the reason is asked after.
        const notApplicable = ctx.notApplicable ? { value: NOT_APPLICABLE, name: 'Not applicable', description: choiceDescription(notApplicableWhat(ctx.notApplicable.clears), width()) } : undefined;
        const unknown = choiceDescription('Counts as not true until someone finds out.', width());
        // True, False, the separator, perhaps Keep, Don't know, perhaps Not applicable, Skip and perhaps
        // Back; Don't know (and Keep, and Not applicable) have a description.
        const descriptionLines = Math.max(...[why ?? '', notApplicable?.description ?? '', unknown].map(lineCount));
        // The library's 7 lines of choices, fewer on a short terminal: the statement stays on the screen with them.
        const pageSize = listPage(rows(), lineCount(head.top) + lineCount(asked) + underList(descriptionLines), 7);
        const below = listHeight(truth.length + 2 + lineCount(skip) + (keep ? lineCount(keep.name) : 0) + (notApplicable ? 1 : 0) + (ctx.canGoBack ? 1 : 0), pageSize, descriptionLines);
        return {
          message: `${place(head, lineCount(asked) + below)}${asked}`,
          ...noPrefix,
          pageSize,
          ...(previous !== undefined ? { default: previous } : {}),
          choices: [
            ...truth,
            new prompts.Separator(),
            ...(keep ? [keep] : []),
            { value: UNKNOWN, name: "Don't know", description: unknown },
            ...(notApplicable ? [notApplicable] : []),
            { value: SKIP, name: skip },
            ...(ctx.canGoBack ? [{ value: BACK, name: 'Back' }] : []),
          ],
        };
      }, questionContext);
      if (value === KEEP && said) {
        write(`${wrap(`✔ ${safeLine(question.text)} ${said.words} (the recorded ${said.noun}, kept)`)}\n`);
        return { kind: 'keep' };
      }
      // Said with its reason, once it is given (the reason prompt says it), as for any question.
      if (value === NOT_APPLICABLE) return { kind: 'not-applicable' };
      const reply = value === UNKNOWN ? ({ kind: 'unknown' } as const) : value === SKIP ? ({ kind: 'skip' } as const) : value === BACK ? ({ kind: 'back' } as const) : ({ kind: 'value', value: value === 'true' } as const);
      if (reply.kind !== 'back') write(`${wrap(`✔ ${indicator.id} ${reply.kind === 'skip' ? outcomeSkipWords(ctx.answered) : indicatorWords(reply)}`)}\n`);
      return reply;
    },
    async confirmOutcome(question, ctx) {
      const lines = [`The statements show: ${statusWords(ctx.derived)}.`];
      for (const c of ctx.contradictions) lines.push(`  ${c.id} says "not achieved" is true while the others meet the outcome: check one of them.`);
      const kept = ctx.previous?.confirmed !== undefined && ctx.previous.confirmed !== ctx.derived ? ctx.previous : undefined;
      const choice = await prompts.select(() => {
        const why = kept ? choiceDescription(`Justification: ${safeLine(kept.justification?.trim() ?? '')}`, width()) : '';
        const message = `${[ctx.progress, ...lines].map((l) => wrap(l)).join('\n')}\n? ${fit(safeLine(question.text))}`;
        return {
          message,
          ...noPrefix,
          // The library's 7 lines of choices, fewer on a short terminal, as for a statement.
          pageSize: listPage(rows(), lineCount(message) + underList(lineCount(why)), 7),
          // Wrapped between words, as every list's options are: at 40 columns one broke mid-word.
          choices: [
            ...(kept ? [{ value: KEEP, name: `Keep the recorded status: ${statusWords(kept.confirmed as NonNullable<typeof kept.confirmed>)}`, description: why }] : []),
            { value: CONFIRM, name: `Confirm: ${statusWords(ctx.derived)}` },
            { value: OTHER, name: 'Record another status, with a justification' },
            { value: BACK, name: 'Back to the last statement' },
          ].map((c) => ({ ...c, name: choiceName(c.name, width(), 2) })),
        };
      }, questionContext);
      if (choice === BACK) return { kind: 'back' };
      if (choice === KEEP && kept?.confirmed) return { kind: 'other', status: kept.confirmed, justification: kept.justification ?? '' };
      if (choice === CONFIRM) {
        write(`${wrap(`✔ ${safeLine(question.text)} ${statusWords(ctx.derived)}`)}\n`);
        return { kind: 'confirm' };
      }
      // Every status but the derived one; with only one, there is nothing to choose.
      const others = ctx.statuses.filter((st) => st !== ctx.derived);
      const status =
        others.length === 1
          ? (others[0] as OutcomeStatus)
          : await prompts.select<OutcomeStatus | typeof BACK>(
              { message: 'Which status?', choices: [...others.map((st) => ({ value: st, name: COLUMN_LABEL[st] })), { value: BACK, name: 'Back' }] },
              questionContext,
            );
      if (status === BACK) return this.confirmOutcome(question, ctx);
      const justification = await prompts.input(
        () => ({
          message: fitBefore(`Why ${statusWords(status)}? This goes in the report (< to choose again)`, ctx.previous?.justification ? `(${safeLine(ctx.previous.justification)})` : undefined, width()),
          // The one recorded is shown made safe; Enter keeps it as the file has it.
          ...clearingRefused(safeShown(prompts.styleText, width)),
          ...(ctx.previous?.justification ? { default: ctx.previous.justification } : {}),
          validate: (raw: string) => (raw.trim() === '' || isSpecialReply(raw, true) ? justificationNeeded() : true),
        }),
        questionContext,
      );
      // "<" is not a reason: it goes back to the choice of status, as at the not-applicable reason.
      if (justification.trim() === '<') return this.confirmOutcome(question, ctx);
      // Said as the confirmed status is, wrapped (the library would leave it to the terminal to break mid-word).
      write(`${wrap(`✔ ${safeLine(question.text)} ${statusWords(status)}, because: ${safeLine(justification.trim())}`)}\n`);
      return { kind: 'other', status, justification: justification.trim() };
    },
  };
}
