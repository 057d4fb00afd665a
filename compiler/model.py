"""The app model: every fact the single analysis pass records, and its manifest form.

The pass (analysis.py) only records facts; rules, key inference and fragment ownership are
computed from these facts afterwards, so each of them stays a small, separate function of the
model. Positions keep Python's own convention (1-based lines, UTF-8 byte columns as in
``ast``) because the runtime matches them against frame positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.page_decls import PageArgs
from stbundle.compiler.streamlit_api import WIDGETS

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Pos:
    """A source range: 1-based lines, 0-based UTF-8 byte columns (``ast`` convention)."""

    line: int
    col: int
    end_line: int
    end_col: int


class Context:
    """Where a fact sits: the enclosing function, loops, branches, container, form, fragment.

    Contexts are immutable and shared by every fact recorded under them; a new one is made
    only when the pass enters a construct, so recording a fact costs one reference.
    """

    __slots__ = (
        "branches",
        "cached",
        "callback",
        "conditional",
        "container",
        "file",
        "form",
        "fragment",
        "function",
        "gates",
        "handler",
        "loop_ids",
        "loop_vars",
        "scope",
        "tries",
    )

    def __init__(
        self,
        file: str,
        scope: str = "<module>",
        function: str | None = None,
        loop_ids: tuple[int, ...] = (),
        loop_vars: frozenset[str] = frozenset(),
        branches: tuple[tuple[int, int], ...] = (),
        conditional: bool = False,
        gates: tuple[tuple[int, int], ...] = (),
        container: Container | None = None,
        form: str | None = None,
        fragment: str | None = None,
        cached: str | None = None,
        tries: tuple[int, ...] = (),
        handler: bool = False,
        callback: bool = False,
    ) -> None:
        self.file = file
        self.scope = scope
        self.function = function
        self.loop_ids = loop_ids
        self.loop_vars = loop_vars
        self.branches = branches
        self.conditional = conditional
        self.gates = gates
        self.container = container
        self.form = form
        self.fragment = fragment
        self.cached = cached
        self.tries = tries
        self.handler = handler
        self.callback = callback

    def derive(self, **changes: Any) -> Context:
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return Context(**values)

    @property
    def in_loop(self) -> bool:
        return bool(self.loop_ids)

    def exclusive_with(self, other: Context) -> bool:
        """True when the two points lie in different arms of one ``if`` (never both run)."""
        mine = dict(self.branches)
        return any(mine.get(if_id, arm) != arm for if_id, arm in other.branches)


@dataclass(eq=False)
class Container:
    """A container object: from st.columns/tabs/container/expander/form/empty/popover/..."""

    id: int
    kind: str
    root: str  # "main", "sidebar" or "bottom"
    form: str | None
    file: str
    pos: Pos | None
    function: str | None  # the function that created it (None: module level)
    fragment: str | None  # the fragment whose run created it


@dataclass(eq=False)
class CallbackRef:
    """A callback argument (``on_click=...``) as written."""

    param: str
    kind: str  # "name", "lambda", "partial", "call", "other"
    text: str
    pos: Pos
    function: str | None = None  # the function it names, when resolved ("file::qualname")
    callee_returns_callable: bool | None = None  # for kind "call": does the callee return one
    captured_loop_vars: tuple[str, ...] = ()  # lambda free names that are loop variables


@dataclass(eq=False)
class WidgetSite:
    """One widget call site."""

    id: int
    file: str
    pos: Pos
    kind: str
    api: str  # how it was spelt, e.g. "st.sidebar.button"
    label: str | None
    label_dynamic: bool
    key: str | None
    key_dynamic: bool
    ctx: Context
    root: str
    container: Container | None
    form: str | None
    callback: CallbackRef | None
    identity: str  # kind + the identity-relevant arguments, for keyless duplicates
    identity_literal: bool
    identity_varies_in_loop: bool  # identity depends on a name bound inside the loop
    identity_names: frozenset[str]
    has_default: bool
    options_dynamic: bool
    persist_state: bool
    args_widgets: tuple[tuple[str, Pos], ...]  # widget values passed through args=/kwargs=
    nondeterministic_key: str | None
    site_key: str = ""
    repeats: str | None = None  # "loop" or "helper": may be drawn more than once per run
    fragment: str | None = None  # owning fragment (lexical or through a helper)

    @property
    def is_trigger(self) -> bool:
        return WIDGETS[self.kind].trigger


@dataclass(eq=False)
class StCall:
    """A call to any other streamlit command (elements, st.rerun, st.stop, ...)."""

    file: str
    pos: Pos
    name: str  # the command path after ``streamlit.``, e.g. "rerun", "cache_data.clear"
    ctx: Context
    root: str
    container: Container | None
    is_element: bool
    scope_arg: str | None = None  # st.rerun(scope=...) when literal
    has_args: bool = False
    # st.switch_page / st.page_link: the page they name, when it is a literal string.
    page_arg: str | None = None


@dataclass(eq=False)
class PageSite:
    """A page declaration: an ``st.Page(...)`` call or a bare entry of ``st.navigation``."""

    file: str
    pos: Pos
    ctx: Context
    args: PageArgs
    # The st.navigation call it is written in ("file:line:col"); None when declared apart.
    menu: str | None = None


@dataclass(eq=False)
class StateOp:
    """A session_state access: read, write, delete, guard (``in``/``.get``)."""

    file: str
    pos: Pos
    op: str  # "read", "write", "delete", "guard"
    key: str | None  # None: not a literal key
    ctx: Context
    value_class: str | None = None  # for writes of ``SomeClass(...)``: the class id


@dataclass(eq=False)
class Param:
    name: str
    annotation: str | None  # resolved dotted name, or "file::Class" for app classes
    pos: Pos


@dataclass(eq=False)
class FunctionInfo:
    """A function definition with what matters to the rules."""

    id: str  # "file::qualname"
    file: str
    name: str
    qualname: str
    pos: Pos
    ctx: Context  # where it is defined
    params: list[Param] = field(default_factory=list)
    decorators: list[str] = field(default_factory=list)  # resolved, e.g. "streamlit.fragment"
    decorator_pos: list[Pos] = field(default_factory=list)
    fragment: bool = False
    fragment_parallel: bool = False
    fragment_run_every: str | None = None
    fragment_key: str | None = None
    cache: str | None = None  # "data" or "resource"
    hash_funcs: bool = False
    dialog: bool = False
    returns_value: bool = False
    returns_callable: bool = False
    global_reads: dict[str, Pos] = field(default_factory=dict)


@dataclass(eq=False)
class LocalCall:
    """A call of a function defined in the app (or a local module)."""

    file: str
    pos: Pos
    callee: str  # function id
    ctx: Context
    result_used: bool


@dataclass(eq=False)
class FormInfo:
    id: str
    key: str | None
    file: str
    pos: Pos
    ctx: Context
    parent_form: str | None
    has_submit: bool = False
    opaque: bool = False  # something we cannot see into may add the submit button


@dataclass(eq=False)
class ImportInfo:
    module: str  # full dotted name as written (relative imports keep their dots)
    top: str  # top-level package name
    file: str
    line: int
    col: int
    kind: str  # "stdlib", "local", "third_party"
    conditional: bool  # inside try/if/function: optional import


@dataclass(eq=False)
class LoopInfo:
    id: int
    file: str
    pos: Pos
    while_true: bool
    ctx: Context
    sleeps: list[Pos] = field(default_factory=list)
    outputs: bool = False


@dataclass(eq=False)
class TryInfo:
    id: int
    file: str
    pos: Pos
    broad_handlers: list[tuple[Pos, bool]] = field(default_factory=list)  # (pos, re-raises)
    enders: list[StCall] = field(default_factory=list)


@dataclass(eq=False)
class Fact:
    """A small finding the pass makes while the syntax is at hand (rule input)."""

    kind: str
    file: str
    pos: Pos
    detail: str = ""
    ctx: Context | None = None
    extra: tuple[str, ...] = ()


@dataclass(eq=False)
class ClassInfo:
    id: str
    file: str
    name: str
    pos: Pos
    in_script: bool  # defined in a script that reruns (not an imported module)


@dataclass(eq=False)
class ModuleInfo:
    """One analysed file."""

    path: Path
    rel: str  # relative to the app directory, '/'-separated
    name: str  # dotted module name ("app", "pages.home", "utils.db")
    role: str  # "script" (run top to bottom on every rerun) or "module" (imported once)
    source: str
    lines: list[str]


@dataclass(eq=False)
class AppModel:
    """Everything the single pass learned about an app and its local modules."""

    root: Path
    entries: list[str]
    modules: dict[str, ModuleInfo] = field(default_factory=dict)
    widgets: list[WidgetSite] = field(default_factory=list)
    calls: list[StCall] = field(default_factory=list)
    state_ops: list[StateOp] = field(default_factory=list)
    pages: list[PageSite] = field(default_factory=list)
    functions: dict[str, FunctionInfo] = field(default_factory=dict)
    local_calls: list[LocalCall] = field(default_factory=list)
    callbacks: list[tuple[CallbackRef, WidgetSite]] = field(default_factory=list)
    forms: dict[str, FormInfo] = field(default_factory=dict)
    containers: list[Container] = field(default_factory=list)
    imports: list[ImportInfo] = field(default_factory=list)
    loops: dict[int, LoopInfo] = field(default_factory=dict)
    tries: dict[int, TryInfo] = field(default_factory=dict)
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    external_calls: list[tuple[str, str, Pos, Context]] = field(default_factory=list)
    module_widget_names: dict[str, dict[str, WidgetSite]] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)  # unreadable / unparsable files
    diagnostics: list[Diagnostic] = field(default_factory=list)  # filled by the lint rules
    fragments: list[dict[str, Any]] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # derived data shared by rules

    def callback_functions(self) -> dict[str, list[CallbackRef]]:
        """Function ids used as widget callbacks, with the references that use them."""
        used: dict[str, list[CallbackRef]] = {}
        for ref, _site in self.callbacks:
            if ref.function is not None:
                used.setdefault(ref.function, []).append(ref)
        return used

    def dependencies(self) -> list[str]:
        """Third-party top-level packages the app imports (for ``bundle build``)."""
        return sorted({i.top for i in self.imports if i.kind == "third_party"})

    def to_manifest(self) -> dict[str, Any]:
        """The JSON-serialisable manifest used by lint, build and the runtime."""

        def widget(w: WidgetSite) -> dict[str, Any]:
            return {
                "file": w.file,
                "line": w.pos.line,
                "col": w.pos.col,
                "end_line": w.pos.end_line,
                "end_col": w.pos.end_col,
                "kind": w.kind,
                "api": w.api,
                "label": w.label,
                "label_dynamic": w.label_dynamic,
                "key": w.key,
                "key_dynamic": w.key_dynamic,
                "site_key": w.site_key,
                "scope": w.ctx.scope,
                "root": w.root,
                "form": w.form,
                "fragment": w.fragment,
                "in_loop": w.ctx.in_loop,
                "conditional": w.ctx.conditional,
                "callback": w.callback.text if w.callback else None,
                "repeats": w.repeats,
                "identity": "site" if w.repeats and w.key is None else "streamlit",
            }

        def function(f: FunctionInfo) -> dict[str, Any]:
            return {
                "name": f.qualname,
                "file": f.file,
                "line": f.pos.line,
                "col": f.pos.col,
                "cache": f.cache,
            }

        return {
            "version": MANIFEST_VERSION,
            "entries": list(self.entries),
            "modules": [
                {"file": m.rel, "module": m.name, "role": m.role} for m in self.modules.values()
            ],
            "widgets": [widget(w) for w in self.widgets],
            "fragments": self.fragments,
            "cached_functions": [function(f) for f in self.functions.values() if f.cache],
            "forms": [
                {
                    "id": f.id,
                    "key": f.key,
                    "file": f.file,
                    "line": f.pos.line,
                    "col": f.pos.col,
                    "has_submit": f.has_submit,
                }
                for f in self.forms.values()
            ],
            "session_state": [
                {"op": s.op, "key": s.key, "file": s.file, "line": s.pos.line, "col": s.pos.col}
                for s in self.state_ops
            ],
            "imports": [
                {
                    "module": i.module,
                    "top": i.top,
                    "file": i.file,
                    "line": i.line,
                    "col": i.col,
                    "kind": i.kind,
                    "conditional": i.conditional,
                }
                for i in self.imports
            ],
            "dependencies": self.dependencies(),
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }
