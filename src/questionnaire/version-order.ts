// Questionnaire version numbers: their order, and the parts that say what a difference means (SPEC:
// another major version is an error, another minor version a warning; a patch changes only words).

/** The major part of a version: "2" of "2.1.0". */
export const majorOf = (version: string): string => version.split('.')[0] ?? version;
/** The major and minor parts of a version: "2.1" of "2.1.0". Versions that share it score answers alike. */
export const minorOf = (version: string): string => version.split('.').slice(0, 2).join('.');
/**
 * Whether answers to version `theirs` may score otherwise under `version` than when they were
 * assessed: another minor version. Another patch version changes only words (SPEC warns only of
 * another minor version), and answers that name no version are taken as answering the one found.
 */
export const answersAnotherMinor = (theirs: string | null | undefined, version: string): boolean => theirs != null && minorOf(theirs) !== minorOf(version);

/** Orders questionnaire versions by their numbers (1.10.0 after 1.9.0), not as text; as text on a tie, so that a sort is stable. */
export const byVersion = (a: string, b: string): number => {
  const pa = a.split(/[.+-]/).map(Number);
  const pb = b.split(/[.+-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return a.localeCompare(b);
};

/** Whether answers of version `theirs` can be brought up to `version` by answering what it adds: an older version of the same major. */
export const catchesUpTo = (theirs: string, version: string): boolean => majorOf(theirs) === majorOf(version) && byVersion(theirs, version) < 0;
