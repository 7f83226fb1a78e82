// The styles every Word document has and the docx library does not write: Normal (which Title, the
// headings and the paper's own styles are based on), the default character, table and numbering
// styles, and Table Grid for the paper's tables. Without them Word and LibreOffice fell back on their
// own defaults, but python-docx, Pandoc and other readers saw the body paragraphs as having no style
// and Title and the headings as based on a style that was not there. The definitions are Word's own
// (as a new blank document writes them); the look of the paper stays in docDefaults and its styles.

/** Table Grid, as the paper's tables name it (their borders and margins are also set on each table). */
export const TABLE_STYLE = 'TableGrid';

const LINE = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';

const DEFAULT_STYLES = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
    `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:tblPr><w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders></w:tblPr></w:style>`,
].join('');

/**
 * The library's styles.xml made as Word writes it: Word's default styles first among the styles, and
 * the headings under Word's own names for them ("heading 1", shown in Word as "Heading 1"). Under
 * the library's "Heading 1" python-docx and other readers that look styles up by Word's names could
 * not find the headings.
 */
export function withDefaultStyles(stylesXml: string): string {
  const named = stylesXml.replace(/<w:name w:val="Heading ([1-9])"\/>/g, '<w:name w:val="heading $1"/>');
  // Styles follow docDefaults (and latentStyles, which the library does not write); "<w:style " with
  // its space is not "<w:styles".
  const at = named.indexOf('<w:style ');
  return at < 0 ? named.replace('</w:styles>', `${DEFAULT_STYLES}</w:styles>`) : named.slice(0, at) + DEFAULT_STYLES + named.slice(at);
}
