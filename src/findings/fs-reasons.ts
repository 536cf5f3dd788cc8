// Why the file system refused, in words rather than an errno code: one table for reading and
// writing, with the few codes whose words differ by direction given twice.
import { type Message, msg } from "../i18n/i18n.js";

type Direction = "read" | "write";

const BOTH: Record<string, Message> = {
  ENOTDIR: msg("fs.ENOTDIR"),
  ENAMETOOLONG: msg("fs.ENAMETOOLONG"),
  ELOOP: msg("fs.ELOOP"),
  EMFILE: msg("fs.EMFILE"),
  EINVAL: msg("fs.EINVAL"),
  EXDEV: msg("fs.EXDEV"),
  EEXIST: msg("fs.EEXIST"),
  EBUSY: msg("fs.EBUSY"),
  ETXTBSY: msg("fs.EBUSY"),
};

const BY_DIRECTION: Record<Direction, Record<string, Message>> = {
  read: {
    EACCES: msg("fs.EACCES.read"),
    EPERM: msg("fs.EACCES.read"),
    EISDIR: msg("fs.EISDIR.read"),
    EIO: msg("fs.EIO.read"),
  },
  write: {
    EACCES: msg("fs.EACCES.write"),
    EPERM: msg("fs.EACCES.write"),
    EROFS: msg("fs.EACCES.write"),
    ENOSPC: msg("fs.ENOSPC"),
    EDQUOT: msg("fs.ENOSPC"),
    EFBIG: msg("fs.ENOSPC"),
    EISDIR: msg("fs.EISDIR.write"),
    EIO: msg("fs.EIO.write"),
  },
};

/** The reason for `code`, or the code itself (or `fallback`) when there are no words for it. */
export function fsReason(code: string | undefined, direction: Direction, fallback: string): Message | string {
  const words = code ? (BY_DIRECTION[direction][code] ?? BOTH[code]) : undefined;
  return words ?? code ?? fallback;
}
