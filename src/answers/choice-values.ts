// Values of the choices a prompt adds to a question's own options ("Don't know", "Back", …). The NUL
// prefix keeps them apart from any option value a questionnaire can hold.
export const UNKNOWN = '\u0000unknown';
export const NOT_APPLICABLE = '\u0000not-applicable';
export const SKIP = '\u0000skip';
export const BACK = '\u0000back';
export const NONE = '\u0000none';
export const RETICK = '\u0000retick';
export const CONFIRM = '\u0000confirm';
export const OTHER = '\u0000other';
export const KEEP = '\u0000keep';
