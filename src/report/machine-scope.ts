// How the machine formats (JUnit, SARIF, GitLab, CSV) name the scope of a result: nothing for the
// organisation, so reports of questionnaires without systems read exactly as before, and the
// system's title, with what the questionnaire calls a system, for a system's result.
import type { Assessment, ScopeId } from '../scoring/assessment.js';

export interface ScopeWords {
  /** The system's title, or null for the organisation. */
  title: (system: ScopeId) => string | null;
  /** ` for critical system "Social care case management"`, or '' for the organisation. */
  forSystem: (system: ScopeId) => string;
  /** "Critical system: Social care case management (owner: Head of Adult Social Care)", or null for the organisation. */
  line: (system: ScopeId) => string | null;
}

export function scopeWords(a: Assessment): ScopeWords {
  const byId = new Map(a.systems.map((s) => [s.id, s]));
  const label = a.systemLabel ?? 'system';
  const title = (system: ScopeId): string | null => (system === null ? null : (byId.get(system)?.title ?? system));
  return {
    title,
    forSystem: (system) => (system === null ? '' : ` for ${label} "${title(system)}"`),
    line: (system) => {
      if (system === null) return null;
      const owner = byId.get(system)?.owner;
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${title(system)}${owner ? ` (owner: ${owner})` : ''}`;
    },
  };
}
