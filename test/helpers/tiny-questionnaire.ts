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
