import type { Catalog } from '../frameworks/catalog.js';
import type { Location } from '../questionnaire/types.js';
import type { Assessment } from '../scoring/assessment.js';

/**
 * Where the files a report names are, so machine formats can name them as their consumers expect.
 * Worked out by the command line (which may look at the disk); reporters only compute with it.
 */
export interface ReportPaths {
  /** The working folder of the run (absolute). */
  cwd: string;
  /** The root of the git work tree that holds the answers file (absolute), or null outside one. */
  root: string | null;
  /**
   * Where an answer's key that starts at a place ends (the column after it) when it is written in
   * quotes, as every key of a JSON file is; a plain key ends after its question id.
   */
  keyEnd?: (at: Location) => number | undefined;
}

export interface ReportContext {
  /**
   * The framework catalogue the assessment's questionnaire was checked against (read already, so no
   * renderer reads anything): it says which references name a framework's outcome ("B5.c"), the
   * label an outcome is shown by. Not in the assessment, whose shape is a published contract.
   */
  catalog: Catalog;
  /** Colour depth for terminal formats: 0 none, 1 basic, 2 256 colours, 3 true colour. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Needed by formats that name files (sarif, gitlab; diff's papers, to tell its two files apart); without it they name files as shown. */
  paths?: ReportPaths;
  /** Columns to wrap terminal text to (the terminal's, COLUMNS, else 100); other formats ignore it. */
  width?: number;
  /** The terminal report in full rather than its one-screen summary (`--detail`). */
  detail?: boolean;
  /**
   * The terminal report to be read aloud (the plain walk, for screen readers): no bars, marks or
   * "…", whole titles wrapped, and every line saying what it is about. Other formats ignore it.
   */
  plain?: boolean;
}

/** A report is a pure function of the assessment; it never writes anything itself. */
export type Reporter = (assessment: Assessment, context: ReportContext) => string;
/** A report that is a binary document (docx): bytes, computed from the assessment alone, never written by itself. */
export type BinaryReporter = (assessment: Assessment, context: ReportContext) => Uint8Array;
/** What any report is: text, or the bytes of a document. */
export type ReportContent = string | Uint8Array;
