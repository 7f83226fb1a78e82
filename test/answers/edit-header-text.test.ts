import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setHeaderInText } from '../../src/answers/edit-header-text.js';

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

  it('quotes what YAML would read as something other than the text typed', () => {
    for (const name of ['yes', '2026', 'null', '- list', '# hash', 'a: b']) {
      expect(parse(setHeaderInText(template, 'organisation', name)).organisation).toBe(name);
    }
  });
});
