/**
 * Whether a list's options are numbered in their own words: a label that starts with a digit
 * ("3 Defined"). A digit typed there means that number, not a place on the list. Options whose
 * values alone are numerals ("3", labelled "Defined") show no number, so a digit keeps the
 * library's meaning there: the option at that place.
 */
export const numberedOptions = (choices: readonly unknown[]): boolean =>
  choices.some((c) => {
    const { short, name } = (c ?? {}) as { short?: unknown; name?: unknown };
    const label = short ?? name;
    return typeof label === 'string' && /^\d/.test(label);
  });
