/**
 * The words added to "does not exist" for a path that starts with a `~` the shell left as it is:
 * bash expands `~` only at the start of a word and not in quotes, so `--answers=~/x.yaml` or
 * `"~/x.yaml"` names a folder called "~" in the current one. `option`, when known, is the option
 * the path was joined to with "=", to write apart from it. Empty for any other path.
 */
export function tildeHint(path: string, option?: string): string {
  // A short option takes all that follows it as its value: `-o=~/r.md` names "=~/r.md".
  const typed = path.startsWith('=~') ? path.slice(1) : path;
  if (typed !== '~' && !typed.startsWith('~/')) return '';
  return option
    ? `; the shell did not expand ~ (it does not after =): write ${option} ${typed}, or use $HOME`
    : '; the shell did not expand ~ (it does not after = or in quotes): write the path as a word of its own, unquoted, or use $HOME';
}
