/**
 * Which options a typed query matches, by a select widget's `filter_mode` (Streamlit 1.67's
 * rules): "contains" (case-insensitive substring), "prefix" (case-insensitive prefix) or "fuzzy"
 * (the query's characters in order, anywhere; closer and earlier matches first).
 */

/** How far apart the query's characters lie in `label` (0: contiguous at the start); null: no match. */
function fuzzyGap(label: string, query: string): number | null {
  let at = -1;
  let gap = 0;
  for (const ch of query) {
    const next = label.indexOf(ch, at + 1);
    if (next < 0) return null;
    gap += next - at - 1;
    at = next;
  }
  return gap;
}

/** Indices of the options `query` matches, best first; every option for an empty query. */
export function matchOptions(labels: readonly string[], query: string, mode: string): number[] {
  const q = query.trim().toLowerCase();
  const all = labels.map((_, i) => i);
  if (!q) return all;
  const lower = labels.map((l) => l.toLowerCase());
  if (mode === "prefix") return all.filter((i) => (lower[i] as string).startsWith(q));
  if (mode === "contains") return all.filter((i) => (lower[i] as string).includes(q));
  const scored: [number, number][] = [];
  for (const i of all) {
    const gap = fuzzyGap(lower[i] as string, q);
    if (gap !== null) scored.push([gap, i]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
}

/** The index of the option whose label is `text` ignoring case (typed values match options
 * first, as in Streamlit), or -1. */
export function sameLabel(labels: readonly string[], text: string): number {
  const t = text.trim().toLowerCase();
  return labels.findIndex((l) => l.toLowerCase() === t);
}
