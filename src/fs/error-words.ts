/**
 * Plain words for what the file system says went wrong, the same whether a file was being read,
 * written or looked for. Each caller words the few codes whose meaning depends on what it was doing
 * (a missing file is "no such file" to a reader, "its folder does not exist" to a writer) and asks
 * here for the rest, so that no message shows a bare code such as EFBIG or ENAMETOOLONG.
 */
export function fsProblem(code: string | undefined): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EFBIG':
      return 'the file would be larger than this process may write (see ulimit -f)';
    case 'EIO':
      return 'input/output error (a failing disk or a network share that went away?)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files open';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is busy';
    default:
      return undefined;
  }
}

/** A code with no words of its own, shown so that it can still be looked up. */
export const unknownFsProblem = (code: string | undefined): string => `the system refused (${code ?? 'unknown error'})`;
