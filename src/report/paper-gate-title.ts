import type { Assessment, GateResult, ProfileResult } from '../scoring/assessment.js';
import { countWord, plural } from '../text/count-words.js';
import { listTitles } from '../text/list-words.js';
import { pluralNoun } from '../text/plural-noun.js';

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

/**
 * Who falls short of a profile gate, by title as the rest of the paper names systems ("short: Social
 * care case management and the organisation"), not by the id the CI summary uses; a title two systems
 * share already carries its id (systems-named-apart.ts). Named when two or fewer, else counted, as
 * the CI summary does. Null for a gate that is not a profile's, or one no system falls short of.
 */
function profileShortfall(gate: Pick<GateResult, 'id' | 'title'>, a: Pick<Assessment, 'profiles' | 'systems' | 'systemLabel' | 'systemLabelPlural'>): string | null {
  if (gate.id !== 'profile') return null;
  const id = /^profile "(.*)"$/.exec(gate.title)?.[1];
  const unmet = a.profiles.find((p) => p.id === id)?.requirements.filter((r) => !r.met) ?? [];
  if (!unmet.some((r) => r.system !== null)) return null;
  const scopes = [...new Set(unmet.map((r) => r.system))];
  const titles = new Map(a.systems.map((s) => [s.id, s.title]));
  const label = a.systemLabel ?? 'system';
  const organisation = scopes.includes(null) ? ['the organisation'] : [];
  const systems = scopes.filter((x): x is string => x !== null);
  const named = scopes.length <= 2 ? [...systems.map((x) => titles.get(x) ?? x), ...organisation] : [...organisation, plural(systems.length, label, a.systemLabelPlural ?? pluralNoun(label))];
  return `short: ${listTitles(named)}`;
}

/** A gate's summary with who falls short of its profile named by title; any other summary as it is. */
export function summaryByTitle(gate: Pick<GateResult, 'id' | 'title' | 'summary'>, a: Pick<Assessment, 'profiles' | 'systems' | 'systemLabel' | 'systemLabelPlural'>): string {
  const short = profileShortfall(gate, a);
  return short === null ? gate.summary : gate.summary.replace(/; short: .*$/s, `; ${short}`);
}

/** A gate's result in the paper's words: "two high or worse gaps without a waiver", not "2 unwaived high or worse gaps" (count-words.ts). */
export function paperGateSummary(gate: Pick<GateResult, 'id' | 'title' | 'summary'>, a: Pick<Assessment, 'profiles' | 'systems' | 'systemLabel' | 'systemLabelPlural'>): string {
  if (gate.id !== 'fail-on') return summaryByTitle(gate, a);
  return gate.summary
    .replace(/^no unwaived (.+) gap$/, 'no $1 gap without a waiver')
    .replace(/^(\d+) unwaived (.+ gaps?)$/, (_, n: string, gaps: string) => `${countWord(Number(n))} ${gaps} without a waiver`);
}
