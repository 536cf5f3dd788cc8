// The Vietnamese syllable structure the spelling rule relies on (src/check/syllable.ts).
import { describe, expect, it } from "vitest";
import { checkSyllable } from "../../src/check/syllable.js";

describe("checkSyllable", () => {
  it.each("ngừa quyết giường gì khuỷu kỹ ký cuộc nguyễn hoá hòa thuở việc ý yêu nghiệp nghĩ ghi gà kiểm cứ của quốc quy huấn khuya xoong oẳn đường trẻ".split(" "))("accepts %s", (w) => {
    expect(checkSyllable(w.normalize("NFC"))).toEqual({ ok: true });
  });

  it.each([
    ["thưc", "coda-tone"],
    ["thâp", "coda-tone"],
    ["chứcc", "rhyme"],
    ["chíng", "rhyme"],
    ["nghành", "onset"],
    ["ngiên", "onset"],
    ["kan", "onset"],
    ["cen", "onset"],
    ["ghà", "onset"],
    ["gê", "onset"],
    ["zôn", "letters"],
    ["ph", "vowel"],
    ["tr", "vowel"],
    ["nữ̃", "tone"],
  ])("rejects %s (%s)", (w, reason) => {
    expect(checkSyllable(w.normalize("NFC"))).toEqual({ ok: false, reason });
  });
});
