// The page, styles, footer and packing every Word paper shares: the assess board paper (docx.ts) and
// the "what changed" paper of diff (docx-diff.ts). One place, so the two papers look alike in a
// committee pack and a fix to one (a style a reader could not find, a date from the clock) is a fix
// to both.
import { Document, Footer, Packer, PageNumber, Paragraph, TextRun, type INumberingOptions, type Table } from 'docx';
import { curlWordQuotes } from './docx-quotes.js';
import { STYLES, wordText } from './docx-blocks.js';
import { datedOn, inEnglish, type XmlPart } from './docx-properties.js';
import { withDefaultStyles } from './docx-styles.js';
import { isolateWordNames } from './isolate-names.js';
import { zipFiles } from './zip.js';

export type Block = Paragraph | Table;

/** What Word shows in a document's properties: each already made safe (wordText) and its names isolated. */
export interface PaperProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  description: string;
}

/**
 * A Word paper: A4 with 2 cm margins, Arial, Word's heading styles, the paper's own named styles, and
 * a footer of `footerTitle` with the page number.
 */
export function paperDocument(properties: PaperProperties, footerTitle: string, children: Block[], numbering: INumberingOptions['config'] = []): Document {
  const footer = new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [`${wordText(footerTitle)} — page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
  });
  return new Document({
    ...properties,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: 'Arial', size: 44, bold: true } },
        // The outline level is what makes a heading a heading outside Word's own style names:
        // without it LibreOffice's navigator, and the bookmarks of a PDF printed from it, were empty.
        heading1: { run: { font: 'Arial', size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: 'Arial', size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 } },
        heading3: { run: { font: 'Arial', size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 2 } },
        heading4: { run: { font: 'Arial', size: 20, bold: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, outlineLevel: 3 } },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
      ...STYLES,
    },
    numbering: { config: numbering },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/**
 * The step of the library's packer that turns a document into its XML parts; the rest of its packer
 * is JSZip deflating in JavaScript, which took longer than all else in a docx run, so zip.ts packs
 * the parts with Node's zlib instead. Not in the library's published types, so the version is pinned
 * exactly in package.json, and test/e2e/docx.test.ts opens every document this makes.
 */
const compiler = (Packer as unknown as { compiler: { xmlifyFile(file: Document, prettify?: boolean): Record<string, XmlPart | XmlPart[]> } }).compiler;

/**
 * A Word paper's bytes: dated `today` (so the same inputs give the same bytes), in English, with
 * Word's default styles, straight quotes made typographic but in the file names `asWritten`, and
 * each of `names` (right-to-left, in every form the paper writes them) isolated.
 */
export function packPaper(doc: Document, options: { today: string; asWritten: string[]; names: string[] }): Uint8Array {
  const parts = Object.values(compiler.xmlifyFile(doc))
    .flat()
    .map((part) => inEnglish(datedOn(part, options.today)))
    .map((part) => (part.path === 'word/styles.xml' ? { path: part.path, data: withDefaultStyles(part.data) } : part))
    .map((part) => (/^word\/(document|footer\d+)\.xml$/.test(part.path) ? { path: part.path, data: isolateWordNames(options.names, curlWordQuotes(options.asWritten, part.data, wordText), wordText) } : part));
  // The content types first, where readers that stream the archive look for them.
  parts.sort((x, y) => Number(y.path === '[Content_Types].xml') - Number(x.path === '[Content_Types].xml'));
  return zipFiles(parts.map((part) => ({ path: part.path, data: Buffer.from(part.data, 'utf8') })));
}
