// Problems that every row shares are reported once: a column the data file lacks becomes one
// message naming the column and the rows, an unknown helper one message at its place in the
// template; an empty cell is reported at its template place with the rows where it is empty.
import type { Diagnostic } from "../findings/diagnostic.js";
import { compareDiagnostics } from "../findings/diagnostic.js";
import { TEMPLATE_PROBLEM_KINDS, type ExpandProblem } from "../expand/expand-plan.js";
import { PARENT_KEYS } from "../expand/parent-plan.js";
import { PARENT_PREFIX } from "../text/reserved-names.js";
import { type Message, msg, t } from "../i18n/i18n.js";
import { andMore, unitWord, type RowUnit } from "../i18n/plural.js";
import type { DataRow, DataTable } from "../load/load-data-table.js";

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

function unitOf(table: DataTable): RowUnit {
  return table.format === "xlsx" ? "sheetRow" : table.format === "yaml" || table.format === "json" ? "item" : "line";
}

/** "xa.csv, dòng 3, 7, 9" (rows of a sheet: "hàng"; YAML/JSON items: "mục"). */
export function rowsPhrase(table: DataTable, rows: readonly DataRow[], max = 12): Message {
  const sorted = [...rows].sort((a, b) => a.index - b.index);
  const nums = sorted.slice(0, max).map((r) => (table.format === "yaml" || table.format === "json" ? r.index : r.line));
  const unit = unitOf(table);
  return msg("rows.phrase", { file: table.path, unit: unitWord(unit, sorted.length), list: andMore(nums.join(", "), sorted.length - max, unit) });
}

/** "dòng 2–15": every row of the table, as a range. */
export function rowRange(table: DataTable): Message {
  const rows = table.rows;
  const keyed = table.format === "yaml" || table.format === "json";
  const first = keyed ? 1 : (rows[0]?.line ?? 0);
  const last = keyed ? rows.length : (rows[rows.length - 1]?.line ?? 0);
  const span = first === last ? String(first) : `${first}–${last}`;
  return msg("rows.range", { unit: unitWord(unitOf(table), 2), span });
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
      const key = `${p.file}:${place(p)}:${t(p.bare)}`;
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
        ? msg(total === 1 ? "batch.missingColumnOnlyRow" : "batch.missingColumn", { data: g.table.path, name: root, rows: total, range: rowRange(g.table) })
        : msg("batch.missingInRows", { name: root, rows: rowsPhrase(g.table, rows) });
    const hint = msg("batch.missingColumnHint", { name: root });
    out.push({ ...strip(first), message, hint: places.length > 0 ? msg("common.twoSentences", { first: hint, second: msg("batch.usedAt", { places: places.join(", ") }) }) : hint });
  }

  for (const { p, rows } of missingByPlace.values()) {
    out.push({ ...strip(p), message: msg("batch.missingInRows", { name: p.name!, rows: rowsPhrase(g.table, rows) }), hint: msg("batch.missingInRowsHint") });
  }

  const parentProblems = [...parentByName.values()].flat().sort(compareDiagnostics);
  if (parentProblems.length > 0 && !g.parentPath) {
    // No --cap-tren at all: one message for every use of cap_tren.
    const first = parentProblems[0]!;
    const names = [...new Set(parentProblems.map((p) => `{{${p.name}}}`))].join(", ");
    const places = [...new Set(parentProblems.map(place))].filter((x) => x !== place(first));
    out.push({
      ...strip(first),
      message: msg("batch.noParent", { names }),
      hint: places.length > 0 ? msg("common.twoSentences", { first: msg("batch.noParentHint"), second: msg("batch.usedAt", { places: places.join(", ") }) }) : msg("batch.noParentHint"),
    });
  } else {
    for (const [name, list] of parentByName) {
      const sorted = [...list].sort(compareDiagnostics);
      const first = sorted[0]!;
      const places = [...new Set(sorted.map(place))].filter((x) => x !== place(first));
      const key = name.split(".")[1] ?? "";
      const what =
        key === "so" || key === "so_ky_hieu"
          ? msg("batch.parentNoNumber")
          : key === "ngay" || key === "ngay_dai"
            ? msg("batch.parentNoDay")
            : msg("batch.parentNoKey", { keys: Object.keys(PARENT_KEYS).join(", ") });
      out.push({
        ...strip(first),
        message: msg("batch.parentLacks", { name, parent: g.parentPath!, what }),
        hint: places.length > 0 ? msg("batch.usedAt", { places: places.join(", ") }) : undefined,
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
