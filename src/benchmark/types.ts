import type { ShareExtract } from '../share/types.js';
import type { Distribution } from './stats.js';

/** The months assessed, first and last (YYYY-MM, which sort as text). */
export interface AssessedPeriod {
  from: string;
  to: string;
  /**
   * Months assessed after the month the benchmark was made in (a mistyped year, most likely), one a
   * contribution, left out of from and to; only when there are some and some other month is not.
   */
  future?: string[];
}

/** One council's contribution: its extract, the label it is known by, and the file it came from. */
export interface LabelledExtract {
  label: string;
  /** The file as the user named it, for warnings. */
  file: string;
  extract: ShareExtract;
  /** Where the file names its questionnaire, for an error about it. */
  questionnairePlace?: { line: number; column: number };
  /** An answers file that names no questionnaire, so read against the default one as `assess` reads it. */
  namesNoQuestionnaire?: true;
}

/** A council's own figure beside a distribution; percentile null when the distribution is withheld. */
export interface Highlight {
  score: number | null;
  percentile: number | null;
}

/** How many gave one answer (an option value, an outcome status, don't know or not applicable). */
export interface SpreadEntry {
  value: string;
  /** The option's label from the questionnaire; the value itself when the questionnaire is not at hand. */
  label: string;
  count: number;
}

export interface SectionBenchmark {
  id: string;
  title: string;
  scope: 'organisation' | 'system';
  /** Contributions with a score for the section. */
  n: number;
  /** 0-100; null when fewer than the minimum group have a score. */
  stats: Distribution | null;
  highlight?: Highlight;
}

export interface QuestionBenchmark {
  id: string;
  /** Its section's id; null when the questionnaire is not at hand to say. */
  section: string | null;
  text: string;
  scope: 'organisation' | 'system';
  /** Contributions that answered it ("don't know" included); for a system question, any of their systems. */
  answered: number;
  /** Contributions to which it does not apply (by a condition, or answered not applicable; for a system question, for every system). */
  notApplicable: number;
  /** Scores on 0-100, one per council (a system question: the council's mean over its systems); null under the minimum group or when not scored. */
  stats: Distribution | null;
  /** Every answer counted, each system's separately; null under the minimum group, or for numbers and text. */
  spread: SpreadEntry[] | null;
  /** An automatic fail of the questionnaire (`blocking`): a gap on it holds a council's rating at the lowest band. */
  blocking: boolean;
  /** For an automatic fail: the councils that fall short on it (any of their systems); null otherwise, or under the minimum group. */
  failing: number | null;
  highlight?: Highlight & { value: string | null; answer: string | null };
}

/** How many councils an automatic fail holds at the lowest rating (SPEC "v2: automatic fails"). */
export interface AutomaticFails {
  /** Councils with at least one automatic fail, whatever their score. */
  councils: number;
  /** The rating they are held at (the questionnaire's lowest band); null when the questionnaire is not at hand. */
  rating: string | null;
}

/** The pure model every benchmark renderer reads (like the Assessment for reports). */
export interface BenchmarkResult {
  kind: 'cyber-ready-benchmark';
  schemaVersion: 1;
  questionnaire: {
    id: string;
    /** The major version the contributions share, as "2.x". */
    version: string;
    /** Its title, when the questionnaire was at hand (titles and labels come from it); else null. */
    title: string | null;
    /** What the questionnaire calls a system ("critical system"), when it was at hand; else null. */
    systemLabel: string | null;
    /** Its plural ("critical systems"): the questionnaire's `systemLabelPlural`, else by English rules; null as systemLabel is. */
    systemLabelPlural: string | null;
  };
  contributions: number;
  /** The first and last months assessed (YYYY-MM) among the contributions counted. */
  assessed: AssessedPeriod;
  minGroup: number;
  /** Labels of the contributions counted, in the order given. */
  labels: string[];
  /** The label of the highlighted council, if any. */
  highlighted: string | null;
  /**
   * automaticFails is null when the questionnaire has no automatic-fail question (and no extract
   * reports one). The highlighted council's automaticFails counts its own, as its extract does, and
   * systems is how many systems it lists (with none, its per-system sections have no score).
   */
  overall: { n: number; stats: Distribution | null; automaticFails: AutomaticFails | null; highlight?: Highlight & { rating: string | null; automaticFails: number; systems: number } };
  sections: SectionBenchmark[];
  questions: QuestionBenchmark[];
  /** What a reader should take care over (inputs set aside, versions, unanswered questions, old assessments), one sentence each; never a file name (they can name councils). */
  warnings: string[];
}
