"""Tables and data: dataframes, tables, the data editor."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery, Command, Renderer, Widget

_SELECTION = Widget(
    wire=("string_value",), writable=False, callback="on_select", label=None, only_if="on_select"
)

SPECS = [
    Command(
        "dataframe",
        "An interactive, sortable table of a dataframe-like object. Every st.column_config "
        "column type is drawn (links, images, progress bars, sparklines, tags, checkboxes, "
        "date/time formats, pinned columns); markdown cells show inline markdown only (bold, "
        "italics, strikethrough, code, links) and ButtonColumn(on_click=) is refused.",
        proto="element:dataframe",
        widget=_SELECTION,
        apptest=AppTestQuery("Dataframe"),
        renderer=Renderer("DataframeEl", "elements/dataframe", widget=True, chunks=("grid",)),
    ),
    Command(
        "table",
        "A static table.",
        proto="element:table",
        apptest=AppTestQuery("Table"),
        renderer=Renderer("TableEl", "elements/table", chunks=("grid",)),
    ),
    Command(
        "data_editor",
        "An editable table whose edits return to the script. Text, number, checkbox, select, "
        "list, date/time and link columns are editable; chart, image, JSON, progress, markdown, "
        "audio, video and button columns are read-only (no button clicks, pinned columns or "
        "paste yet).",
        proto="element:dataframe",
        widget=Widget(
            wire=("string_value",),
            writable=False,
            label=None,
            key_identity=("data_signature", "num_rows"),
        ),
        renderer=Renderer("DataframeEl", "elements/dataframe", widget=True, chunks=("grid",)),
    ),
]
