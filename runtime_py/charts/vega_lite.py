"""A Vega-Lite spec on its way to the page: its data moved into named datasets, sized and
stabilised as Streamlit 1.67 does it, then put on a VegaLiteChart message.

Tabular data (DataFrames, dicts, lists) leaves the spec and travels beside it as named column
tables (ChartDataset), so the spec itself stays small and unchanged while the data changes.
GeoJSON/TopoJSON stays inside the spec, where Vega-Lite reads it as geometry.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.charts.kinds import json_value
from stbundle.runtime_py.charts.table import to_table
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError

_GEO_TYPES = frozenset(
    {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}
)
_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")


def dataset(fields: list[str], columns: Iterable[list[Any]]) -> pb.ChartDataset:
    """Columns as one ChartDataset, named by a hash of their content (a stable name for
    unchanged data, as Streamlit names its Arrow datasets)."""
    payload = json.dumps(
        {"fields": fields, "values": [[json_value(v) for v in col] for col in columns]},
        separators=(",", ":"),
        allow_nan=False,
    )
    name = hashlib.md5(payload.encode(), usedforsecurity=False).hexdigest()
    return pb.ChartDataset(name=name, columns=payload)


def data_to_dataset(data: Any) -> pb.ChartDataset:
    """Any chart data (DataFrame, dict of lists, list of dicts, ...) as a ChartDataset."""
    table = to_table(data)
    return dataset([str(c.label) for c in table.columns], (c.values for c in table.columns))


def is_geo_payload(data: Any) -> bool:
    """GeoJSON or TopoJSON, which Vega-Lite reads as geometry rather than a table."""
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "FeatureCollection":
            return "features" in data
        if kind == "Feature":
            return "geometry" in data
        if kind == "GeometryCollection":
            return "geometries" in data
        if kind in _GEO_TYPES:
            return "coordinates" in data
        if kind is None or kind == "Topology":
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), dict)
        return False
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, dict) and first.get("type") == "Feature" and "geometry" in first
    return False


def _is_facet(spec: dict[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (
        isinstance(encoding, dict) and any(k in encoding for k in ("row", "column", "facet"))
    )


def _has_nested_composition(spec: dict[str, Any]) -> bool:
    children = spec.get("vconcat")
    return isinstance(children, list) and any(
        isinstance(c, dict) and any(k in c for k in _COMPOSITIONS) for c in children
    )


def default_width(spec: dict[str, Any]) -> str:
    """Streamlit's default width: facets and side-by-side compositions keep their own width."""
    narrow = _is_facet(spec) or "hconcat" in spec or "repeat" in spec
    return "content" if narrow or _has_nested_composition(spec) else "stretch"


def prepare_spec(spec: dict[str, Any], stretch: bool) -> dict[str, Any]:
    """A copy of the spec with Streamlit's autosize and legend-title fixes."""
    spec = dict(spec)
    if not spec:
        raise StreamlitMissingRequiredParameterError(
            "spec", detail="Vega-Lite charts require a non-empty spec dict."
        )
    if "autosize" not in spec:
        nested = _has_nested_composition(spec)
        if "vconcat" in spec and stretch:
            kind = "pad" if nested else "fit-x"
        elif _is_facet(spec) or (nested and not stretch):
            kind = "pad"
        else:
            kind = "fit"
        spec["autosize"] = {"type": kind, "contains": "padding"}
    encoding = spec.get("encoding")
    color = encoding.get("color") if isinstance(encoding, dict) else None
    if isinstance(color, dict):
        # A null legend title misplaces the legend in Vega-Lite; a space does not.
        if "title" in color and color["title"] is None:
            color["title"] = " "
        legend = color.get("legend")
        if isinstance(legend, dict) and "title" in legend and legend["title"] is None:
            legend["title"] = " "
    return spec


def move_data(spec: dict[str, Any], data: Any, chart: pb.VegaLiteChart) -> None:
    """Moves the spec's tabular data (and `data`) out of the spec into `chart.datasets`."""
    datasets = spec.get("datasets")
    if isinstance(datasets, dict):
        kept: dict[str, Any] = {}
        for name, values in datasets.items():
            if is_geo_payload(values):
                kept[str(name)] = values
                continue
            encoded = values if isinstance(values, pb.ChartDataset) else data_to_dataset(values)
            chart.datasets.append(pb.ChartDataset(name=str(name), columns=encoded.columns))
        if kept:
            spec["datasets"] = kept
        else:
            del spec["datasets"]
    inline = spec.get("data")
    if isinstance(inline, dict) and "values" in inline and not is_geo_payload(inline["values"]):
        data = inline["values"]
        del spec["data"]
    elif inline is not None and not isinstance(inline, dict) and not is_geo_payload(inline):
        data = inline
        del spec["data"]
    if data is not None:
        encoded = data_to_dataset(data)
        chart.datasets.append(encoded)
        spec["data"] = {"name": encoded.name}


def _renumber(prefix: str, text: str) -> str:
    pattern = re.compile(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"')
    found = list(dict.fromkeys(pattern.findall(text)))
    if not found:
        return text
    mapping = {old: f'"{prefix}{i}"' for i, old in enumerate(found, start=1)}
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def stable_json(spec: dict[str, Any]) -> str:
    """The spec as JSON with altair's counter-numbered parameter and view names renumbered in
    order of appearance, so the same chart gives the same spec on every rerun."""
    text = json.dumps(spec)
    if '"params"' in text:
        text = _renumber("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _renumber("view_", text)
    return text


def selection_parameters(spec: dict[str, Any]) -> set[str]:
    """Names of the selection parameters anywhere in the spec's views."""
    names: set[str] = set()
    params = spec.get("params")
    if isinstance(params, list):
        names.update(
            p["name"] for p in params if isinstance(p, dict) and p.get("name") and p.get("select")
        )
    for key in ("layer", "hconcat", "vconcat", "concat"):
        children = spec.get(key)
        if isinstance(children, list):
            for child in children:
                if isinstance(child, dict):
                    names |= selection_parameters(child)
    inner = spec.get("spec")
    if isinstance(inner, dict):
        names |= selection_parameters(inner)
    return names


def altair_to_spec(chart: Any) -> dict[str, Any]:
    """An altair chart's Vega-Lite dict, its dataframes as ChartDatasets under "datasets".

    altair is imported here only, when the user passed an altair object: it is slow to
    import in Pyodide.
    """
    import altair as alt

    datasets: dict[str, Any] = {}

    def to_named(data: Any, **_options: Any) -> dict[str, str]:
        if is_geo_payload(data):
            name = hashlib.md5(
                json.dumps(data, sort_keys=True).encode(), usedforsecurity=False
            ).hexdigest()
            datasets[name] = data
        else:
            encoded = data_to_dataset(data)
            name = encoded.name
            datasets[name] = encoded
        return {"name": name}

    alt.data_transformers.register("stbundle_datasets", to_named)
    theme = alt.theme if hasattr(alt, "theme") else alt.themes
    with alt.data_transformers.enable("stbundle_datasets"):
        if theme.active == "default":
            with theme.enable("none"):
                spec: dict[str, Any] = chart.to_dict()
        else:
            spec = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec


def parse_selection_mode(spec: dict[str, Any], selection_mode: Any) -> list[str]:
    """The selection parameters that rerun the app, checked against the spec."""
    available = selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any "
            "selections defined. To add selections to `st.altair_chart`, check out the "
            "documentation [here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. Available "
                f"selection parameters are: {available}."
            )
    return sorted(modes)
