import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../src/text/markdown.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';

/** What a reader sees: the text and code spans, in order. */
function shown(markdown: string): string {
  const para = parseMarkdown(markdown).children[0];
  return para && 'children' in para ? para.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
}

describe('escapeInline, read back by a GFM parser', () => {
  it.each([
    ['a web address', 'See https://evil.example/login now'],
    ['a www address', 'Go to www.evil.example today'],
    ['a mail address', 'Write to ciso@council.example.gov.uk or mailto:x@y.example'],
    ['an ftp address', 'ftp://files.example/x'],
    ['an address ending a sentence, with a query and a pipe', 'Read https://a.example/p?x=1&y=|2.'],
    ['markup and HTML', '**bold** _it_ `code` [link](x) <b>html</b> & "quoted" | pipe ~strike~'],
    ['character references and ampersands', 'Waste & fleet; R&D &copy; &amp; &#169; &#xA9; &nosuch; AT&T; &#; & ;'],
  ])('%s stays plain text, shown exactly as written', (_name, text) => {
    const md = escapeInline(text);
    const tree = parseMarkdown(md);
    expect(nodesOfType(tree, 'link')).toEqual([]);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    expect(nodesOfType(tree, 'strong')).toEqual([]);
    expect(nodesOfType(tree, 'emphasis')).toEqual([]);
    expect(shown(md)).toBe(text);
  });

  it('leaves an ampersand as written unless it would begin a character reference', () => {
    expect(escapeInline('Waste collection & fleet (R&D)')).toBe('Waste collection & fleet (R&D)');
    expect(escapeInline('&copy; &#169; &#xA9;')).toBe('&amp;copy; &amp;#169; &amp;#xA9;');
  });

  it('puts addresses in code spans, and nothing else', () => {
    const md = escapeInline('Mail ciso@council.example.gov.uk, see www.ncsc.gov.uk. Not `code` or a@b');
    expect(nodesOfType(parseMarkdown(md), 'inlineCode').map((c) => c.value)).toEqual(['ciso@council.example.gov.uk', 'www.ncsc.gov.uk']);
  });

  it('leaves double quotes alone, so the markdown source reads as written', () => {
    expect(escapeInline('answered "don\'t know"')).toBe('answered "don\'t know"');
  });
});

describe('escapeLines and escapeCell keep a reader\'s line breaks, read back by a GFM parser', () => {
  it('a list item keeps each line, and no line starts a block of its own', async () => {
    const { escapeLines } = await import('../../src/text/markdown.js');
    const md = `- Step: ${escapeLines('First:\n1. one\n2) two\n- dash\n+ plus\n# hash\n===\n    indented\n\nAfter a blank line.\n', '  ')}\n`;
    const tree = parseMarkdown(md);
    expect(nodesOfType(tree, 'listItem')).toHaveLength(1);
    expect(nodesOfType(tree, 'heading')).toEqual([]);
    expect(nodesOfType(tree, 'code')).toEqual([]);
    const text = nodesOfType(tree, 'paragraph')[0]?.children.map((c) => ('value' in c ? c.value : '\n')).join('');
    expect(text).toBe('Step: First:\n1. one\n2) two\n- dash\n+ plus\n# hash\n===\nindented\n\nAfter a blank line.');
  });

  it('a table cell has <br> for each break and keeps the table whole', async () => {
    const { escapeCell } = await import('../../src/text/markdown.js');
    const tree = parseMarkdown(`| a | b |\n|---|---|\n| ${escapeCell('one\n| two |\n')} | x |\n`);
    const row = nodesOfType(tree, 'tableRow')[1];
    expect(row?.children).toHaveLength(2);
    expect(row?.children[0]?.children.map((c) => ('value' in c ? c.value : ''))).toEqual(['one', '<br>', '| two |']);
  });
});

describe('escapeInline never begins a block, wherever the text lands', () => {
  // Every place a report sets the reader's text at the start of something: a line, a list item, a
  // numbered item, a quote, a quoted list item (the automatic-fail box), a table cell.
  // Each with the text the rest of the place shows before and after the reader's.
  const places: [string, (t: string) => string, string, string][] = [
    ['a line', (t) => `${t}\n`, '', ''],
    ['a line under a paragraph', (t) => `Above.\n${t}\n`, 'Above.\n', ''],
    ['a list item', (t) => `- ${t}\n`, '', ''],
    ['a numbered item', (t) => `1. ${t}\n`, '', ''],
    ['a quote', (t) => `> ${t}\n`, '', ''],
    ['a list item in a quote', (t) => `> - ${t}\n`, '', ''],
    ['a table cell', (t) => `| a | b |\n|---|---|\n| ${t} | x |\n`, 'ab', 'x'],
  ];
  const texts = ['# Payroll', '###### Six', '1. Housing', '1) Housing', '- Dash', '+ Plus', '* Star', '> Quoted', '===', '---', '- - -', '```', '~~~', '| a | b |', '    indented', '  - spaced', '<div>', '#', '-', '2.'];
  // What a GFM parser makes of a place with plain text in it, and what it shows.
  const shape = (tree: ReturnType<typeof parseMarkdown>): string[] => {
    const out: string[] = [];
    const walkTypes = (n: { type: string; children?: unknown[] }): void => {
      if (!['text', 'inlineCode'].includes(n.type)) out.push(n.type);
      for (const c of (n.children ?? []) as { type: string }[]) walkTypes(c);
    };
    walkTypes(tree);
    return out;
  };
  const textOf = (n: unknown): string => {
    const node = n as { value?: string; children?: unknown[] };
    return node.value ?? (node.children ?? []).map(textOf).join('');
  };
  it.each(places)('in %s, the text keeps the structure and shows exactly as written', (_place, put, before, after) => {
    const plain = shape(parseMarkdown(put('Plain words')));
    for (const text of texts) {
      const tree = parseMarkdown(put(escapeInline(text)));
      expect(shape(tree), text).toEqual(plain);
      expect(textOf(tree), text).toBe(`${before}${text.trim()}${after}`);
    }
  });

  it('escapes only a marker that begins a block, so the source reads as written', () => {
    expect(escapeInline('# Payroll')).toBe('\\# Payroll');
    expect(escapeInline('1. Housing')).toBe('1\\. Housing');
    expect(escapeInline('2) Housing')).toBe('2\\) Housing');
    expect(escapeInline('- Dash')).toBe('\\- Dash');
    expect(escapeInline('+ Plus')).toBe('\\+ Plus');
    expect(escapeInline('===')).toBe('\\===');
    expect(escapeInline('    - indented')).toBe(' \\- indented');
    for (const text of ['#hashtag', '1.5 days', '-5 degrees', '+44 20 7946 0000', 'Payroll # 2', 'Housing - 1. north']) expect(escapeInline(text)).toBe(text);
  });
});

describe('escapeInline, odd characters and addresses', () => {
  it('shows U+FFFE and U+FFFF as U+FFFD, as the HTML and Word reports do', () => {
    expect(escapeInline('Owner \ufffe \uffff x')).toBe('Owner \ufffd \ufffd x');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', '=HYPERLINK("`http://evil.example`","x")', 'http://evil.example'],
    ["('http://a.example','b')", "('`http://a.example`','b')", 'http://a.example'],
  ])('ends an address before a quote, so the code span holds the address alone: %s', (text, escaped, address) => {
    const md = escapeInline(text);
    expect(md).toBe(escaped);
    expect(nodesOfType(parseMarkdown(md), 'inlineCode').map((c) => c.value)).toEqual([address]);
    expect(shown(md)).toBe(text);
  });

  it.each(['a_http://evil.example', '1http://evil.example', 'x_www.evil.example'])('makes no link of %s, where GFM finds an address inside a word', (text) => {
    const md = escapeInline(text);
    expect(nodesOfType(parseMarkdown(md), 'link')).toEqual([]);
    expect(shown(md)).toBe(text);
  });
});

describe('code spans in prose and in table cells', () => {
  // A code span shows its text literally: "\|" is taken out only inside a table row, before the span is read.
  it('a "|" is escaped only where the span is in a table cell, and both read back as written', async () => {
    const { cellCodeSpan, codeSpan } = await import('../../src/text/markdown.js');
    const prose = parseMarkdown(`- File: ${codeSpan('ce|v2.yaml')}\n`);
    expect(nodesOfType(prose, 'inlineCode').map((n) => n.value)).toEqual(['ce|v2.yaml']);
    const table = parseMarkdown(`| a | b |\n|---|---|\n| ${cellCodeSpan('ce|v2.yaml')} | x |\n`);
    expect(nodesOfType(table, 'tableRow')[1]?.children).toHaveLength(2);
    expect(nodesOfType(table, 'inlineCode').map((n) => n.value)).toEqual(['ce|v2.yaml']);
  });
});

describe('a "$" in the reader\'s text', () => {
  // GitHub and GitLab read "$…$" as maths; "\$" is a backslash escape every GFM reader prints as "$".
  it('is escaped, and reads back as written', () => {
    const md = escapeInline('Files on $env:TEMP/$env:USER share');
    expect(md).toBe('Files on \\$env:TEMP/\\$env:USER share');
    expect(nodesOfType(parseMarkdown(md), 'text').map((n) => n.value).join('')).toBe('Files on $env:TEMP/$env:USER share');
  });
});
