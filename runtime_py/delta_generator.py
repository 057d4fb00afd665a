"""DeltaGenerator: the `st` object and every container, turning API calls into deltas.

`st.button(...)` and `col.button(...)` are the same method on different DeltaGenerators. Each one
knows where its next child goes (a Cursor, see dg_base.py) and which form encloses it. The
module-level `st` object is the main root: it follows `with container:` blocks through the run's
container stack, as Streamlit's does. Element and widget methods live in mixins, one module per
family of commands; the commands stbundle lacks come from the generated NotYetMixin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stbundle.runtime_py.chat import ChatMixin
from stbundle.runtime_py.dg_base import EVENT, MAIN, SIDEBAR
from stbundle.runtime_py.elements.alerts import AlertsMixin
from stbundle.runtime_py.elements.badge import BadgeMixin
from stbundle.runtime_py.elements.celebration import CelebrationMixin
from stbundle.runtime_py.elements.charts import VegaChartsMixin
from stbundle.runtime_py.elements.data import DataMixin
from stbundle.runtime_py.elements.data_editor import DataEditorMixin
from stbundle.runtime_py.elements.dataframe import DataframeMixin
from stbundle.runtime_py.elements.echarts import EChartsMixin
from stbundle.runtime_py.elements.feedback import FeedbackMixin
from stbundle.runtime_py.elements.graphviz import GraphvizMixin
from stbundle.runtime_py.elements.grid import GridMixin
from stbundle.runtime_py.elements.help import HelpMixin
from stbundle.runtime_py.elements.iframe import IframeMixin
from stbundle.runtime_py.elements.image import ImageMixin
from stbundle.runtime_py.elements.maps import MapsMixin
from stbundle.runtime_py.elements.media_players import MediaPlayersMixin
from stbundle.runtime_py.elements.mermaid import MermaidMixin
from stbundle.runtime_py.elements.page_link import PageLinkMixin
from stbundle.runtime_py.elements.pdf import PdfMixin
from stbundle.runtime_py.elements.plotly import PlotlyMixin
from stbundle.runtime_py.elements.popover import PopoverMixin
from stbundle.runtime_py.elements.pyplot import PyplotMixin
from stbundle.runtime_py.elements.skeleton import SkeletonMixin
from stbundle.runtime_py.elements.space import SpaceMixin
from stbundle.runtime_py.elements.status import StatusMixin
from stbundle.runtime_py.elements.text import TextMixin
from stbundle.runtime_py.elements.write import WriteMixin
from stbundle.runtime_py.elements.write_stream import WriteStreamMixin
from stbundle.runtime_py.layout import LayoutMixin
from stbundle.runtime_py.not_yet_commands import NotYetMixin
from stbundle.runtime_py.unsupported import check_methods
from stbundle.runtime_py.widgets.button import ButtonMixin
from stbundle.runtime_py.widgets.button_group import ButtonGroupMixin
from stbundle.runtime_py.widgets.choice import ChoiceMixin
from stbundle.runtime_py.widgets.datetime_inputs import DateTimeMixin
from stbundle.runtime_py.widgets.download_button import DownloadButtonMixin
from stbundle.runtime_py.widgets.feedback import FeedbackWidgetMixin
from stbundle.runtime_py.widgets.file_inputs import FileInputsMixin
from stbundle.runtime_py.widgets.link_button import LinkButtonMixin
from stbundle.runtime_py.widgets.menu_button import MenuButtonMixin
from stbundle.runtime_py.widgets.number import NumberMixin
from stbundle.runtime_py.widgets.pagination import PaginationMixin
from stbundle.runtime_py.widgets.slider import SliderMixin
from stbundle.runtime_py.widgets.text_inputs import TextInputMixin


class DeltaGenerator(
    MermaidMixin,
    TextMixin,
    WriteMixin,
    WriteStreamMixin,
    AlertsMixin,
    DataMixin,
    DataframeMixin,
    DataEditorMixin,
    VegaChartsMixin,
    PyplotMixin,
    GraphvizMixin,
    PlotlyMixin,
    EChartsMixin,
    MapsMixin,
    FeedbackMixin,
    HelpMixin,
    LayoutMixin,
    GridMixin,
    SpaceMixin,
    SkeletonMixin,
    IframeMixin,
    PdfMixin,
    StatusMixin,
    PopoverMixin,
    CelebrationMixin,
    BadgeMixin,
    ButtonMixin,
    ChoiceMixin,
    ButtonGroupMixin,
    FeedbackWidgetMixin,
    SliderMixin,
    TextInputMixin,
    NumberMixin,
    DateTimeMixin,
    ChatMixin,
    DownloadButtonMixin,
    FileInputsMixin,
    LinkButtonMixin,
    MenuButtonMixin,
    PaginationMixin,
    PageLinkMixin,
    ImageMixin,
    MediaPlayersMixin,
    NotYetMixin,
):
    """The `st` object, `st.sidebar`, and every container and element handle."""

    if not TYPE_CHECKING:  # unknown methods stay type errors for mypy, as in Streamlit

        def __getattr__(self, name: str) -> Any:
            """A method no container has (`chart.add_rows`, removed in 1.67; `st.sidebar.echo`):
            as in Streamlit, a callable raising its error when called. Private names stay
            AttributeErrors, so hasattr() and Python's protocols are not fooled."""
            if name.startswith("_"):
                raise AttributeError(
                    f"'{type(self).__name__}' object has no attribute '{name}'", name=name
                )
            from stbundle.runtime_py import api
            from stbundle.runtime_py.missing_names import unknown_method

            public = {n for n in api.__all__ if callable(getattr(api, n, None))}
            return unknown_method(name, public, in_sidebar=self._place()[0] == SIDEBAR)


# Parameters accepted but not honoured yet warn once per session (specs/commands/).
check_methods(DeltaGenerator)


main_dg = DeltaGenerator(root=MAIN)
sidebar_dg = DeltaGenerator(root=SIDEBAR)
event_dg = DeltaGenerator(root=EVENT)
