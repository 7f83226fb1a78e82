import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { fixture, questionnaireFromText } from '../helpers/load.js';

// Each fixture is test/fixtures/valid/mini.yaml with one thing broken (several-errors: three).
// The messages are the contract people read: exact text, exact line and column, sorted by place.
const cases: [string, string[]][] = [
  [
    'bad-id.yaml',
    [
      "bad-id.yaml:29:13: \"id\" must be an id of letters and digits, with \".\", \"-\" or \"_\" after the first, such as \"ce-1.2\" or \"A1.a\", not \"Budget Owner\"",
    ],
  ],
  [
    'bad-severity.yaml',
    [
      "bad-severity.yaml:47:19: \"severity\" must be one of \"critical\", \"high\", \"medium\" or \"low\", not \"urgent\"",
    ],
  ],
  [
    'bad-version.yaml',
    [
      "bad-version.yaml:3:10: \"version\" must be a version such as \"1.2.0\", not \"v1.2\"",
    ],
  ],
  [
    'band-min-over-max.yaml',
    [
      "band-min-over-max.yaml:71:13: band 2 has \"min\" (30) greater than \"max\" (15)",
    ],
  ],
  [
    'choice-without-options.yaml',
    [
      "choice-without-options.yaml:21:9: choice question \"owner\" needs \"scale\" or \"options\"",
    ],
  ],
  [
    'custom-tag.yaml',
    [
      "custom-tag.yaml:4:22: tag !!js/function is not allowed; use plain YAML values",
    ],
  ],
  [
    'duplicate-key.yaml',
    [
      "duplicate-key.yaml:27:9: duplicate key \"severity\" (first defined at line 26)",
    ],
  ],
  [
    'duplicate-option-value.yaml',
    [
      "duplicate-option-value.yaml:61:22: option value \"mail\" is used twice in this list",
    ],
  ],
  [
    // The follow-on error names each option once, though the list gives one twice.
    'duplicate-option-named.yaml',
    [
      "duplicate-option-named.yaml:61:22: option value \"mail\" is used twice in this list",
      "duplicate-option-named.yaml:90:42: \"sms\" is not an option of \"services\"; its options are dns, mail, none",
    ],
  ],
  [
    'duplicate-question-id.yaml',
    [
      "duplicate-question-id.yaml:29:13: duplicate question id \"owner\" (first used at line 21)",
    ],
  ],
  [
    'empty.yaml',
    [
      "empty.yaml:1:1: the file is empty; expected a YAML mapping",
    ],
  ],
  [
    'missing-title.yaml',
    [
      "missing-title.yaml:2:1: missing required property \"title\"",
    ],
  ],
  [
    'multiple-documents.yaml',
    [
      "multiple-documents.yaml:16:1: a file must hold a single YAML document, but another one starts here",
    ],
  ],
  [
    'not-a-mapping.yaml',
    [
      "not-a-mapping.yaml:1:1: the file must be a mapping, not a list",
    ],
  ],
  [
    'only-comments.yaml',
    [
      "only-comments.yaml:1:1: the file is empty; expected a YAML mapping",
    ],
  ],
  [
    'options-on-number.yaml',
    [
      "options-on-number.yaml:68:9: number questions take no options",
    ],
  ],
  [
    'profile-bad-option.yaml',
    [
      "profile-bad-option.yaml:15:24: \"done\" is not an option of \"owner\"; its options are not-in-place, planned, partly, in-place",
    ],
  ],
  [
    'duplicate-profile-id.yaml',
    [
      "duplicate-profile-id.yaml:16:9: duplicate profile id \"baseline\" (first used at line 13)",
    ],
  ],
  [
    'profile-unknown-question.yaml',
    [
      "profile-unknown-question.yaml:15:17: profile \"baseline\" requires unknown question \"onwer\" (did you mean \"owner\"?)",
    ],
  ],
  [
    'ratings-order.yaml',
    [
      "ratings-order.yaml:7:12: ratings must be listed highest \"min\" first, with no two the same (80 follows 50)",
    ],
  ],
  [
    'reference-undeclared-framework.yaml',
    [
      "reference-undeclared-framework.yaml:33:22: reference \"nist-csf-2.0:GV.OC\" uses framework \"nist-csf-2.0\", which is not listed in \"frameworks\"",
    ],
  ],
  [
    'reference-unknown-id.yaml',
    [
      "reference-unknown-id.yaml:28:22: reference \"caf-4.0:A1.z\": \"A1.z\" is not an id of NCSC Cyber Assessment Framework 4.0 (did you mean \"A1.a\"?)",
    ],
  ],
  [
    'score-out-of-range.yaml',
    [
      "score-out-of-range.yaml:53:55: \"score\" must be at most 1, not 1.5",
    ],
  ],
  [
    'several-errors.yaml',
    [
      "several-errors.yaml:5:1: unknown property \"author\"; expected \"id\", \"version\", \"title\", \"description\", \"frameworks\", \"ratings\", \"scales\", \"systemLabel\", \"systemLabelPlural\", \"upgradeNotes\", \"profiles\" or \"sections\"",
      "several-errors.yaml:26:17: \"weight\" must be a number, not text",
      "several-errors.yaml:48:19: \"severity\" must be one of \"critical\", \"high\", \"medium\" or \"low\", not \"urgent\"",
    ],
  ],
  [
    'syntax-error.yaml',
    [
      "syntax-error.yaml:4:8: this \"[\" is not closed: end it with \"]\" on the same line, or indent the lines that continue it further than its key",
    ],
  ],
  [
    'tab-indent.yaml',
    [
      "tab-indent.yaml:26:1: tabs cannot indent YAML; use spaces",
    ],
  ],
  [
    'unknown-framework.yaml',
    [
      "unknown-framework.yaml:5:45: unknown framework \"iso-27001\"; known frameworks: caf-4.0, caf-3.2, cyber-essentials-3.3, iasme-danzell, nist-csf-2.0, ncsc-10-steps",
    ],
  ],
  [
    'unknown-property.yaml',
    [
      "unknown-property.yaml:26:9: unknown property \"severty\"; did you mean \"severity\"?",
    ],
  ],
  [
    'unknown-scale.yaml',
    [
      "unknown-scale.yaml:24:16: unknown scale \"maturty\" (did you mean \"maturity\"?); scales defined: maturity",
    ],
  ],
  [
    'when-bad-value.yaml',
    [
      "when-bad-value.yaml:49:39: \"maybe\" is not an option of \"cards\"; its options are no, yes",
    ],
  ],
  [
    'when-both-in-notin.yaml',
    [
      "when-both-in-notin.yaml:49:15: a condition takes \"in\" or \"notIn\", not both",
    ],
  ],
  [
    'when-forward.yaml',
    [
      "when-forward.yaml:49:27: \"when\" refers to \"patch-days\", which is not an earlier question; a condition may only look backwards",
    ],
  ],
  [
    'profile-number-out-of-range.yaml',
    [
      "profile-number-out-of-range.yaml:15:57: -1 is outside what \"patch-days\" may be answered (at least 0); a profile must name a value an answer can give",
    ],
  ],
  [
    'when-number-out-of-range.yaml',
    [
      "when-number-out-of-range.yaml:89:44: -7 is outside what \"patch-days\" may be answered (at least 0); a condition must name a value an answer can give",
    ],
  ],
  [
    'system-label-blank.yaml',
    [
      "system-label-blank.yaml:5:14: \"systemLabel\" must not be empty or only spaces",
    ],
  ],
  [
    'when-self.yaml',
    [
      "when-self.yaml:49:27: question \"pci\" cannot depend on itself",
    ],
  ],
  [
    'wrong-type.yaml',
    [
      "wrong-type.yaml:25:17: \"weight\" must be a number, not text",
    ],
  ],
  [
    'yes-no-wrong-options.yaml',
    [
      "yes-no-wrong-options.yaml:33:11: the options of yes-no question \"budget\" must be exactly \"yes\" and \"no\"",
    ],
  ],
];

describe('invalid questionnaires', () => {
  it.each(cases)('%s', (name, expected) => {
    const { loaded, diagnostics } = questionnaireFromText(readFileSync(fixture(`invalid/questionnaires/${name}`), 'utf8'), name);
    expect(loaded).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual(expected);
  });
});
