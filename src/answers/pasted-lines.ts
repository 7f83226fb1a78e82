// A paste is one answer, typed at the prompt it was pasted into. Text copied from Outlook or Word
// holds line breaks, often one at its start: read as typed, each break was Enter, so the full
// prompts kept the first line and dropped the rest (an empty first line was an empty answer), and
// --plain took each line as the answer to the next question, questions the person never read.
// While the walk has the terminal it turns on bracketed paste (bin/terminal.js), so the terminal
// sends a paste between ESC[200~ and ESC[201~; what comes between them reaches the line reader with
// each line break a space and none at either end, and the brackets themselves are taken out.

const START = '\x1b[200~';
const END = '\x1b[201~';

/**
 * The length of the longest end of `text` (from `from`) that is the start of `marker`, at least
 * `least` long: a bracket cut in two by the chunks the terminal was read in, held for the next.
 */
function cutMarker(text: string, from: number, marker: string, least: number): number {
  for (let n = Math.min(marker.length - 1, text.length - from); n >= least; n--) {
    if (text.endsWith(marker.slice(0, n))) return n;
  }
  return 0;
}

/**
 * A filter of what the terminal sends, chunk by chunk, in the order read. Outside a paste, only a
 * cut opening bracket of two characters or more is held: a lone ESC is the Esc key, which the line
 * reader must see at once.
 */
export function pasteFilter(): (chunk: string) => string {
  let inside = false;
  let held = '';
  // Inside a paste: whether any text has come yet, the breaks since the last text (any number is one space), and whether the last character was CR (of a CR LF).
  let started = false;
  let breaks = 0;
  let afterCr = false;
  return (chunk) => {
    const text = held + chunk;
    held = '';
    let out = '';
    let i = 0;
    while (i < text.length) {
      if (!inside) {
        const at = text.indexOf(START, i);
        const stop = at < 0 ? text.length - cutMarker(text, i, START, 2) : at;
        out += text.slice(i, stop);
        if (at < 0) {
          held = text.slice(stop);
          break;
        }
        i = at + START.length;
        inside = true;
        started = false;
        breaks = 0;
        afterCr = false;
        continue;
      }
      const at = text.indexOf(END, i);
      const stop = at < 0 ? text.length - cutMarker(text, i, END, 1) : at;
      for (; i < stop; i++) {
        const ch = text[i] as string;
        if (ch === '\n' && afterCr) {
          afterCr = false;
          continue;
        }
        afterCr = ch === '\r';
        if (ch === '\r' || ch === '\n' || ch === '\v') {
          if (started) breaks++;
          continue;
        }
        // A run of breaks (a blank line between paragraphs, or CR CR where a terminal sends each LF
        // of a CR LF as Enter) is one space, not a gap of several in the saved text.
        out += (breaks > 0 ? ' ' : '') + ch;
        breaks = 0;
        started = true;
      }
      if (at < 0) {
        held = text.slice(stop);
        break;
      }
      // Breaks at the end of a paste are dropped: Enter is the person's to press.
      i = at + END.length;
      inside = false;
    }
    return out;
  };
}

/**
 * Passes what the terminal sends through pasteFilter before anything reads it: the full prompts'
 * line reader and key decoder, and the plain prompts' line reader, all take it as 'data' events.
 * Bytes are filtered as Latin-1, one character a byte, so a UTF-8 character cut between two chunks
 * passes whole; the brackets and line breaks are ASCII, which no byte of such a character is.
 */
export function filterPastes(input: NodeJS.ReadableStream): void {
  const filter = pasteFilter();
  const emit = input.emit.bind(input) as (event: string | symbol, ...args: unknown[]) => boolean;
  (input as { emit: (event: string | symbol, ...args: unknown[]) => boolean }).emit = (event, ...args) => {
    if (event !== 'data') return emit(event, ...args);
    const chunk = args[0];
    const bytes = Buffer.isBuffer(chunk);
    const text = filter(bytes ? chunk.toString('latin1') : String(chunk));
    if (text === '') return true;
    return emit('data', bytes ? Buffer.from(text, 'latin1') : text);
  };
}
