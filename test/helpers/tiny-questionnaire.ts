/** A questionnaire of two yes-no questions, for the tests of how the walk saves into files laid out by hand. */
export const TINY_QUESTIONNAIRE = `id: tiny
version: 1.0.0
title: Tiny
sections:
  - id: s
    title: S
    questions:
      - { id: q1, text: First question?, type: yes-no }
      - { id: q2, text: Second question?, type: yes-no }
`;

/** A questionnaire `lines` of one section holding `questions` (each a YAML flow mapping), for the walk's tests of typed and pasted text. */
export const linesQuestionnaire = (...questions: string[]): string => `id: lines
version: 1.0.0
title: Lines
sections:
  - id: s
    title: S
    questions:
${questions.map((q) => `      - ${q}\n`).join('')}`;
