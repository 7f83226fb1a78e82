import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { answersFromText, fixture, loadQuestionnaireText, miniText } from '../helpers/load.js';

// Each fixture is test/fixtures/valid/mini.answers.yaml with one thing broken, checked against mini.yaml.
const cases: [string, string[]][] = [
  [
    'answers-not-mapping.yaml',
    [
      "answers-not-mapping.yaml:7:10: \"answers\" must be a mapping, not a number",
    ],
  ],
  [
    'bad-assessed-on.yaml',
    [
      "bad-assessed-on.yaml:6:13: \"assessedOn\": 2026-02-30 is not a date that exists (February 2026 has 28 days)",
    ],
  ],
  [
    'bad-status.yaml',
    [
      "bad-status.yaml:15:18: \"status\" must be one of \"unknown\" or \"not-applicable\", not \"dont-know\"",
    ],
  ],
  [
    'choice-given-list.yaml',
    [
      "choice-given-list.yaml:15:8: \"pci\" takes one answer, not a list",
    ],
  ],
  [
    'duplicate-answer.yaml',
    [
      "duplicate-answer.yaml:14:3: duplicate key \"budget\" (first defined at line 12)",
    ],
  ],
  [
    'duplicate-waiver.yaml',
    [
      "duplicate-waiver.yaml:24:15: question \"pci\" already has a waiver (at line 20); keep one",
    ],
  ],
  [
    'long-form-typo.yaml',
    [
      "long-form-typo.yaml:11:5: unknown property \"reviewby\"; did you mean \"reviewBy\"?",
    ],
  ],
  [
    'major-version-mismatch.yaml',
    [
      "major-version-mismatch.yaml:3:23: these answers are for version 2.0.0, but the questionnaire is version 1.2.0 (a different major version, older than theirs); give version 2.0.0 of the questionnaire (-q FILE or --questionnaire-dir DIR, or a newer cyber-ready for a bundled one)",
    ],
  ],
  [
    'multi-duplicate.yaml',
    [
      "multi-duplicate.yaml:16:13: option \"dns\" is chosen twice",
    ],
  ],
  [
    'multi-exclusive-combined.yaml',
    [
      "multi-exclusive-combined.yaml:16:13: option \"none\" cannot be combined with other options",
    ],
  ],
  [
    'not-applicable-not-allowed.yaml',
    [
      "not-applicable-not-allowed.yaml:12:21: question \"budget\" cannot be answered not applicable",
    ],
  ],
  [
    'not-applicable-without-reason.yaml',
    [
      "not-applicable-without-reason.yaml:15:8: a not-applicable answer to \"pci\" needs a \"reason\"",
    ],
  ],
  [
    'number-below-min.yaml',
    [
      "number-below-min.yaml:17:15: \"patch-days\" must be at least 0, not -3",
    ],
  ],
  [
    'number-not-number.yaml',
    [
      "number-not-number.yaml:17:15: \"patch-days\": \"fourteen\" is not a number of days",
    ],
  ],
  [
    'other-questionnaire.yaml',
    [
      "other-questionnaire.yaml:2:16: these answers are for questionnaire \"council-cyber-resilience\", but \"mini\" was given; pass -q with the questionnaire they answer",
    ],
  ],
  [
    'text-given-list.yaml',
    [
      "text-given-list.yaml:13:10: \"notes\" takes text, not a list",
    ],
  ],
  [
    'unknown-as-value.yaml',
    [
      "unknown-as-value.yaml:15:8: \"unknown\" is not an option of \"pci\"; choose one of none, some, all; to say you don't know, write { status: unknown }",
    ],
  ],
  [
    'unknown-question.yaml',
    [
      "unknown-question.yaml:12:3: unknown question \"budgte\"; did you mean \"budget\"?",
    ],
  ],
  [
    'value-and-status.yaml',
    [
      "value-and-status.yaml:15:8: answer to \"pci\" has both a value and status \"unknown\"; give one",
    ],
  ],
  [
    'value-not-option.yaml',
    [
      "value-not-option.yaml:15:8: \"most\" is not an option of \"pci\"; choose one of none, some, all",
    ],
  ],
  [
    'waiver-bad-date.yaml',
    [
      "waiver-bad-date.yaml:23:14: \"expires\" must be a date written YYYY-MM-DD, not \"23/11/2026\"",
    ],
  ],
  [
    'waiver-unknown-question.yaml',
    [
      "waiver-unknown-question.yaml:20:15: waiver for unknown question \"pcii\"; did you mean \"pci\"?",
    ],
  ],
];

describe('invalid answers', () => {
  const mini = loadQuestionnaireText(miniText(), 'mini.yaml');
  it.each(cases)('%s', (name, expected) => {
    const { answers, diagnostics } = answersFromText(readFileSync(fixture(`invalid/answers/${name}`), 'utf8'), mini, name);
    expect(answers).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual(expected);
  });
});
