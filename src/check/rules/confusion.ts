// Real words used wrongly: pairs of syllables an officer types by mistake (a wrong tone or vowel mark
// under Telex/VNI, a misheard word) that the spelling rule cannot see, each with the source that
// shows it and the right spelling. A confusion marked safe is fixed by `check --fix` (the wrong form
// is not a phrase of its own); the others are only reported.
//
// ok:     thúc đẩy lồng ghép vấn đề bình đẳng giới; giảm thiểu; các cơ quan tố tụng; tại cộng đồng
// not ok: thúc đẩy lòng ghép ván để bình đẳng giới; giám thiểu; các cơ quan tổ tụng; tại công đồng
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { wordsOf } from "../words.js";
import { msg } from "../../i18n/i18n.js";

export interface Confusion {
  wrong: string;
  right: string;
  /** Where the mistake was seen. */
  source: string;
  /** `check --fix` may replace it. */
  safe: boolean;
  /** Match the case exactly ("Việt nam"); otherwise the first letter's case is free and kept. */
  exactCase?: boolean;
}

const HOC_MON = "Kế hoạch Hội LHPN huyện Hóc Môn 2021";
const KONG_CHRO = "Kế hoạch UBND huyện Kông Chro 2022";
const CAM_TAN = "Kế hoạch UBND xã Cẩm Tân 2024";
const TELEX = "gõ nhầm dấu thường gặp (Telex/VNI)";

export const CONFUSIONS: readonly Confusion[] = [
  { wrong: "lòng ghép", right: "lồng ghép", source: HOC_MON, safe: true },
  { wrong: "long ghép", right: "lồng ghép", source: TELEX, safe: true },
  { wrong: "ván để", right: "vấn đề", source: HOC_MON, safe: false },
  { wrong: "giám thiểu", right: "giảm thiểu", source: HOC_MON, safe: true },
  { wrong: "giảm thiễu", right: "giảm thiểu", source: TELEX, safe: true },
  { wrong: "tổ tụng", right: "tố tụng", source: HOC_MON, safe: true },
  { wrong: "thực hiện hóa", right: "hiện thực hóa", source: HOC_MON, safe: true },
  { wrong: "công đồng", right: "cộng đồng", source: KONG_CHRO, safe: true },
  { wrong: "công tác viên", right: "cộng tác viên", source: KONG_CHRO, safe: true },
  { wrong: "Việt nam", right: "Việt Nam", source: KONG_CHRO, safe: true, exactCase: true },
  { wrong: "đề tổng hợp", right: "để tổng hợp", source: KONG_CHRO, safe: false },
  { wrong: "chuyên giao", right: "chuyển giao", source: CAM_TAN, safe: true },
  { wrong: "chuyên tuyến", right: "chuyển tuyến", source: CAM_TAN, safe: true },
  { wrong: "điển sáng", right: "điểm sáng", source: CAM_TAN, safe: true },
  { wrong: "điểm hình", right: "điển hình", source: TELEX, safe: true },
  { wrong: "điễn hình", right: "điển hình", source: TELEX, safe: true },
  { wrong: "băng zôn", right: "băng rôn", source: CAM_TAN, safe: true },
  { wrong: "theo giõi", right: "theo dõi", source: TELEX, safe: true },
  { wrong: "theo rõi", right: "theo dõi", source: TELEX, safe: true },
  { wrong: "bổ xung", right: "bổ sung", source: TELEX, safe: true },
  { wrong: "sát nhập", right: "sáp nhập", source: "văn bản về sắp xếp đơn vị hành chính", safe: false },
  { wrong: "chặt chẻ", right: "chặt chẽ", source: TELEX, safe: true },
  { wrong: "tuyên chuyền", right: "tuyên truyền", source: TELEX, safe: true },
  { wrong: "chiển khai", right: "triển khai", source: TELEX, safe: true },
  { wrong: "triễn khai", right: "triển khai", source: TELEX, safe: true },
  { wrong: "tổ trức", right: "tổ chức", source: TELEX, safe: true },
  { wrong: "sử lý", right: "xử lý", source: TELEX, safe: true },
  { wrong: "giám xát", right: "giám sát", source: TELEX, safe: true },
  { wrong: "bình đẵng", right: "bình đẳng", source: TELEX, safe: true },
  { wrong: "tiến bổ", right: "tiến bộ", source: TELEX, safe: true },
  { wrong: "kinh phi", right: "kinh phí", source: TELEX, safe: true },
  { wrong: "chuẩn đoán", right: "chẩn đoán", source: "văn bản ngành y tế", safe: true },
  { wrong: "Việt Năm", right: "Việt Nam", source: TELEX, safe: true },
];

/** The confusions by their first word in lower case (one regex of 30 alternatives with Unicode
 * look-arounds took 0.4 s to compile: a word lookup costs nothing). */
let byFirstWord: Map<string, { c: Confusion; words: string[] }[]> | undefined;
function index(): Map<string, { c: Confusion; words: string[] }[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const c of CONFUSIONS) {
    const words = c.wrong.toLowerCase().split(" ");
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ c, words });
    byFirstWord.set(words[0]!, list);
  }
  return byFirstWord;
}

/** The right form written with the wrong form's first-letter case. */
function withCase(written: string, right: string): string {
  const first = written[0]!;
  return first !== first.toLowerCase() ? right[0]!.toUpperCase() + right.slice(1) : right;
}

/** Every confusion in a text: [index, length, confusion]. */
function findConfusions(text: string): [number, number, Confusion][] {
  const map = index();
  const w = wordsOf(text);
  const out: [number, number, Confusion][] = [];
  for (let k = 0; k < w.lower.length; k++) {
    const candidates = map.get(w.lower[k]!);
    if (!candidates) continue;
    for (const { c, words: want } of candidates) {
      if (k + want.length > w.lower.length) continue;
      let ok = true;
      for (let j = 0; j < want.length && ok; j++) {
        ok = w.lower[k + j] === want[j] && (j === 0 || /^ +$/.test(text.slice(w.end[k + j - 1], w.start[k + j])));
      }
      if (!ok) continue;
      const start = w.start[k]!;
      const written = text.slice(start, w.end[k + want.length - 1]);
      // Only the first letter's case is free ("Lòng ghép"); "Việt nam" is matched exactly.
      if (c.exactCase ? written !== c.wrong : written.slice(1) !== c.wrong.slice(1)) continue;
      out.push([start, written.length, c]);
      break;
    }
  }
  return out;
}

export const rule: Rule = {
  id: "confusion",
  description: msg("check.confusion.description"),
  defaultSeverity: "warning",
  docs: "test/fixtures/reference/README.md (misspellings of the three reference plans) and a list of common slips",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      for (const [at, length, c] of findConfusions(entry.text)) {
        const written = entry.text.slice(at, at + length);
        const right = c.exactCase ? c.right : withCase(written, c.right);
        const f = findingIn(entry, at, length, msg("check.confusion.found", { wrong: written, right }), msg("check.confusion.hint", { right, source: c.source }));
        if (c.safe) f.fix = right;
        out.push(f);
      }
    }
    return out;
  },
};
