// What the walk shows under a question before it is answered, in one place for every kind and both
// prompters: a choice question and an outcome's first statement had each their own list, and the
// outcome's lacked the evidence hint and the saved note (a CAF review showed neither).
import type { Question } from '../questionnaire/types.js';
import { safeBlock, safeLine } from '../text/safe-text.js';
import { wrapText } from '../text/wrap.js';

export interface GuidanceContext {
  /** For an automatic fail: which answers pass and what any other does to the rating. */
  automaticFail?: string | undefined;
  /** The note saved with the answer: written for that answer, so one who changes it sees it. */
  note?: string | undefined;
}

/** The question's help, evidence hint, automatic-fail line and saved note, each wrapped to `width` and indented. */
export function guidanceLines(question: Pick<Question, 'help' | 'evidence'>, ctx: GuidanceContext, width: number): string[] {
  const item = { width: width - 1, indent: '  ', hangingIndent: '    ' };
  return [
    question.help ? wrapText(safeBlock(question.help).trim(), { width: width - 1, indent: '  ' }) : undefined,
    question.evidence ? wrapText(`Evidence: ${safeBlock(question.evidence).trim()}`, item) : undefined,
    ctx.automaticFail ? wrapText(safeLine(ctx.automaticFail), item) : undefined,
    ctx.note?.trim() ? wrapText(`Saved note: ${safeLine(ctx.note).trim()}`, item) : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** The comment saved on an indicator, shown under its statement: it explains the answer the statement had. */
export const savedCommentLine = (comment: string | undefined, width: number): string | undefined =>
  comment?.trim() ? wrapText(`Saved comment: ${safeLine(comment).trim()}`, { width: width - 1, indent: '  ', hangingIndent: '    ' }) : undefined;
