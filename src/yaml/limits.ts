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
  /** Most questions in one questionnaire; twice the largest the benchmarks run. */
  maxQuestions: 200_000,
} as const;
