/**
 * Optional free text as given, or undefined when it says nothing: absent, or blank (the template
 * writes `organisation: ""`, and a note of spaces is no note). Reports then say "not named" or leave
 * the line out, rather than print an empty owner, a heading with no words or "Evidence: " alone.
 */
export const givenText = (text: string | null | undefined): string | undefined => (typeof text === 'string' && text.trim() !== '' ? text : undefined);
