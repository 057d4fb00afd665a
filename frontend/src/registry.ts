/**
 * Which component renders which proto case. Elements come from the command specs
 * (gen/elements.ts, written by `python -m stbundle.specs.generate`); blocks are structural and
 * listed here. The mapped types make the compiler check that every case has a renderer.
 */
import {
  ColumnBlock, EmptyBlock, ExpanderBlock, FormBlock, HorizontalBlock, TabBlock, TabContainerBlock,
  TransparentBlock, VerticalBlock,
} from "./blocks";
import { ChatMessageBlock } from "./chat_message";
import { DialogBlock } from "./dialog";
import { gridBlock, gridCellBlock } from "./grid_layout";
import { PopoverBlock } from "./popover";
import type { BlockComponent, Component } from "./component";
import { ELEMENTS, type ElementCase } from "./gen/elements";
import type { Block } from "./gen/stbundle";
import type { WidgetCtx } from "./widgets/base";

export type { ElementCase };
export type BlockCase = NonNullable<Block["type"]>;
type Of<U extends { $case: string; value: unknown }, K> = Extract<U, { $case: K }>["value"];

const BLOCKS: { [K in BlockCase["$case"]]: (ctx: WidgetCtx) => BlockComponent<Of<BlockCase, K>> } = {
  vertical: () => new VerticalBlock(),
  horizontal: () => new HorizontalBlock(),
  column: () => new ColumnBlock(),
  tabContainer: (ctx) => new TabContainerBlock(ctx),
  tab: () => new TabBlock(),
  expander: (ctx) => new ExpanderBlock(ctx),
  form: () => new FormBlock(),
  empty: () => new EmptyBlock(),
  transparent: () => new TransparentBlock(),
  chatMessage: () => new ChatMessageBlock(),
  popover: (ctx) => new PopoverBlock(ctx),
  dialog: (ctx) => new DialogBlock(ctx),
  grid: gridBlock,
  gridCell: gridCellBlock,
};

// The casts below are the one place TS cannot correlate a union's $case with its value type;
// the mapped types above guarantee each factory matches its case.
export function createElement(c: ElementCase, ctx: WidgetCtx): Component<ElementCase["value"]> {
  return (ELEMENTS[c.$case] as (ctx: WidgetCtx) => Component<ElementCase["value"]>)(ctx);
}

export function createBlock(c: BlockCase, ctx: WidgetCtx): BlockComponent<BlockCase["value"]> {
  return (BLOCKS[c.$case] as (ctx: WidgetCtx) => BlockComponent<BlockCase["value"]>)(ctx);
}
