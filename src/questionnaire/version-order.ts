// Questionnaire version numbers: their order, and the parts that say what a difference means (SPEC:
// another major version is an error, another minor version a warning; a patch changes only words).

/** The major part of a version: "2" of "2.1.0". */
export const majorOf = (version: string): string => version.split('.')[0] ?? version;
/**
 * The major and minor parts of a version, "2.1" of "2.1.0": versions that share it score answers
 * alike. A pre-release ("2.1.0-rc.1") is its own: it may change anything its release does not
 * (SemVer 2.0.0 §9), so answers to it are another version's even under 2.1.0. Build metadata says
 * nothing of the content ("2.1.0-rc.1+ci.7" is "2.1.0-rc.1").
 */
export const minorOf = (version: string): string => {
  const { core, preRelease } = partsOf(version);
  return preRelease === undefined ? core.slice(0, 2).join('.') : version.split('+')[0]!;
};
/**
 * Whether answers to version `theirs` may score otherwise under `version` than when they were
 * assessed: another minor version, or another pre-release (minorOf). Another patch version changes
 * only words (SPEC warns only of another minor version), and answers that name no version are taken as answering the one found.
 */
export const answersAnotherMinor = (theirs: string | null | undefined, version: string): boolean => theirs != null && minorOf(theirs) !== minorOf(version);

const DIGITS = /^[0-9]+$/;

interface VersionParts {
  core: string[];
  preRelease?: string[];
}

/** A version's three numbers and its pre-release identifiers, its build metadata left off. Lenient: a part missing or not a number is 0. */
function partsOf(version: string): VersionParts {
  const plus = version.indexOf('+');
  const withoutBuild = plus === -1 ? version : version.slice(0, plus);
  const dash = withoutBuild.indexOf('-');
  const core = (dash === -1 ? withoutBuild : withoutBuild.slice(0, dash)).split('.').map((part) => (DIGITS.test(part) ? part : '0'));
  while (core.length < 3) core.push('0');
  return dash === -1 ? { core } : { core, preRelease: withoutBuild.slice(dash + 1).split('.') };
}

/** Two strings of digits by the numbers they write, of any length. */
function byNumber(a: string, b: string): number {
  const x = a.replace(/^0+(?=.)/, '');
  const y = b.replace(/^0+(?=.)/, '');
  return x.length - y.length || byCodeUnits(x, y);
}

/** Plain code-unit order, the same in every locale (localeCompare put "1.0.0-I" after "1.0.0-i" in English and before it in Turkish). */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Pre-release identifiers: numbers by value and below any other, which go in ASCII order. */
function byIdentifier(a: string, b: string): number {
  const numeric = [DIGITS.test(a), DIGITS.test(b)];
  if (numeric[0] && numeric[1]) return byNumber(a, b);
  if (numeric[0] !== numeric[1]) return numeric[0] ? -1 : 1;
  return byCodeUnits(a, b);
}

/**
 * Orders questionnaire versions by SemVer 2.0.0 precedence (§11): by their numbers (1.10.0 after
 * 1.9.0), a pre-release before its release (1.0.0-rc.1 before 1.0.0), pre-releases by their
 * dot-separated identifiers (1.0.0-alpha before 1.0.0-alpha.1 before 1.0.0-beta before
 * 1.0.0-rc.2 before 1.0.0-rc.10). Versions of equal precedence (another build, "+ci.7") are then
 * put in code-unit order, so that a sort is total and the same in every locale.
 */
export const byVersion = (a: string, b: string): number => {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.max(pa.core.length, pb.core.length); i++) {
    const order = byNumber(pa.core[i] ?? '0', pb.core[i] ?? '0');
    if (order !== 0) return order;
  }
  if (pa.preRelease === undefined || pb.preRelease === undefined) {
    if (pa.preRelease !== pb.preRelease) return pa.preRelease === undefined ? 1 : -1;
  } else {
    for (let i = 0; i < Math.min(pa.preRelease.length, pb.preRelease.length); i++) {
      const order = byIdentifier(pa.preRelease[i]!, pb.preRelease[i]!);
      if (order !== 0) return order;
    }
    if (pa.preRelease.length !== pb.preRelease.length) return pa.preRelease.length - pb.preRelease.length;
  }
  return byCodeUnits(a, b);
};

/** Whether answers of version `theirs` can be brought up to `version` by answering what it adds: an older version of the same major. */
export const catchesUpTo = (theirs: string, version: string): boolean => majorOf(theirs) === majorOf(version) && byVersion(theirs, version) < 0;
