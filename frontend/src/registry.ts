/**
 * Which component renders which proto case. The mapped types make the compiler check that every
 * Element and Block case has a renderer; adding a field to the proto without one fails typecheck.
 */
import {
  ColumnBlock, EmptyBlock, ExpanderBlock, FormBlock, HorizontalBlock, TabBlock, TabContainerBlock,
  TransparentBlock, VerticalBlock,
} from "./blocks";
import type { BlockComponent, Component } from "./component";
import { AlertEl, ExceptionEl, ProgressEl, SpinnerEl, ToastEl } from "./elements/feedback";
import { JsonEl } from "./elements/json";
import { EmptyEl, HtmlEl, MetricEl } from "./elements/misc";
import { CodeEl, HeadingEl, MarkdownEl, TextEl } from "./elements/text";
import type { Block, Element } from "./gen/stbundle";
import type { WidgetCtx } from "./widgets/base";
import { ButtonWidget } from "./widgets/button";
import { CheckboxWidget } from "./widgets/checkbox";
import { MultiSelectWidget, RadioWidget, SelectboxWidget } from "./widgets/choice";
import { ColorPickerWidget } from "./widgets/color";
import { DateInputWidget, TimeInputWidget } from "./widgets/datetime";
import { NumberInputWidget } from "./widgets/number";
import { SliderWidget } from "./widgets/slider";
import { TextAreaWidget, TextInputWidget } from "./widgets/text";

export type ElementCase = NonNullable<Element["type"]>;
export type BlockCase = NonNullable<Block["type"]>;
type Of<U extends { $case: string; value: unknown }, K> = Extract<U, { $case: K }>["value"];

const ELEMENTS: { [K in ElementCase["$case"]]: (ctx: WidgetCtx) => Component<Of<ElementCase, K>> } = {
  heading: () => new HeadingEl(),
  markdown: () => new MarkdownEl(),
  text: () => new TextEl(),
  code: () => new CodeEl(),
  json: () => new JsonEl(),
  metric: () => new MetricEl(),
  alert: () => new AlertEl(),
  exception: () => new ExceptionEl(),
  html: () => new HtmlEl(),
  empty: () => new EmptyEl(),
  progress: () => new ProgressEl(),
  spinner: () => new SpinnerEl(),
  toast: () => new ToastEl(),
  button: (ctx) => new ButtonWidget(ctx),
  checkbox: (ctx) => new CheckboxWidget(ctx),
  radio: (ctx) => new RadioWidget(ctx),
  selectbox: (ctx) => new SelectboxWidget(ctx),
  multiselect: (ctx) => new MultiSelectWidget(ctx),
  slider: (ctx) => new SliderWidget(ctx),
  textInput: (ctx) => new TextInputWidget(ctx),
  textArea: (ctx) => new TextAreaWidget(ctx),
  numberInput: (ctx) => new NumberInputWidget(ctx),
  dateInput: (ctx) => new DateInputWidget(ctx),
  timeInput: (ctx) => new TimeInputWidget(ctx),
  colorPicker: (ctx) => new ColorPickerWidget(ctx),
};

const BLOCKS: { [K in BlockCase["$case"]]: () => BlockComponent<Of<BlockCase, K>> } = {
  vertical: () => new VerticalBlock(),
  horizontal: () => new HorizontalBlock(),
  column: () => new ColumnBlock(),
  tabContainer: () => new TabContainerBlock(),
  tab: () => new TabBlock(),
  expander: () => new ExpanderBlock(),
  form: () => new FormBlock(),
  empty: () => new EmptyBlock(),
  transparent: () => new TransparentBlock(),
};

// The casts below are the one place TS cannot correlate a union's $case with its value type;
// the mapped types above guarantee each factory matches its case.
export function createElement(c: ElementCase, ctx: WidgetCtx): Component<ElementCase["value"]> {
  return (ELEMENTS[c.$case] as (ctx: WidgetCtx) => Component<ElementCase["value"]>)(ctx);
}

export function createBlock(c: BlockCase): BlockComponent<BlockCase["value"]> {
  return (BLOCKS[c.$case] as () => BlockComponent<BlockCase["value"]>)();
}
