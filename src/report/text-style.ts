// The pieces the terminal report is drawn with: colours by rating and severity, the section bar,
// and wrapping to the width the command line worked out. Pure: the width comes in the context.
import { Chalk, type ChalkInstance } from 'chalk';
import type { GapSeverity } from '../questionnaire/types.js';
import type { RatingResult } from '../scoring/assessment.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import { MAX_TEXT_WIDTH, MIN_TEXT_WIDTH } from '../text/text-widths.js';
import type { ReportContext } from './types.js';

/** When no width is given (the report is not for a terminal): SPEC "v2: reports". */
export const DEFAULT_WIDTH = 100;

export interface TextStyle {
  chalk: ChalkInstance;
  width: number;
  /** Wrap plain text to the width: first line after `indent`, the rest after `hanging`. */
  wrap(text: string, indent?: string, hanging?: string): string[];
  /** Colour by a rating's colour; the rating's words always carry the meaning too. */
  paint(rating: RatingResult | null, text: string): string;
  severity(severity: GapSeverity): string;
  bar(score: number | null): string;
  /**
   * Read aloud (ReportContext `plain`): a screen reader says nothing for "…" and reads bars and
   * marks by its voice ("█ ░ ·", "✗"), and a row read after a title's wrapped second line names
   * nothing; so the renderers give words, whole titles and self-contained lines instead.
   */
  plain: boolean;
  /** Between the parts of one line: " · ", or "; " when read aloud. */
  sep: string;
  /** A line about what is left out ("and 3 more…"): after "… ", or as its own sentence when read aloud. */
  more(text: string): string;
}

export function textStyle(context: Omit<ReportContext, 'catalog'>): TextStyle {
  const chalk = new Chalk({ level: context.colorLevel });
  const width = Math.min(MAX_TEXT_WIDTH, Math.max(MIN_TEXT_WIDTH, Math.floor(context.width ?? DEFAULT_WIDTH)));
  const barWidth = width < 100 ? 10 : 20;
  const paint = (rating: RatingResult | null, text: string): string => {
    switch (rating?.colour) {
      case 'green':
        return chalk.green(text);
      case 'amber':
      case 'orange':
      case 'yellow':
        return chalk.yellow(text);
      case 'red':
        return chalk.red(text);
      case 'blue':
        return chalk.blue(text);
      case 'grey':
        return chalk.gray(text);
      default:
        return text;
    }
  };
  const plain = context.plain === true;
  return {
    chalk,
    width,
    plain,
    sep: plain ? '; ' : ' · ',
    more: (text) => (plain ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : `… ${text}`),
    // SPEC "v2: reports": never cut mid-word, so a web address in a remediation can be copied whole.
    wrap: (text, indent = '', hanging = indent) => wrapText(text, { width, indent, hangingIndent: hanging, wholeWords: true }).split('\n'),
    paint,
    severity: (s) => ({ critical: chalk.red.bold, high: chalk.red, medium: chalk.yellow, low: chalk.cyan })[s](s.toUpperCase()),
    bar: (score) => {
      if (plain) return '';
      if (score === null) return '·'.repeat(barWidth);
      const filled = Math.floor((score / 100) * barWidth);
      return '█'.repeat(filled) + '░'.repeat(barWidth - filled);
    },
  };
}

/** A left column that wraps inside its own width: the first line padded, later lines indented. */
export function column(text: string, width: number): string[] {
  const lines = wrapText(text, { width }).split('\n');
  return lines.map((l) => l + ' '.repeat(Math.max(0, width - displayWidth(l))));
}
