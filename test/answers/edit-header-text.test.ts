import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { restampHeaderInText, setHeaderInText } from '../../src/answers/edit-header-text.js';

// Filling in the organisation and assessor of a file `init` made: the value changes, and nothing
// else in the file does (comments, quoting, order, line ends).
describe('setHeaderInText', () => {
  const template = [
    '# yaml-language-server: $schema=../schemas/answers.schema.json',
    '# Answers to "Mini" (mini 1.0.0).',
    'questionnaire: mini',
    'questionnaireVersion: 1.0.0',
    'organisation: ""   # the council',
    'assessor: ""',
    'assessedOn: 2026-11-23',
    'answers:',
    '  owner:',
    '',
  ].join('\n');

  it('replaces an empty value in place, keeping the comment after it', () => {
    const out = setHeaderInText(setHeaderInText(template, 'organisation', 'Wrenford Borough Council'), 'assessor', 'Head of ICT: J. Smith');
    expect(out).toBe(template.replace('organisation: ""', 'organisation: Wrenford Borough Council').replace('assessor: ""', 'assessor: "Head of ICT: J. Smith"'));
    expect(parse(out)).toMatchObject({ organisation: 'Wrenford Borough Council', assessor: 'Head of ICT: J. Smith' });
  });

  it('fills a key with nothing after its colon', () => {
    const text = template.replace('organisation: ""   # the council', 'organisation:');
    expect(setHeaderInText(text, 'organisation', 'Eastcombe')).toBe(template.replace('organisation: ""   # the council', 'organisation: Eastcombe'));
  });

  it('adds a missing key on its own line before the next header key, with the file\'s line ends', () => {
    const text = template.replace('organisation: ""   # the council\n', '').replace(/\n/g, '\r\n');
    const out = setHeaderInText(text, 'organisation', "St Mary's & Co <x>");
    expect(out).toBe(text.replace('assessor: ""', `organisation: St Mary's & Co <x>\r\nassessor: ""`));
    expect(parse(out).organisation).toBe("St Mary's & Co <x>");
  });

  it('adds a missing key before the "..." that ends the document, where the document still holds it', () => {
    expect(setHeaderInText('---\nquestionnaire: mini\n# last\n...\n# after\n', 'organisation', 'Acme')).toBe('---\nquestionnaire: mini\n# last\norganisation: Acme\n...\n# after\n');
    // A line that only starts with three dots is text, not the marker.
    expect(setHeaderInText('questionnaire: mini\nx-note: >-\n  a\n  ...b\n', 'organisation', 'Acme')).toBe('questionnaire: mini\nx-note: >-\n  a\n  ...b\norganisation: Acme\n');
  });

  it('in a top level written in braces, adds the key in them, before the next header key, quoted as braces need', () => {
    expect(setHeaderInText('{questionnaire: mini, answers: {}}\n', 'organisation', 'Acme')).toBe('{questionnaire: mini, organisation: Acme, answers: {}}\n');
    const out = setHeaderInText('{questionnaire: mini}\n', 'assessor', 'Jo, ICT {lead}');
    expect(out).toBe('{questionnaire: mini, assessor: "Jo, ICT {lead}"}\n');
    expect(parse(out)).toEqual({ questionnaire: 'mini', assessor: 'Jo, ICT {lead}' });
    expect(setHeaderInText('{questionnaire: mini, organisation: ""}\n', 'organisation', 'A, B')).toBe('{questionnaire: mini, organisation: "A, B"}\n');
  });

  it('replaces an alias with the value, leaving what it pointed at as it was', () => {
    expect(setHeaderInText('questionnaire: mini\nx-blank: &b ""\norganisation: *b\n', 'organisation', 'Acme')).toBe('questionnaire: mini\nx-blank: &b ""\norganisation: Acme\n');
  });

  it('quotes what YAML would read as something other than the text typed', () => {
    for (const name of ['yes', '2026', 'null', '- list', '# hash', 'a: b']) {
      expect(parse(setHeaderInText(template, 'organisation', name)).organisation).toBe(name);
    }
  });
});

// The walk's day and the questionnaire's version, moved on as the walk goes: the value alone, in
// the quotes it had; a file without the line, or with something else there, is left as it is.
describe('restampHeaderInText', () => {
  const head = '# Answers.\r\nquestionnaire: mini\r\nquestionnaireVersion: 1.0.0 # as sent\r\nassessedOn: 2026-11-20   # CLT\r\nanswers:\r\n';

  it.each([
    ['plain, a comment after it', head, 'assessedOn: 2026-12-05   # CLT'],
    ['double-quoted', head.replace('2026-11-20', '"2026-11-20"'), 'assessedOn: "2026-12-05"   # CLT'],
    ["single-quoted", head.replace('2026-11-20', "'2026-11-20'"), "assessedOn: '2026-12-05'   # CLT"],
  ])('replaces a %s value in place', (_, text, line) => {
    const out = restampHeaderInText(text, 'assessedOn', '2026-12-05');
    expect(out).toBe(text.replace(/assessedOn: [^\r]*/, line));
  });

  it('moves the version on, keeping its comment and the line ends', () => {
    expect(restampHeaderInText(head, 'questionnaireVersion', '1.1.0')).toBe(head.replace('1.0.0 # as sent', '1.1.0 # as sent'));
  });

  it.each([
    ['no such line', head.replace('assessedOn: 2026-11-20   # CLT\r\n', '')],
    ['an empty value', head.replace('2026-11-20', '')],
    ['a tagged value', head.replace('2026-11-20', '!!str 2026-11-20')],
  ])('leaves a file with %s as it is', (_, text) => {
    expect(restampHeaderInText(text, 'assessedOn', '2026-12-05')).toBe(text);
  });
});
