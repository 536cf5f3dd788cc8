// A word or a two-word phrase typed twice in a row ("tổng kết tổng kết", "các các", "Triển khai
// Triển khai" — the Cẩm Tân reference defect). Case does not matter. A single word is reported
// only if it is a grammar word ("các các", "của của"): content words double on purpose
// ("người người, nhà nhà", "dần dần") or by chance ("hành vi vi phạm").
//
// ok:     người người, nhà nhà thi đua; từ từ; dần dần nâng cao; Hội nghị tổng kết.
// not ok: ban hành Kế hoạch triển khai Triển khai thực hiện; tổ chức tổng kết tổng kết; của các các xã
import type { Finding, Rule } from "../rule.js";
import { findingIn } from "../rule.js";
import { wordsOf } from "../words.js";
import { msg } from "../../i18n/i18n.js";

/** One word repeated is reported only for grammar words, which are never doubled on purpose
 * (content words are: "người người", "dần dần", and "hành vi vi phạm" is two words). */
const GRAMMAR_WORDS = new Set("các của và để được cho với trong những là có đã sẽ về tại theo đến này một thì mà nhằm trên hoặc hay không cũng khi sau việc".split(" "));


export const rule: Rule = {
  id: "repeated-word",
  description: msg("check.repeated-word.description"),
  defaultSeverity: "warning",
  docs: "test/fixtures/reference/README.md (Cẩm Tân: \"Kế hoạch triển khai Triển khai thực hiện\")",
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.texts) {
      const text = entry.text;
      const ws = wordsOf(text);
      const words = ws.lower.map((w, k) => ({ w, i: ws.start[k]!, n: ws.end[k]! - ws.start[k]! }));
      /** Only spaces between two words (not a comma, a line break or a dash). */
      const joined = (a: number, b: number) => /^ +$/.test(text.slice(words[a]!.i + words[a]!.n, words[b]!.i));
      for (let k = 0; k + 1 < words.length; k++) {
        // Two-word phrase: a b a b
        if (k + 3 < words.length && words[k]!.w === words[k + 2]!.w && words[k + 1]!.w === words[k + 3]!.w && words[k]!.w !== words[k + 1]!.w && joined(k, k + 1) && joined(k + 1, k + 2) && joined(k + 2, k + 3)) {
          const start = words[k + 2]!.i;
          const end = words[k + 3]!.i + words[k + 3]!.n;
          const shown = text.slice(words[k]!.i, words[k + 1]!.i + words[k + 1]!.n);
          const f = findingIn(entry, start, end - start, msg("check.repeated-word.found", { words: shown }), msg("check.repeated-word.hint", { words: shown }));
          out.push(f);
          k += 3;
          continue;
        }
        const a = words[k]!;
        const b = words[k + 1]!;
        if (a.w !== b.w || !joined(k, k + 1) || !GRAMMAR_WORDS.has(a.w)) continue;
        const shown = text.slice(a.i, a.i + a.n);
        out.push(findingIn(entry, b.i, b.n, msg("check.repeated-word.found", { words: shown }), msg("check.repeated-word.hint", { words: shown })));
        k++;
      }
    }
    return out;
  },
};
