"""The typed tree a test queries, built from the page the runtime's messages describe.

The runtime's own ElementTree (runtime_py/element_tree.py) is what a browser would show; this
wraps each of its nodes in the class `streamlit.testing.v1` would use (Button, Markdown, Column,
...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.element_tree import ElementTree as Page
from stbundle.runtime_py.element_tree import Node as PageNode
from stbundle.runtime_py.testing import elements as el
from stbundle.runtime_py.testing import widget_values as wv
from stbundle.runtime_py.testing import widgets as w
from stbundle.runtime_py.testing.blocks import (
    Block,
    ChatMessage,
    Column,
    Expander,
    Grid,
    Node,
    Popover,
    Status,
    Tab,
)
from stbundle.runtime_py.testing.queries import NODE_CLASSES
from stbundle.runtime_py.uploads import UploadStore

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.app_test import AppTest

_HEADINGS: dict[str, type[el.Element]] = {"h1": el.Title, "h2": el.Header, "h3": el.Subheader}
_MARKDOWN: dict[int, type[el.Element]] = {
    pb.Markdown.NATIVE: el.Markdown,
    pb.Markdown.CAPTION: el.Caption,
    pb.Markdown.LATEX: el.Latex,
    pb.Markdown.DIVIDER: el.Divider,
}
_ALERTS: dict[int, type[el.Element]] = {
    pb.Alert.ERROR: el.Error,
    pb.Alert.WARNING: el.Warning,
    pb.Alert.INFO: el.Info,
    pb.Alert.SUCCESS: el.Success,
}
# Beyond the generated NODE_CLASSES: a spinner still in the page (AppTest has no collection).
_SIMPLE: dict[str, type[el.Element]] = {**NODE_CLASSES, "spinner": el.Spinner}
_ROOT_NAMES = {
    pb.RootContainer.MAIN: "main",
    pb.RootContainer.SIDEBAR: "sidebar",
    pb.RootContainer.EVENT: "event",
    pb.RootContainer.BOTTOM: "bottom",
}


class ElementTree(Block):
    """The whole app: main, sidebar and event area; widgets read their values through it."""

    def __init__(self, runner: AppTest) -> None:
        super().__init__(None, self, "root")
        self._runner = runner
        for index, name in _ROOT_NAMES.items():
            self.children[index] = Block(None, self, name)

    @property
    def main(self) -> Block:
        block = self.children[pb.RootContainer.MAIN]
        assert isinstance(block, Block)
        return block

    @property
    def sidebar(self) -> Block:
        block = self.children[pb.RootContainer.SIDEBAR]
        assert isinstance(block, Block)
        return block

    # -- what widgets ask of the running app ---------------------------------------------------
    def state_value(self, widget_id: str) -> Any:
        return self._runner._state[widget_id]

    def upload_store(self) -> UploadStore:
        """The session's uploaded files, where staged files go before a run."""
        session = self._runner._session
        assert session is not None, "run() the app before staging files"
        return session.uploads

    def button_value(self, widget_id: str) -> bool:
        return bool(self._runner._button_values.get(widget_id, False))

    def trigger_value(self, widget_id: str) -> Any:
        """A trigger's value as the last run saw it (it is reset once the run ends)."""
        return self._runner._button_values.get(widget_id)

    def option_at(self, widget_id: str, kind: str, *, is_range: bool = False) -> wv.OptionAt | None:
        meta = self._runner._state.widget_metadata(widget_id)
        if meta is None:
            return None
        return wv.option_finder(kind, meta.deserialize, is_range=is_range)

    def widget_reads(self, widget_id: str, state: pb.WidgetState) -> Any:
        """What the widget's script would get from `state` (None: the widget is gone)."""
        meta = self._runner._state.widget_metadata(widget_id)
        return None if meta is None else meta.deserialize(state)

    def default_value(self, widget_id: str) -> Any:
        meta = self._runner._state.widget_metadata(widget_id)
        return None if meta is None else meta.deserialize(None)

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self._runner.run(timeout=timeout)

    # -- the next rerun request ----------------------------------------------------------------
    def widgets(self) -> list[w.Widget]:
        return [n for n in self if isinstance(n, w.Widget)]

    def widget_states(self, cleared_forms: set[str]) -> pb.WidgetStates:
        """Every widget's value as the browser would send it with the next rerun.

        A form's widgets send their committed value unless the form's submit button was
        clicked; after a clear_on_submit submit, the next submit sends the defaults of the
        widgets the test has not changed again (Streamlit's AppTest does the same).
        """
        submitted = submitted_forms(self)
        clears = form_clears(self)
        states = pb.WidgetStates()
        for widget in self.widgets():
            try:
                states.widgets.append(self._state_to_send(widget, submitted, clears, cleared_forms))
            except KeyError:
                continue  # the runtime no longer knows the widget: the browser drops it too
        return states

    def _state_to_send(
        self,
        widget: w.Widget,
        submitted: set[str],
        clears: dict[str, bool],
        cleared_forms: set[str],
    ) -> pb.WidgetState:
        form_id = widget.form_id
        if (
            form_id
            and form_id in submitted
            and form_id in cleared_forms
            and clears.get(form_id)
            and not isinstance(widget, w.Button)
            and not widget.has_pending_value
        ):
            return widget._serialize(self.default_value(widget.id))
        if form_id and form_id not in submitted and not isinstance(widget, w.Button):
            return widget._serialize(self.state_value(widget.id))
        return widget._widget_state


def submitted_forms(tree: ElementTree) -> set[str]:
    """Forms whose submit button the test clicked for the next run."""
    return {n.form_id for n in tree if isinstance(n, w.Button) and n.form_id and n._value}


def form_clears(tree: ElementTree) -> dict[str, bool]:
    return {
        str(n.proto.form_id): bool(n.proto.clear_on_submit)
        for n in tree
        if isinstance(n, Block) and n.type == "form"
    }


def build_tree(runner: AppTest, page: Page) -> ElementTree:
    """Wrap the runtime's page in AppTest's node classes."""
    tree = ElementTree(runner)
    for index in _ROOT_NAMES:
        block = tree.children[index]
        assert isinstance(block, Block)
        _fill(block, page.roots[index], tree)
    return tree


def _fill(block: Block, node: PageNode, tree: ElementTree) -> None:
    for index, child in enumerate(node.children):
        if child is None:
            continue
        wrapped = _wrap(child, tree)
        block.children[index] = wrapped
        if isinstance(wrapped, Block):
            _fill(wrapped, child, tree)


def _wrap(node: PageNode, tree: ElementTree) -> Node:
    if node.block is not None:
        return _wrap_block(node.block, tree)
    assert node.element is not None
    kind = node.kind
    proto = getattr(node.element, kind)
    cls: type[el.Element] | None
    if kind == "heading":
        cls = _HEADINGS.get(proto.tag)
    elif kind == "markdown":
        cls = _MARKDOWN.get(proto.kind)
    elif kind == "alert":
        cls = _ALERTS.get(proto.format)
    elif kind == "checkbox":
        cls = w.Toggle if proto.style == pb.Checkbox.TOGGLE else w.Checkbox
    elif kind == "slider":
        cls = w.SelectSlider if proto.is_select_slider else w.Slider
    else:
        cls = _SIMPLE.get(kind)
    if cls is None:
        return el.UnknownElement(proto, tree, kind)
    return cls(proto, tree)


_BLOCKS: dict[str, Callable[[Any, ElementTree], Block]] = {
    "vertical": lambda p, t: Block(p, t, "flex_container"),
    "horizontal": lambda p, t: Block(p, t, "flex_container"),
    "column": lambda p, t: Column(p, t, "column"),
    "tab_container": lambda p, t: Block(p, t, "tab_container"),
    "tab": lambda p, t: Tab(p, t, "tab"),
    # st.status is an expander with a state, as in Streamlit's AppTest.
    "expander": lambda p, t: Status(p, t, "status") if p.state else Expander(p, t, "expander"),
    "form": lambda p, t: Block(p, t, "form"),
    "popover": lambda p, t: Popover(p, t, "popover"),
    # grid.cell(): a vertical flex container in Streamlit's AppTest too.
    "grid_cell": lambda p, t: Block(p, t, "flex_container"),
    "chat_message": lambda p, t: ChatMessage(p, t),
}


def _wrap_block(block: pb.Block, tree: ElementTree) -> Block:
    kind = block.WhichOneof("type") or "vertical"
    if kind == "grid":  # its width and height are the block's, as in Streamlit's AppTest
        return Grid(block.grid, tree, block.layout)
    make = _BLOCKS.get(kind)
    proto = getattr(block, kind)
    return make(proto, tree) if make else Block(proto, tree, kind)
