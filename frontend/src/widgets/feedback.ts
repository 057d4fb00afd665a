/**
 * st.feedback: a row of icon buttons (thumbs, faces or stars) with accessible names. The
 * value is the chosen index; pressing the chosen button again clears it (null_value). Stars
 * light up to the chosen one.
 */
import { h, setAttr } from "../dom";
import type { Feedback, WidgetCommon } from "../gen/stbundle";
import { Widget, type WidgetCtx } from "./base";
import { NULL_VALUE } from "./state";

/** Each option's symbol and accessible name, in index order (thumbs: 0 is down). */
const OPTIONS: Record<string, readonly (readonly [string, string])[]> = {
  thumbs: [
    ["\u{1F44E}", "Thumbs down"],
    ["\u{1F44D}", "Thumbs up"],
  ],
  faces: [
    ["\u{1F61E}", "Very dissatisfied"],
    ["\u{1F641}", "Dissatisfied"],
    ["\u{1F610}", "Neutral"],
    ["\u{1F642}", "Satisfied"],
    ["\u{1F600}", "Very satisfied"],
  ],
  stars: [1, 2, 3, 4, 5].map((n) => ["\u2605", n === 1 ? "1 star" : `${n} stars`] as const),
};

export class FeedbackWidget extends Widget<Feedback> {
  private readonly group = h("div", "stb-feedback");
  private buttons: HTMLButtonElement[] = [];
  private chosen = -1;
  private type = "";

  constructor(ctx: WidgetCtx) {
    super(ctx, "stb-feedback-widget", false);
    this.group.setAttribute("role", "group");
    this.group.setAttribute("aria-label", "Feedback");
    this.label.hidden = true;
    this.el.append(this.group);
  }

  protected apply(p: Feedback, c: WidgetCommon): void {
    if (p.type !== this.type) {
      this.type = p.type;
      const options = OPTIONS[p.type] ?? OPTIONS.thumbs ?? [];
      this.buttons = options.map(([symbol, name], i) => {
        const button = h("button", "stb-feedback-option", symbol);
        button.type = "button";
        button.setAttribute("aria-label", name);
        button.addEventListener("click", () => this.press(i));
        return button;
      });
      this.group.replaceChildren(...this.buttons);
      this.group.className = `stb-feedback stb-feedback-${p.type}`;
    }
    const v = this.resolve(p.hasValue ? { $case: "intValue", value: p.value } : NULL_VALUE, c);
    this.chosen = v.$case === "intValue" ? v.value : -1;
    this.setDisabled(this.buttons, c.disabled);
    this.sync();
  }

  private press(i: number): void {
    this.chosen = this.chosen === i ? -1 : i;
    this.sync();
    this.commit(this.chosen < 0 ? NULL_VALUE : { $case: "intValue", value: this.chosen });
  }

  private sync(): void {
    const stars = this.type === "stars";
    this.buttons.forEach((button, i) => {
      setAttr(button, "aria-pressed", i === this.chosen ? "true" : "false");
      button.classList.toggle("stb-feedback-lit", stars ? i <= this.chosen : i === this.chosen);
    });
  }
}
