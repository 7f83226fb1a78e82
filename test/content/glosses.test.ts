import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/questionnaire/types.js';
import { loadQuestionnaireText } from '../helpers/load.js';

// A second assessor's review of the wording added so that every gap reads on its own
// (council-cyber-resilience 2.3.0, cyber-essentials-readiness 2.3.2, caf-local-government 2.1.2):
// some glosses were wrong, some rewordings changed what a question asks, and some broke the
// sentence they sat in. Each row is one finding: the question and field, what was wrong, what the
// words must say and what they must not.
const dir = new URL('../../questionnaires/', import.meta.url);
const questions = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => [...loadQuestionnaireText(readFileSync(new URL(f, dir), 'utf8'), `questionnaires/${f}`).questionnaire.questions.values()].map((q) => [q.id, q] as const)),
);
const words = (id: string, field: 'text' | 'remediation'): string => {
  const q: Question | undefined = questions.get(id);
  expect(q, id).toBeDefined();
  return (q?.[field] ?? '').replace(/\s+/g, ' ');
};

const findings: [string, 'text' | 'remediation', string, RegExp | null, RegExp | null][] = [
  // A tenant is the organisation's whole space on a service, not one login.
  ['saas-tenant-configuration', 'text', 'no "tenant (its own account)"', null, /its own account/],
  ['saas-tenant-configuration', 'remediation', 'a tenant is the whole space', /tenant on each \(its whole space on the service/, null],
  // A test the backups must pass, not a claim about them.
  ['ir-backups-offline', 'text', 'restrictive "that"', /backups of its critical systems and data that ransomware could not reach or delete\?$/, /, which ransomware/],
  ['ir-backups-offline', 'remediation', 'the gloss beside "immutable"', /immutable \(locked so that no one can change or delete it for a set time\)/, null],
  ['caf-b5-c', 'remediation', 'gloss "immutable" only', /immutable \(locked so that nobody can change or delete it for a set time\)/, /copy of this system's backups \(/],
  ['caf-c1-b', 'remediation', 'each storage with what it does', /write-once storage, which cannot be altered, or on integrity-checked storage, which shows any change/, /which cannot be altered or shows any change/],
  // Cyber Essentials v3.3 accepts passwordless sign-in as multi-factor authentication.
  ['plus-mfa-checks', 'text', 'no password presumed', null, /as well as the password/],
  ['plus-mfa-checks', 'remediation', 'a passkey counts', /passkey/, null],
  ['mon-out-of-hours-triage', 'remediation', 'triage is assessing and acting', /alerts to be assessed and acted on round the clock/, /checking of alerts/],
  // Managed identities and certificates have no password at all.
  ['identity-service-accounts', 'text', '"managed credential"', /a long unique password or a managed credential\?$/, /or one the system manages/],
  ['identity-service-accounts', 'remediation', 'what a managed credential is', /managed identity or a certificate/, null],
  ['care-caldicott', 'text', '"lawfully" kept', /used and shared lawfully and properly\?$/, null],
  // Glosses that broke their sentence.
  ['caf-b4-b', 'remediation', 'verb beside its object', /take from ordinary users the local administrator rights that let them/, /rights, which let a user/],
  ['identity-admin-phishing-resistant', 'text', '"such as" names sign-in methods', /\(MFA\), such as a security key or passkey\?$/, /cannot capture, such as/],
  ['identity-admin-tiering', 'text', 'no brackets in the list', /manage the directory of user accounts and the backups kept apart/, /\(/],
  ['email-dmarc-reports', 'text', 'Mail Check explained in help', /now that Mail Check has been retired\?$/, null],
];

describe('wording a second assessor corrected', () => {
  it.each(findings)('%s (%s): %s', (id, field, _why, must, mustNot) => {
    const said = words(id, field);
    if (must) expect(said).toMatch(must);
    if (mustNot) expect(said).not.toMatch(mustNot);
  });

  // One gloss for one term: Cyber Essentials' uac-mfa-cloud and the CAF's caf-b2-b both send the
  // council to conditional access, and "sign-in rules that check the device" is only one use of it.
  it('glosses conditional access the same way in both questionnaires that use it', () => {
    const gloss = (id: string): string | undefined => /conditional access \(([^)]*)\)/.exec(words(id, 'remediation'))?.[1];
    expect(gloss('uac-mfa-cloud')).toBe('rules that decide who may sign in, from where and how');
    expect(gloss('caf-b2-b')).toBe(gloss('uac-mfa-cloud'));
  });
});
