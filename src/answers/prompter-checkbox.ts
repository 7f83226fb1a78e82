// The checkbox for `multi` questions. It looks and answers to keys as the library's checkbox does,
// but an exclusive option ("None of these") is kept on its own as the keys are pressed: the
// library's "a" (all) and "i" (invert) would tick it with the others, an answer that cannot be saved.
import type * as Library from './prompter-library.js';
import { invertTicks, tickAll, tickOne, type Ticked } from './exclusive-ticks.js';
import { displayWidth } from '../text/wrap.js';

export interface CheckboxChoice {
  value: string;
  name: string;
  short: string;
  description?: string;
  checked: boolean;
  exclusive: boolean;
}

export interface CheckboxConfig {
  message: string;
  choices: CheckboxChoice[];
  pageSize: number;
  theme?: object;
  /** Said when a key unticked options to keep an exclusive one on its own (or the reverse). */
  clearedNote: (cleared: CheckboxChoice[], alone: CheckboxChoice | undefined) => string;
  /**
   * The options are numbered in their own words ("1 Policy"): a digit moves to the option that
   * starts with the digits typed, as in a list, and Space ticks it; otherwise a digit ticks the
   * option at that place, as in the library's checkbox.
   */
  numbered?: boolean;
  /** How wide the terminal is, for the keys said under the list (80 when not given). */
  width?: () => number;
  /** Checked at Enter, as the library's `validate` is: true, or what is wrong. */
  validate: (selected: CheckboxChoice[]) => true | string;
}

const CURSOR_HIDE = '\u001b[?25l';

/** The keys said under the list, as the library's checkbox says them. */
const KEYS: [string, string][] = [
  ['\u2191\u2193', 'navigate'],
  ['space', 'select'],
  ['a', 'all'],
  ['i', 'invert'],
  ['\u23CE', 'submit'],
];

/**
 * The keys in rows that fit a terminal `width` columns wide, broken between keys: on one line, the
 * library's prompt broke it at the edge, mid-word ("i i" / "nvert") below 56 columns.
 */
export function keysRows(width: number): [string, string][][] {
  const rows: [string, string][][] = [];
  let used = 0;
  for (const key of KEYS) {
    const wide = displayWidth(`${key[0]} ${key[1]}`);
    const row = rows.at(-1);
    // " • " between keys; one column kept free, as for every line the walk wraps.
    if (row !== undefined && used + 3 + wide <= width - 1) {
      row.push(key);
      used += 3 + wide;
    } else {
      rows.push([key]);
      used = wide;
    }
  }
  return rows;
}

/** How many lines the keys take on a terminal `width` columns wide. */
export const keysLines = (width: number): number => keysRows(width).length;

/** The prompt function, made from the library that prompter.ts loaded. */
export function exclusiveCheckbox(lib: typeof Library) {
  const { createPrompt, useState, useKeypress, usePrefix, usePagination, makeTheme, isUpKey, isDownKey, isSpaceKey, isNumberKey, isEnterKey, figures, styleText } = lib;
  // The library checkbox's own look, so that a multi question looks like every other prompt.
  const baseTheme = {
    icon: { checked: styleText('green', figures.circleFilled), unchecked: figures.circle, cursor: figures.pointer },
    style: {
      description: (text: string) => styleText('cyan', text),
      note: (text: string) => styleText('dim', text),
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', action)}`).join(styleText('dim', ' \u2022 ')),
    },
  };

  return createPrompt<string[], CheckboxConfig>((config, done) => {
    const theme = makeTheme<typeof baseTheme>(baseTheme, config.theme as never);
    const [status, setStatus] = useState<string>('idle');
    const prefix = usePrefix({ status, theme });
    const [items, setItems] = useState<CheckboxChoice[]>(config.choices);
    const [active, setActive] = useState(0);
    // One line under the list: what is wrong at Enter, or what the last key unticked and why.
    const [line, setLine] = useState<{ text: string; error: boolean } | undefined>(undefined);
    // The digits typed in the last moment, found as the start of an option (numbered options only).
    const [typed, setTyped] = useState<{ text: string; at: number }>({ text: '', at: 0 });

    const apply = (result: Ticked<CheckboxChoice>, alone?: CheckboxChoice): void => {
      setItems(result.items);
      setLine(result.cleared.length ? { text: config.clearedNote(result.cleared, alone), error: false } : undefined);
    };

    useKeypress((key) => {
      if (status !== 'idle') return;
      if (isEnterKey(key)) {
        const selected = items.filter((item) => item.checked);
        const valid = config.validate(selected);
        if (valid !== true) return setLine({ text: valid, error: true });
        setStatus('done');
        done(selected.map((item) => item.value));
      } else if (isUpKey(key, theme.keybindings) || isDownKey(key, theme.keybindings)) {
        setLine(undefined);
        setActive((active + (isUpKey(key, theme.keybindings) ? -1 : 1) + items.length) % items.length);
      } else if (config.numbered && isNumberKey(key) && !key.ctrl) {
        // As the library's list finds typed text: the digits typed within 0.7 s of each other.
        const now = Date.now();
        const text = `${now - typed.at < 700 ? typed.text : ''}${key.name}`;
        setTyped({ text, at: now });
        const index = items.findIndex((item) => item.short.startsWith(text));
        if (index < 0) return;
        setLine(undefined);
        setActive(index);
      } else if (isSpaceKey(key) || isNumberKey(key)) {
        const index = isSpaceKey(key) ? active : Number(key.name) - 1;
        const target = items[index];
        if (!target) return;
        setActive(index);
        apply(tickOne(items, index), target.exclusive ? target : undefined);
      } else if (key.name === 'a') apply(tickAll(items));
      else if (key.name === 'i') apply(invertTicks(items));
    });

    let description: string | undefined;
    const page = usePagination({
      items,
      active,
      renderItem({ item, isActive }) {
        if (isActive) description = item.description;
        const text = `${isActive ? theme.icon.cursor : ' '}${item.checked ? theme.icon.checked : theme.icon.unchecked} ${item.name}`;
        return isActive ? theme.style.highlight(text) : text;
      },
      pageSize: config.pageSize,
      loop: true,
    });
    const message = theme.style.message(config.message, status);
    if (status === 'done') return [prefix, message, theme.style.answer(items.filter((i) => i.checked).map((i) => i.short).join(', '))].filter(Boolean).join(' ');
    const help = keysRows(config.width?.() ?? 80)
      .map((row) => theme.style.keysHelpTip(row))
      .join('\n');
    const lines = [
      [prefix, message].filter(Boolean).join(' '),
      page,
      ' ',
      description ? theme.style.description(description) : '',
      line ? (line.error ? theme.style.error(line.text) : theme.style.note(line.text)) : '',
      help,
    ];
    return `${lines.filter(Boolean).join('\n').trimEnd()}${CURSOR_HIDE}`;
  });
}
