import type { Assessment, Gap, ScopeId } from './assessment.js';
import { scopeKey } from './scope-key.js';

/**
 * A gap whose cover by a waiver changed between two assessments. A waiver moves no score, so without
 * this a diff could not show a critical gap newly accepted as a risk (and so left out of the
 * `--fail-on` gate), or a risk whose waiver was taken out or has run out.
 */
export interface AcceptedRiskChange {
  question: string;
  system: ScopeId;
  systemTitle: string | null;
  text: string;
  severity: Gap['severity'];
  /** The waiver that covers it now (newly accepted), or that covered it before (no longer accepted). */
  waiver: { reason: string; approvedBy: string | null; expires: string };
  /** For a risk no longer accepted: its waiver is no longer in the file, or is there but has expired. */
  lapsed: 'removed' | 'expired' | null;
}

export interface AcceptedRiskChanges {
  /** Gaps of the later file accepted under a waiver that did not cover them in the earlier one. */
  newlyAccepted: AcceptedRiskChange[];
  /** Gaps accepted in the earlier file that are gaps without cover in the later one. */
  noLongerAccepted: AcceptedRiskChange[];
}

/** The earlier file as judged on the day it was assessed (`then`) and on the later file's day (`now`): the same assessment when those are one day. */
export interface EarlierJudged {
  then: Assessment;
  now: Assessment;
}

/**
 * Compare which gaps are accepted risks, in the organisation and in systems in both files (`kept`,
 * as the answer lists are). A gap closed in the later file is an improvement, not a lapsed waiver.
 * A system added in the later file brings its waivers with it: each is newly accepted, as a reviewer
 * has to see a gap waived in a pull request whether the system came with it or was there before.
 * A risk no longer accepted is judged against the earlier file on the day it was assessed, so one
 * whose waiver ran out since is listed; a risk newly accepted against the earlier file on the later
 * day, so a waiver renewed (one that had run out by then, or would have) is listed too.
 */
export function diffAcceptedRisks(before: EarlierJudged, after: Assessment, kept: (system: ScopeId) => boolean, title: (system: ScopeId) => string | null): AcceptedRiskChanges {
  const covered = (a: Assessment, counted: (system: ScopeId) => boolean) => new Map(a.gaps.filter((g) => counted(g.system)).map((g) => [scopeKey(g.question, g.system), g]));
  const thenGaps = covered(before.then, kept);
  const nowGaps = before.now === before.then ? thenGaps : covered(before.now, kept);
  // Every scope of the later file: those kept, and those added (a removed system is not in it).
  const newGaps = covered(after, () => true);
  const change = (g: Gap, waiver: NonNullable<Gap['waiver']>, lapsed: AcceptedRiskChange['lapsed']): AcceptedRiskChange => ({
    question: g.question,
    system: g.system,
    systemTitle: title(g.system),
    text: g.text,
    severity: g.severity,
    waiver: { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires },
    lapsed,
  });
  const newlyAccepted: AcceptedRiskChange[] = [];
  const noLongerAccepted: AcceptedRiskChange[] = [];
  for (const [key, g] of newGaps) {
    if (g.accepted && g.waiver && !nowGaps.get(key)?.accepted) newlyAccepted.push(change(g, g.waiver, null));
    const old = thenGaps.get(key);
    // An expired waiver still in the file is the one to show: its date says when the cover ended.
    if (!g.accepted && old?.accepted && old.waiver) noLongerAccepted.push(g.waiver?.state === 'expired' ? change(g, g.waiver, 'expired') : change(g, old.waiver, 'removed'));
  }
  return { newlyAccepted, noLongerAccepted };
}
