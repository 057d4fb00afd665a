/**
 * st.pagination (a lazy component): a navigation landmark of page buttons between previous/next
 * arrows. At most `max_visible_pages` numbers show: the first and last page stay, the rest is a
 * window around the current page, gaps drawn as an ellipsis. A click sends the page (int_value).
 */
import { h, setAttr } from "../dom";
import type { Pagination, WidgetCommon } from "../gen/stbundle";
import { Widget, type WidgetCtx } from "./base";
import { addStyle } from "./chunk_style";

const CSS = `
.stb-pagination{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center}
.stb-page{min-width:2.25rem;height:2.25rem;padding:0 .5rem;border:1px solid transparent;border-radius:.5rem;background:none;color:inherit;font:inherit;cursor:pointer}
.stb-page:hover:not(:disabled){border-color:var(--stb-border)}
.stb-page[aria-current=page]{border-color:var(--stb-primary);color:var(--stb-primary);font-weight:600}
.stb-page:disabled{opacity:.4;cursor:default}
.stb-page-gap{padding:0 .25rem;color:var(--stb-muted)}`;

/** The page numbers to show, 0 standing for a gap. */
export function visiblePages(count: number, current: number, max: number | undefined): number[] {
  if (max === undefined || count <= max) return Array.from({ length: count }, (_, i) => i + 1);
  if (max === 0) return [];
  if (max < 5) {
    // Too few slots for first/last and gaps: a window of `max` pages around the current one.
    const start = Math.min(Math.max(1, current - Math.floor((max - 1) / 2)), count - max + 1);
    return Array.from({ length: max }, (_, i) => start + i);
  }
  const inner = max - 2; // slots between the first and the last page (gaps included)
  let lo = current - Math.floor((inner - 2 - 1) / 2);
  let hi = lo + inner - 3;
  if (lo <= 3) {
    lo = 2;
    hi = inner;
  } else if (hi >= count - 2) {
    hi = count - 1;
    lo = count - inner + 1;
  }
  const out = [1];
  if (lo > 2) out.push(0);
  for (let p = lo; p <= hi; p++) out.push(p);
  if (hi < count - 1) out.push(0);
  out.push(count);
  return out;
}

export class PaginationWidget extends Widget<Pagination> {
  private readonly nav = h("nav", "stb-pagination");
  private readonly prev = this.arrow("\u2039", "Previous page", -1);
  private readonly next = this.arrow("\u203a", "Next page", 1);
  private page = 1;
  private count = 1;
  private max: number | undefined;
  private disabled = false;

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-pagination-widget", false);
    addStyle("stb-pagination-css", CSS);
    this.label.hidden = true;
    this.nav.setAttribute("aria-label", "Pagination");
    this.el.append(this.nav);
  }

  private arrow(text: string, name: string, delta: number): HTMLButtonElement {
    const b = h("button", "stb-page stb-page-arrow", text);
    b.type = "button";
    b.setAttribute("aria-label", name);
    b.addEventListener("click", () => this.go(this.page + delta));
    return b;
  }

  protected apply(p: Pagination, c: WidgetCommon): void {
    const v = this.resolve({ $case: "intValue", value: p.value }, c);
    this.count = Math.max(1, p.numPages);
    this.page = v.$case === "intValue" && v.value >= 1 && v.value <= this.count ? v.value : p.value;
    this.max = p.maxVisiblePages;
    this.disabled = c.disabled;
    this.draw();
  }

  private go(page: number): void {
    if (page < 1 || page > this.count || page === this.page) return;
    this.page = page;
    this.draw();
    this.commit({ $case: "intValue", value: page });
  }

  private draw(): void {
    const items: HTMLElement[] = [this.prev];
    for (const n of visiblePages(this.count, this.page, this.max)) {
      if (n === 0) {
        const gap = h("span", "stb-page-gap", "\u2026");
        gap.setAttribute("aria-hidden", "true");
        items.push(gap);
        continue;
      }
      const b = h("button", "stb-page", String(n));
      b.type = "button";
      b.setAttribute("aria-label", `Page ${n}`);
      setAttr(b, "aria-current", n === this.page ? "page" : null);
      b.disabled = this.disabled;
      b.addEventListener("click", () => this.go(n));
      items.push(b);
    }
    items.push(this.next);
    this.prev.disabled = this.disabled || this.page <= 1;
    this.next.disabled = this.disabled || this.page >= this.count;
    this.nav.replaceChildren(...items);
  }
}
