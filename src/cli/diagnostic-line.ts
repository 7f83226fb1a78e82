import { formatDiagnostic, type Diagnostic } from '../errors.js';
import { MAX_ANNOTATIONS, warningAnnotation } from './github.js';
import type { Io } from './io.js';

// Warnings annotated so far in each run: GitHub shows at most MAX_ANNOTATIONS of a kind a step, and
// the warnings of a command that goes on and those printed with the errors that stop another share
// that limit.
const annotated = new WeakMap<Io, number>();

/**
 * One problem as the run prints it on standard error. Under GitHub Actions a warning about a file
 * in the work tree is a `::warning` annotation in place of its `FILE:LINE:COL: warning:` line, up to
 * GitHub's limit, whether or not errors come with it; past the limit, or for a file GitHub cannot
 * show, the plain line keeps the place. Errors keep their plain line.
 */
export function diagnosticLine(d: Diagnostic, io: Io): string {
  if (d.severity === 'warning' && io.env.GITHUB_ACTIONS === 'true') {
    const used = annotated.get(io) ?? 0;
    const annotation = used < MAX_ANNOTATIONS ? warningAnnotation(d, io.cwd, io.env) : null;
    if (annotation !== null) {
      annotated.set(io, used + 1);
      return annotation;
    }
  }
  return formatDiagnostic(d);
}
