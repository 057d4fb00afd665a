/** Text elements: headings, markdown (native/caption/LaTeX/divider), text, code. */
import type { Component } from "../component";
import { h, HelpBadge, setAttr, setText } from "../dom";
import { Markdown_Kind, type Code, type Heading, type Markdown, type Text } from "../gen/stbundle";
import { setMarkdown, slugify } from "../markdown";

export class HeadingEl implements Component<Heading> {
  readonly el = h("div", "stb-heading");
  private tag = "";
  private heading: HTMLElement = h("h1");
  private readonly help = new HelpBadge();
  private readonly hr = h("hr", "stb-divider");

  update(p: Heading): void {
    const tag = p.tag === "h2" || p.tag === "h3" ? p.tag : "h1";
    if (tag !== this.tag) {
      this.tag = tag;
      this.heading = h(tag);
      this.el.replaceChildren(this.heading, this.help.el, this.hr);
    }
    setMarkdown(this.heading, p.icon ? `${p.icon} ${p.body}` : p.body, false, true);
    setAttr(this.heading, "id", p.anchor || slugify(p.body) || null);
    this.help.set(p.help);
    this.hr.hidden = !p.divider;
    if (p.divider) {
      this.hr.style.borderColor = p.divider === "rainbow" || p.divider === "true" ? "" : p.divider;
      this.hr.classList.toggle("stb-rainbow", p.divider === "rainbow" || p.divider === "true");
    }
  }
}

export class MarkdownEl implements Component<Markdown> {
  readonly el = h("div", "stb-markdown");
  private readonly body = h("div");
  private readonly help = new HelpBadge();

  constructor() {
    this.el.append(this.body, this.help.el);
  }

  update(p: Markdown): void {
    const kind = p.kind;
    this.el.className = `stb-markdown${kind === Markdown_Kind.CAPTION ? " stb-caption" : ""}${p.hideAnchors ? " stb-no-anchors" : ""}`;
    if (kind === Markdown_Kind.DIVIDER) {
      if (!(this.body.firstChild instanceof HTMLHRElement)) this.body.replaceChildren(h("hr"));
    } else {
      // st.latex's body is a $$ block: the markdown extras draw it with KaTeX.
      setMarkdown(this.body, p.body, p.allowHtml);
    }
    this.help.set(p.help);
  }
}

export class TextEl implements Component<Text> {
  readonly el = h("div", "stb-text");
  private readonly pre = h("pre");
  private readonly help = new HelpBadge();

  constructor() {
    this.el.append(this.pre, this.help.el);
  }

  update(p: Text): void {
    setText(this.pre, p.body);
    this.help.set(p.help);
  }
}

export class CodeEl implements Component<Code> {
  readonly el = h("pre", "stb-code");
  private readonly code = h("code");
  private key = "";

  constructor() {
    this.el.append(this.code);
  }

  update(p: Code): void {
    setAttr(this.code, "class", p.language ? `language-${p.language}` : null);
    this.el.classList.toggle("stb-wrap", p.wrapLines);
    const key = `${p.showLineNumbers ? 1 : 0}${p.codeText}`;
    if (key === this.key) return;
    this.key = key;
    if (p.showLineNumbers) {
      this.code.replaceChildren(...p.codeText.split("\n").map((line) => h("span", "stb-line", `${line}\n`)));
    } else {
      this.code.textContent = p.codeText;
    }
    this.el.classList.toggle("stb-numbered", p.showLineNumbers);
  }
}
