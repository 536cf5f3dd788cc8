// A ZIP reader for the few parts of an .xlsx that kehoach needs, bounded before anything is
// inflated: the central directory's sizes are added up first (a 3 MB zip bomb declares gigabytes),
// and each part is then inflated with a hard cap on its output (declared sizes can lie).
import { inflateRawSync } from "node:zlib";

export class ZipError extends Error {
  constructor(
    message: string,
    /** The archive unpacks to more than the limit. */
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function centralDirectory(zip: Buffer): Entry[] {
  // End of central directory: the last "PK\5\6" within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("no ZIP directory");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new ZipError("damaged ZIP directory");
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The parts of an archive, inflated on demand, never more than `maxBytes` in all. */
export class ZipReader {
  private readonly entries: Map<string, Entry>;
  private left: number;

  constructor(
    private readonly zip: Buffer,
    private readonly maxBytes: number,
  ) {
    const list = centralDirectory(zip);
    // 0xFFFFFFFF is ZIP64's "see the extra field": far beyond any limit here anyway.
    const declared = list.reduce((n, e) => n + e.size, 0);
    if (declared > maxBytes) throw new ZipError("declared size over the limit", true);
    this.entries = new Map(list.map((e) => [e.name, e]));
    this.left = maxBytes;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, or undefined when the archive has no such part. */
  read(name: string): Buffer | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const z = this.zip;
    if (e.localOffset + 30 > z.length || z.readUInt32LE(e.localOffset) !== 0x04034b50) throw new ZipError(`damaged entry ${name}`);
    const start = e.localOffset + 30 + z.readUInt16LE(e.localOffset + 26) + z.readUInt16LE(e.localOffset + 28);
    const data = z.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(data);
    else if (e.method === 8) {
      try {
        // The cap holds whatever the directory declared: inflating stops one byte past it.
        out = inflateRawSync(data, { maxOutputLength: this.left + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new ZipError("unpacked size over the limit", true);
        throw new ZipError(`damaged entry ${name}`);
      }
    } else throw new ZipError(`unsupported compression in ${name}`);
    if (out.length > this.left) throw new ZipError("unpacked size over the limit", true);
    this.left -= out.length;
    return out;
  }
}
