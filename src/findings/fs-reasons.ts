// Why the file system refused, in words rather than an errno code: one table for reading and
// writing, with the few codes whose words differ by direction given twice.
import { pick, type Localized } from "../i18n/i18n.js";
import { MSG } from "../i18n/messages.js";

type Direction = "read" | "write";

const BOTH: Record<string, Localized> = {
  ENOTDIR: { vi: "một phần của đường dẫn là tệp, không phải thư mục", en: "a part of the path is a file, not a folder" },
  ENAMETOOLONG: { vi: "tên tệp hoặc đường dẫn quá dài", en: "the file name or path is too long" },
  ELOOP: { vi: "đường dẫn có liên kết vòng (symlink)", en: "the path has a symbolic link loop" },
  EMFILE: { vi: "đang mở quá nhiều tệp", en: "too many open files" },
  EINVAL: { vi: "tên tệp không hợp lệ", en: "the file name is not valid" },
  EXDEV: { vi: "không đổi tên được tệp tạm sang tệp đích", en: "the temporary file cannot be moved onto the target" },
  EEXIST: {
    vi: "một phần của đường dẫn đã có nhưng không phải thư mục (có thể là liên kết tới ổ đĩa chưa cắm)",
    en: "a part of the path exists but is not a folder (perhaps a link to a drive that is not mounted)",
  },
  EBUSY: MSG.fileLocked,
  ETXTBSY: MSG.fileLocked,
};

const BY_DIRECTION: Record<Direction, Record<string, Localized>> = {
  read: {
    EACCES: { vi: "không có quyền đọc", en: "permission denied" },
    EPERM: { vi: "không có quyền đọc", en: "permission denied" },
    EISDIR: { vi: "đây là một thư mục", en: "it is a folder" },
    EIO: { vi: "lỗi đọc đĩa", en: "a disk read error" },
  },
  write: {
    EACCES: MSG.readOnly,
    EPERM: MSG.readOnly,
    EROFS: MSG.readOnly,
    ENOSPC: MSG.diskFull,
    EDQUOT: MSG.diskFull,
    EFBIG: MSG.diskFull,
    EISDIR: MSG.targetIsDir,
    EIO: { vi: "lỗi ghi đĩa", en: "a disk write error" },
  },
};

/** The reason for `code`, or the code itself (or `fallback`) when there are no words for it. */
export function fsReason(code: string | undefined, direction: Direction, fallback: string): string {
  const words = code ? (BY_DIRECTION[direction][code] ?? BOTH[code]) : undefined;
  return words ? pick(words) : (code ?? fallback);
}
