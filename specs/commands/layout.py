"""Containers and layout."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery as Q
from stbundle.specs.model import Command, Widget
from stbundle.specs.model import Renderer as R

SPECS = [
    Command(
        "container",
        "A group of elements (border, height, horizontal layout).",
        proto="block:vertical",
        container="one",
    ),
    Command(
        "columns",
        "Side-by-side columns.",
        proto="block:horizontal",
        container="sequence",
    ),
    Command(
        "tabs",
        "Tabs; each is a container.",
        proto="block:tab_container",
        container="sequence",
        # A widget too when on_change is "rerun" or a callable: the selected tab's label.
        widget=Widget(wire=("string_value",), key_identity=False, label=None, only_if="on_change"),
    ),
    Command(
        "expander",
        "A collapsible container.",
        proto="block:expander",
        container="one",
        # A widget too when on_change is "rerun" or a callable: its open state.
        widget=Widget(wire=("bool_value",), key_identity=False, only_if="on_change"),
    ),
    Command(
        "form",
        "Batches its widgets until its submit button is pressed.",
        proto="block:form",
        container="one",
    ),
    Command(
        "empty",
        "A single-element slot that can be replaced or cleared.",
        proto="element:empty",
        renderer=R("EmptyEl", "elements/misc"),
        container="one",
    ),
    Command(
        "sidebar",
        "The sidebar (a container).",
        container="one",
        impl="stbundle.runtime_py.delta_generator:sidebar_dg",
    ),
    Command(
        "popover",
        "A button that opens a floating container.",
        proto="block:popover",
        container="one",
        # A widget too when on_change is "rerun" or a callable: its open state.
        widget=Widget(wire=("bool_value",), key_identity=False, only_if="on_change"),
    ),
    Command(
        "dialog",
        "Decorates a function whose body runs in a modal dialog.",
        impl="stbundle.runtime_py.elements.dialog:dialog",
        proto="block:dialog",
        draws=False,
        chunks=("dialog",),
    ),
    Command(
        "bottom",
        "The container pinned to the bottom of the page.",
        impl="stbundle.runtime_py.bottom:BottomContainer()",
        container="one",
    ),
    Command(
        "grid",
        "A responsive grid; its direct children become cells.",
        proto="block:grid",
        container="one",
        chunks=("grid_layout",),
    ),
    Command(
        "space",
        "Vertical or horizontal space.",
        proto="element:space",
        apptest=Q("Space"),
        renderer=R("SpaceEl", "elements/space"),
    ),
    Command(
        "iframe",
        "An embedded page or HTML in a sandboxed iframe.",
        proto="element:iframe",
        renderer=R("IFrameEl", "elements/iframe"),
    ),
]
