import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { plainQuotes, readDocx, squash } from '../helpers/docx-reader.js';
import { hasXmllint, junitSchemaErrors } from '../helpers/machine-consumers.js';

// One rule for "accepted risk" in every format: a gap under a waiver that has not expired is one only
// when it does not still stop the assessment (src/report/gate-stops.ts). SARIF and GitLab already
// kept such a gap open; the papers left it out of the biggest risks as an accepted risk and asked the
// committee to confirm it was still acceptable, while CI was red because of it.
//
// test/fixtures/blocking/auto-fail.yaml with a profile: mfa is an automatic fail (blocking), waived;
// training is an ordinary gap, waived, which the profile "Baseline" requires.
let dir = '';
let args: string[] = [];
const MFA = 'Is multi-factor authentication on for every user of every cloud service?';
const TRAINING = 'Has every member of staff had security training this year?';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-waived-stops-'));
  const q = `${readFileSync('test/fixtures/blocking/auto-fail.yaml', 'utf8')}profiles:\n  - id: baseline\n    title: Baseline\n    requires: { training: yes }\n`;
  writeFileSync(join(dir, 'q.yaml'), q);
  writeFileSync(
    join(dir, 'a.yaml'),
    'questionnaire: auto-fail\nanswers:\n  mfa: admins\n  patching: yes\n  training: no\nwaivers:\n' +
      '  - { question: mfa, reason: Rolling out by March., approvedBy: Audit Committee, expires: 2027-03-31 }\n' +
      '  - { question: training, reason: Booked for January., approvedBy: Audit Committee, expires: 2027-03-31 }\n',
  );
  args = ['assess', '-q', join(dir, 'q.yaml'), '-a', join(dir, 'a.yaml'), '--today', '2026-11-23', '--allow-incomplete'];
});

const run = async (extra: string[]): Promise<string> => (await runBinary({ args: [...args, ...extra] })).stdout;
/** The markdown paper's list of biggest risks, from its heading to the next. */
const risksOf = (md: string): string => md.slice(md.indexOf('biggest risk'), md.indexOf('\n## ', md.indexOf('biggest risk')));
/** Each action's heading in the HTML paper, with its badge. */
const htmlActions = (html: string): string[] => [...html.matchAll(/<h4 id="action-\d+">[\s\S]*?<\/h4>/g)].map((m) => m[0]);

describe('a waived gap that still stops the assessment is not an accepted risk in the papers', () => {
  it('with no gate: the waived automatic fail is one of the biggest risks, saying why its waiver does not cover it; the other waived gap stays an accepted risk', async () => {
    const md = await run(['-f', 'markdown']);
    const risks = risksOf(md);
    expect(risks).toContain(`**${MFA}**`);
    expect(risks).toContain('   - Waived until 2027-03-31, but a waiver does not lift the cap on the rating.\n');
    // The plain waived gap is left out, and said to be, as before.
    expect(risks).not.toContain(TRAINING);
    expect(risks).toContain('One gap that ranks among these is left out: it is an accepted risk under a waiver that has not expired.');
    expect(md).toContain('. Confirm that the one risk accepted under a waiver is still acceptable; the appendix lists every waiver in force.\n   - Action 1: ');
    expect(md).toContain('one is an accepted risk under a waiver that has not expired.');
    expect(md).toContain('- Waiver: Waived until 2027-03-31, approved by Audit Committee, but a waiver does not lift the cap on the rating: Rolling out by March.');
    expect(md).toContain('- Waiver: Accepted risk until 2027-03-31, approved by Audit Committee: Booked for January.');
    expect(md).toContain(`(\`mfa\`): answer: Administrators only (waived, but still caps the rating)`);

    const html = await run(['-f', 'html']);
    const [mfa, training] = [MFA, TRAINING].map((t) => htmlActions(html).find((a) => a.includes(t)) ?? '');
    expect(mfa).not.toContain('Accepted risk');
    expect(training).toContain('<span class="badge accepted">Accepted risk</span>');
    expect(html).toMatch(new RegExp(`<li><strong>${MFA.replace('?', '\\?')}</strong>.*<br>Waived until 2027-03-31, but a waiver does not lift the cap on the rating\\.`));

    const text = await run([]);
    expect(text).toMatch(/CRITICAL {2}Is multi-factor .* \(automatic fail\)\n/);
    expect(text).toMatch(/MEDIUM {4}Has every member of staff.* \(accepted risk\)\n/);

    const junit = await run(['-f', 'junit']);
    expect(junit).toContain('<system-out>Waived until 2027-03-31, but a waiver does not lift the cap on the rating: Rolling out by March.');
    expect(junit).toContain('<system-out>Accepted risk until 2027-03-31: Booked for January.');
  });

  it('with a --profile that the waived gap fails: it is a risk too, and nothing is left out or asked to be confirmed', async () => {
    const gated = await runBinary({ args: [...args, '--profile', 'baseline', '-f', 'markdown'] });
    expect(gated.code).toBe(ExitCode.GateFailed);
    const md = gated.stdout;
    const risks = risksOf(md);
    expect(risks).toContain(`**${TRAINING}**`);
    expect(risks).toContain('   - Waived until 2027-03-31, but it fails a requested gate (every requirement of the profile "Baseline").\n');
    expect(risks).not.toContain('left out');
    expect(md).not.toContain('Confirm that');
    expect(md).not.toMatch(/accepted risk/i);
    expect(md).toContain('- Waiver: Waived until 2027-03-31, approved by Audit Committee, but it fails a requested gate (every requirement of the profile "Baseline"): Booked for January.');

    const html = await run(['--profile', 'baseline', '-f', 'html']);
    expect(html).not.toContain('badge accepted">');
    expect(html).not.toContain('Confirm that');
    expect(html).toContain('<br>Waived until 2027-03-31, but it fails a requested gate (every requirement of the profile &quot;Baseline&quot;).');

    const text = await run(['--profile', 'baseline']);
    expect(text).not.toContain('(accepted risk)');
    expect(text).toMatch(/MEDIUM {4}Has every member of staff.* \(waived, fails gate\)\n/);

    const file = join(dir, 'paper.docx');
    await runBinary({ args: [...args, '--profile', 'baseline', '-f', 'docx', '-o', file] });
    const word = squash(plainQuotes((await readDocx({ path: file })).text));
    expect(word).toContain('Waived until 2027-03-31, but it fails a requested gate (every requirement of the profile "Baseline").');
    expect(word).not.toMatch(/accepted risk|Confirm that/i);
  }, 30_000);
});

describe('a waived gap that fails a requested gate says its waiver in JUnit, as in the other CI formats', () => {
  // JUnit failed the case with no word of the waiver, while GitLab, SARIF and the CSV said
  // "Waived until DATE, but it fails a requested gate (…)", and README says JUnit does too.
  it('the failure body gives the words GitLab gives, with the waiver\'s reason', async () => {
    const gitlab = join(dir, 'gl.json');
    const r = await runBinary({ args: [...args, '--profile', 'baseline', '-f', 'junit', '--report', `gitlab=${gitlab}`] });
    expect(r.code).toBe(ExitCode.GateFailed);
    const words = 'Waived until 2027-03-31, but it fails a requested gate (profile "baseline")';
    const issues = JSON.parse(readFileSync(gitlab, 'utf8')) as { check_name: string; description: string }[];
    expect(issues.find((i) => i.check_name === 'cyber-ready/training')?.description).toContain(`${words}: `);
    const failure = /<testcase [^>]*name="training: [^"]*"[^>]*>\s*<failure [^>]*>([^<]*)<\/failure>/.exec(r.stdout)?.[1] ?? '';
    expect(failure).toContain(`${words.replaceAll('"', '&quot;')}: profile &quot;baseline&quot; needs`);
    expect(failure).toContain(`\n${words.replaceAll('"', '&quot;')}: Booked for January.\n`);
    // The waived automatic fail fails no gate here, so its case passes and says so, as before.
    expect(r.stdout).toContain('<system-out>Waived until 2027-03-31, but a waiver does not lift the cap on the rating: Rolling out by March.');
  }, 30_000);

  // The body said the waiver, but the `message` attribute, which Jenkins and Azure DevOps show as the
  // error and GitLab as the case's summary, still opened "Fails the gate (…)", as for a gap nobody
  // had waived. The case fails because a profile counts waived gaps, not because the waiver lapsed:
  // the message says so in the words SARIF and GitLab open with, and the body starts with it.
  it('the failed case\'s message says the waiver first, as its body does, and the file stays valid against junit-10.xsd', async () => {
    const r = await runBinary({ args: [...args, '--profile', 'baseline', '-f', 'junit'] });
    expect(r.code).toBe(ExitCode.GateFailed);
    const [, message, body] = /<testcase [^>]*name="training: [^"]*"[^>]*>\s*<failure message="([^"]*)" type="[^"]*">([^<]*)<\/failure>/.exec(r.stdout) ?? [];
    const words = 'Waived until 2027-03-31, but it fails a requested gate (profile &quot;baseline&quot;): ';
    expect(message).toBe(`${words}profile &quot;baseline&quot; needs &quot;training&quot; at &quot;Yes&quot; or better; answer: No`);
    expect(body?.split('\n')[0]).toBe(message);
    expect(body).not.toContain('Fails the gate');
    const file = join(dir, 'waived.junit.xml');
    writeFileSync(file, r.stdout);
    if (hasXmllint()) expect(junitSchemaErrors(file)).toBe('');
  }, 30_000);
});
