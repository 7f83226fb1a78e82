/** Orders questionnaire versions by their numbers (1.10.0 after 1.9.0), not as text; as text on a tie, so that a sort is stable. */
export const byVersion = (a: string, b: string): number => {
  const pa = a.split(/[.+-]/).map(Number);
  const pb = b.split(/[.+-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return a.localeCompare(b);
};
