"""st.graphviz_chart: a DOT graph (a string, or a `graphviz` package object's source) for the
renderer's lazy `graphviz` chunk to lay out and draw."""

from __future__ import annotations

from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import StreamlitInvalidParameterTypeError

_GRAPHVIZ_TYPES = {
    "graphviz.dot.Graph",
    "graphviz.dot.Digraph",
    "graphviz.graphs.Graph",
    "graphviz.graphs.Digraph",
    "graphviz.sources.Source",
}


def _is_graphviz_object(obj: object) -> bool:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}" in _GRAPHVIZ_TYPES


class GraphvizMixin(DeltaGeneratorBase):
    def graphviz_chart(
        self,
        figure_or_dot: Any,
        use_container_width: bool | None = None,
        *,
        width: int | str = "content",
        height: int | str = "content",
        alt: str | None = None,
    ) -> Self:
        """Draw a graph given as DOT source or as a graphviz Graph/Digraph/Source object."""
        width = effective_width(width, use_container_width)
        if _is_graphviz_object(figure_or_dot):
            dot, engine = str(figure_or_dot.source), str(figure_or_dot.engine)
        elif isinstance(figure_or_dot, str):
            dot, engine = figure_or_dot, "dot"
        else:
            raise StreamlitInvalidParameterTypeError(
                "figure_or_dot",
                type(figure_or_dot).__name__,
                ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"],
            )
        el = pb.Element()
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        el.graphviz_chart.spec = dot
        el.graphviz_chart.engine = engine
        if alt is not None and str(alt).strip():
            el.graphviz_chart.alt = str(alt).strip()
        return self._emit(el)
