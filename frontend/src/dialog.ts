/**
 * @st.dialog: a native <dialog> holding the block's children. Only the shell lives in the core;
 * the lazy `dialog` chunk draws the title bar (its title as inline markdown, drawn by the core's
 * renderer), opens it modal and handles dismissal.
 */
import type { BlockComponent } from "./component";
import { h } from "./dom";
import type { Block_Dialog } from "./gen/stbundle";
import { loadChunk } from "./lazy";
import { setMarkdown } from "./markdown";
import type * as DialogChunk from "./chunks/dialog";
import type { WidgetCtx } from "./widgets/base";

export class DialogBlock implements BlockComponent<Block_Dialog> {
  readonly el = h("dialog", "stb-dialog");
  readonly container = h("div", "stb-block stb-vertical stb-dialog-body");
  private modal?: Promise<DialogChunk.Modal>;

  constructor(private readonly ctx: WidgetCtx) {
    this.el.append(this.container);
  }

  update(p: Block_Dialog): void {
    this.modal ??= loadChunk<typeof DialogChunk>("dialog").then(
      (m) => new m.Modal(
        this.el,
        (id) => this.ctx.widgets.trigger(id, ""),
        (el, title) => setMarkdown(el, title, false, true),
      ),
    );
    void this.modal.then((m) => m.update(p));
  }
}
