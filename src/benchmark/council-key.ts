/**
 * What two labels (or two organisation names) must agree on to be one council's: the text in NFC,
 * without spaces at either end, each run of white space one space, in lower case. "Gŵyr", "Gŵyr "
 * (a trailing space typed in `--label "Gŵyr "`) and "gŵyr" look like one council to a reader, and
 * counted as two they skewed every figure. Invisible characters are not folded away: an extract
 * with one in its label is refused where it is read (share/read-extract.ts).
 */
export const councilKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und').normalize('NFC');
