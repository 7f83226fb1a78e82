/**
 * Limits on untrusted YAML (SPEC "Bad input"). Each is documented in the README with the error it
 * gives, and each has a test.
 */
export const limits = {
  /** Largest file read, in bytes. Big enough for a 100,000-question questionnaire. */
  maxFileBytes: 32 * 1024 * 1024,
  /** Deepest nesting of mappings and sequences. The formats need fewer than 10 levels. */
  maxDepth: 64,
  /** Most nodes that aliases may expand to, in all, per file ("billion laughs" guard). */
  maxAliasNodes: 10_000,
  /**
   * Most text that aliases may bring in, in all, per file, counted in characters of the strings
   * (keys and values) they copy. The node count alone let one alias of 100 KB of text, repeated a
   * thousand times, expand a 118 KB file to 100 MB. The same as the file size limit: aliases can
   * then make nothing larger than a file written out could hold, and no real file comes near it.
   */
  maxAliasText: 32 * 1024 * 1024,
  /** Most questions in one questionnaire; twice the largest the benchmarks run. */
  maxQuestions: 200_000,
} as const;

/** What nesting past limits.maxDepth is refused with, by every reader, at the first value too deep. */
export const TOO_DEEP = `nesting is too deep (the limit is ${limits.maxDepth} levels)`;

/** A size for messages about the limits, such as "32.0 MB". */
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
