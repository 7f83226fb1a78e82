/** The questionnaires of the sys fixture, for --questionnaire-dir. */
export const fixtures = new URL('../fixtures/systems/', import.meta.url).pathname;

/** The sys fixture's answers, with the answers that vary between versions and social care's `file:`. */
export function answers(o: { version?: string; wastePatched?: string; revenuesMfa?: string; extra?: string; file?: string }): string {
  return [
    'questionnaire: sys',
    `questionnaireVersion: ${o.version ?? '1.0.0'}`,
    'organisation: Test Council',
    'answers:',
    '  owner: yes',
    `  cloud: yes${o.extra ?? ''}`,
    'systems:',
    '  - id: revenues',
    '    title: Revenues and benefits',
    '    answers:',
    '      patched: yes',
    `      mfa: ${o.revenuesMfa ?? 'no'}`,
    '      cloud-backup: yes',
    '      logged: yes',
    '  - id: social-care',
    '    title: Social care case management',
    `    file: ${o.file ?? 'systems/social-care.yaml'}`,
    '  - id: waste',
    '    title: Waste collection',
    '    answers:',
    `      patched: ${o.wastePatched ?? 'no'}`,
    '      mfa: yes',
    '      cloud-backup: { status: unknown }',
    '      logged: yes',
    '',
  ].join('\n');
}

export const socialCare = (logged: string): string =>
  ['questionnaire: sys', 'questionnaireVersion: 1.0.0', 'system: social-care', 'answers:', '  patched: yes', '  mfa: no', '  cloud-backup: yes', `  logged: ${logged}`, ''].join('\n');
