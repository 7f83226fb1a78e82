import { InputError } from '../errors.js';
import { checkSystemFile, parseVersion, type Blob, type CheckedSystemFile, type ParsedVersion, type VersionInfo } from '../history/score-version.js';
import { limits } from '../yaml/limits.js';
import { decodeText } from '../yaml/read-source.js';
import { folderOf, systemFileKey, type CommittedSystemFiles } from './committed-system-files.js';
import type { BatchBlob } from './git.js';
import type { ObjectStream } from './object-stream.js';

/** How many files are asked of git at a time while the history is searched: enough to keep git busy, few enough to hold. */
const BATCH = 64;
/** How many versions' answers files are read ahead while scoring. */
export const AHEAD = 16;

/** A blob as text, or why it is not usable as an answers file. */
export function toBlob(blob: BatchBlob | null | undefined, name: string, isLink: boolean): Blob {
  if (!blob) return { problem: 'is not in this commit' };
  if (blob.type !== 'blob') return { problem: 'is a folder in this commit, not a file' };
  if (isLink) return { problem: 'is a symbolic link in this commit, not a file' };
  if (blob.content.length > limits.maxFileBytes) return { problem: `is too large in this commit (over ${limits.maxFileBytes / 1024 / 1024} MB)` };
  try {
    return { text: decodeText(blob.content, name) };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.diagnostics[0]?.message ?? 'cannot be read' };
    throw error;
  }
}

/** A version to read: its commit, date and path, the object to ask git for, and its blob when known. */
export interface Wanted {
  commit: string;
  date: string;
  path: string;
  /** An oid, or `COMMIT:PATH` when the blob is not known yet. */
  name: string;
  oid?: string;
}

/** A version read while the history is searched: what a row needs, or null when the commit has no such file. */
export type Found = VersionInfo | null;

/** The answers file's blob at a version, as read. */
interface AnswersAt {
  oid: string;
  link: boolean;
}

/**
 * Reads versions of the answers file and their system files through one running `git cat-file`,
 * holding no more than one version's files: while the history is searched, a version is parsed to
 * find what it names and only that is kept; when it is scored it is read and parsed again. A file
 * is parsed once however many versions in a row share it (system owners' commits leave the answers
 * file as it was, and each leaves most system files as they were), and only the last blob of each
 * is kept for that, so the memory used does not grow with the history.
 */
export function versionReader(objects: ObjectStream, symlinks: ReadonlySet<string>, located: CommittedSystemFiles) {
  const answersAt = new Map<string, AnswersAt>();
  // What a row needs of a blob at a path: the same for every version that has it.
  const known = new Map<string, Omit<VersionInfo, 'commit' | 'date'>>();
  const keyOf = (at: AnswersAt, path: string): string => `${at.oid}\0${at.link}\0${path}`;
  const describe = (wanted: Wanted[]) => (name: string): string => {
    const w = wanted.find((x) => x.name === name);
    return w ? `${w.path} in commit ${w.commit.slice(0, 7)}` : name;
  };

  /** Read and parse these versions, a batch at a time, keeping what a row needs. */
  async function find(wanted: Wanted[]): Promise<Found[]> {
    const found: Found[] = [];
    for (let start = 0; start < wanted.length; start += BATCH) {
      const batch = wanted.slice(start, start + BATCH);
      // A blob whose row is known already need not be read again.
      const unknown = batch.filter((w) => w.oid === undefined || !known.has(keyOf({ oid: w.oid, link: symlinks.has(w.oid) }, w.path)));
      const names = [...new Set(unknown.map((w) => w.name))];
      const blobs = await objects.read(names, describe(batch));
      const byName = new Map(names.map((n, i) => [n, blobs[i] ?? null]));
      for (const w of batch) {
        const blob = byName.get(w.name);
        const oid = w.oid ?? blob?.oid;
        // Asked for by its commit and path and not there: the answers file was not in that commit.
        if (oid === undefined) {
          found.push(null);
          continue;
        }
        const at = { oid, link: symlinks.has(oid) };
        answersAt.set(w.commit, at);
        const key = keyOf(at, w.path);
        let row = known.get(key);
        if (!row) {
          const { parsed: _parsed, commit: _commit, date: _date, ...rest } = parseVersion(w.commit, w.date, w.path, toBlob(blob, w.path, at.link));
          row = rest;
          known.set(key, row);
        }
        found.push({ ...row, commit: w.commit, date: w.date });
      }
    }
    return found;
  }

  let lastAnswers: { key: string; version: ParsedVersion } | null = null;
  // The answers file of the next few versions, asked for with this one's: one request to git per
  // AHEAD versions rather than per version, at the cost of holding AHEAD blobs.
  const early = new Map<string, BatchBlob | null>();
  let lastSystems = new Map<string, { oid: string; checked: CheckedSystemFile }>();

  /** Read one version for scoring: call in the order the versions are scored. */
  async function read(version: VersionInfo, upcoming: readonly VersionInfo[] = []): Promise<{ version: ParsedVersion; systemFile: (ref: string, display: string) => CheckedSystemFile | { problem: string } }> {
    // A version that could not be read or parsed is not scored: nothing more is needed of it.
    if (version.problem !== null) return { version: { ...version, parsed: null }, systemFile: () => ({ problem: 'is not in this commit' }) };
    const at = answersAt.get(version.commit);
    const key = at ? keyOf(at, version.path) : null;
    const folder = folderOf(version.path);
    const systems = version.systemFiles.map((ref) => ({ ref, display: `${folder}${ref}`, read: located.get(systemFileKey(version.commit, ref))?.read ?? { problem: 'is not in this commit' } }));
    const changed = systems.flatMap((s) => ('oid' in s.read && lastSystems.get(s.display)?.oid !== s.read.oid ? [{ ...s, read: s.read }] : []));
    const wantAnswers = at !== undefined && lastAnswers?.key !== key;
    const ahead = wantAnswers && !early.has(at.oid) ? upcoming.slice(0, AHEAD).flatMap((v) => (v.problem === null ? [answersAt.get(v.commit)?.oid ?? ''] : [])).filter((oid) => oid !== '' && oid !== at.oid) : [];
    const names = [...new Set([...(wantAnswers && !early.has(at.oid) ? [at.oid] : []), ...ahead, ...changed.map((s) => s.read.oid)])];
    const describeObject = (name: string): string => {
      const s = changed.find((c) => c.read.oid === name);
      return s ? `${s.read.path} in commit ${version.commit.slice(0, 7)}` : `${version.path} in commit ${version.commit.slice(0, 7)}`;
    };
    const blobs = await objects.read(names, describeObject);
    const byOid = new Map(names.map((n, i) => [n, blobs[i] ?? null]));
    for (const oid of ahead) early.set(oid, byOid.get(oid) ?? null);
    if (wantAnswers && key !== null) {
      const blob = early.get(at.oid) ?? byOid.get(at.oid);
      early.delete(at.oid);
      lastAnswers = { key, version: parseVersion(version.commit, version.date, version.path, toBlob(blob, version.path, at.link)) };
    }
    const parsed: ParsedVersion = { ...version, parsed: lastAnswers && lastAnswers.key === key ? lastAnswers.version.parsed : null };
    // Only this version's files are kept for the next: the memory used is one version's, whatever the history.
    const next = new Map<string, { oid: string; checked: CheckedSystemFile }>();
    const results = new Map<string, CheckedSystemFile | { problem: string }>();
    for (const s of systems) {
      if (!('oid' in s.read)) {
        results.set(s.ref, s.read);
        continue;
      }
      const kept = next.get(s.display) ?? lastSystems.get(s.display);
      if (kept?.oid === s.read.oid) {
        next.set(s.display, kept);
        results.set(s.ref, kept.checked);
        continue;
      }
      const blob = toBlob(byOid.get(s.read.oid), s.read.path, false);
      if ('problem' in blob) {
        results.set(s.ref, blob);
        continue;
      }
      const checked = checkSystemFile(blob.text, s.display);
      next.set(s.display, { oid: s.read.oid, checked });
      results.set(s.ref, checked);
    }
    lastSystems = next;
    return { version: parsed, systemFile: (ref) => results.get(ref) ?? { problem: 'is not in this commit' } };
  }

  return { find, read };
}
