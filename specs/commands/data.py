"""Tables and data: dataframes, tables, the data editor."""

from __future__ import annotations

from stbundle.specs.model import Command, Widget

_DATA_ISSUE = "planned with the data and charts issue (columnar wire, virtualised grid)"
_SELECTION = Widget(writable=False, callback="on_select", label=None, only_if="on_select")

SPECS = [
    Command(
        "dataframe",
        "An interactive, sortable table of a dataframe-like object.",
        not_yet=_DATA_ISSUE,
        widget=_SELECTION,
    ),
    Command("table", "A static table.", not_yet=_DATA_ISSUE),
    Command(
        "data_editor",
        "An editable table whose edits return to the script.",
        not_yet=_DATA_ISSUE,
        widget=Widget(writable=False, label=None),
    ),
]
