// Numbers are computed here and nowhere else: the user never types I., 2.1 or đ).

const ROMAN: [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`roman(${n})`);
  let out = "";
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Vietnamese order for điểm: a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z). */
export const POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"] as const;

/** a, b, …, y, then aa, bb, … (as long lists of points are written). */
export function pointLetter(index: number): string {
  const n = POINT_LETTERS.length;
  const letter = POINT_LETTERS[index % n]!;
  return letter.repeat(Math.floor(index / n) + 1);
}

/** "1", "2.1", "2.1.3": the item's place below its section. */
export function itemNumber(path: readonly number[]): string {
  return path.map((n) => String(n)).join(".");
}
