// The one ZIP reader (for .docx and .xlsx): lookup, stored and deflated parts, and every refusal:
// not a zip, truncated, damaged, encrypted, zip64, and zip bombs (sizes that lie, one cap in all).
import { constants, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ZipError, ZipReader } from "../../src/load/zip-reader.js";
import { zipEntries, zipPrepared, type ZipEntry } from "../../src/write/docx/zip.js";

const MB = 1024 * 1024;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

/** Bytes that deflate cannot shrink (a fixed linear congruential sequence), so they are stored. */
function noise(n: number, seed = 1): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Offsets of the central directory headers, in archive order. */
function centralHeaders(zip: Buffer): number[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: number[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    expect(zip.readUInt32LE(p)).toBe(CENTRAL);
    out.push(p);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

function eocdOf(zip: Buffer): number {
  const at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(zip.readUInt32LE(at)).toBe(EOCD);
  return at;
}

/** The ZipError `f` throws (the test fails when it throws nothing, or something else). */
function zipError(f: () => unknown): ZipError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError);
    return e as ZipError;
  }
  throw new Error("no ZipError thrown");
}

const parts: ZipEntry[] = [
  { name: "[Content_Types].xml", data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { name: "word/document.xml", data: Buffer.from("<w:document>" + "<w:p/>".repeat(2000) + "</w:document>") },
  { name: "word/media/image1.bin", data: noise(4096) },
];
const limits = { maxTotalBytes: MB };

describe("ZipReader: a normal package", () => {
  const zip = zipEntries(parts);

  it("reads every part back, byte for byte, stored and deflated alike", () => {
    const methods = centralHeaders(zip).map((p) => zip.readUInt16LE(p + 10));
    // The XML deflates; the noise does not, so the writer stores it: both paths are exercised.
    expect(methods).toEqual([0, 8, 0]);
    const reader = new ZipReader(zip, limits);
    for (const p of parts) expect(reader.read(p.name)?.equals(p.data)).toBe(true);
  });

  it("looks part names up case-insensitively (OPC) and keeps the archive's spelling", () => {
    const reader = new ZipReader(zip, limits);
    expect(reader.has("[content_types].xml")).toBe(true);
    expect(reader.has("WORD/Document.XML")).toBe(true);
    expect(reader.storedName("[content_types].xml")).toBe("[Content_Types].xml");
    expect(reader.read("Word/Media/Image1.bin")?.equals(parts[2]!.data)).toBe(true);
  });

  it("answers undefined for a part the package does not have", () => {
    const reader = new ZipReader(zip, limits);
    expect(reader.has("word/styles.xml")).toBe(false);
    expect(reader.storedName("word/styles.xml")).toBeUndefined();
    expect(reader.read("word/styles.xml")).toBeUndefined();
  });
});

describe("ZipReader: zip bombs", () => {
  const bomb = () => zipEntries([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(8 * MB, " ") }], 9);

  it("refuses an archive whose directory declares more than the limit, before inflating", () => {
    const e = zipError(() => new ZipReader(bomb(), { maxTotalBytes: MB, refuseDeclaredTotal: true }));
    expect(e.reason).toBe("too-large");
  });

  it("without the declared-total check, opens the archive but refuses to inflate the part", () => {
    const reader = new ZipReader(bomb(), { maxTotalBytes: MB });
    const e = zipError(() => reader.read("xl/worksheets/sheet1.xml"));
    expect([e.reason, e.part]).toEqual(["too-large", "xl/worksheets/sheet1.xml"]);
  });

  it("stops inflating at the limit when the directory lies about the sizes", () => {
    const zip = bomb();
    // Every declared size, central and local, says 10 bytes.
    for (const p of centralHeaders(zip)) zip.writeUInt32LE(10, p + 24);
    zip.writeUInt32LE(10, 22);
    const reader = new ZipReader(zip, { maxTotalBytes: MB, refuseDeclaredTotal: true });
    const e = zipError(() => reader.read("xl/worksheets/sheet1.xml"));
    expect([e.reason, e.part]).toEqual(["too-large", "xl/worksheets/sheet1.xml"]);
  });

  it("refuses a part whose declared size is over the cap, before inflating it", () => {
    const zip = zipEntries([{ name: "a.xml", data: Buffer.alloc(1000, "a") }]);
    for (const p of centralHeaders(zip)) zip.writeUInt32LE(2 * MB, p + 24);
    const e = zipError(() => new ZipReader(zip, { maxTotalBytes: MB }).read("a.xml"));
    expect([e.reason, e.part]).toEqual(["too-large", "a.xml"]);
  });

  it("stops inflating at the cap: what lies past it is never inflated", () => {
    // 2 MB of deflate data, then bytes that are not deflate at all: an unbounded inflate would
    // reach them and call the part damaged; the bounded one stops first and calls it too large.
    const body = Buffer.concat([deflateRawSync(Buffer.alloc(2 * MB, "a"), { finishFlush: constants.Z_SYNC_FLUSH }), Buffer.from([0xff, 0xff, 0xff])]);
    const zip = zipPrepared([{ name: Buffer.from("a.xml"), flags: 0, method: 8, crc: 0, size: 10, body }]);
    expect(zipError(() => new ZipReader(zip, { maxTotalBytes: 4 * MB }).read("a.xml")).reason).toBe("corrupt");
    const e = zipError(() => new ZipReader(zip, { maxTotalBytes: MB }).read("a.xml"));
    expect([e.reason, e.part]).toEqual(["too-large", "a.xml"]);
  });

  it("counts every part read against one total: each under the cap, together over it", () => {
    const each = Buffer.alloc(400 * 1024, "a");
    const zip = zipEntries(["a.xml", "b.xml", "c.xml"].map((name) => ({ name, data: each })));
    const reader = new ZipReader(zip, { maxTotalBytes: MB });
    expect(reader.read("a.xml")?.length).toBe(each.length);
    expect(reader.read("b.xml")?.length).toBe(each.length);
    const e = zipError(() => reader.read("c.xml"));
    expect([e.reason, e.part]).toEqual(["too-large", "c.xml"]);
  });

  it("counts stored parts against the total too", () => {
    const zip = zipEntries([0, 1, 2].map((k) => ({ name: `m${k}.bin`, data: noise(400 * 1024, k + 1) })));
    expect(centralHeaders(zip).map((p) => zip.readUInt16LE(p + 10))).toEqual([0, 0, 0]);
    const reader = new ZipReader(zip, { maxTotalBytes: MB });
    reader.read("m0.bin");
    reader.read("m1.bin");
    expect(zipError(() => reader.read("m2.bin")).reason).toBe("too-large");
  });

  it("holds a per-part cap below the total, for stored and deflated parts", () => {
    const zip = zipEntries([
      { name: "small.xml", data: Buffer.alloc(1000, "a") },
      { name: "big.xml", data: Buffer.alloc(300 * 1024, "a") },
      { name: "big.bin", data: noise(300 * 1024) },
    ]);
    const reader = new ZipReader(zip, { maxTotalBytes: MB, maxPartBytes: 256 * 1024 });
    expect(reader.read("small.xml")?.length).toBe(1000);
    expect(zipError(() => reader.read("big.xml")).reason).toBe("too-large");
    expect(zipError(() => reader.read("big.bin")).reason).toBe("too-large");
  });

  it("reads a part of exactly the size left", () => {
    const zip = zipEntries([{ name: "a.xml", data: Buffer.alloc(4096, "a") }]);
    expect(new ZipReader(zip, { maxTotalBytes: 4096 }).read("a.xml")?.length).toBe(4096);
    expect(zipError(() => new ZipReader(zip, { maxTotalBytes: 4095 }).read("a.xml")).reason).toBe("too-large");
  });
});

describe("ZipReader: what it refuses", () => {
  it("a file that is not a zip", () => {
    for (const bytes of [Buffer.from("Tên,Ngày\nKông Chro,2024-04-15\n"), Buffer.alloc(0), Buffer.from("PK\x03\x04")]) {
      expect(zipError(() => new ZipReader(bytes, limits)).reason).toBe("not-zip");
    }
  });

  it("a truncated file: no end of central directory, or a part that runs past the end", () => {
    const zip = zipEntries(parts);
    expect(zipError(() => new ZipReader(zip.subarray(0, zip.length - 30), limits)).reason).toBe("corrupt");
    // The directory survives but promises more bytes than the file has.
    const cut = Buffer.from(zip);
    cut.writeUInt32LE(zip.length, centralHeaders(cut)[1]! + 20);
    const e = zipError(() => new ZipReader(cut, limits).read("word/document.xml"));
    expect([e.reason, e.message]).toEqual(["corrupt", "word/document.xml runs past the end of the file"]);
  });

  it("a central directory out of range, or a damaged directory entry", () => {
    const zip = zipEntries(parts);
    const far = Buffer.from(zip);
    far.writeUInt32LE(zip.length, eocdOf(far) + 16);
    expect(zipError(() => new ZipReader(far, limits)).message).toBe("central directory out of range");
    const bad = Buffer.from(zip);
    bad.writeUInt32LE(0, centralHeaders(bad)[1]!);
    expect(zipError(() => new ZipReader(bad, limits)).message).toBe("bad central directory entry");
  });

  it("a part whose local header is not where the directory says", () => {
    const zip = zipEntries(parts);
    zip.writeUInt32LE(7, centralHeaders(zip)[1]! + 42);
    const e = zipError(() => new ZipReader(zip, limits).read("word/document.xml"));
    expect([e.reason, e.part]).toEqual(["corrupt", "word/document.xml"]);
  });

  it("deflated data that does not inflate", () => {
    const zip = zipEntries(parts);
    const p = centralHeaders(zip)[1]!;
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26);
    zip.fill(0xff, start, start + 8);
    expect(zipError(() => new ZipReader(zip, limits).read("word/document.xml")).reason).toBe("corrupt");
  });

  it("an encrypted part", () => {
    const zip = zipEntries(parts);
    for (const p of centralHeaders(zip)) zip.writeUInt16LE(zip.readUInt16LE(p + 8) | 1, p + 8);
    const reader = new ZipReader(zip, limits);
    expect(zipError(() => reader.read("word/document.xml")).reason).toBe("encrypted");
    expect(zipError(() => reader.read("word/media/image1.bin")).reason).toBe("encrypted");
  });

  it("zip64 (the directory's count or offset marked 'see the zip64 record')", () => {
    const zip = zipEntries(parts);
    const count = Buffer.from(zip);
    count.writeUInt16LE(0xffff, eocdOf(count) + 10);
    expect(zipError(() => new ZipReader(count, limits)).reason).toBe("unsupported");
    const offset = Buffer.from(zip);
    offset.writeUInt32LE(0xffffffff, eocdOf(offset) + 16);
    expect(zipError(() => new ZipReader(offset, limits)).reason).toBe("unsupported");
  });

  it("a compression method other than stored or deflated", () => {
    const zip = zipEntries(parts);
    zip.writeUInt16LE(12, centralHeaders(zip)[1]! + 10);
    const e = zipError(() => new ZipReader(zip, limits).read("word/document.xml"));
    expect([e.reason, e.message]).toEqual(["unsupported", "compression method 12"]);
  });
});
