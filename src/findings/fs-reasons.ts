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
  EBUSY: msg("common.fileLocked"),
  ETXTBSY: msg("common.fileLocked"),
};

const BY_DIRECTION: Record<Direction, Record<string, Message>> = {
  read: {
    EACCES: msg("fs.EACCES"),
    EPERM: msg("fs.EACCES"),
    EISDIR: msg("fs.EISDIR"),
    EIO: msg("fs.EIO"),
  },
  write: {
    EACCES: msg("common.readOnly"),
    EPERM: msg("common.readOnly"),
    EROFS: msg("common.readOnly"),
    ENOSPC: msg("common.diskFull"),
    EDQUOT: msg("common.diskFull"),
    EFBIG: msg("common.diskFull"),
    EISDIR: msg("common.targetIsDir"),
    EIO: msg("fs.EIO2"),
  },
};

/** The reason for `code`, or the code itself (or `fallback`) when there are no words for it. */
export function fsReason(code: string | undefined, direction: Direction, fallback: string): Message | string {
  const words = code ? (BY_DIRECTION[direction][code] ?? BOTH[code]) : undefined;
  return words ?? code ?? fallback;
}
