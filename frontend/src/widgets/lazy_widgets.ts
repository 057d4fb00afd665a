/**
 * Widgets whose code lives in a lazy chunk (st.datetime_input, st.menu_button, st.pagination):
 * the core holds only this shell, which hands the newest proto to the chunk's component once it
 * has arrived, so pages without these widgets never download them.
 */
import type { Component } from "../component";
import { h } from "../dom";
import type { DateTimeInput, MenuButton, Pagination } from "../gen/stbundle";
import { loadChunk } from "../lazy";
import type { WidgetCtx } from "./base";

/** What a widget chunk exports. */
export interface WidgetChunk<T> {
  create(ctx: WidgetCtx): Component<T>;
}

class LazyWidget<T> implements Component<T> {
  readonly el = h("div", "stb-lazy-widget");
  private inner: Component<T> | undefined;
  /** The newest proto; undefined once destroyed (a chunk arriving later then builds nothing). */
  private last: T | undefined;

  constructor(ctx: WidgetCtx, chunk: string) {
    loadChunk<WidgetChunk<T>>(chunk).then(
      (m) => {
        if (this.last === undefined) return;
        this.inner = m.create(ctx);
        this.el.append(this.inner.el);
        this.inner.update(this.last);
      },
      () => (this.el.textContent = "This widget could not be loaded."),
    );
  }

  update(p: T): void {
    this.last = p;
    this.inner?.update(p);
  }

  destroy(): void {
    this.last = undefined;
    this.inner?.destroy?.();
  }
}

/** A component class drawing its proto with the chunk's component. */
const lazy = <T>(chunk: string) =>
  class extends LazyWidget<T> {
    constructor(ctx: WidgetCtx) {
      super(ctx, chunk);
    }
  };

export const DateTimeInputWidget = lazy<DateTimeInput>("datetime_input");
export const MenuButtonWidget = lazy<MenuButton>("menu_button");
export const PaginationWidget = lazy<Pagination>("pagination");
