// Vietnamese syllable structure: is a lower-case word a possible Vietnamese syllable? A syllable is
// an onset, a rhyme (optional medial o/u, a nucleus, an optional coda) and at most one tone mark.
// Spelling conventions checked: k before i/y/e/ê and c elsewhere, gh and ngh before i/e/ê and g, ng
// elsewhere, q only as "qu", codas c/ch/p/t only with the sắc or nặng tone. Used by the spelling
// rule; pure (imports nothing).

/** The five tone marks as combining characters (huyền, sắc, hỏi, ngã, nặng). */
const TONES: Record<string, string> = { "\u0300": "huyền", "\u0301": "sắc", "\u0309": "hỏi", "\u0303": "ngã", "\u0323": "nặng" };

const ONSETS = ["ngh", "ng", "gh", "gi", "kh", "ph", "th", "tr", "ch", "nh", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

/** Every rhyme of standard orthography, without its tone. */
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uân uâng uât uây uc uê uêch uênh uêt ui um un ung uô uôc uôi uôm uôn uông uôt uơ up ut uy uya uych uyên uyêt uynh uyt uyp uyu uyn
ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu
y yêm yên yêng yêt yêu`.split(/\s+/),
);

/** Rhymes that may follow "qu" (its u is the medial already). */
const QU_RHYMES = new Set("a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc ân âng ât ây e en eng eo et ê êch ên ênh êt i y yên yêt ynh yt ơ ơn ơt ôc".split(" "));

const STOP_CODA = /(?:c|ch|p|t)$/;
const FRONT = /^[iyeê]/;

export interface SyllableVerdict {
  ok: boolean;
  /** Why not (for the message): "tone" more than one tone mark, "letters" a letter Vietnamese does
   * not use, "onset" c/k, g/gh, ng/ngh or q misused, "rhyme" no such rhyme, "coda-tone" c/ch/p/t
   * with a tone other than sắc or nặng, "vowel" no vowel at all. */
  reason?: "tone" | "letters" | "onset" | "rhyme" | "coda-tone" | "vowel";
}

/** Split a lower-case NFC word into its base letters (tone removed) and its tones. */
export function toneless(word: string): { base: string; tones: string[] } {
  const tones: string[] = [];
  const base = word
    .normalize("NFD")
    .replace(/[\u0300\u0301\u0309\u0303\u0323]/g, (m) => {
      tones.push(TONES[m]!);
      return "";
    })
    .normalize("NFC");
  return { base, tones };
}

const VOWEL = /[aăâeêioôơuưy]/;

/** Whether `word` (lower case, NFC, letters only) is a possible Vietnamese syllable. */
export function checkSyllable(word: string): SyllableVerdict {
  const { base, tones } = toneless(word);
  if (!VOWEL.test(base)) return { ok: false, reason: "vowel" };
  if (tones.length > 1) return { ok: false, reason: "tone" };
  if (/[^a-zđăâêôơư]/.test(base) || /[fjwz]/.test(base)) return { ok: false, reason: "letters" };
  const tone = tones[0];
  let sawRhyme = false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (onset === "gi" && rhyme === "") continue;
    if (onset === "gi" && /^i/.test(rhyme)) continue;
    if (onset === "qu") {
      if (!QU_RHYMES.has(rhyme)) continue;
    } else if (!RHYMES.has(rhyme)) {
      // "gi" + "êng" is written "giêng": the i of gi doubles as the rhyme's.
      if (!(onset === "g" && rhyme.startsWith("i") && RHYMES.has(rhyme))) continue;
    }
    sawRhyme = true;
    if (rhyme === "") continue;
    // c/k, g/gh, ng/ngh: the front vowels take k, gh, ngh.
    const front = FRONT.test(rhyme);
    if ((onset === "c" && front) || (onset === "k" && !front)) return { ok: false, reason: "onset" };
    if ((onset === "gh" || onset === "ngh") && !front) return { ok: false, reason: "onset" };
    if (onset === "ng" && front) return { ok: false, reason: "onset" };
    if (onset === "g" && /^[eê]/.test(rhyme)) return { ok: false, reason: "onset" };
    if (STOP_CODA.test(rhyme) && tone !== "sắc" && tone !== "nặng") return { ok: false, reason: "coda-tone" };
    return { ok: true };
  }
  return { ok: false, reason: sawRhyme ? "onset" : /^[a-zđ]*q(?!u)/.test(base) ? "onset" : "rhyme" };
}

/** Whether the word has any Vietnamese diacritic (tone mark or ă â ê ô ơ ư đ). */
export function hasDiacritics(word: string): boolean {
  return /[^\p{ASCII}]/u.test(word);
}
