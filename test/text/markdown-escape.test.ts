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
    expect(shown(md)).toBe(text.replace('|2', '%7C2'));
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
