// What the guided walk says before a question: the critical system it belongs to and its section's
// heading (with the section's description the first time), each said again, briefly, where Back or
// Forward crosses a system's or a section's edge. (A change in how many questions apply is said as
// the answer that made it is given: walk-scopes.ts.)
import type { Question, Questionnaire } from '../questionnaire/types.js';
import { pushAll } from '../text/spread-free.js';
import { wrapText } from '../text/wrap.js';

/** Where a question is: its scope (-1 the organisation, else the system's index), and its system. */
export interface HeadingPlace {
  question: Question;
  scope: number;
  system: { title: string } | undefined;
  systems: number;
}

/** The lines to say before each question in turn, remembering what was said before (a walk's own). */
export function walkHeadings(questionnaire: Questionnaire, width: number, plain = false): (place: HeadingPlace) => string[] {
  // The plain walk's headings are words alone: a screen reader reads "──" and "══" as symbols, or not at all.
  const mark = (drawn: string): string => (plain ? '' : `${drawn} `);
  const sectionIndex = new Map(questionnaire.sections.map((s, i) => [s.id, i]));
  const label = questionnaire.systemLabel;
  const shown = new Set<string>();
  let lastScope: number | undefined;
  let lastSection: string | undefined;
  return ({ question, scope, system, systems }) => {
    const lines: string[] = [];
    // "Back" across a system's edge: the headings are said again (briefly), so the answers that follow
    // on screen are not read as the next system's.
    const crossed = lastScope !== undefined && lastScope !== scope;
    lastScope = scope;
    if (system && (!shown.has(`${scope}`) || crossed)) {
      shown.add(`${scope}`);
      lines.push('', `${mark('══')}${label.charAt(0).toUpperCase()}${label.slice(1)} ${scope + 1} of ${systems}: ${system.title}`);
    }
    const s = sectionIndex.get(question.sectionId) ?? 0;
    const section = questionnaire.sections[s];
    const heading = `${mark('──')}Section ${s + 1} of ${questionnaire.sections.length}: ${section?.title ?? ''}`;
    const sectionKey = `${scope}:${question.sectionId}`;
    if (!shown.has(sectionKey)) {
      shown.add(sectionKey);
      lines.push('', heading);
      // One column short of the edge, as every other line of the walk: a line that fills the width leaves some terminals' cursor past it.
      if (section?.description) pushAll(lines, wrapText(section.description.trim(), { width: width - 1 }).split('\n'));
    } else if (sectionKey !== lastSection) {
      // Back, or forward again after it, across a section's or a system's edge: its heading again
      // (briefly), or the question reads as the section still on screen.
      lines.push('', heading);
    }
    lastSection = sectionKey;
    return lines;
  };
}
