"""st.popover: a button that opens a floating container.

By default opening and closing stays in the page (`.open` is None) and the content is always
sent. With on_change="rerun" or a callable it is a widget, as a stateful expander is: opening
or closing reruns the app and `.open` says whether it is open, so content can be lazy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import (
    StreamlitMissingRequiredParameterError,
)
from stbundle.runtime_py.layout import _with_open
from stbundle.runtime_py.param_checks import BUTTON_TYPES, as_bool, check_option
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    claim_element_key,
    fill_common,
    on_change_callback,
    register_widget,
)


class PopoverMixin(DeltaGeneratorBase):
    def popover(
        self,
        label: str,
        *,
        type: str = "secondary",
        help: str | None = None,
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        wrap: bool | None = None,
        key: Any = None,
        on_change: OnChange = "ignore",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> Any:
        """Show a button that opens a floating container; returns the container (with `.open`).

        `use_container_width` is Streamlit's older spelling of `width="stretch"/"content"`.
        """
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        width = effective_width(width, use_container_width)
        check_option(type, "type", BUTTON_TYPES)
        on_change_callback(on_change, none_allowed=False)
        block = pb.Block()
        popover = block.popover
        popover.label = str(label)
        popover.disabled = as_bool(disabled, "disabled")
        popover.type = type
        if help:
            popover.help = str(help)
        if icon:
            popover.icon = str(icon)
        set_layout(block, width=width, allow_content_width=True, wrap=wrap)
        is_open: bool | None = None
        if on_change != "ignore":

            def deserialize(state: pb.WidgetState | None) -> bool:
                return False if state is None else wire.get_bool(state)

            reg = register_widget(
                self,
                "popover",
                key=key,
                params={
                    "label": str(label),
                    "type": type,
                    "help": help,
                    "icon": icon,
                    "disabled": disabled,
                    "width": width,
                },
                key_as_main_identity=False,
                deserialize=deserialize,
                on_change=None if on_change == "rerun" else on_change,
                args=args,
                kwargs=kwargs,
                disabled=disabled,
            )
            is_open = bool(reg.value)
            fill_common(
                popover.common,
                reg,
                str(label),
                help=help,
                disabled=disabled,
                label_visibility="visible",
            )
            popover.open = is_open
        else:
            claim_element_key(key)
        return _with_open(self._emit_block(block, kind="popover"), is_open)
