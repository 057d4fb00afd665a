/**
 * st.help's doc string element: the object's name, type and value on one line, its doc string,
 * then its public members. Everything is text (textContent), never markup.
 */
import type { Component } from "../component";
import { h, setText } from "../dom";
import type { DocString, DocStringMember } from "../gen/stbundle";

function memberRow(m: DocStringMember): HTMLElement {
  const row = h("div", "stb-doc-member");
  row.setAttribute("role", "listitem");
  row.append(h("span", "stb-doc-name", m.name), h("span", "stb-doc-type", m.type));
  if (m.value) row.append(h("span", "stb-doc-value", m.value));
  else if (m.docString) row.append(h("span", "stb-doc-summary", m.docString));
  return row;
}

export class DocStringEl implements Component<DocString> {
  readonly el = h("div", "stb-doc");
  private readonly name = h("span", "stb-doc-name");
  private readonly type = h("span", "stb-doc-type");
  private readonly value = h("span", "stb-doc-value");
  private readonly doc = h("pre", "stb-doc-string");
  private readonly members = h("div", "stb-doc-members");
  private membersKey = "";

  constructor() {
    const header = h("div", "stb-doc-header");
    header.append(this.name, this.type, this.value);
    this.members.setAttribute("role", "list");
    this.el.append(header, this.doc, this.members);
  }

  update(p: DocString): void {
    setText(this.name, p.name);
    this.name.hidden = !p.name;
    setText(this.type, p.type);
    setText(this.value, p.value);
    this.value.hidden = !p.value;
    setText(this.doc, p.docString || "No docs available");
    const key = JSON.stringify(p.members);
    if (key !== this.membersKey) {
      this.membersKey = key;
      this.members.replaceChildren(...p.members.map(memberRow));
    }
    this.members.hidden = p.members.length === 0;
  }
}
