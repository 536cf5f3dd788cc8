// Bytes → text: UTF-8 with or without BOM, UTF-16 with BOM; legacy encodings and binary named.
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/load/decode-text.js";
import { t } from "../../src/i18n/i18n.js";

const vi = "Kế hoạch bình đẳng giới";

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM", () => {
    expect(decodeText(Buffer.from(vi))).toEqual({ ok: true, text: vi });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(vi)]))).toEqual({ ok: true, text: vi });
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vi, "utf16le")]))).toEqual({ ok: true, text: vi });
    const be = Buffer.from(vi, "utf16le").swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text: vi });
  });

  it("names TCVN3/VNI when the bytes are 8-bit text", () => {
    // "Kõ ho¹ch" as TCVN3 (ABC) bytes: õ = 0xF5, ¹ = 0xB9.
    const r = decodeText(Buffer.from([0x4b, 0xf5, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68, 0x0a]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(t(r.message, undefined, "vi")).toContain("TCVN3");
      expect(r.offset).toBe(1);
    }
  });

  it("refuses binary files", () => {
    const r = decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(t(r.message, undefined, "en")).toContain("not text");
  });
});
