// A .docx is a zip package. This reads its central directory and inflates single entries with
// Node's zlib (no dependency): only what a Word file needs (stored or deflated entries, no
// encryption, no zip64). Every inflate is bounded, so a zip bomb is refused, not expanded.
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
  flags: number;
}

/** Why a package cannot be read; the reader turns it into a message. */
export class ZipError extends Error {
  constructor(
    readonly reason: "not-zip" | "encrypted" | "unsupported" | "too-large" | "corrupt",
    detail: string,
  ) {
    super(detail);
    this.name = "ZipError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the package, by name. */
export function zipDirectory(buf: Buffer): Map<string, ZipEntry> {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) throw new ZipError("not-zip", "no zip signature");
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("corrupt", "no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError("unsupported", "zip64");
  if (dirOffset + dirSize > buf.length) throw new ZipError("corrupt", "central directory out of range");
  const out = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError("corrupt", "bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    // Part names are case-insensitive in OPC; Word writes them as [Content_Types].xml, word/….
    out.set(name.toLowerCase(), { name, method, compressedSize, size, offset, flags });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** One entry's bytes, refused when it would expand past `maxBytes`. */
export function zipEntryBytes(buf: Buffer, e: ZipEntry, maxBytes: number): Buffer {
  if (e.flags & 1) throw new ZipError("encrypted", e.name);
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) throw new ZipError("corrupt", `bad local header for ${e.name}`);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError("corrupt", `${e.name} runs past the end of the file`);
  const data = buf.subarray(start, end);
  if (e.method === 0) {
    if (data.length > maxBytes) throw new ZipError("too-large", e.name);
    return data;
  }
  if (e.method !== 8) throw new ZipError("unsupported", `compression method ${e.method}`);
  // The declared size may lie: the bound is on what inflate actually produces.
  if (e.size > maxBytes) throw new ZipError("too-large", e.name);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new ZipError("too-large", e.name);
    throw new ZipError("corrupt", `${e.name}: ${(err as Error).message}`);
  }
}
