import type { GateResult, ProfileResult } from '../scoring/assessment.js';

/**
 * A gate as a board paper says it to councillors: the CI words ("no unwaived gap of severity high
 * or worse", `profile "baseline"`) are for the pipeline; the paper says them in plain words and
 * names a profile by its title, which is what the reader knows it by. Anything not recognised is
 * said as the gate names itself.
 */
export function paperGateTitle(gate: Pick<GateResult, 'id' | 'title'>, profiles: readonly Pick<ProfileResult, 'id' | 'title'>[]): string {
  switch (gate.id) {
    case 'min-score':
      return gate.title.replace(/^overall score at least /, 'an overall score of at least ');
    case 'fail-on':
      return gate.title.replace(/^no unwaived gap of severity (.+)$/, 'no gap of severity $1 left without a waiver');
    case 'profile': {
      const id = /^profile "(.*)"$/.exec(gate.title)?.[1];
      const profile = profiles.find((p) => p.id === id);
      return `every requirement of the profile "${profile?.title ?? id ?? gate.title}"`;
    }
    default:
      return gate.title;
  }
}

/** A gate's result in the paper's words: "41 high or worse gaps without a waiver", not "41 unwaived high or worse gaps". */
export function paperGateSummary(gate: Pick<GateResult, 'id' | 'summary'>): string {
  if (gate.id !== 'fail-on') return gate.summary;
  return gate.summary.replace(/^no unwaived (.+) gap$/, 'no $1 gap without a waiver').replace(/^(\d+) unwaived (.+ gaps?)$/, '$1 $2 without a waiver');
}
