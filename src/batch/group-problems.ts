// Problems that every row shares are reported once: a column the data file lacks becomes one
// message naming the column and the rows, an unknown helper one message at its place in the
// template; an empty cell is reported at its template place with the rows where it is empty.
import type { Diagnostic } from "../findings/diagnostic.js";
import { compareDiagnostics } from "../findings/diagnostic.js";
import { TEMPLATE_PROBLEM_KINDS, type ExpandProblem } from "../expand/expand-plan.js";
import { PARENT_KEYS } from "../expand/parent-plan.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";
import { pick, type Localized } from "../i18n/i18n.js";
import type { DataRow, DataTable } from "../load/load-data-table.js";
import { BATCH_MSG } from "./batch-messages.js";

export interface RowProblems {
  row: DataRow;
  problems: ExpandProblem[];
}

export interface GroupContext {
  table: DataTable;
  /** Names the template's own bien defines. */
  bienKeys: ReadonlySet<string>;
  /** The --cap-tren file, when given. */
  parentPath?: string;
}

/** "xa.csv, dòng 3, 7, 9" (rows of a sheet: "hàng"; YAML/JSON items: "mục"). */
export function rowsPhrase(table: DataTable, rows: readonly DataRow[], max = 12): Localized {
  const sorted = [...rows].sort((a, b) => a.index - b.index);
  const nums = sorted.slice(0, max).map((r) => (table.format === "yaml" || table.format === "json" ? r.index : r.line));
  const more = sorted.length - max;
  const word =
    table.format === "xlsx" ? { vi: "hàng", en: sorted.length === 1 ? "row" : "rows" } : table.format === "yaml" || table.format === "json" ? { vi: "mục", en: sorted.length === 1 ? "item" : "items" } : { vi: "dòng", en: sorted.length === 1 ? "line" : "lines" };
  const list = nums.join(", ");
  return {
    vi: `${table.path}, ${word.vi} ${list}${more > 0 ? ` và ${more} ${word.vi} khác` : ""}`,
    en: `${table.path}, ${word.en} ${list}${more > 0 ? ` and ${more} more` : ""}`,
  };
}

/** "dòng 2–15": every row of the table, as a range. */
export function rowRange(table: DataTable): Localized {
  const rows = table.rows;
  const keyed = table.format === "yaml" || table.format === "json";
  const first = keyed ? 1 : (rows[0]?.line ?? 0);
  const last = keyed ? rows.length : (rows[rows.length - 1]?.line ?? 0);
  const span = first === last ? String(first) : `${first}–${last}`;
  const word = table.format === "xlsx" ? { vi: "hàng", en: "rows" } : keyed ? { vi: "mục", en: "items" } : { vi: "dòng", en: "lines" };
  return { vi: `${word.vi} ${span}`, en: `${word.en} ${span}` };
}

function place(d: Diagnostic): string {
  return `${d.line}:${d.column}`;
}

/** Template-level problems of all rows → the diagnostics to show, each once. */
export function groupTemplateProblems(items: readonly RowProblems[], g: GroupContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const total = g.table.rows.length;
  const columns = new Set(g.table.columns);

  // name → every (problem, row) where it is missing, in template order.
  const missingByRoot = new Map<string, { p: ExpandProblem; row: DataRow }[]>();
  const missingByPlace = new Map<string, { p: ExpandProblem; rows: DataRow[] }>();
  const parentByName = new Map<string, ExpandProblem[]>();
  const once = new Map<string, ExpandProblem>();

  for (const { row, problems } of items) {
    for (const p of problems) {
      if (!TEMPLATE_PROBLEM_KINDS.has(p.kind)) continue;
      if (p.kind === "missing" && p.name) {
        const root = p.name.split(".")[0] ?? p.name;
        if (root === PARENT_PREFIX) {
          const list = parentByName.get(p.name) ?? [];
          list.push(p);
          parentByName.set(p.name, list);
        } else if (!columns.has(root) && !g.bienKeys.has(root) && /^[A-Za-z_]/.test(root)) {
          const list = missingByRoot.get(root) ?? [];
          list.push({ p, row });
          missingByRoot.set(root, list);
        } else {
          const key = `${p.file}:${place(p)}:${p.name}`;
          const hit = missingByPlace.get(key);
          if (hit) {
            if (!hit.rows.includes(row)) hit.rows.push(row);
          } else missingByPlace.set(key, { p, rows: [row] });
        }
        continue;
      }
      const key = `${p.file}:${place(p)}:${p.bare}`;
      if (!once.has(key)) once.set(key, p);
    }
  }

  for (const [root, list] of missingByRoot) {
    const sorted = [...list].sort((a, b) => compareDiagnostics(a.p, b.p));
    const first = sorted[0]!.p;
    const rows = [...new Set(list.map((x) => x.row))];
    const places = [...new Set(sorted.map((x) => `${x.p.file === first.file ? "" : x.p.file + ":"}${place(x.p)}`))].filter((s) => s !== place(first));
    const message =
      rows.length === total
        ? pick(BATCH_MSG.missingColumn(root, g.table.path, total, rowRange(g.table)))
        : pick(BATCH_MSG.missingInRows(root, pick(rowsPhrase(g.table, rows))));
    out.push({ ...strip(first), message, hint: pick(BATCH_MSG.missingColumnHint(root, places.join(", "))) });
  }

  for (const { p, rows } of missingByPlace.values()) {
    out.push({ ...strip(p), message: pick(BATCH_MSG.missingInRows(p.name!, pick(rowsPhrase(g.table, rows)))), hint: pick(BATCH_MSG.missingInRowsHint) });
  }

  const parentProblems = [...parentByName.values()].flat().sort(compareDiagnostics);
  if (parentProblems.length > 0 && !g.parentPath) {
    // No --cap-tren at all: one message for every use of cap_tren.
    const first = parentProblems[0]!;
    const names = [...new Set(parentProblems.map((p) => `{{${p.name}}}`))].join(", ");
    const places = [...new Set(parentProblems.map(place))].filter((x) => x !== place(first));
    out.push({
      ...strip(first),
      message: pick(BATCH_MSG.noParent(names)),
      hint: pick(BATCH_MSG.noParentHint) + (places.length > 0 ? ` ${pick(BATCH_MSG.usedAt(places.join(", ")))}` : ""),
    });
  } else {
    for (const [name, list] of parentByName) {
      const sorted = [...list].sort(compareDiagnostics);
      const first = sorted[0]!;
      const places = [...new Set(sorted.map(place))].filter((x) => x !== place(first));
      const key = name.split(".")[1] ?? "";
      const what =
        key === "so" || key === "so_ky_hieu"
          ? BATCH_MSG.parentNoNumber
          : key === "ngay" || key === "ngay_dai"
            ? BATCH_MSG.parentNoDay
            : BATCH_MSG.parentNoKey(Object.keys(PARENT_KEYS).join(", "));
      out.push({
        ...strip(first),
        message: pick(BATCH_MSG.parentLacks(name, g.parentPath!, pick(what))),
        hint: places.length > 0 ? pick(BATCH_MSG.usedAt(places.join(", "))) : undefined,
      });
    }
  }

  for (const p of once.values()) out.push({ ...strip(p), message: p.bare });
  return out.sort(compareDiagnostics);
}

/** A plain Diagnostic from an ExpandProblem (no grouping fields: they are not for reporters). */
function strip(p: ExpandProblem): Diagnostic {
  const { kind: _kind, name: _name, bare: _bare, ...d } = p;
  return d;
}
