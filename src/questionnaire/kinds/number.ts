import { escapeInline } from '../../text/markdown.js';
import { amountIn, singularNoun } from '../../text/plural-noun.js';
import type { AnswerValue, Band, Question, Scalar } from '../types.js';
import type { QuestionKind } from './kind.js';
import { no, ok, readValueAnswer, refuseForeign, shareAsIs, show, statusHint } from './shared.js';
import { tableRule } from '../../text/markdown-table.js';
import { bandUse, reachedScore, warnUnusedBands } from './band-use.js';

/** The first band whose bounds hold (both inclusive); a band with no bounds always holds. */
export function bandScore(bands: Band[] | undefined, n: number): number {
  const band = bands?.find((b) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max));
  return band?.score ?? 0;
}

/**
 * The number in "21 days" written where a number of days goes: the walk takes a typed unit, but the
 * file holds the number (SPEC), so the message says what to write. Only the question's own unit
 * (or its singular) after a plain decimal: other text is not guessed at.
 */
function numberBeforeUnit(text: string, unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const m = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(\S.*?)\s*$/.exec(text);
  const word = m?.[2]?.toLowerCase();
  return word !== undefined && [unit.toLowerCase(), singularNoun(unit).toLowerCase()].includes(word) ? m?.[1] : undefined;
}

/** A number in quotes ("14") is text to YAML and JSON alike: the way out is to drop the quotes. */
// Digits alone: a number with a look-alike space after it ("14\u00a0") has its own hint, naming the character.
const QUOTED_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function readNumber(question: Question, value: Scalar | Scalar[]) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const meant = typeof value === 'string' ? numberBeforeUnit(value, question.unit) : undefined;
    const quoted = typeof value === 'string' && QUOTED_NUMBER.test(value) ? `; write ${value} without the quotes, which make it text` : undefined;
    const hint = quoted ?? (meant !== undefined ? `; write ${meant}` : typeof value === 'string' || typeof value === 'boolean' ? statusHint(value) : '');
    // In SPEC's words: `"21\u00A0" (ends with a no-break space) is not a number`.
    return no(`"${question.id}": ${show(value)} is not a number${question.unit ? ` of ${question.unit}` : ''}${hint}`);
  }
  if (question.min !== undefined && value < question.min) return no(`"${question.id}" must be at least ${question.min}, not ${value}`);
  if (question.max !== undefined && value > question.max) return no(`"${question.id}" must be at most ${question.max}, not ${value}`);
  return ok<AnswerValue>(value);
}

/** A band in words with its unit, which a questionnaire writes in the plural: "up to 1 day", "1 or more months". */
function between(b: Band, unit: string): string {
  const one = unit ? ` ${singularNoun(unit)}` : '';
  const many = unit ? ` ${unit}` : '';
  if (b.min !== undefined && b.max !== undefined) return `${b.min} to ${b.max}${b.min === 1 && b.max === 1 ? one : many}`;
  if (b.max !== undefined) return `up to ${b.max}${b.max === 1 ? one : many}`;
  return b.min !== undefined ? `${b.min} or more${many}` : 'anything else';
}

/** A number, scored by bands where it has them; `unit` names what it counts. */
export const numberKind: QuestionKind = {
  type: 'number',
  checkEntry(raw, ctx) {
    refuseForeign(raw, ctx, ['options', 'indicators']);
    if (raw.min !== undefined && raw.max !== undefined && raw.min > raw.max) ctx.error(`${ctx.pointer}/min`, `"min" (${raw.min}) is greater than "max" (${raw.max})`);
    raw.bands?.forEach((band, i) => {
      if (band.min !== undefined && band.max !== undefined && band.min > band.max) ctx.error(`${ctx.pointer}/bands/${i}`, `band ${i + 1} has "min" (${band.min}) greater than "max" (${band.max})`);
    });
    warnUnusedBands(raw, ctx);
    return undefined;
  },
  options: () => [],
  scores: (raw) => (raw.bands?.length ?? 0) > 0,
  unscored: 'a number question without "bands" is not scored',
  readAnswer: readValueAnswer(readNumber),
  sharedValue: (question, value) => (value === null ? no(`"${question.id}": null is not a number`) : readNumber(question, value)),
  shareValue: shareAsIs,
  tallied: false,
  conditionVerb: 'is',
  listedValue(question, _options, value, what) {
    if (typeof value !== 'number') return no(`"${question.id}" is a number question, so the ${what} needs ${what === 'profile' ? 'a number' : 'numbers'}, not ${show(value)}`);
    if (what === 'profile' && !question.bands?.length) return no(`"${question.id}" has no bands, so a profile cannot require it`);
    // A value no answer can have: a condition on it never holds, a requirement of it is met or failed by every answer alike.
    // A question whose min is above its max is refused at its own line, which says the mistake: the
    // values named elsewhere are not said again to be outside a range no answer has.
    const ranged = question.min === undefined || question.max === undefined || question.min <= question.max;
    if (ranged && ((question.min !== undefined && value < question.min) || (question.max !== undefined && value > question.max))) {
      const bounds = [question.min !== undefined ? `at least ${question.min}` : '', question.max !== undefined ? `at most ${question.max}` : ''].filter(Boolean).join(' and ');
      return no(`${value} is outside what "${question.id}" may be answered (${bounds}); a ${what} must name a value an answer can give`);
    }
    return ok(value);
  },
  matches: (value, listed) => value === listed,
  // The best of the bands some number reaches: one that none reaches gives no answer its score, and
  // when that one scores 1 the fix is to let a number reach it, which its own warning says how.
  best(raw) {
    const bands = raw.bands ?? [];
    if (bands.length === 0) return undefined;
    const uses = bandUse(bands, raw.min, raw.max);
    const score = reachedScore(bands, uses);
    const unreached = uses.findIndex((use, i) => !use.used && (bands[i]?.score ?? 0) >= 1);
    if (unreached >= 0) return { score, key: 'bands', fix: `band ${unreached + 1} scores 1, but no number reaches it (see the warning at that band)` };
    // Named: the band scoring most as written may be one no number reaches, and raising it is no fix.
    const top = uses.findIndex((use, i) => use.used && (bands[i]?.score ?? 0) === score);
    return { score, key: 'bands', fix: top < 0 ? 'no number reaches any of its bands (see the warning at each)' : `give band ${top + 1}, the best a number reaches, score 1` };
  },
  score: (question, value) => bandScore(question.bands, value as number),
  describe: (question, value) => (question.unit ? amountIn(value as number, question.unit) : String(value)),
  requirement: (question, required) => ({ score: bandScore(question.bands, Number(required)), label: question.unit ? amountIn(Number(required), question.unit) : String(required) }),
  template(q) {
    const bounds = [q.min !== undefined ? `at least ${q.min}` : '', q.max !== undefined ? `at most ${q.max}` : ''].filter(Boolean).join(', ');
    const full = q.bands?.find((b) => b.score === 1);
    const fullText = full ? `; scores fully ${full.min !== undefined && full.max !== undefined ? `from ${full.min} to ${full.max}` : full.max !== undefined ? `at ${full.max} or less` : full.min !== undefined ? `at ${full.min} or more` : 'always'}` : '';
    return { hints: [`A number${q.unit ? ` of ${q.unit}` : ''}${bounds ? ` (${bounds})` : ''}${fullText}`], body: [] };
  },
  markdown(q) {
    const unit = q.unit ? escapeInline(q.unit) : '';
    const range = [q.min !== undefined ? `at least ${q.min}` : '', q.max !== undefined ? `at most ${q.max}` : ''].filter(Boolean).join(', ');
    const out = [`A number${unit ? ` of ${unit}` : ''}${range ? ` (${range})` : ''}.`, ''];
    if (q.bands?.length) {
      out.push('| Answer | Score |', tableRule(['wide', 'narrow']));
      q.bands.forEach((b, i) => {
        const open = b.min === undefined && b.max === undefined;
        out.push(`| ${open && i === 0 ? 'any number' : open ? 'anything else' : between(b, unit)} | ${String(Math.round(b.score * 100) / 100)} |`);
      });
      // A number no band holds scores 0 (bandScore): a reader of the paper should not have to guess.
      if (!q.bands.some((b) => b.min === undefined && b.max === undefined)) out.push('| anything else | 0 |');
      out.push('');
    }
    return out;
  },
  prompt: () => ({ form: 'number' }),
};
