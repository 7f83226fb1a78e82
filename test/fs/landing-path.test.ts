// Where writing a path lands, links followed even when nothing is there yet: the check that keeps
// a new system file in its answers file's folder (SPEC "v2: critical systems") rests on it.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landingPath } from '../../src/fs/landing-path.js';

function folders(): { home: string; out: string } {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'cyber-ready-landing-')));
  mkdirSync(join(top, 'home/systems'), { recursive: true });
  mkdirSync(join(top, 'out'));
  return { home: join(top, 'home'), out: join(top, 'out') };
}

describe('landingPath', () => {
  it('an existing file, and a new one in an existing folder, land where they are', () => {
    const { home } = folders();
    writeFileSync(join(home, 'a.yaml'), '');
    expect(landingPath(join(home, 'a.yaml'))).toBe(join(home, 'a.yaml'));
    expect(landingPath(join(home, 'systems/new.yaml'))).toBe(join(home, 'systems/new.yaml'));
    expect(landingPath(join(home, 'new/deeper/x.yaml'))).toBe(join(home, 'new/deeper/x.yaml'));
  });

  it('a dangling link to a file lands at its target, relative to the link', () => {
    const { home, out } = folders();
    symlinkSync('../../out/payroll.yaml', join(home, 'systems/payroll.yaml'));
    expect(landingPath(join(home, 'systems/payroll.yaml'))).toBe(join(out, 'payroll.yaml'));
  });

  it('a chain of dangling links is followed to its end', () => {
    const { home, out } = folders();
    symlinkSync(join(home, 'b.yaml'), join(home, 'a.yaml'));
    symlinkSync(join(out, 'c.yaml'), join(home, 'b.yaml'));
    expect(landingPath(join(home, 'a.yaml'))).toBe(join(out, 'c.yaml'));
  });

  it('a dangling link to a folder on the way is followed, and so are the folders below it', () => {
    const { home, out } = folders();
    symlinkSync(join(out, 'not-yet'), join(home, 'elsewhere'));
    expect(landingPath(join(home, 'elsewhere/sub/x.yaml'))).toBe(join(out, 'not-yet/sub/x.yaml'));
  });

  it('a link to a folder that exists lands through it', () => {
    const { home, out } = folders();
    symlinkSync(out, join(home, 'linked'));
    expect(landingPath(join(home, 'linked/x.yaml'))).toBe(join(out, 'x.yaml'));
  });

  it('a loop of links is ELOOP', () => {
    const { home } = folders();
    symlinkSync(join(home, 'b'), join(home, 'a'));
    symlinkSync(join(home, 'a'), join(home, 'b'));
    expect(() => landingPath(join(home, 'a'))).toThrow(expect.objectContaining({ code: 'ELOOP' }));
  });
});
