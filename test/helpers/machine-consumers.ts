// The real consumers of the machine formats, for tests: Microsoft's SARIF validator, xmllint with
// the Jenkins JUnit schema, GitLab's Code Quality schema, a CSV parser, and the Actions runner's
// rules for workflow commands.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
type Ajv = InstanceType<typeof import('ajv').default>;
const Ajv = (require('ajv') as { default: new (o: object) => Ajv }).default;

/** The most one `sarif-multitool validate` may take before it is killed and the test fails saying so. */
export const SARIF_MULTITOOL_MS = 60_000;
/**
 * The most xmllint or junitparser may take on one file. spawnSync holds the worker, so vitest's timer
 * cannot stop a tool that hangs: without a limit of its own the run would wait for CI's.
 */
const TOOL_MS = 30_000;

export interface SarifFinding {
  ruleId: string;
  level: string;
  text: string;
}

/**
 * `sarif-multitool validate` on files: its findings at level error or warning, under the SARIF
 * rules and GitHub's own ingestion rules (`--rule-kind Gh`: help on every rule, locations, regions),
 * since code scanning is where the log goes (`ruleKinds` 'Sarif' for the SARIF rules alone). The
 * package's bin.js passes arguments through a
 * shell, so the platform binary is run directly.
 */
export function sarifMultitool(files: string[], outFile: string, ruleKinds = 'Sarif;Gh'): SarifFinding[] {
  const bin = require('@microsoft/sarif-multitool') as string;
  // spawnSync holds the worker, so vitest's own timer cannot fire while it runs: the limit is here.
  // A .NET start takes 16–21 s on a loaded two-core machine; callers allow SARIF_MULTITOOL_MS per call and more.
  const r = spawnSync(bin, ['validate', ...files, '--output', outFile, '--log', 'ForceOverwrite', '--rule-kind', ruleKinds, '--level', 'Error;Warning'], { encoding: 'utf8', timeout: SARIF_MULTITOOL_MS, killSignal: 'SIGKILL' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`sarif-multitool did not finish within ${SARIF_MULTITOOL_MS} ms (killed) on ${files.length} file(s)`);
  if (r.error || r.status !== 0) throw new Error(`sarif-multitool did not run: ${r.error?.message ?? r.stderr ?? r.stdout}`);
  const log = JSON.parse(readFileSync(outFile, 'utf8').replace(/^\uFEFF/, '')) as { runs: { results?: { ruleId: string; level: string; message: { text?: string; arguments?: string[] } }[] }[] };
  return log.runs.flatMap((run) => run.results ?? []).map((x) => ({ ruleId: x.ruleId, level: x.level, text: x.message.text ?? (x.message.arguments ?? []).join(' ') }));
}

/**
 * Whether xmllint is here. In CI (CI=true) its absence is a failure, not a reason to skip: `.ci/run`
 * installs it, and a schema check that silently does not run proves nothing.
 */
export function hasXmllint(): boolean {
  const found = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI === 'true') throw new Error('xmllint is not installed (Debian: apt-get install libxml2-utils); CI must run the JUnit schema check');
  return found;
}

const JUNIT_XSD = fileURLToPath(new URL('../fixtures/junit/junit-10.xsd', import.meta.url));

/** `xmllint --schema junit-10.xsd`: '' when valid, else what xmllint said. */
export function junitSchemaErrors(file: string): string {
  const r = spawnSync('xmllint', ['--noout', '--schema', JUNIT_XSD, file], { encoding: 'utf8', timeout: TOOL_MS, killSignal: 'SIGKILL' });
  // A killed xmllint says nothing: that must not read as '' (valid).
  if (r.error) throw new Error(`xmllint did not check ${file}: ${r.error.message}`);
  return r.status === 0 ? '' : `${r.stderr}${r.stdout}`;
}

let codeQualityIssue: ReturnType<Ajv['compile']> | undefined;
const CQ_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

/** Problems with a GitLab Code Quality report: GitLab's own issue schema, then its documented rules. */
export function gitlabCodeQualityErrors(report: unknown): string[] {
  codeQualityIssue ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(new URL('../fixtures/gitlab/codeclimate.json', import.meta.url), 'utf8')) as object);
  if (!Array.isArray(report)) return ['the report is not a JSON array'];
  const errors: string[] = [];
  const fingerprints = new Set<string>();
  report.forEach((issue: Record<string, unknown>, i) => {
    if (!codeQualityIssue!(issue)) errors.push(`[${i}] ${JSON.stringify(codeQualityIssue!.errors)}`);
    const location = issue.location as { path?: unknown; lines?: { begin?: unknown } } | undefined;
    if (typeof issue.check_name !== 'string' || issue.check_name === '') errors.push(`[${i}] no check_name`);
    if (!CQ_SEVERITIES.includes(issue.severity as string)) errors.push(`[${i}] severity ${String(issue.severity)}`);
    if (typeof location?.path !== 'string' || location.path === '') errors.push(`[${i}] no location.path`);
    if (!Number.isInteger(location?.lines?.begin) || (location?.lines?.begin as number) < 1) errors.push(`[${i}] no location.lines.begin`);
    if (fingerprints.has(issue.fingerprint as string)) errors.push(`[${i}] duplicate fingerprint`);
    fingerprints.add(issue.fingerprint as string);
  });
  return errors;
}

/** Rows of a CSV file as a strict RFC 4180 parser reads them (byte-order mark removed). */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

// The runner's unescaping, in its order (actions/runner src/Runner.Common/ActionCommand.cs): %25 last.
const unescapeData = (s: string): string => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
const unescapeProperty = (s: string): string => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');

/**
 * What the Actions runner makes of a log: each line read as a `::command props::data` workflow
 * command (ActionCommand.TryParseV2), and for annotations the file made relative to the workspace
 * when it is an absolute path inside it, as IssueCommandExtension does; a relative file is kept.
 */
export function parseWorkflowCommands(log: string, workspace: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const raw of log.split('\n')) {
    const message = raw.replace(/\r$/, '').trimStart();
    if (!message.startsWith('::')) continue;
    const end = message.indexOf('::', 2);
    if (end < 0) continue;
    const info = message.slice(2, end);
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    if (!['error', 'warning', 'notice', 'debug', 'group', 'endgroup'].includes(command)) continue;
    const properties: Record<string, string> = {};
    if (space > 0) {
      for (const part of info.slice(space + 1).trim().split(',').filter(Boolean)) {
        const eq = part.indexOf('=');
        if (eq > 0 && eq < part.length - 1) properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
      }
    }
    if (properties.file && isAbsolute(properties.file)) {
      const rel = relative(workspace, properties.file);
      if (!rel.startsWith('..') && !isAbsolute(rel)) properties.file = rel;
    }
    commands.push({ command, properties, data: unescapeData(message.slice(end + 2)) });
  }
  return commands;
}

export interface JunitCounts {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

// junitparser (Debian python3-junitparser), as CI tools that merge and summarise JUnit files read
// them: each suite's counts as written, then as counted from its cases (update_statistics).
const JUNITPARSER = `
import json, sys
from junitparser import JUnitXml
def counts(x, name):
    return {"name": name, "tests": x.tests, "failures": x.failures, "errors": x.errors, "skipped": x.skipped}
xml = JUnitXml.fromfile(sys.argv[1])
declared = [counts(s, s.name) for s in xml]
again = JUnitXml.fromfile(sys.argv[1])
for s in again: s.update_statistics()
again.update_statistics()
print(json.dumps({"declared": declared, "counted": [counts(s, s.name) for s in again], "total": counts(again, "total")}))
`;

// Debian's package is for Debian's Python, which another python3 earlier on the PATH (pyenv) lacks.
let python: string | null | undefined;
const pythonWithJunitparser = (): string | null =>
  (python ??= ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import junitparser'], { encoding: 'utf8' }).status === 0) ?? null);

/** Whether Python's junitparser is here; in CI its absence is a failure (`.ci/run` installs it). */
export function hasJunitparser(): boolean {
  const found = pythonWithJunitparser() !== null;
  if (!found && process.env.CI === 'true') throw new Error('junitparser is not installed (Debian: apt-get install python3-junitparser); CI must read the JUnit report with it');
  return found;
}

/** A JUnit file as junitparser reads it: the counts each suite states, and those it counts from the cases. */
export function junitparserCounts(file: string): { declared: JunitCounts[]; counted: JunitCounts[]; total: JunitCounts } {
  const r = spawnSync(pythonWithJunitparser() ?? 'python3', ['-c', JUNITPARSER, file], { encoding: 'utf8', timeout: TOOL_MS, killSignal: 'SIGKILL' });
  if (r.status !== 0) throw new Error(`junitparser could not read ${file}: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout) as { declared: JunitCounts[]; counted: JunitCounts[]; total: JunitCounts };
}

export interface JunitCase {
  classname: string;
  name: string;
  /** failure, error or skipped, as the parser found them. */
  results: { kind: string; message: string | null }[];
}

// junitparser's own view of each case: its result elements and their message attributes.
const JUNITPARSER_CASES = `
import json, sys
from junitparser import JUnitXml
out = []
for s in JUnitXml.fromfile(sys.argv[1]):
    for c in s:
        out.append({"classname": c.classname, "name": c.name, "results": [{"kind": type(r).__name__.lower(), "message": r.message} for r in c.result]})
print(json.dumps(out))
`;

/** Every test case as junitparser (lxml underneath, a conforming XML parser) reads it. */
export function junitparserCases(file: string): JunitCase[] {
  const r = spawnSync(pythonWithJunitparser() ?? 'python3', ['-c', JUNITPARSER_CASES, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: TOOL_MS, killSignal: 'SIGKILL' });
  if (r.status !== 0) throw new Error(`junitparser could not read ${file}: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout) as JunitCase[];
}

interface Junit2jsonCase {
  classname?: string;
  name?: string;
  failure?: { message?: string }[];
  error?: { message?: string }[];
  skipped?: { message?: string }[];
}

/**
 * Every test case as junit2json reads it (xml2js underneath, as the Node tools that turn JUnit
 * into dashboards and pull-request comments use), with each suite's stated counts checked against
 * its cases: a mismatch is returned as a problem.
 */
export async function junit2jsonCases(xml: string): Promise<{ cases: JunitCase[]; problems: string[] }> {
  const { parse } = await import('junit2json');
  const root = (await parse(xml)) as { testsuite?: { name?: string; tests?: number; failures?: number; errors?: number; skipped?: number; testcase?: Junit2jsonCase[] }[] };
  const cases: JunitCase[] = [];
  const problems: string[] = [];
  for (const suite of root.testsuite ?? []) {
    const own = suite.testcase ?? [];
    const count = (k: 'failure' | 'error' | 'skipped') => own.filter((c) => c[k]).length;
    const stated = [suite.tests ?? 0, suite.failures ?? 0, suite.errors ?? 0, suite.skipped ?? 0];
    const found = [own.length, count('failure'), count('error'), count('skipped')];
    if (stated.join() !== found.join()) problems.push(`${suite.name ?? '?'}: states ${stated.join('/')}, holds ${found.join('/')}`);
    for (const c of own) {
      const results = (['failure', 'error', 'skipped'] as const).flatMap((kind) => (c[kind] ?? []).map((r) => ({ kind, message: r.message ?? null })));
      cases.push({ classname: c.classname ?? '', name: c.name ?? '', results });
    }
  }
  return { cases, problems };
}
