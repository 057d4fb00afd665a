/**
 * The widget side of a chart or table with `on_select` (Vega-Lite, Plotly, deck.gl, the
 * dataframe grid). Those elements are widgets only while the script asks for selections, so
 * their widget id comes and goes with updates; the selection travels as Streamlit's selection
 * state in JSON text. One place follows the id and sends the value, so every selectable element
 * keeps the same rules: no id, nothing sent; an unchanged selection starts no rerun.
 */
import type { WidgetCommon } from "../gen/stbundle";
import type { WidgetCtx } from "./base";

export class SelectionValue {
  private id = "";
  private common: WidgetCommon | undefined;

  constructor(private readonly ctx: WidgetCtx) {}

  /** Follows the element's widget id ("" when it is not a widget); returns it. */
  follow(common: WidgetCommon | undefined): string {
    this.common = common;
    this.id = this.ctx.widgets.follow(this.id, common?.id ?? "");
    return this.id;
  }

  /** A selection made in the element, as JSON text. */
  send(json: string): void {
    if (!this.id) return;
    const formId = this.common?.formId ?? "";
    const now = this.ctx.widgets.formValue(formId, this.id);
    if (now?.$case === "stringValue" && now.value === json) return;
    const value = { $case: "stringValue" as const, value: json };
    this.ctx.widgets.change(this.id, formId, this.ctx.node.fragmentId, value, !this.common?.ignoreRerun);
  }

  /** The element left the tree. */
  release(): void {
    this.id = this.ctx.widgets.follow(this.id, "");
  }
}
