// The document properties of the Word paper (docProps/core.xml), set where the docx library leaves
// them unset or set from the clock.

export interface XmlPart {
  path: string;
  data: string;
}

/**
 * The library stamps the document's created and modified times from the clock, so the same
 * assessment gave different bytes on every run and SOURCE_DATE_EPOCH did not hold. The paper is
 * dated the day it was judged on (`today`: --today, else SOURCE_DATE_EPOCH, else the clock's date).
 */
export function datedOn(part: XmlPart, today: string): XmlPart {
  if (part.path !== 'docProps/core.xml') return part;
  const stamp = (name: string) => (xml: string) =>
    xml.replace(new RegExp(`(<dcterms:${name}\\b[^>]*>)[^<]*(</dcterms:${name}>)`), `$1${today}T00:00:00Z$2`);
  return { path: part.path, data: stamp('modified')(stamp('created')(part.data)) };
}

/**
 * The document's language in its properties as well as in its styles: the library sets only the
 * styles' (which Word's proofing follows), and readers of the package's metadata (a records system,
 * a PDF converter, a screen reader's document summary) found none. British English, as the paper is written.
 */
export function inEnglish(part: XmlPart): XmlPart {
  if (part.path !== 'docProps/core.xml' || part.data.includes('<dc:language>')) return part;
  return { path: part.path, data: part.data.replace('</cp:coreProperties>', '<dc:language>en-GB</dc:language></cp:coreProperties>') };
}
