"""st.pyplot: a Matplotlib figure shown as an image, saved as Streamlit 1.67 saves it.

Until the media channel (issue 11) exists, the image travels inline in the element as a data:
URL; matplotlib is imported only here, when a figure is drawn.
"""

from __future__ import annotations

import base64
import io
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import StreamlitMissingRequiredParameterError

#: Streamlit's savefig defaults: cropped, sharp on high-DPI screens, PNG.
_SAVEFIG = {"bbox_inches": "tight", "dpi": 200, "format": "png"}

_FIG_REQUIRED = """
Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```
"""


def figure_url(fig: Any, savefig: dict[str, Any]) -> str:
    """The figure as a data: URL (SVG when savefig produced SVG, else PNG)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, **savefig)
    payload = buffer.getvalue()
    head = payload.lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head[:2048]):
        return "data:image/svg+xml;base64," + base64.b64encode(payload).decode()
    return "data:image/png;base64," + base64.b64encode(payload).decode()


class PyplotMixin(DeltaGeneratorBase):
    def pyplot(
        self,
        fig: Any,
        clear_figure: bool = False,
        *,
        width: int | str = "stretch",
        use_container_width: bool | None = None,
        alt: str | None = None,
        **kwargs: Any,
    ) -> Self:
        """Show a Matplotlib figure as an image; `kwargs` go to `savefig` (deprecated in
        Streamlit, still honoured)."""
        if fig is None:
            raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED.strip())
        width = effective_width(width, use_container_width)
        import matplotlib.pyplot as plt

        plt.ioff()
        el = pb.Element()
        set_layout(el, width=width, allow_content_width=True)
        el.pyplot.url = figure_url(fig, {**_SAVEFIG, **kwargs})
        if alt is not None:
            text = str(alt)
            if text == "":
                el.pyplot.decorative = True
            elif text.strip():
                el.pyplot.alt = text.strip()
        if clear_figure:
            fig.clf()
        return self._emit(el)
