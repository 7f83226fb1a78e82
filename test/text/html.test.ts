import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/text/html.js';

describe('escapeHtml', () => {
  it.each([
    ['plain words', 'plain words'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["it's & that", 'it&#39;s &amp; that'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['bell\u0007 escape\u001b[2J', 'bell\\x07 escape\\x1b[2J'],
    ['C1 \u009b control', 'C1 \\x9b control'],
    ['over\u202eride', 'over\\u202eride'],
    ['isolate\u2066x\u2069', 'isolate\\u2066x\\u2069'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['non\ufffe characters\uffff', 'non\ufffd characters\ufffd'],
    ['marks \u200fשם\u200e kept', 'marks \u200fשם\u200e kept'],
    ['line\u2028para\u2029next\u0085line', 'line para next line'],
    ['emoji 🔒 stays', 'emoji 🔒 stays'],
    ['tab\tand\nnewline stay', 'tab\tand\nnewline stay'],
    ['£ é — fine', '£ é — fine'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
