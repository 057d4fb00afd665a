"""st.data_editor's edit state and its values, without pandas.

The page reports edits as Streamlit's JSON: ``{"edited_rows": {"<row>": {"<column>": value}},
"added_rows": [{"<column>": value}], "deleted_rows": [<row>]}`` (rows are positions in the input,
"_index" names the index). Anything malformed or out of range is dropped here, so a tampered or
stale page cannot break a run; a value of the wrong type becomes None when parsed, as in
Streamlit 1.67 (it logs and stores nothing of it).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import logging
import math
from collections.abc import Iterable, Mapping
from typing import Any

INDEX = "_index"  # the index column's name in edit states and column configs (Streamlit's)

_LOG = logging.getLogger(__name__)


class DataEditorState(dict[str, Any]):
    """The edit state st.session_state[key] holds: a dict whose keys read as attributes too
    (``state.edited_rows``), read-only at the top level as Streamlit's."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError("The data editor state is read-only.")

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError("The data editor state is read-only.")


def empty_state() -> DataEditorState:
    return DataEditorState(edited_rows={}, added_rows=[], deleted_rows=[])


def _row(value: object, rows: int) -> int | None:
    """A row position sent as an int or its text; None when it is not one of the input's."""
    if isinstance(value, bool):
        return None
    try:
        row = int(value) if isinstance(value, (int, str)) else None
    except ValueError:
        return None
    return row if row is not None and 0 <= row < rows else None


def state_from_json(text: str, rows: int, columns: Iterable[str]) -> DataEditorState:
    """The edit state a page sent, keeping only well-formed entries for existing cells."""
    try:
        sent = json.loads(text)
    except ValueError:
        return empty_state()
    return clean_state(sent, rows, columns) if isinstance(sent, Mapping) else empty_state()


def clean_state(sent: Mapping[str, Any], rows: int, columns: Iterable[str]) -> DataEditorState:
    """Edits to rows and columns that exist; added rows as dicts of known columns."""
    names = set(columns) | {INDEX}
    edited: dict[int, dict[str, Any]] = {}
    raw_edited = sent.get("edited_rows")
    for key, changes in raw_edited.items() if isinstance(raw_edited, Mapping) else ():
        row = _row(key, rows)
        if row is not None and isinstance(changes, Mapping):
            kept = {str(c): v for c, v in changes.items() if str(c) in names}
            if kept:
                edited.setdefault(row, {}).update(kept)
    raw_added = sent.get("added_rows")
    added = [
        {str(c): v for c, v in item.items() if str(c) in names}
        for item in (raw_added if isinstance(raw_added, list) else ())
        if isinstance(item, Mapping)
    ]
    raw_deleted = sent.get("deleted_rows")
    deleted: list[int] = []
    for item in raw_deleted if isinstance(raw_deleted, list) else ():
        row = _row(item, rows) if isinstance(item, int) else None
        if row is not None and row not in deleted:
            deleted.append(row)
    return DataEditorState(edited_rows=edited, added_rows=added, deleted_rows=deleted)


# -- data kinds (Streamlit's ColumnDataKind names) ------------------------------------------------

_PYTHON_KINDS: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("boolean", bool),
    ("integer", int),
    ("float", float),
    ("string", str),
    ("datetime", dt.datetime),
    ("date", dt.date),
    ("time", dt.time),
    ("timedelta", dt.timedelta),
    ("decimal", decimal.Decimal),
    ("list", (list, tuple)),
    ("dict", dict),
    ("bytes", (bytes, bytearray)),
    ("complex", complex),
)

#: Kinds the page can edit; the others (dict, bytes, complex, mixed) are shown read-only.
EDITABLE_KINDS = frozenset(
    {
        "list",
        "integer",
        "float",
        "boolean",
        "string",
        "datetime",
        "date",
        "time",
        "timedelta",
        "decimal",
        "empty",
    }
)


def is_null(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _kind_of(value: object) -> str:
    for kind, types in _PYTHON_KINDS:
        if isinstance(value, types):
            return kind
    return "unknown"


def kind_of_values(values: Iterable[Any]) -> str:
    """The data kind of a column of Python values, as Streamlit derives it from the Arrow type
    pandas gives them: ints with floats are float, no values at all is "empty", a mix of other
    kinds is "unknown" (such a column is shown as text and cannot be edited)."""
    kinds = {_kind_of(v) for v in values if not is_null(v)}
    if not kinds:
        return "empty"
    if kinds <= {"integer", "float"}:
        return "float" if "float" in kinds else "integer"
    return next(iter(kinds)) if len(kinds) == 1 else "unknown"


# -- column types the app configured, against the data (Streamlit's compatibility table) -------

_COMPATIBLE: dict[str, frozenset[str]] = {
    "text": frozenset({"string", "empty"}),
    "number": frozenset({"integer", "float", "decimal", "string", "timedelta", "empty"}),
    "checkbox": frozenset({"boolean", "string", "integer", "empty"}),
    "selectbox": frozenset({"string", "boolean", "integer", "float", "empty"}),
    "date": frozenset({"date", "datetime", "empty"}),
    "time": frozenset({"time", "datetime", "empty"}),
    "datetime": frozenset({"datetime", "date", "time", "empty"}),
    "link": frozenset({"string", "empty"}),
    "list": frozenset({"list", "string", "empty"}),
    "multiselect": frozenset({"list", "string", "empty"}),
}


def check_compatible(config: Mapping[str, Any], kinds: Mapping[str, str]) -> None:
    """Streamlit's error when an editable column is configured with a type its data cannot be
    edited as (a number column over text is fine; a checkbox over dates is not)."""
    from stbundle.runtime_py.errors import StreamlitAPIException

    for name, kind in kinds.items():
        cfg = config.get(name)
        if not isinstance(cfg, Mapping) or cfg.get("disabled") is True:
            continue
        type_config = cfg.get("type_config")
        column_type = type_config.get("type") if isinstance(type_config, Mapping) else None
        if column_type in _COMPATIBLE and kind not in _COMPATIBLE[column_type]:
            raise StreamlitAPIException(
                f"The configured column type `{column_type}` for column `{name}` is not "
                f"compatible for editing the underlying data type `{kind}`.\n\nYou have "
                "following options to fix this: 1) choose a compatible type 2) disable the "
                "column 3) convert the column into a compatible data type."
            )


# -- values as the page sends them, parsed for a column's kind -----------------------------------


def _temporal(value: object, kind: str) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        moment = dt.datetime.fromtimestamp(value / 1000 if value > 1e11 else value, dt.UTC)
        moment = moment.replace(tzinfo=None)
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            moment = dt.datetime.combine(_EPOCH_DAY, dt.time.fromisoformat(text))
    if kind == "date":
        return moment.date()
    if kind == "time":
        return moment.time()
    return moment


_EPOCH_DAY = dt.date(1970, 1, 1)


def parse_value(value: Any, kind: str) -> Any:
    """A value the page sent, as the column's kind holds it (Streamlit's conversions without
    pandas); None when it cannot be one (the edit is not stored, as Streamlit logs and skips).
    Raises ValueError for a non-finite duration, which skips the whole edit."""
    if value is None:
        return None
    if kind == "timedelta" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError("Duration seconds must be finite.")
        return dt.timedelta(seconds=value)
    try:
        if kind == "list":
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if kind == "empty":
            return list(value) if isinstance(value, (list, tuple)) else value
        if kind == "string":
            return str(value)
        if isinstance(value, (list, dict)):
            raise TypeError("List values are only supported by list, string and empty columns.")
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            return decimal.Decimal(str(value))
        if kind == "timedelta":
            return _duration(str(value))
        if kind in ("datetime", "date", "time"):
            return _temporal(value, kind)
    except (ValueError, TypeError, OverflowError, decimal.InvalidOperation):
        _LOG.warning("Failed to parse value %r as %s.", value, kind)
        return None
    return value


def _duration(text: str) -> dt.timedelta:
    """A duration as pandas reads a text one ("1 days 02:00:00", "90s", "01:30:00")."""
    days = 0
    rest = text.strip()
    if "day" in rest:
        head, _, rest = rest.partition("day")
        days = int(head.strip())
        rest = rest.lstrip("s").strip(" ,")
    if not rest:
        return dt.timedelta(days=days)
    if rest.endswith("s") and rest[:-1].replace(".", "", 1).lstrip("-").isdigit():
        return dt.timedelta(days=days, seconds=float(rest[:-1]))
    parts = [float(p) for p in rest.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    hours, minutes, seconds = parts
    return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
