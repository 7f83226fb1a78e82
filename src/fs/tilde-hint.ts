/**
 * The words added to "does not exist" for a path that starts with a `~` the shell left as it is:
 * bash expands `~` only at the start of a word, so `--answers=~/x.yaml` names a folder called "~" in
 * the current one. `option`, when known, is the option to write with the path apart from it.
 * Empty for any other path.
 */
export function tildeHint(path: string, option?: string): string {
  // A short option takes all that follows it as its value: `-o=~/r.md` names "=~/r.md".
  const typed = path.startsWith('=~') ? path.slice(1) : path;
  if (typed !== '~' && !typed.startsWith('~/')) return '';
  return `; the shell did not expand ~ (it does not after =): write ${option ? `${option} ${typed}` : 'the option and the path apart'}, or use $HOME`;
}
