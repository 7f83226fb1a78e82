import { describe, expect, it, vi } from 'vitest';

// The paths code scanning, GitLab and GitHub annotations get, worked out under Windows' path rules:
// node:path is path.win32 here, as it is for the tool on Windows, where CI on Linux never runs it.
vi.mock('node:path', async () => {
  const path = await vi.importActual<typeof import('node:path')>('node:path');
  return { ...path.win32, default: path.win32 };
});

const { machinePath } = await import('../../src/report/places.js');
const { diffGateAnnotations } = await import('../../src/cli/github.js');

describe('report paths under Windows path rules', () => {
  const paths = { cwd: 'C:\\Users\\sam\\council\\assessments', root: 'C:\\Users\\sam\\council' };

  it('are relative to the repository, with forward slashes', () => {
    expect(machinePath('caf.answers.yaml', paths)).toBe('assessments/caf.answers.yaml');
    expect(machinePath('systems\\social-care.yaml', paths)).toBe('assessments/systems/social-care.yaml');
    expect(machinePath('C:\\Users\\sam\\council\\assessments\\systems\\waste.yaml', paths)).toBe('assessments/systems/waste.yaml');
    // A drive letter in another case is the same drive (cmd.exe and PowerShell spell it either way).
    expect(machinePath('c:\\users\\sam\\council\\caf.answers.yaml', paths)).toBe('caf.answers.yaml');
  });

  it('are left out for a file on another drive or share, as for standard input', () => {
    expect(machinePath('D:\\shared\\caf.answers.yaml', paths)).toBeNull();
    expect(machinePath('\\\\fileserver\\it\\caf.answers.yaml', paths)).toBeNull();
    expect(machinePath('<stdin>', paths)).toBeNull();
  });

  it('in diff gate annotations, are relative to the repository with forward slashes', () => {
    const location = { file: 'systems\\social-care.yaml', line: 7, column: 5 };
    const gate = { id: 'fail-on-regression' as const, title: 'no regressions', passed: false, summary: '1 answer regressed', failures: [{ kind: 'regressed' as const, question: 'q1', system: null, message: 'q1 scores lower', location }] };
    const [line] = diffGateAnnotations([gate], paths);
    expect(line).toMatch(/^::error file=assessments\/systems\/social-care\.yaml,line=7,col=5,/);
  });
});
