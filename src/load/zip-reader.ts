// The one ZIP reader, for the packages kehoach opens: a Word .docx (src/read/docx/) and an Excel
// .xlsx (xlsx/). Node's zlib, no dependency; only what those need: stored or deflated entries, no
// encryption, no zip64. Every byte inflated counts against one cap for the whole archive (and an
// optional cap per part), and inflate stops at what is left: declared sizes may lie, so a zip bomb
// is refused, not expanded.
import { inflateRawSync } from "node:zlib";

export type ZipProblem = "not-zip" | "encrypted" | "unsupported" | "too-large" | "corrupt";

/** Why a package cannot be read; the caller words it for the user. */
export class ZipError extends Error {
  constructor(
    readonly reason: ZipProblem,
    detail: string,
    /** The entry (as named in the archive) that could not be read, if it was one entry. */
    readonly part?: string,
  ) {
    super(detail);
    this.name = "ZipError";
  }
}

export interface ZipLimits {
  /** Most bytes all the parts read may inflate to, together. */
  maxTotalBytes: number;
  /** Most bytes any one part may inflate to (default: the total cap). */
  maxPartBytes?: number;
  /**
   * Refuse at once, before inflating anything, when the sizes the directory declares for all its
   * entries add up past maxTotalBytes (a bomb of a few MB declares gigabytes). Off for a .docx:
   * its media and embeddings are never read, and must not make its text unreadable.
   */
  refuseDeclaredTotal?: boolean;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory's entries, in archive order. */
function centralDirectory(buf: Buffer): Entry[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) throw new ZipError("not-zip", "no zip signature");
  // End of central directory: the last "PK\5\6" within the last 64 KB (the longest comment) + 22 bytes.
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
  const out: Entry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError("corrupt", "bad central directory entry");
    const nameLen = buf.readUInt16LE(p + 28);
    out.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** The parts of a package, inflated on demand, never more than the limits allow. */
export class ZipReader {
  /** By lower-cased name: part names are case-insensitive in OPC (Word writes [Content_Types].xml). */
  private readonly entries = new Map<string, Entry>();
  private readonly maxPartBytes: number;
  private left: number;

  constructor(
    private readonly buf: Buffer,
    limits: ZipLimits,
  ) {
    const list = centralDirectory(buf);
    if (limits.refuseDeclaredTotal) {
      // A zip64 size (0xFFFFFFFF, "see the extra field") is far past any limit here anyway.
      const declared = list.reduce((n, e) => n + e.size, 0);
      if (declared > limits.maxTotalBytes) throw new ZipError("too-large", "declared size over the limit");
    }
    for (const e of list) this.entries.set(e.name.toLowerCase(), e);
    this.maxPartBytes = limits.maxPartBytes ?? limits.maxTotalBytes;
    this.left = limits.maxTotalBytes;
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The part's name as the archive spells it, or undefined when there is no such part. */
  storedName(name: string): string | undefined {
    return this.entries.get(name.toLowerCase())?.name;
  }

  /** A part's bytes, or undefined when the archive has no such part. */
  read(name: string): Buffer | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return undefined;
    const data = this.inflate(e, Math.min(this.maxPartBytes, this.left));
    this.left -= data.length;
    return data;
  }

  /** The entry's bytes, refused when they would be more than `max`. */
  private inflate(e: Entry, max: number): Buffer {
    const buf = this.buf;
    if (e.flags & 1) throw new ZipError("encrypted", `${e.name} is encrypted`, e.name);
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) throw new ZipError("corrupt", `bad local header for ${e.name}`, e.name);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const end = start + e.compressedSize;
    if (end > buf.length) throw new ZipError("corrupt", `${e.name} runs past the end of the file`, e.name);
    const data = buf.subarray(start, end);
    const tooLarge = () => new ZipError("too-large", `${e.name} expands past the limit`, e.name);
    if (e.method === 0) {
      if (data.length > max) throw tooLarge();
      return data;
    }
    if (e.method !== 8) throw new ZipError("unsupported", `compression method ${e.method}`, e.name);
    if (e.size > max) throw tooLarge();
    let out: Buffer;
    try {
      // The declared size may lie: the bound is on what inflate actually produces (it stops one
      // byte past what is left; zlib wants a bound of at least 1).
      out = inflateRawSync(data, { maxOutputLength: max + 1 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw tooLarge();
      throw new ZipError("corrupt", `${e.name}: ${(err as Error).message}`, e.name);
    }
    if (out.length > max) throw tooLarge();
    return out;
  }
}
