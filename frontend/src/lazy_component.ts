/**
 * A component whose code is a lazy chunk of its own (a spec's `Renderer(lazy=True)`: commands
 * few apps use), so the core renderer every visitor downloads does not carry it. It stands in
 * the tree at once as an empty placeholder, loads the chunk, then puts the real component in
 * the placeholder's place with the newest value it was given. The tree reads `el` whenever it
 * places or styles a node, so after the swap it works on the real one; what it set on the
 * placeholder meanwhile (layout styles and attributes, key and stale classes) moves over.
 */
import type { Component } from "./component";
import { h } from "./dom";
import { loadChunk } from "./lazy";

const PLACEHOLDER = "stb-lazy";

class LazyComponent<M, T> implements Component<T> {
  private readonly placeholder = h("div", PLACEHOLDER);
  private real: Component<T> | undefined;
  private latest: { value: T } | undefined;
  private destroyed = false;

  constructor(chunk: string, make: (module: M) => Component<T>) {
    loadChunk<M>(chunk).then(
      (module) => {
        if (!this.destroyed) this.swapIn(make(module));
      },
      () => (this.placeholder.textContent = "This element could not be loaded."),
    );
  }

  get el(): HTMLElement {
    return this.real?.el ?? this.placeholder;
  }

  update(value: T): void {
    if (this.real) this.real.update(value);
    else this.latest = { value };
  }

  destroy(): void {
    this.destroyed = true;
    this.real?.destroy?.();
  }

  private swapIn(real: Component<T>): void {
    if (this.latest) real.update(this.latest.value);
    const old = this.placeholder;
    for (const { name, value } of Array.from(old.attributes)) {
      if (name === "class") {
        for (const cls of old.classList) if (cls !== PLACEHOLDER) real.el.classList.add(cls);
      } else if (name === "style") {
        real.el.style.cssText += `;${value}`;
      } else {
        real.el.setAttribute(name, value); // the layout's data-width, data-height...
      }
    }
    this.real = real;
    old.replaceWith(real.el);
  }
}

/** The component `make` builds from chunk `chunk`, standing in until the chunk has loaded. */
export function lazyComponent<M, T>(chunk: string, make: (module: M) => Component<T>): Component<T> {
  return new LazyComponent(chunk, make);
}
