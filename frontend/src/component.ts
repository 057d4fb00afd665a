/**
 * What the tree asks of every element and block: a root DOM node built once, an `update` that
 * patches it in place from the newest proto (so focus and caret survive reruns), and an
 * optional `destroy` for widgets that must forget their state.
 */
export interface Component<T> {
  readonly el: HTMLElement;
  update(value: T): void;
  destroy?(): void;
}

/** Blocks additionally expose where their children go and hear when the child list changed. */
export interface BlockComponent<T> extends Component<T> {
  readonly container: HTMLElement;
  childrenChanged?(children: readonly ChildView[]): void;
  /** Called on every block still in the page when a run has finished (not when interrupted). */
  runFinished?(): void;
}

/** The part of a child a parent block may look at (tabs read their children's labels). */
export interface ChildView {
  readonly kind: string;
  readonly comp: Component<never>;
}

/** Per-node context a component may read at event time (widgets need their fragment id). */
export interface NodeRef {
  readonly fragmentId: string;
}
