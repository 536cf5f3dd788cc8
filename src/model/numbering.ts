// Numbers are computed here and nowhere else: the user never types I., 2.1 or đ).

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
