// A sweep's rows as a text table for the terminal and as CSV.
import type { SweepRow } from "../shared/sweep.ts";

const WIDTH = 110;

/** Text of a setting's value: JSON, except that text values are shown bare. */
const showValue = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

function columns(rows: SweepRow[]) {
  const actors = [...new Set(rows.flatMap((r) => Object.keys(r.actorWins)))];
  return {
    settings: Object.keys(rows[0]?.settings ?? {}),
    final: Object.keys(rows[0]?.final ?? {}),
    groups: Object.keys(rows[0]?.groupWins ?? {}),
    actors,
  };
}

export function sweepCsv(rows: SweepRow[]): string {
  const c = columns(rows);
  const header = [...c.settings, ...c.final, ...c.groups.map((g) => `groupWins.${g}`), ...c.actors.map((a) => `wins.${a}`)];
  const n = (x: number | undefined) => (x === undefined ? "" : String(Number(x.toPrecision(6))));
  const lines = rows.map((r) => [
    ...c.settings.map((p) => showValue(r.settings[p])),
    ...c.final.map((k) => n(r.final[k])),
    ...c.groups.map((g) => n(r.groupWins[g])),
    ...c.actors.map((a) => n(r.actorWins[a])),
  ]);
  return [header, ...lines].map((cells) => cells.map(csvCell).join(",")).join("\n");
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The shortest dotted tail of each path that tells it apart from the others: `capacity`. */
function shortNames(paths: string[]): string[] {
  const parts = paths.map((p) => p.split("."));
  return parts.map((mine) => {
    for (let k = 1; k < mine.length; k++) {
      const tail = mine.slice(-k).join(".");
      if (parts.filter((other) => other.slice(-k).join(".") === tail).length === 1) return tail;
    }
    return mine.join(".");
  });
}

export function sweepTable(rows: SweepRow[]): string {
  const c = columns(rows);
  const names = shortNames(c.settings);
  const keys = rows.map((r) => c.settings.map((p) => showValue(r.settings[p])));
  const figure = (x: number | undefined) => (x === undefined ? "-" : Math.abs(x) < 10 ? x.toFixed(2) : x.toFixed(0));
  const share = (x: number | undefined) => (x === undefined ? "-" : `${(x * 100).toFixed(0)}%`);
  const lines: string[] = [];
  const legend = c.settings.map((p, i) => `${names[i]} = ${p}`).filter((_, i) => names[i] !== c.settings[i]);
  if (legend.length) lines.push(...legend, "");
  lines.push("Final-round indicators (mean over the games)");
  lines.push(...table(names, keys, c.final, rows.map((r) => c.final.map((k) => figure(r.final[k])))));
  lines.push("", "Win shares by role group");
  lines.push(...table(names, keys, c.groups, rows.map((r) => c.groups.map((g) => share(r.groupWins[g])))));
  lines.push("", "Win shares by actor (within its role group)");
  lines.push(...table(names, keys, c.actors, rows.map((r) => c.actors.map((a) => share(r.actorWins[a])))));
  return lines.join("\n");
}

/** Key columns on the left, then as many figure columns as fit in WIDTH; the rest in further blocks. */
function table(keyHeaders: string[], keys: string[][], headers: string[], cells: string[][]): string[] {
  const width = (header: string, column: string[]) => Math.max(header.length, ...column.map((s) => s.length));
  const keyWidths = keyHeaders.map((h, i) => width(h, keys.map((k) => k[i]!)));
  const cellWidths = headers.map((h, i) => width(h, cells.map((r) => r[i]!)));
  const left = (k: string[]) => k.map((s, i) => s.padStart(keyWidths[i]!)).join("  ");
  const leftWidth = keyHeaders.length ? left(keyHeaders).length + 2 : 0;
  const lines: string[] = [];
  for (let from = 0; from < headers.length;) {
    let to = from + 1, used = leftWidth + cellWidths[from]!;
    while (to < headers.length && used + 2 + cellWidths[to]! <= WIDTH) used += 2 + cellWidths[to++]!;
    const right = (row: string[]) => row.slice(from, to).map((s, i) => s.padStart(cellWidths[from + i]!)).join("  ");
    const line = (k: string[], row: string[]) => (k.length ? `${left(k)}  ` : "") + right(row);
    if (from > 0) lines.push("");
    lines.push(line(keyHeaders, headers));
    keys.forEach((k, r) => lines.push(line(k, cells[r]!)));
    from = to;
  }
  return lines;
}
