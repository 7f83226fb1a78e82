import { errorAt, type Diagnostic } from '../errors.js';
import type { Location, Questionnaire } from '../questionnaire/types.js';
import { byVersion, majorOf, minorOf } from '../questionnaire/version-order.js';
import { givenText } from '../text/given-text.js';
import { quoteId } from '../text/odd-characters.js';
import type { Places } from '../yaml/positions.js';
import type { RawLongAnswer, RawValue } from './read-answer.js';
import type { Answers, SystemAnswers, Waiver } from './types.js';
import { validateAnswerSet, validateWaivers, type SetPlace } from './validate-answer-set.js';
import { shellWord } from '../text/shell-word.js';

interface RawSystem {
  id: string;
  title: string;
  owner?: string;
  file?: string;
  answers?: Record<string, RawValue | RawLongAnswer> | null;
  waivers?: Waiver[] | null;
}

/** The answers file as its schema describes it. */
export interface RawAnswers {
  questionnaire?: string;
  questionnaireVersion?: string;
  organisation?: string;
  assessor?: string;
  assessedOn?: string;
  answers?: Record<string, RawValue | RawLongAnswer> | null;
  waivers?: Waiver[] | null;
  systems?: RawSystem[] | null;
  /** In a system file: the system it holds the answers of. */
  system?: string;
}

/** A system's own file, read and schema-checked by the caller. */
export interface SystemFile {
  raw: RawAnswers;
  file: string;
  positions: Places;
}

export interface AnswersOptions {
  /** System files by `file:` as written in the answers file; a missing one was reported by whoever read them. */
  systemFiles?: Map<string, SystemFile>;
  /**
   * A questionnaire with system sections needs a system: false while a guided walk has yet to ask
   * for them; 'warning' for validate, which accepts a file still being filled in (as it accepts
   * unanswered questions) and says what assess will need.
   */
  requireSystems?: boolean | 'warning';
  /**
   * The command that asks for the systems on a terminal, as the CLI would print it: only the CLI
   * knows how this run was told where the questionnaire is, which the command must repeat.
   */
  walkCommand?: string;
}


type Report = (severity: 'error' | 'warning', pointer: string, message: string) => void;

function reporterFor(file: string, positions: Places, out: Diagnostic[]): Report {
  return (severity, pointer, message) => out.push({ ...errorAt(file, message, positions.of(pointer), pointer), severity });
}

/** The questionnaire a file names, and its version: one error for another questionnaire or major version. */
function checkHeader(raw: RawAnswers, questionnaire: Questionnaire, report: Report, listedBy?: { file: string; label: string }): boolean {
  let ok = true;
  // A file that names none answers the questionnaire given with -q, else the default (SPEC: Options of assess).
  if (raw.questionnaire !== undefined && raw.questionnaire !== questionnaire.id) {
    // A system's file answers whatever the file listing it answers: -q would not help there.
    report(
      'error',
      '/questionnaire',
      listedBy
        ? `this ${listedBy.label}'s file is for questionnaire "${raw.questionnaire}", but the answers file that lists it, ${listedBy.file}, is scored against "${questionnaire.id}"; a ${listedBy.label}'s file answers the same questionnaire as the file that lists it`
        : `these answers are for questionnaire "${raw.questionnaire}", but "${questionnaire.id}" was given; pass -q with the questionnaire they answer`,
    );
    ok = false;
  }
  if (raw.questionnaireVersion !== undefined && raw.questionnaireVersion !== questionnaire.version) {
    const theirs = raw.questionnaireVersion;
    // Answers newer than the questionnaire found need that newer version, not a review of the answers.
    const newer = byVersion(theirs, questionnaire.version) > 0;
    const giveNewer = `give version ${theirs} of the questionnaire (-q FILE or --questionnaire-dir DIR, or a newer cyber-ready for a bundled one)`;
    if (majorOf(theirs) !== majorOf(questionnaire.version)) {
      const note = newer ? undefined : questionnaire.upgradeNotes[`${majorOf(theirs)}.x`];
      const how = newer ? `; ${giveNewer}` : note ? `: ${note.trim().replace(/\s+/g, ' ')}` : '; review the answers against the new version';
      report('error', '/questionnaireVersion', `these answers are for version ${theirs}, but the questionnaire is version ${questionnaire.version} (a different major version${newer ? ', older than theirs' : ''})${how}`);
      ok = false;
    } else if (minorOf(theirs) !== minorOf(questionnaire.version)) {
      const how = newer ? `, older than theirs: a question or option added since is unknown to it; ${giveNewer}` : '; check for new or changed questions';
      report('warning', '/questionnaireVersion', `these answers are for version ${theirs}, but the questionnaire is version ${questionnaire.version}${how}`);
    }
  }
  return ok;
}

/**
 * Check answers against their questionnaire and normalise each value to its question's type: the
 * organisation's answers, then each system's (inline or from its own file), then the waivers.
 * Returns every problem found; `answers` is usable only when there is no error.
 */
export function validateAnswers(raw: RawAnswers, file: string, positions: Places, questionnaire: Questionnaire, options: AnswersOptions = {}): { answers: Answers; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const report = reporterFor(file, positions, out);
  const label = questionnaire.systemLabel;
  // Answers to another questionnaire, or another major version, would each fail in their own way; one
  // error says why, not a hundred.
  const headerOk = checkHeader(raw, questionnaire, report);
  const place = (base: string, system: SetPlace['system'], extra: Partial<SetPlace> = {}): SetPlace => ({ file, positions, base, questionnaire, system, waived, ...extra });
  const waived: SetPlace['waived'] = new Map();

  if (raw.system !== undefined) {
    // A system's own file, for a questionnaire with no system in it: said once at its `system:`, as
    // `systems:` is below, rather than called valid with its answers counted as none.
    if (headerOk && !questionnaire.systemScoped) {
      report('error', '/system', `questionnaire "${questionnaire.id}" has no section answered per system, so a file of one system's answers does not fit it; write these answers in an answers file without "system:"`);
      return { answers: { ...header(raw, questionnaire.id, file, positions), file, answers: new Map(), waivers: [], systems: [] }, diagnostics: out };
    }
    // A system file checked on its own (`validate systems/x.yaml`): its answers as that system's.
    const { set } = validateAnswerSet(headerOk ? raw : {}, place('', { id: raw.system, title: raw.system }), out);
    return { answers: { ...header(raw, questionnaire.id, file, positions), file, answers: new Map(), waivers: [], systems: [{ ...set, id: raw.system, title: raw.system }] }, diagnostics: out };
  }

  const rawSystems = raw.systems ?? [];
  const systemIds = new Set(rawSystems.map((s) => s.id));
  const org = validateAnswerSet(headerOk ? { ...(raw.answers !== undefined ? { answers: raw.answers } : {}) } : {}, place('', null), out);
  const systems: SystemAnswers[] = [];
  if (headerOk && rawSystems.length && !questionnaire.systemScoped) {
    report('error', '/systems', `questionnaire "${questionnaire.id}" has no section answered per system; remove "systems:" or choose a questionnaire that has them`);
  } else if (headerOk) {
    const seen = new Map<string, number>();
    rawSystems.forEach((entry, i) => {
      const base = `/systems/${i}`;
      const first = seen.get(entry.id);
      if (first !== undefined) {
        report('error', `${base}/id`, `${label} id "${entry.id}" is used twice (first at line ${positions.of(`/systems/${first}/id`)?.line ?? '?'}); each ${label} needs its own id`);
        return;
      }
      seen.set(entry.id, i);
      const system = { id: entry.id, title: entry.title };
      const where = positions.of(base);
      const entryLocation: Location | undefined = where ? { file, ...where } : undefined;
      const owner = givenText(entry.owner);
      const common = { id: entry.id, title: entry.title, ...(owner !== undefined ? { owner } : {}), ...(entryLocation ? { entryLocation } : {}) };
      const organisation = { answers: org.set.answers, applies: org.applies };
      if (entry.file === undefined) {
        const { set } = validateAnswerSet(entry, place(base, system, { organisation }), out);
        systems.push({ ...set, ...common });
        return;
      }
      if (entry.answers != null || entry.waivers != null) {
        report('error', `${base}/file`, `${label} "${entry.id}" has both "file:" and answers or waivers of its own; keep its answers in one place`);
        return;
      }
      const own = options.systemFiles?.get(entry.file);
      if (!own) return;
      if (!systemFileFits(own, entry, questionnaire, out, file)) return;
      const { set } = validateAnswerSet(own.raw, { file: own.file, positions: own.positions, base: '', questionnaire, system, organisation, waived }, out);
      systems.push({ ...set, ...common, ref: entry.file });
    });
  }
  // Top-level waivers may name any listed system, so they are checked once every system is known.
  const waivers = headerOk ? validateWaivers(raw.waivers ?? [], place('', null, { systemIds }), out) : [];
  if (headerOk && questionnaire.systemScoped && rawSystems.length === 0 && options.requireSystems !== false) {
    const sections = questionnaire.sections.filter((s) => s.scope === 'system').map((s) => s.id);
    const warning = options.requireSystems === 'warning';
    report(
      warning ? 'warning' : 'error',
      // At `systems:` where the file has it (an `init` template does, `systems: []`): where the fix goes.
      raw.systems !== undefined ? '/systems' : raw.answers !== undefined ? '/answers' : '/questionnaire',
      `questionnaire "${questionnaire.id}" answers ${sections.length === 1 ? 'section' : 'sections'} ${sections.map((s) => `"${s}"`).join(', ')} once per ${label}, and this file lists none${warning ? ' yet, so it cannot be assessed' : ''}; add each ${label} under "systems:" (id, title, answers), or run "${options.walkCommand ?? `cyber-ready assess --answers ${shellWord(file)}`}" in a terminal to be asked for them`,
    );
  }
  return { answers: { ...header(raw, questionnaire.id, file, positions), ...org.set, waivers, systems }, diagnostics: out };
}

function header(raw: RawAnswers, answered: string, file: string, positions: Places): Pick<Answers, 'questionnaire' | 'questionnaireVersion' | 'organisation' | 'assessor' | 'assessedOn' | 'assessedOnLocation'> {
  const dated = raw.assessedOn !== undefined ? positions.of('/assessedOn') : undefined;
  return {
    questionnaire: raw.questionnaire ?? answered,
    ...(raw.questionnaireVersion !== undefined ? { questionnaireVersion: raw.questionnaireVersion } : {}),
    ...(givenText(raw.organisation) !== undefined ? { organisation: raw.organisation } : {}),
    ...(givenText(raw.assessor) !== undefined ? { assessor: raw.assessor } : {}),
    ...(raw.assessedOn !== undefined ? { assessedOn: raw.assessedOn } : {}),
    ...(dated ? { assessedOnLocation: { file, ...dated } } : {}),
  };
}

/** A system file answers the same questionnaire, says which system it is for, and lists no systems itself. */
function systemFileFits(own: SystemFile, entry: RawSystem, questionnaire: Questionnaire, out: Diagnostic[], listedBy: string): boolean {
  const report = reporterFor(own.file, own.positions, out);
  const label = questionnaire.systemLabel;
  if (own.raw.systems !== undefined) {
    report('error', '/systems', `a ${label} file holds one ${label}'s answers and cannot list "systems:"; give it "system: ${entry.id}"`);
    return false;
  }
  if (own.raw.system === undefined) {
    report('error', '', `this file holds the answers of ${label} "${entry.id}" and must say so: add "system: ${entry.id}"`);
    return false;
  }
  if (own.raw.system !== entry.id) {
    report('error', '/system', `this file is named by ${label} "${entry.id}" but says system: ${quoteId(own.raw.system)}; make them agree`);
    return false;
  }
  return checkHeader(own.raw, questionnaire, report, { file: listedBy, label });
}
