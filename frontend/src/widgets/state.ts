/**
 * Widget values, owned by the renderer between runs (like Streamlit's WidgetStateManager).
 *
 * - A widget's value comes from its element the first time its id is seen, or when the runtime
 *   says `set_value`; otherwise the renderer's copy wins (the user may be mid-edit).
 * - Widgets in a form keep edits as *pending* until the form's submit button commits them, so
 *   reruns triggered elsewhere still send the last submitted values.
 * - Every rerun request carries all committed values of widgets present in the tree; a button's
 *   trigger is added only to the request for its own click and never stored.
 */
import type { BackMsg, UploadedFiles, WidgetState } from "../gen/stbundle";
import { clientContext } from "../client_context";
import { address, currentPage, leavingPage } from "../navigation";

export type Value = NonNullable<WidgetState["value"]>;

export const NULL_VALUE: Value = { $case: "nullValue", value: true };

export class WidgetManager {
  private readonly committed = new Map<string, Value>();
  private readonly pending = new Map<string, Map<string, Value>>();
  private readonly live = new Map<string, number>();
  /** Each form's submit button, so Enter in a form's text field can submit it (Streamlit's
   * enter_to_submit default). The callback reads the button's current fragment id. */
  private readonly submitters = new Map<string, () => void>();
  /** Per form, checks that refuse a submit (required fields, validation); keyed by widget. */
  private readonly blockers = new Map<string, Map<string, () => boolean>>();

  /** `send` is also how a lazy table asks for its rows. */
  constructor(readonly send: (msg: BackMsg) => void) {}

  /** Counts tree nodes holding this id; state is forgotten when the last one leaves. */
  attach(id: string): void {
    this.live.set(id, (this.live.get(id) ?? 0) + 1);
  }

  /** The widget id an element holds now (`now`; "" when it is no widget), attached in place of
   * the one it held (`had`), so that a widget's state is forgotten once no element holds its id.
   * Returns `now`. */
  follow(had: string, now: string): string {
    if (now !== had) {
      if (had) this.detach(had);
      if (now) this.attach(now);
    }
    return now;
  }

  detach(id: string): void {
    const n = (this.live.get(id) ?? 0) - 1;
    if (n > 0) {
      this.live.set(id, n);
      return;
    }
    this.live.delete(id);
    this.committed.delete(id);
    for (const form of this.pending.values()) form.delete(id);
  }

  /** The value a widget should show after its element arrived. */
  resolve(id: string, formId: string, fromElement: Value, setValue: boolean): Value {
    if (setValue || !this.committed.has(id)) {
      this.committed.set(id, fromElement);
      this.pending.get(formId)?.delete(id);
      return fromElement;
    }
    return this.pending.get(formId)?.get(id) ?? (this.committed.get(id) as Value);
  }

  /** The committed value (what the runtime last received). */
  committedValue(id: string): Value | undefined {
    return this.committed.get(id);
  }

  /** A user edit. Outside forms it is committed and, if `rerun`, sent at once. */
  change(id: string, formId: string, fragmentId: string, value: Value, rerun = true): void {
    if (formId) {
      let form = this.pending.get(formId);
      if (!form) this.pending.set(formId, (form = new Map()));
      form.set(id, value);
      return;
    }
    this.committed.set(id, value);
    if (rerun) this.rerun(fragmentId);
  }

  setBlocker(formId: string, widget: string, check: (() => boolean) | null): void {
    let form = this.blockers.get(formId);
    if (check) {
      if (!form) this.blockers.set(formId, (form = new Map()));
      form.set(widget, check);
    } else form?.delete(widget);
  }

  /** What a widget in a form would send: its pending edit, else its committed value. */
  formValue(formId: string, id: string): Value | undefined {
    return this.pending.get(formId)?.get(id) ?? this.committed.get(id);
  }

  /** A button click; a form's submit button first commits that form's pending edits. */
  trigger(id: string, fragmentId: string, submitsForm = ""): void {
    if (submitsForm) {
      // Every check runs (each shows its own message); any refusal stops the submit.
      const refusals = [...(this.blockers.get(submitsForm)?.values() ?? [])].map((check) => check());
      if (refusals.some(Boolean)) return;
      const form = this.pending.get(submitsForm);
      if (form) for (const [wid, v] of form) this.committed.set(wid, v);
      this.pending.delete(submitsForm);
    }
    this.fire(id, fragmentId, { $case: "triggerValue", value: true });
  }

  /** A trigger carrying a value for exactly one run (a chat message): sent, never stored. */
  fire(id: string, fragmentId: string, value: Value, files?: UploadedFiles): void {
    this.rerun(fragmentId, { id, value, files });
  }

  setSubmitter(formId: string, submit: (() => void) | null): void {
    if (submit) this.submitters.set(formId, submit);
    else this.submitters.delete(formId);
  }

  /** Enter pressed in a form field: act as if its submit button was clicked, unless the form
   * said enter_to_submit=False (its block marks itself so). */
  submitForm(formId: string, field: Element): void {
    if (field.closest(".stb-form")?.getAttribute("data-enter-to-submit") === "false") return;
    this.submitters.get(formId)?.();
  }

  /** Sends a RerunRequest with every present widget's committed value (+ an optional trigger). */
  rerun(fragmentId: string, extra?: WidgetState): void {
    const widgets: WidgetState[] = [];
    for (const [id, value] of this.committed) {
      if (this.live.has(id) && id !== extra?.id) widgets.push({ id, value });
    }
    if (extra) widgets.push(extra);
    this.send({
      type: {
        $case: "rerun",
        value: {
          widgetStates: { widgets },
          fragmentId,
          queryString: address().search.replace(/^\?/, ""),
          page: currentPage(),
          leavingPage: leavingPage(),
          context: clientContext(),
        },
      },
    });
  }
}
