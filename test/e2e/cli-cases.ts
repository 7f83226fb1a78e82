import { readFileSync } from 'node:fs';
import { ExitCode } from '../../src/errors.js';
import type { CliCall, CliResult } from '../helpers/cli.js';

export interface CliCase extends CliCall {
  name: string;
  exit: ExitCode;
  /** Checks on the result beyond the exit code; each returns nothing or throws. */
  check?: (result: CliResult) => void;
  stdout?: RegExp | string;
  stderr?: RegExp | string;
  /** Standard output must be empty (the report went to a file, or there is no report). */
  noStdout?: boolean;
}

const EXAMPLE = 'examples/council-cyber-resilience.answers.yaml';
const DIR = ['--questionnaire-dir', 'test/fixtures/valid'];
const TODAY = ['--today', '2026-11-23'];
const good = ['assess', ...DIR, ...TODAY, '-a', 'test/fixtures/valid/mini-good.answers.yaml'];
const mini = ['assess', ...DIR, ...TODAY, '-a', 'test/fixtures/valid/mini.answers.yaml'];
/** As `mini`, without a date: for cases that give their own --today. */
const undated = ['assess', ...DIR, '-a', 'test/fixtures/valid/mini.answers.yaml'];

/** A bundled questionnaire's own version, as a pattern: a content release must not break the listing case. */
function bundledVersion(id: string): string {
  const version = /^version: (\S+)$/m.exec(readFileSync(`questionnaires/${id}.yaml`, 'utf8'))?.[1];
  if (version === undefined) throw new Error(`questionnaires/${id}.yaml has no version line`);
  return version.replaceAll('.', String.raw`\.`);
}

/** One table, run both in-process and through the spawned binary (STYLE "Tests"). */
export const cliCases: CliCase[] = [
  { name: 'assesses the example with the text report', args: ['assess', '--answers', EXAMPLE, ...TODAY], exit: ExitCode.Ok, stdout: /\nOverall 51\/100 Partly ready\n$/ },
  { name: 'min-score passes at the score', args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '51.1'], exit: ExitCode.Ok, stdout: /gates passed\n {2}✓ pass {2}overall score 51\.1 meets 51\.1\n$/ },
  { name: 'min-score fails above the score', args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '70'], exit: ExitCode.GateFailed, stdout: /✗ FAIL {2}overall score 51 is below 70\n$/, stderr: 'cyber-ready: gate failed: overall score 51 is below 70\n' },
  { name: 'fail-on critical fails on an unwaived critical gap', args: [...mini, '--fail-on', 'critical'], exit: ExitCode.GateFailed, stdout: /✗ FAIL {2}1 unwaived critical gap\n$/, stderr: /mini\.answers\.yaml:\d+:\d+: gate fail-on failed: critical gap "owner": Partly in place/ },
  { name: 'fail-on low passes with no gap', args: [...good, '--fail-on', 'low'], exit: ExitCode.Ok, stdout: /✓ pass {2}no unwaived low or worse gap\n$/ },
  { name: 'fail-on high ignores a gap under an active waiver', args: [...mini, '--fail-on', 'high', '--format', 'json'], exit: ExitCode.GateFailed, check: ({ stdout }) => expectFailures(stdout, ['owner']) },
  { name: 'an expired waiver gives no cover', args: ['assess', ...DIR, '--today', '2026-11-24', '-a', 'test/fixtures/valid/mini.answers.yaml', '--fail-on', 'high', '--format', 'json'], exit: ExitCode.GateFailed, check: ({ stdout }) => expectFailures(stdout, ['owner', 'pci']) },
  { name: 'profile gate fails when a requirement is unmet', args: ['assess', '-a', EXAMPLE, ...TODAY, '--profile', 'baseline'], exit: ExitCode.GateFailed, stdout: /✗ FAIL {2}profile "baseline": 18 of 25 requirements met\n$/ },
  { name: 'profile gate passes when every requirement is met', args: [...good, '--profile', 'baseline'], exit: ExitCode.Ok },
  { name: 'an unknown profile is a usage error', args: [...good, '--profile', 'gold'], exit: ExitCode.CannotAssess, stderr: 'cyber-ready: --profile: questionnaire "mini" has no profile "gold" (profiles: baseline)\n', noStdout: true },
  { name: 'fail-on-stale fails on an answer past its review date', args: ['assess', '-a', EXAMPLE, ...TODAY, '--fail-on-stale'], exit: ExitCode.GateFailed, stdout: /✗ FAIL {2}1 answer past review date\n$/, stderr: /answer to "risk-corporate-register" was due for review by 2026-10-31/ },
  { name: 'fail-on-stale passes when nothing is stale', args: [...good, '--fail-on-stale'], exit: ExitCode.Ok },
  { name: 'every gate at once passes on good answers', args: [...good, '--min-score', '100', '--fail-on', 'low', '--profile', 'baseline', '--fail-on-stale'], exit: ExitCode.Ok, stdout: /· gates passed\n(  ✓ pass .*\n){4}$/ },
  {
    name: 'incomplete answers stop with exit 2 and the place of answers:',
    args: ['assess', ...DIR, ...TODAY, '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml'],
    exit: ExitCode.CannotAssess,
    stderr: 'test/fixtures/valid/mini-incomplete.answers.yaml:2:1: 5 of the 7 questions to answer have no answer yet (3 of them scored: budget, services, patch-days); answer them, or pass --allow-incomplete to score them as 0\n',
    noStdout: true,
  },
  { name: '--allow-incomplete scores unanswered questions as 0', args: ['assess', ...DIR, ...TODAY, '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml', '--allow-incomplete', '--detail'], exit: ExitCode.Ok, stdout: /Not answered, scored as 0 \(3\)\n {2}Is there a budget\? \[budget\]\n {2}Which services do you use\? \[services\]\n {2}Days to patch critical vulnerabilities\? \[patch-days\]/ },
  {
    name: 'a typo in a question id is exit 2 with file, line and column',
    args: ['assess', ...DIR, '-a', 'test/fixtures/invalid/answers/unknown-question.yaml'],
    exit: ExitCode.CannotAssess,
    stderr: 'test/fixtures/invalid/answers/unknown-question.yaml:12:3: unknown question "budgte"; did you mean "budget"?\n',
    noStdout: true,
  },
  { name: 'CYBER_READY_PATH finds custom questionnaires', args: ['assess', ...TODAY, '-a', 'test/fixtures/valid/mini-good.answers.yaml'], env: { CYBER_READY_PATH: 'test/fixtures/valid' }, exit: ExitCode.Ok, stdout: /Mini questionnaire \(mini 1\.2\.0\)/ },
  { name: 'an answers file naming a path instead of an id is refused at its place, never opened', args: ['assess', '--answers', '-'], stdin: 'questionnaire: /etc/passwd\nanswers: {}\n', exit: ExitCode.CannotAssess, stderr: '<stdin>:1:16: "questionnaire" must be a lower-case kebab-case id such as "social-care", not "/etc/passwd"\n' },
  { name: 'an unknown questionnaire id is exit 2', args: ['assess', '-a', 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.CannotAssess, stderr: /^test\/fixtures\/valid\/mini-good\.answers\.yaml:2:16: unknown questionnaire "mini" \(available: caf-local-government, council-cyber-resilience, cyber-essentials-readiness\); for a questionnaire of your own, pass -q FILE, or its folder with --questionnaire-dir DIR or CYBER_READY_PATH\n$/ },
  { name: 'a questionnaire given by path', args: ['assess', ...TODAY, '-q', 'test/fixtures/valid/mini.yaml', '-a', 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.Ok },
  { name: 'answers for another questionnaire than -q is exit 2', args: ['assess', '-q', 'council-cyber-resilience', '-a', 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.CannotAssess, stderr: /mini-good\.answers\.yaml:2:16: these answers are for questionnaire "mini", but "council-cyber-resilience" was given/ },
  { name: 'no terminal and no --answers is exit 2 at once, with a hint', args: ['assess'], exit: ExitCode.CannotAssess, stderr: 'cyber-ready: no answers to assess and no terminal to ask on; pass --answers FILE (or - for standard input)\n', noStdout: true },
  { name: 'answers from standard input', args: ['assess', ...DIR, ...TODAY, '--answers', '-', '--detail'], stdin: 'questionnaire: mini\nanswers: { owner: in-place, budget: yes, cards: no, services: [dns], patch-days: 40 }\n', exit: ExitCode.Ok, stdout: /Answers: <stdin>/ },
  // A CI pipeline given where answers or a questionnaire go: one line at its first key, not "unknown property" for each key.
  { name: 'a mapping of none of an answers file\'s keys is said not to be answers, in one line', args: ['assess', '--answers', '-'], stdin: 'stages: [test]\njob:\n  script: npm test\n', exit: ExitCode.CannotAssess, stderr: '<stdin>:1:1: this is not an answers file: it has none of the keys an answers file has, such as "questionnaire" and "answers"; give an answers file instead\n' },
  { name: 'a mapping of none of a questionnaire\'s keys is said not to be one, in one line', args: ['assess', '-q', 'test/fixtures/not-cyber-ready/workflow.yaml', '--answers', 'test/fixtures/valid/mini.answers.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/not-cyber-ready/workflow.yaml:2:1: this is not a questionnaire: it has none of the keys a questionnaire has, such as "id" and "sections"; name the questionnaire by its id or file instead\n' },
  { name: 'validate --kind answers on a CI pipeline says so in one line', args: ['validate', '--kind', 'answers', 'test/fixtures/not-cyber-ready/workflow.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/not-cyber-ready/workflow.yaml:2:1: checked as answers (--kind answers), but this is not an answers file: it has none of the keys an answers file has, such as "questionnaire" and "answers"\n' },
  { name: 'validate --kind questionnaire on a CI pipeline says so in one line', args: ['validate', '--kind', 'questionnaire', 'test/fixtures/not-cyber-ready/workflow.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/not-cyber-ready/workflow.yaml:2:1: checked as a questionnaire (--kind questionnaire), but this is not a questionnaire: it has none of the keys a questionnaire has, such as "id" and "sections"\n' },
  { name: 'bad YAML on standard input names <stdin>', args: ['assess', '--answers', '-'], stdin: 'questionnaire: [\n', exit: ExitCode.CannotAssess, stderr: '<stdin>:1:16: this "[" is not closed: end it with "]" on the same line, or indent the lines that continue it further than its key\n' },
  { name: 'a missing answers file is exit 2', args: ['assess', '-a', 'nope.yaml'], exit: ExitCode.CannotAssess, stderr: 'nope.yaml: no such file\n' },
  { name: 'a folder given as the answers file is exit 2', args: ['assess', '-a', 'test'], exit: ExitCode.CannotAssess, stderr: 'test: is a folder, not a file\n' },
  { name: 'invalid YAML in the answers is exit 2 with its place', args: ['assess', ...DIR, '-a', 'test/fixtures/invalid/answers/duplicate-answer.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/invalid/answers/duplicate-answer.yaml:14:3: duplicate key "budget" (first defined at line 12)\n' },
  { name: 'an invalid questionnaire is exit 2 with every error', args: ['assess', '-q', 'test/fixtures/invalid/questionnaires/several-errors.yaml', '-a', 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.CannotAssess, stderr: /several-errors\.yaml:5:1: unknown property "author".*\n.*several-errors\.yaml:26:17: "weight" must be a number, not text\n.*several-errors\.yaml:48:19: "severity" must be one of/ },
  { name: '--format json prints the assessment', args: [...mini, '--format', 'json'], exit: ExitCode.Ok, check: ({ stdout }) => void JSON.parse(stdout), stdout: /"schemaVersion": 2/ },
  { name: '--today must be a real date', args: [...undated, '--today', '2026-02-30'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: option '--today <YYYY-MM-DD>' argument '2026-02-30' is invalid. not a date that exists (February 2026 has 28 days).\n" },
  // Year 0 (ISO 8601) is a leap year; Date.UTC read it as 1900, which is not, and the year was shown unpadded.
  { name: '--today 0000-02-29 is a day: year 0 is a leap year', args: [...undated, '--today', '0000-02-29'], exit: ExitCode.Ok, stdout: /Mini questionnaire/ },
  { name: '--today in year 0 past its February is told so, the year written in four digits', args: [...undated, '--today', '0000-02-30'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: option '--today <YYYY-MM-DD>' argument '0000-02-30' is invalid. not a date that exists (February 0000 has 29 days).\n" },
  { name: '--today: a month that does not exist is named', args: [...undated, '--today', '2026-13-01'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: option '--today <YYYY-MM-DD>' argument '2026-13-01' is invalid. not a date that exists (there is no month 13).\n" },
  { name: '--today in another shape is told the shape', args: [...undated, '--today', '26-1-1'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: option '--today <YYYY-MM-DD>' argument '26-1-1' is invalid. expected a date written YYYY-MM-DD.\n" },
  { name: '--min-score must be 0 to 100', args: [...mini, '--min-score', '101'], exit: ExitCode.CannotAssess, stderr: /--min-score <n>' argument '101' is invalid\. expected a number from 0 to 100, written in decimal \(such as 70 or 72\.5\)\./ },
  { name: '--fail-on takes a severity', args: [...mini, '--fail-on', 'urgent'], exit: ExitCode.CannotAssess, stderr: /expected one of critical, high, medium, low/ },
  { name: '--format takes a known format', args: [...mini, '--format', 'pdf'], exit: ExitCode.CannotAssess, stderr: /argument 'pdf' is invalid\. Allowed choices are text, markdown, json, junit, sarif, gitlab, csv, html, docx\./ },
  { name: '--report takes FORMAT=FILE', args: [...mini, '--report', 'pdf=x.pdf'], exit: ExitCode.CannotAssess, stderr: 'cyber-ready: --report: unknown format "pdf"; choose from text, markdown, json, junit, sarif, gitlab, csv, html or docx\n' },
  { name: '--format markdown', args: [...mini, '--format', 'markdown'], exit: ExitCode.Ok, stdout: /^# Test Council: Mini questionnaire\n/ },
  { name: '--format junit', args: [...mini, '--format', 'junit'], exit: ExitCode.Ok, stdout: /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="cyber-ready: Mini questionnaire \(Test Council\)" tests="6" failures="3" errors="0" time="0">\n/ },
  { name: '--format sarif', args: [...mini, '--format', 'sarif'], exit: ExitCode.Ok, stdout: /"version": "2\.1\.0"/ },
  { name: '--format gitlab', args: [...mini, '--format', 'gitlab'], exit: ExitCode.Ok, stdout: /^\[\n {2}\{\n {4}"type": "issue",\n {4}"check_name": "cyber-ready\/owner",/ },
  { name: '--format csv', args: [...mini, '--format', 'csv'], exit: ExitCode.Ok, stdout: /^\uFEFFRank,System,Section,Question ID,Question,Severity,Priority,Answer,Score \(0 to 1\),Owner,Review by,Waiver,Remediation,References\r\n1,,Governance,owner,/ },
  {
    name: 'outside GitHub Actions, each gate failure is a FILE:LINE:COL line on standard error',
    args: [...mini, '--fail-on', 'critical', '--min-score', '90'],
    exit: ExitCode.GateFailed,
    stderr:
      'test/fixtures/valid/mini.answers.yaml:7:1: gate min-score failed: overall score 61 is below the minimum of 90\n' +
      'test/fixtures/valid/mini.answers.yaml:8:3: gate fail-on failed: critical gap "owner": Partly in place\n' +
      'cyber-ready: gate failed: overall score 61 is below 90; 1 unwaived critical gap\n',
  },
  { name: 'an unknown option is exit 2', args: ['assess', '--min-scor', '3'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: unknown option '--min-scor'; did you mean --min-score?\n" },
  { name: 'an unknown command is exit 2', args: ['asess'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: unknown command 'asess'; did you mean assess?\n" },
  { name: 'help for an unknown command says so, rather than printing the whole help to standard error', args: ['help', 'asess'], exit: ExitCode.CannotAssess, stderr: "cyber-ready: unknown command 'asess'; did you mean assess?\n", noStdout: true },
  { name: 'help for a command prints its help', args: ['help', 'diff'], exit: ExitCode.Ok, stdout: /^Usage: cyber-ready diff \[options\] <old> <new>\n/ },
  { name: 'SOURCE_DATE_EPOCH sets today', args: ['assess', ...DIR, '-a', 'test/fixtures/valid/mini.answers.yaml', '--format', 'json'], env: { SOURCE_DATE_EPOCH: '1798675200' }, exit: ExitCode.Ok, stdout: /"today": "2026-12-31"/ },
  { name: 'FORCE_COLOR colours the text report', args: mini, env: { FORCE_COLOR: '1' }, exit: ExitCode.Ok, stdout: /\u001b\[/ },
  { name: 'NO_COLOR is plain, even with a terminal-like TERM', args: mini, env: { NO_COLOR: '1', TERM: 'xterm-256color' }, exit: ExitCode.Ok, check: ({ stdout }) => expectNoEscapes(stdout) },
  { name: '--no-color beats FORCE_COLOR', args: [...mini, '--no-color'], env: { FORCE_COLOR: '3' }, exit: ExitCode.Ok, check: ({ stdout }) => expectNoEscapes(stdout) },
  { name: 'FORCE_COLOR beats NO_COLOR, as --help says', args: mini, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, exit: ExitCode.Ok, stdout: /\u001b\[/ },
  { name: 'FORCE_COLOR=0 turns colour off, as --help says', args: mini, env: { FORCE_COLOR: '0', TERM: 'xterm-256color' }, exit: ExitCode.Ok, check: ({ stdout }) => expectNoEscapes(stdout) },
  {
    name: 'escape sequences in answers never reach the terminal raw',
    args: ['assess', ...DIR, ...TODAY, '-a', 'test/fixtures/valid/mini-hostile.answers.yaml'],
    exit: ExitCode.Ok,
    stdout: 'Evil \\x1b[31mRed\\x1b[0m Council, assessed by line one line two · waivers and review dates\n  judged on 2026-11-23 · cyber-ready',
    check: ({ stdout }) => expectNoEscapes(stdout),
  },
  { name: 'answers to an earlier major version get one error that says what changed and how to move', args: ['validate', 'test/fixtures/upgrade/council-1.x.answers.yaml'], exit: ExitCode.CannotAssess, stderr: /^test\/fixtures\/upgrade\/council-1\.x\.answers\.yaml:3:23: these answers are for version 1\.1\.0, but the questionnaire is version 2\.3\.0 \(a different major version\): version 2 splits double-barrelled questions.*cyber-ready init.*\n$/ },
  { name: 'validate accepts good files of both kinds', args: ['validate', ...DIR, 'test/fixtures/valid/mini.yaml', 'test/fixtures/valid/mini.answers.yaml', EXAMPLE], exit: ExitCode.Ok, stdout: 'test/fixtures/valid/mini.yaml: valid questionnaire mini 1.2.0 (3 sections, 9 questions)\ntest/fixtures/valid/mini.answers.yaml: valid answers to mini 1.2.0 (8 of 8 questions answered; 1 more does not apply given the answers, 1 waiver)\nexamples/council-cyber-resilience.answers.yaml: valid answers to council-cyber-resilience 2.3.0 (137 of 137 questions answered; 3 more do not apply given the answers, 3 waivers)\n' },
  { name: 'validate checks answers against a questionnaire given in the same run', args: ['validate', 'test/fixtures/valid/mini.yaml', 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.Ok },
  { name: 'a profile or condition naming a number no answer can give is exit 2 at its place', args: ['validate', 'test/fixtures/invalid/questionnaires/profile-number-out-of-range.yaml', 'test/fixtures/invalid/questionnaires/when-number-out-of-range.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/invalid/questionnaires/profile-number-out-of-range.yaml:15:57: -1 is outside what "patch-days" may be answered (at least 0); a profile must name a value an answer can give\ntest/fixtures/invalid/questionnaires/when-number-out-of-range.yaml:89:44: -7 is outside what "patch-days" may be answered (at least 0); a condition must name a value an answer can give\n' },
  { name: 'a systemLabel of spaces alone is exit 2 at its place', args: ['validate', 'test/fixtures/invalid/questionnaires/system-label-blank.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/invalid/questionnaires/system-label-blank.yaml:5:14: "systemLabel" must not be empty or only spaces\n' },
  { name: 'validate reports every bad file and exits 2', args: ['validate', ...DIR, 'test/fixtures/invalid/questionnaires/when-forward.yaml', 'test/fixtures/invalid/answers/value-not-option.yaml', 'test/fixtures/valid/mini.yaml'], exit: ExitCode.CannotAssess, stderr: 'test/fixtures/invalid/questionnaires/when-forward.yaml:49:27: "when" refers to "patch-days", which is not an earlier question; a condition may only look backwards\ntest/fixtures/invalid/answers/value-not-option.yaml:15:8: "most" is not an option of "pci"; choose one of none, some, all\n' },
  { name: 'answers that name no questionnaire answer the one given with -q', args: ['assess', '-q', 'test/fixtures/valid/mini.yaml', '-a', 'test/fixtures/valid/unnamed.answers.yaml', ...TODAY, '-f', 'json'], exit: ExitCode.Ok, stdout: /"id": "mini"/ },
  { name: 'answers that name no questionnaire, and no -q, answer the default', args: ['assess', '-a', 'test/fixtures/valid/unnamed.answers.yaml', ...TODAY], exit: ExitCode.CannotAssess, stderr: /^test\/fixtures\/valid\/unnamed\.answers\.yaml:2:23: these answers are for version 1\.2\.0, but the questionnaire is version 2\.3\.0/ },
  { name: 'validate --kind forces the kind', args: ['validate', '--kind', 'answers', '-'], stdin: 'title: what am I\n', exit: ExitCode.CannotAssess, stderr: '<stdin>:1:1: checked as answers (--kind answers), but this is not an answers file: it has none of the keys an answers file has, such as "questionnaire" and "answers"\n' },
  // One slip from an answers file's keys is a mistyped answers file, told key by key what was meant.
  { name: 'an answers file with its keys mistyped is told what each was meant to be', args: ['assess', '--answers', '-'], stdin: 'questionaire: mini\nanswer: {}\n', exit: ExitCode.CannotAssess, stderr: '<stdin>:1:1: unknown property "questionaire"; did you mean "questionnaire"?\n<stdin>:2:1: unknown property "answer"; did you mean "answers"?\n' },
  // One line, not a schema error for each of the other kind's top-level keys.
  { name: 'validate --kind answers on a questionnaire says so in one line', args: ['validate', '--kind', 'answers', 'test/fixtures/valid/mini.yaml'], exit: ExitCode.CannotAssess, stderr: /^test\/fixtures\/valid\/mini\.yaml:\d+:1: checked as answers \(--kind answers\), but this is a questionnaire: it has "sections"; leave out --kind, or pass --kind questionnaire\n$/ },
  { name: 'validate --kind questionnaire on answers says so in one line', args: ['validate', '--kind', 'questionnaire', 'test/fixtures/valid/mini.answers.yaml'], exit: ExitCode.CannotAssess, stderr: /^test\/fixtures\/valid\/mini\.answers\.yaml:\d+:1: checked as a questionnaire \(--kind questionnaire\), but this is an answers file: it has "questionnaire"; leave out --kind, or pass --kind answers\n$/ },
  { name: 'validate says when it cannot tell the kind', args: ['validate', '-'], stdin: 'title: what am I\n', exit: ExitCode.CannotAssess, stderr: '<stdin>:1:1: cannot tell whether this is a questionnaire (it has no "sections") or an answers file (it has no "questionnaire"); pass --kind\n' },
  { name: 'validate validates the bundled questionnaire', args: ['validate', 'questionnaires/council-cyber-resilience.yaml'], exit: ExitCode.Ok, stdout: /valid questionnaire council-cyber-resilience 2\.3\.0 \(17 sections, 140 questions\)/ },
  { name: 'list shows bundled and custom questionnaires', args: ['list', ...DIR], exit: ExitCode.Ok, stdout: new RegExp(String.raw`^ID +VERSION +SECTIONS +QUESTIONS +SOURCE +TITLE\nmini +1\.2\.0 +3 +9 +custom +Mini questionnaire\ncaf-local-government +${bundledVersion('caf-local-government')} +14 +14 \+ 27 per critical system +bundled +Cyber Assessment Framework 4\.0 for local government\ncouncil-cyber-resilience +${bundledVersion('council-cyber-resilience')} +17 +140 +bundled +Council cyber resilience readiness\ncyber-essentials-readiness +${bundledVersion('cyber-essentials-readiness')} +7 +58 +bundled +Cyber Essentials readiness\n$`) },
  { name: 'list --format json', args: ['list', '--format', 'json'], exit: ExitCode.Ok, stdout: /"id": "council-cyber-resilience"/ },
  { name: 'list reports a broken custom questionnaire and exits 2', args: ['list', '--questionnaire-dir', 'test/fixtures/invalid/questionnaires'], exit: ExitCode.CannotAssess, stdout: /council-cyber-resilience/, stderr: /bad-id\.yaml:29:13: "id" must be an id of letters and digits, with "\.", "-" or "_" after the first, such as "ce-1\.2" or "A1\.a", not "Budget Owner"/ },
  { name: 'show prints a questionnaire as markdown', args: ['show', 'council-cyber-resilience'], exit: ExitCode.Ok, stdout: /^# Council cyber resilience readiness\n\n`council-cyber-resilience` version 2\.3\.0 · 17 sections · 140 questions\n/ },
  { name: 'show renders every bundled questionnaire', args: ['show', 'caf-local-government'], exit: ExitCode.Ok, stdout: /^# Cyber Assessment Framework 4\.0 for local government\n[\s\S]*\*\*Partially achieved\*\* when all of these are true, but not all the achieved ones:\n\n- `A2\.a\.PA\.1` / },
  { name: 'show cyber-essentials-readiness', args: ['show', 'cyber-essentials-readiness'], exit: ExitCode.Ok, stdout: /^# Cyber Essentials readiness\n/ },
  // The heading is the profile's title; a reader of the printed questionnaire needs the id that --profile takes.
  { name: 'show says a profile needs each answer or better, which reads right where fewer days is better', args: ['show', 'test/fixtures/valid/mini.yaml'], exit: ExitCode.Ok, stdout: /\n\| Question \| Needs \|\n\|-{28}\|-{12}\|\n(?:.*\n)*?\| Days to patch critical vulnerabilities\? \(`patch-days`\) \| 14 days or better \|\n/ },
  { name: 'show gives each profile the id that --profile takes', args: ['show', 'test/fixtures/valid/mini.yaml'], exit: ExitCode.Ok, stdout: /\n## Profile: Baseline\n\nTo check an answers file against it: `cyber-ready assess -q test\/fixtures\/valid\/mini\.yaml --answers FILE --profile baseline`\.\n/ },
  { name: 'show takes a path', args: ['show', 'test/fixtures/valid/mini.yaml'], exit: ExitCode.Ok, stdout: /### 2\.2 Are you PCI DSS compliant\?\n\n`pci` · choice · severity high · may be answered not applicable\n\nAsked only when `cards` \(2\.1\) is "Yes"\./ },
  { name: 'init -o - prints a template with every question', args: ['init', '-q', 'test/fixtures/valid/mini.yaml', '-o', '-', '--today', '2026-11-23'], exit: ExitCode.Ok, stdout: /^# yaml-language-server: \$schema=.*answers\.schema\.json\n[\s\S]*questionnaire: mini\nquestionnaireVersion: 1\.2\.0\n[\s\S]*assessedOn: 2026-11-23\n[\s\S]*# One of: none \(None, scores 0\) \| some \(Some channels, scores 0\.5\) \| all \(All channels, scores 1\)\n {2}pci:\n/ },
  { name: 'diff shows what improved', args: ['diff', ...DIR, ...TODAY, 'test/fixtures/valid/mini.answers.yaml', 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.Ok, stdout: /Overall {2}61 → 100 \(\+39\) {2}Partly ready → Ready[\s\S]*Improved \(4\)\n {2}The figure in brackets after an answer is its score out of 1\.\n {2}owner: Partly in place \(0\.5\) → In place \(1\)/ },
  { name: 'diff --fail-on-regression exits 1 on a regression', args: ['diff', ...DIR, ...TODAY, '--fail-on-regression', 'test/fixtures/valid/mini-good.answers.yaml', 'test/fixtures/valid/mini.answers.yaml'], exit: ExitCode.GateFailed, stderr: [
      'test/fixtures/valid/mini.answers.yaml:8:3: gate fail-on-regression failed: "owner" scores lower: In place → Partly in place',
      'test/fixtures/valid/mini.answers.yaml:15:3: gate fail-on-regression failed: "pci" scores lower: All channels → Some channels',
      'test/fixtures/valid/mini.answers.yaml:17:3: gate fail-on-regression failed: "patch-days" scores lower: 7 days → 21 days',
      'test/fixtures/valid/mini.answers.yaml:16:3: gate fail-on-regression failed: "services" scores lower: Protective DNS; Mail Check; Early Warning → Protective DNS; Mail Check',
      'cyber-ready: 4 answers regressed: owner, pci, patch-days, services',
      '',
    ].join('\n') },
  { name: 'diff --fail-on-regression passes without one', args: ['diff', ...DIR, ...TODAY, '--fail-on-regression', 'test/fixtures/valid/mini.answers.yaml', 'test/fixtures/valid/mini-good.answers.yaml', '--format', 'json'], exit: ExitCode.Ok, stdout: /"regressed": \[\]/ },
  { name: 'diff of answers to different questionnaires is exit 2', args: ['diff', ...DIR, EXAMPLE, 'test/fixtures/valid/mini-good.answers.yaml'], exit: ExitCode.CannotAssess, stderr: 'examples/council-cyber-resilience.answers.yaml:6:16: these answers are for questionnaire "council-cyber-resilience", but test/fixtures/valid/mini-good.answers.yaml answers "mini"; diff compares two answers files of one questionnaire\n' },
  {
    name: 'under GitHub Actions, failed gates become ::error annotations on standard error',
    args: [...mini, '--fail-on', 'critical', '--min-score', '90'],
    env: { GITHUB_ACTIONS: 'true' },
    exit: ExitCode.GateFailed,
    stderr:
      '::error file=test/fixtures/valid/mini.answers.yaml,line=7,col=1,title=cyber-ready%3A overall score at least 90::overall score 61 is below the minimum of 90\n' +
      '::error file=test/fixtures/valid/mini.answers.yaml,line=8,col=3,endColumn=8,title=cyber-ready%3A no unwaived gap of severity critical::critical gap "owner": Partly in place\n',
    check: ({ stdout }) => {
      if (stdout.includes('::error')) throw new Error('annotations must not go to standard output');
    },
  },
  { name: '--version prints the version', args: ['--version'], exit: ExitCode.Ok, stdout: /^\d+\.\d+\.\d+\n$/ },
  { name: '--help lists the commands', args: ['--help'], exit: ExitCode.Ok, stdout: /Commands:\n {2}assess \[options\]/ },
  { name: 'assess refuses --review with --review-stale, which it covers', args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--review', '--review-stale'], exit: ExitCode.CannotAssess, stderr: /--review walks every answer, those past their review date among them: give --review or --review-stale, not both/ },
  { name: 'assess --help lists every gate', args: ['assess', '--help'], exit: ExitCode.Ok, stdout: /--min-score <n>[\s\S]*--fail-on <severity>[\s\S]*--profile <name>[\s\S]*--fail-on-stale[\s\S]*--allow-incomplete/ },
];

function expectFailures(stdout: string, questions: string[]): void {
  const report = JSON.parse(stdout) as { gates: { id: string; failures: { question: string }[] }[] };
  const got = report.gates.find((g) => g.id === 'fail-on')?.failures.map((f) => f.question);
  if (JSON.stringify(got) !== JSON.stringify(questions)) throw new Error(`fail-on failures: expected ${JSON.stringify(questions)}, got ${JSON.stringify(got)}`);
}

function expectNoEscapes(stdout: string): void {
  // eslint-disable-next-line no-control-regex
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(stdout);
  if (raw) throw new Error(`raw control character U+${raw[0].charCodeAt(0).toString(16)} in output`);
}
