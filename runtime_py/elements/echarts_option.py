"""An ECharts option on its way to the page, checked and converted as Streamlit 1.67 does it.

The option may come as a mapping, JSON text or a pyecharts chart (anything with
`dump_options()`, found by duck typing so pyecharts is never imported). It must be plain JSON:
JavaScript callbacks, NaN, NumPy scalars or datetimes outside a dataset are refused with an
error naming the first offending value, and features core ECharts cannot draw without extra
code (GL series and components, extension series, custom series, maps) are refused before the
page would draw an empty chart. A dataframe-like `dataset.source` leaves the option and travels
beside it as a named column table (ChartDataset), the option's source becoming `{"name": ...}`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.charts.kinds import is_missing
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitDataframeConversionError,
    StreamlitInvalidParameterTypeError,
)

_LOGGER = logging.getLogger(__name__)

#: Series drawn by the ECharts GL extension, which is not bundled (ECharts draws nothing).
GL_SERIES = frozenset(
    {
        "bar3D",
        "flowGL",
        "globe",
        "graphGL",
        "line3D",
        "lines3D",
        "linesGL",
        "map3D",
        "polygons3D",
        "scatter3D",
        "scatterGL",
        "surface",
    }
)
#: Top-level components of the same extension.
GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
#: Series of other extensions, and the package each needs.
EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}

_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_JSCODE_MARK = "--x_x--"  # pyecharts' JsCode wrapping: --x_x--<code>--x_x--

#: The named number formats a tooltip valueFormatter may be (st.metric's).
NAMED_NUMBER_FORMATS = frozenset(
    {
        "plain",
        "localized",
        "dollar",
        "euro",
        "yen",
        "percent",
        "compact",
        "scientific",
        "engineering",
        "accounting",
        "bytes",
    }
)
# A printf format, token by token: text, "%%", or one placeholder.
_PRINTF_TOKEN = re.compile(
    r"[^%]+|%%|(?P<placeholder>%(?:[1-9][0-9]*\$|\([^)]+\))?\+?(?:0|'[^$])?-?"
    r"[,_]?[0-9]*(?:\.[0-9]+)?[b-gijostTuvxX])"
)


def js_callback_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or "
        "`JsCode`), which `st.echarts_chart` does not support. Only JSON-compatible option "
        "objects are supported. Use ECharts string-template formatters instead of JavaScript "
        "functions."
    )


def _structure_error(key: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The provided ECharts spec has a `{key}` value that is not a list. "
        "`st.echarts_chart` only supports JSON-compatible option objects."
    )


def _is_jscode(value: Any) -> bool:
    """A pyecharts JsCode value somewhere in `value` (a label merely mentioning it is text)."""
    if isinstance(value, str):
        text = value.strip()
        return (
            len(text) > 2 * len(_JSCODE_MARK)
            and text.startswith(_JSCODE_MARK)
            and text.endswith(_JSCODE_MARK)
        )
    if isinstance(value, dict):
        return any(_is_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_is_jscode(v) for v in value)
    return False


def parse_json_option(text: str) -> Any:
    """JSON text as an option; text that fails where a JS function starts is a callback."""
    try:
        option = json.loads(text)
    except ValueError as err:
        rest = text[err.pos :] if isinstance(err, json.JSONDecodeError) else text
        if _JS_FUNCTION.search(rest) or "=>" in rest:
            raise js_callback_error() from err
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        ) from err
    if _is_jscode(option):
        raise js_callback_error()
    return option


def _list_entries(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise _structure_error(key)
    return list(value)


def _media_options(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in _list_entries(option.get("media"), "media"):
        if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
            yield entry["option"]


def option_variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option and the options it holds: media overrides, a timeline's base and ticks."""
    yield option
    yield from _media_options(option)
    base = option.get("baseOption")
    if isinstance(base, dict):
        yield base
        yield from _media_options(base)
    for tick in _list_entries(option.get("options"), "options"):
        if isinstance(tick, dict):
            yield tick
            yield from _media_options(tick)


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    """One dict, or the dicts of a list (ECharts takes either for series, tooltip, ...)."""
    if isinstance(value, dict):
        yield value
    elif isinstance(value, (list, tuple)):
        yield from (v for v in value if isinstance(v, dict))


def all_series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in option_variants(option):
        yield from _dicts(variant.get("series"))


def author_description(option: dict[str, Any]) -> str | None:
    """A non-blank aria.label.description the option sets itself."""
    for variant in option_variants(option):
        aria = variant.get("aria")
        label = aria.get("label") if isinstance(aria, dict) else None
        text = label.get("description") if isinstance(label, dict) else None
        if isinstance(text, str) and text.strip():
            return text
    return None


def enables_selection(option: dict[str, Any]) -> bool:
    """Whether ECharts can report a selection: a series' selectedMode, or a brush."""
    for variant in option_variants(option):
        if "brush" in variant:
            return True
        toolbox = variant.get("toolbox")
        for entry in toolbox if isinstance(toolbox, (list, tuple)) else [toolbox]:
            feature = entry.get("feature") if isinstance(entry, dict) else None
            if isinstance(feature, dict) and "brush" in feature:
                return True
    return any(series.get("selectedMode") for series in all_series(option))


def check_drawable(option: dict[str, Any]) -> None:
    """Refuse what core ECharts draws empty or fails on (GL, extensions, custom, maps)."""
    uses_geo = any("geo" in v for v in option_variants(option)) or any(
        s.get("coordinateSystem") == "geo" for s in all_series(option)
    )
    gl = sorted(c for v in option_variants(option) for c in GL_COMPONENTS & v.keys())
    if gl:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{gl[0]}` component, which requires the "
            "ECharts GL extension. `st.echarts_chart` does not support 3D or WebGL charts."
        )
    for series in all_series(option):
        kind = series.get("type")
        if kind in GL_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                "ECharts GL extension. `st.echarts_chart` does not support 3D or WebGL charts."
            )
        if isinstance(kind, str) and kind in EXTENSION_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                f"`{EXTENSION_SERIES[kind]}` extension. `st.echarts_chart` bundles only core "
                "ECharts, so this chart would render empty."
            )
        if kind == "map":
            uses_geo = True
        if kind == "custom":
            raise StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires a JavaScript "
                "`renderItem` callback. `st.echarts_chart` only supports JSON-compatible option "
                "objects, so custom series are not supported."
            )
    if uses_geo:
        raise StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which requires "
            "registering GeoJSON map data. `st.echarts_chart` does not support map charts."
        )


def is_number_format(value: Any) -> bool:
    """A named number format, or printf text with at least one placeholder."""
    if not isinstance(value, str):
        return False
    if value in NAMED_NUMBER_FORMATS:
        return True
    placeholder, at = False, 0
    while at < len(value):
        token = _PRINTF_TOKEN.match(value, at)
        if token is None:
            return False
        placeholder = placeholder or token["placeholder"] is not None
        at = token.end()
    return placeholder


def warn_value_formatters(option: dict[str, Any]) -> None:
    """Log tooltip valueFormatters that are not number formats (the page ignores them)."""
    tooltips = [t for v in option_variants(option) for t in _dicts(v.get("tooltip"))]
    tooltips += [t for s in all_series(option) for t in _dicts(s.get("tooltip"))]
    for tooltip in tooltips:
        formatter = tooltip.get("valueFormatter")
        if formatter is not None and not is_number_format(formatter):
            _LOGGER.warning(
                "The provided ECharts spec sets a tooltip `valueFormatter` of %r, which is not "
                "a number format, so it is ignored and the default tooltip formatting is used.",
                formatter,
            )


def _is_dataframe_like(value: Any) -> bool:
    from stbundle.runtime_py.elements.write import is_dataframe_like

    return is_dataframe_like(value)


def _copy(value: Any) -> Any:
    """The option's dicts and lists of dicts copied (we rewrite dataset sources), dataframes
    and plain arrays shared with the caller's object."""
    if isinstance(value, dict):
        return {
            k: v if k == "source" and _is_dataframe_like(v) else _copy(v) for k, v in value.items()
        }
    if isinstance(value, (list, tuple)) and any(isinstance(v, dict) for v in value):
        items = [_copy(v) for v in value]
        return items if isinstance(value, list) else tuple(items)
    return value


def dataset_cell(value: Any) -> Any:
    """A dataframe cell as ECharts reads it: numbers, text, booleans, null; datetimes as
    ISO-8601 text (UTC when they have a zone), durations as milliseconds."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (datetime.date, datetime.timedelta)):
        return dataset_cell(value.item())  # a NumPy scalar
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            text = value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat()
            return text + "Z"
        return value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value / datetime.timedelta(milliseconds=1)
    return str(value)


def _source_dataset(source: Any) -> pb.ChartDataset:
    from stbundle.runtime_py.charts.table import to_table

    try:
        table = to_table(source)
        if len(set(map(repr, table.labels))) < len(table.labels):
            raise ValueError(f"Duplicate column names found: {table.labels}")
        fields = [str(c.label) for c in table.columns]
        values = [[dataset_cell(v) for v in c.values] for c in table.columns]
        payload = json.dumps({"fields": fields, "values": values}, separators=(",", ":"))
    except (TypeError, ValueError) as err:
        raise StreamlitDataframeConversionError(
            "The provided ECharts `dataset.source` could not be converted for display. Convert "
            "or drop the columns that cannot be serialized (for example, cast object columns to "
            f"strings, or call `.sparse.to_dense()` on sparse columns).\n\n{err}"
        ) from err
    name = hashlib.md5(payload.encode(), usedforsecurity=False).hexdigest()
    return pb.ChartDataset(name=name, columns=payload)


def _move_sources(option: dict[str, Any], datasets: dict[str, pb.ChartDataset]) -> None:
    for variant in option_variants(option):
        for entry in _dicts(variant.get("dataset")):
            source = entry.get("source")
            if source is not None and _is_dataframe_like(source):
                found = _source_dataset(source)
                datasets.setdefault(found.name, found)
                entry["source"] = {"name": found.name}


def normalize_option(spec: Any) -> tuple[dict[str, Any], list[pb.ChartDataset]]:
    """The option as a plain dict (the caller's object untouched) and its moved datasets."""
    if isinstance(spec, str):
        option = parse_json_option(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = parse_json_option(spec.dump_options())
    else:
        raise StreamlitInvalidParameterTypeError(
            "spec", type(spec).__name__, ["dict", "str", "pyecharts chart"]
        )
    if not isinstance(option, dict):
        raise StreamlitInvalidParameterTypeError(
            "spec",
            type(option).__name__,
            ["dict"],
            detail="An ECharts spec must be a JSON object (mapping).",
        )
    check_drawable(option)
    warn_value_formatters(option)
    datasets: dict[str, pb.ChartDataset] = {}
    _move_sources(option, datasets)
    return option, list(datasets.values())


def _first_unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _first_unserializable(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _first_unserializable(item, f"{path}[{index}]")
            if found:
                return found
        return None
    return path, value


def _describe(value: Any) -> str:
    """What the value is, and how to make it JSON."""
    if isinstance(value, float):
        name = "NaN" if math.isnan(value) else repr(value)
        return f"`{name}`. Use `None` for missing or non-finite numbers"
    cls = type(value)
    module = cls.__module__.split(".")[0]
    type_name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    described = f"a `{type_name}`"
    if module == "numpy" and cls.__name__ != "ndarray":
        return f"{described}. Convert it with `int()`, `float()`, or `bool()`"
    if module == "pandas" and is_missing(value):
        return f"{described}. Use `None` for missing values"
    if isinstance(value, (datetime.date, datetime.time)):
        return f"{described}. Convert it with `.isoformat()`"
    if _is_dataframe_like(value):
        return (
            f"{described}. Only `dataset.source` accepts dataframes and arrays, so pass the "
            "data there"
        )
    if callable(value):
        hint = 'Use an ECharts string template such as `"{b}: {c}"` instead of a callback'
        return f"{described}. {hint}"
    return f"{described}. Convert it to a plain Python value"


def option_json(option: dict[str, Any]) -> str:
    """The option as strict JSON; anything else is an error naming the first bad value."""
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as err:
        try:
            found = _first_unserializable(option, "")
        except RecursionError:
            found = None
        detail = f" `{found[0]}` is {_describe(found[1])}." if found else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} `st.echarts_chart` "
            "only supports JSON-compatible option objects. Pass chart data as a dataframe in "
            "`dataset.source`, which converts datetimes, NumPy values, and missing values "
            "automatically. Values anywhere else (for example `series.data`) must already be "
            "plain Python values such as `int`, `float`, `str`, `None`, lists, and dicts."
        ) from err


_PX = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*px\s*$")


def chart_dimension(value: Any, library_default: str, parameter: str) -> int | str | None:
    """A pyecharts chart's own InitOpts width/height: pixels, "stretch" for 100%, or None
    (use Streamlit's default: unset, pyecharts' own default, or a unit we cannot follow)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else None
    if not isinstance(value, str) or not value.strip() or value.strip() == library_default:
        return None
    text = value.strip()
    if text == "100%":
        return "stretch"
    match = _PX.match(text)
    if match:
        pixels = int(float(match.group(1)))
        return pixels if pixels > 0 else None
    _LOGGER.warning(
        "The pyecharts chart passed to `st.echarts_chart` sets an unsupported `%s` of %r. Only "
        "pixel values and `100%%` are supported, so Streamlit's default is used instead.",
        parameter,
        text,
    )
    return None
