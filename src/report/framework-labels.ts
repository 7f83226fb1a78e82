// How framework groups and references are named for readers, shared by the board papers, the
// detailed text report and the machine formats' summaries.
import type { Assessment } from '../scoring/assessment.js';

const sameWords = (id: string, title: string): boolean => {
  const norm = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return norm(id) === norm(title);
};

/** A framework group's label without repeating itself: "Firewalls", not "firewalls Firewalls". */
export function groupLabel(id: string, title: string): string {
  return sameWords(id, title) ? title : `${id} ${title}`;
}

/**
 * A reference as a reader can follow it: "CAF 4.0 A2.a Risk Management Process", or "NCSC 10
 * Steps: Risk management" where the id only spells the title. Every reference of a question is in
 * the assessment's list; one that were not would be shown as written.
 */
export function referenceName(reference: string, entries: Assessment['references']): string {
  const entry = Object.hasOwn(entries, reference) ? entries[reference] : undefined;
  if (!entry) return reference;
  return sameWords(entry.id, entry.title) ? `${entry.framework}: ${entry.title}` : `${entry.framework} ${entry.id} ${entry.title}`;
}
