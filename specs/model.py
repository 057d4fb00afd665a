"""What one command spec says: the facts about an `st.*` command, as data.

A spec never holds behaviour (that is the runtime's hand-written code) and never holds
Streamlit's signature (that is read from the oracle into `streamlit_1_67.json` by
`python -m stbundle.specs.generate --refresh`). Everything else the project states about a
command — which proto element draws it, how its widget value travels, whether a session-state
write may set it, which AppTest list finds it, which renderer component paints it, and which
of its parameters are not honoured yet — is stated here once and derived everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: How a widget's value lives: "value" persists across runs; "trigger" is True for exactly the
#: run the interaction caused (button, form submit); "trigger_value" carries a value for exactly
#: that run (chat message, download click).
ValueLife = Literal["value", "trigger", "trigger_value"]


@dataclass(frozen=True)
class Widget:
    """Facts about a command that registers a widget (a value the user changes)."""

    #: The WidgetState fields its value travels in (proto/stbundle.proto: WidgetState.value).
    wire: tuple[str, ...] = ()  # empty: not decided yet (the command is not implemented)
    life: ValueLife = "value"
    #: False: setting its key through st.session_state raises, as in Streamlit.
    writable: bool = True
    #: Its callback parameter (None: it has none).
    callback: str | None = "on_change"
    #: May it sit in a form with a callback (only form_submit_button may).
    callback_in_form: bool = False
    #: With a user key: True, no other parameter counts for identity; a tuple: only these do.
    key_identity: bool | tuple[str, ...] = True
    #: The parameter holding the label (None: the widget has none).
    label: str | None = "label"
    #: Parameters giving a default value (session state set too warns, as in Streamlit).
    defaults: tuple[str, ...] = ()
    #: A widget only when this keyword is given and not "ignore" (dataframe/chart selections).
    only_if: str | None = None


@dataclass(frozen=True)
class AppTestQuery:
    """Where `streamlit.testing.v1.AppTest` finds the element: `at.<collection>[i]`."""

    cls: str  # the node class in stbundle.runtime_py.testing (same name as Streamlit's)
    collection: str = ""  # defaults to the command's name


@dataclass(frozen=True)
class Renderer:
    """The TypeScript component that paints the element (frontend/src/...)."""

    component: str  # class name
    module: str  # path under frontend/src without extension, e.g. "widgets/button"
    #: Lazy chunks (frontend/src/chunks/<name>.ts) the component may fetch the first time an
    #: element needs one; `bundle build` ships only the chunks of the commands an app uses.
    chunks: tuple[str, ...] = ()
    widget: bool = False  # built with the widget context (it sends values back)
    #: The component's module is a lazy chunk of its own (`component_<module>`), loaded the
    #: first time such an element appears: for commands few apps use, so that the core
    #: renderer every visitor downloads stays small. Only for elements no other command (like
    #: st.write) draws.
    lazy: bool = False

    @property
    def lazy_chunk(self) -> str | None:
        """The chunk a lazy component's module is bundled into."""
        return "component_" + self.module.replace("/", "_") if self.lazy else None

    @property
    def all_chunks(self) -> tuple[str, ...]:
        """Every chunk the component may load: its own (when lazy) and those it fetches."""
        return (*((self.lazy_chunk,) if self.lazy_chunk else ()), *self.chunks)


@dataclass(frozen=True)
class Command:
    """One public name of Streamlit 1.67's `st` module (or of one of its public submodules)."""

    name: str
    #: One line for docs/api-coverage.md: what the command does.
    summary: str
    #: Where its behaviour lives when it is not a DeltaGenerator method: "module:attribute",
    #: or "module:Class()" for an object the api module creates (st.session_state).
    impl: str | None = None
    #: Not implemented yet: the reason, shown in the coverage doc; calling it raises
    #: "st.X is not supported by stbundle yet" at the user's line.
    not_yet: str | None = None
    #: The proto case that draws it: "element:<Element oneof case>" or "block:<Block case>".
    proto: str | None = None
    widget: Widget | None = None
    apptest: AppTestQuery | None = None
    renderer: Renderer | None = None
    #: Parameters accepted but not honoured yet, each with its reason: using one warns once per
    #: session, visibly in the page, and lint flags it.
    not_honoured: dict[str, str] = field(default_factory=dict)
    #: Returns a container (`with` target) or a sequence of containers (columns, tabs).
    container: Literal["one", "sequence"] | None = None
    #: Draws nothing (state, caching, control, config): not an element of a fragment.
    draws: bool = True
    #: Lazy chunks its output needs when no Renderer of its own draws it (a block, the page's
    #: chrome): `bundle build` ships them only to apps that call the command.
    chunks: tuple[str, ...] = ()

    @property
    def supported(self) -> bool:
        return self.not_yet is None
