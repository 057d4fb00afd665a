"""Widgets as a test drives them: read `.value`, stage a change, then `.run()`.

As in `streamlit.testing.v1`, a widget's `.value` is the script's current value (read from
session state after the run), or the value staged with `set_value` and friends, which the next
`run()` sends the way the browser would. Every interaction returns the widget so calls chain:
`at.button[0].click().run()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.testing import widget_values as wv
from stbundle.runtime_py.testing.elements import Element
from stbundle.runtime_py.testing.errors import AppTestError

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.element_tree import ElementTree


class _Unset:
    """No value staged since the last run: the widget sends what the script has."""

    def __repr__(self) -> str:
        return "<unset>"


UNSET: Any = _Unset()


def user_key_from_id(widget_id: str) -> str | None:
    """Widget ids end in the user key ("None" when there is none), as in Streamlit."""
    key = widget_id.split("-", maxsplit=2)[-1]
    return None if key == "None" else key


class Widget(Element):
    """An interactive element; subclasses say how their value goes on the wire."""

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value: Any = UNSET
        self.key = user_key_from_id(self.id)

    # -- what the widget shows -----------------------------------------------------------------
    @property
    def _common(self) -> pb.WidgetCommon:
        common: pb.WidgetCommon = self.proto.common
        return common

    @property
    def id(self) -> str:
        return str(self._common.id)

    @property
    def label(self) -> str:
        return str(self._common.label)

    @property
    def help(self) -> str:
        return str(self._common.help)

    @property
    def disabled(self) -> bool:
        return bool(self._common.disabled)

    @property
    def form_id(self) -> str:
        return str(self._common.form_id)

    @property
    def label_visibility(self) -> str:
        return pb.LabelVisibility.Name(self._common.label_visibility).lower()

    @property
    def value(self) -> Any:
        if self._value is not UNSET:
            return self._value
        return self.root.state_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not UNSET

    # -- interacting ---------------------------------------------------------------------------
    def set_value(self, v: Any) -> Self:
        """Stage a new value; it is sent with the next `run()`."""
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )
        self._value = v
        return self

    def _serialize(self, value: Any) -> pb.WidgetState:
        raise NotImplementedError

    @property
    def _widget_state(self) -> pb.WidgetState:
        """What the browser would send for this widget now."""
        return self._serialize(self.value)

    def __repr__(self) -> str:
        try:
            value = self.value
        except KeyError:
            value = UNSET
        return f"{type(self).__name__}(key={self.key!r}, label={self.label!r}, value={value!r})"


class Button(Widget):
    """st.button and st.form_submit_button: True for the run its click caused."""

    type = "button"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value = False

    @property
    def value(self) -> bool:
        if self._value:
            return True
        return self.root.button_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return bool(self._value)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.trigger(self.id, bool(self._value))

    def click(self) -> Self:
        return self.set_value(True)


class DownloadButton(Button):
    """st.download_button: a click (`click()`) is True for the run it caused."""

    type = "download_button"


class ChatInput(Widget):
    """st.chat_input: `set_value(text)` submits text with the next run, which alone sees it."""

    type = "chat_input"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        self._value = None

    @property
    def placeholder(self) -> str:
        return str(self._common.label)

    @property
    def label(self) -> str:
        # Streamlit's ChatInput has a placeholder and no label.
        raise AttributeError("label")

    def __repr__(self) -> str:
        return f"ChatInput(key={self.key!r}, placeholder={self.placeholder!r})"

    @property
    def value(self) -> str | None:
        if self._value is not None:
            return str(self._value)
        return self.root.trigger_value(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.string_trigger(self.id, self._value)


class Checkbox(Widget):
    type = "checkbox"

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.boolean(self.id, value)

    def check(self) -> Self:
        return self.set_value(True)

    def uncheck(self) -> Self:
        return self.set_value(False)


class Toggle(Checkbox):
    type = "toggle"


class _Choice(Widget):
    """Single-choice widgets: the wire carries the chosen option's index."""

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type)

    @property
    def index(self) -> int | None:
        value = self.value
        if value is None:
            return None
        return wv.option_index(value, self.options, self._option_at())

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.single_choice(self.id, value, self.options, self._option_at())


class Radio(_Choice):
    type = "radio"


class Selectbox(_Choice):
    type = "selectbox"

    def select(self, v: Any) -> Self:
        return self.set_value(v)

    def select_index(self, index: int | None) -> Self:
        if index is None:
            return self.set_value(None)
        option_at = self._option_at()
        return self.set_value(option_at(index) if option_at else self.options[index])


class Multiselect(Widget):
    type = "multiselect"

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type)

    @property
    def value(self) -> list[Any]:
        return list(super().value)

    @property
    def indices(self) -> Sequence[int]:
        option_at = self._option_at()
        return [wv.option_index(v, self.options, option_at) for v in self.value]

    @property
    def values(self) -> Sequence[str]:
        """The selected options' labels."""
        return [self.options[i] for i in self.indices]

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.multi_choice(self.id, value, self.options, self._option_at())

    def select(self, v: Any) -> Self:
        current = self.value
        if v in current:
            return self
        return self.set_value([*current, v])

    def unselect(self, v: Any) -> Self:
        current = self.value
        if v not in current:
            return self
        return self.set_value([c for c in current if c != v])


class ButtonGroup(Widget):
    """st.pills / st.segmented_control: one option or None ("single"), or a list ("multi")."""

    type = "button_group"

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def _is_single_select(self) -> bool:
        return not self.proto.multi

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type)

    def _chosen(self) -> list[Any]:
        value = self.value
        if self._is_single_select:
            return [] if value is None else [value]
        return list(value or [])

    @property
    def indices(self) -> Sequence[int]:
        option_at = self._option_at()
        return [wv.option_index(v, self.options, option_at) for v in self._chosen()]

    @property
    def formatted_values(self) -> Sequence[str]:
        """The chosen options' labels (format_func's text)."""
        return [self.options[i] for i in self.indices]

    def _serialize(self, value: Any) -> pb.WidgetState:
        chosen = [] if value is None else [value] if self._is_single_select else list(value)
        return wv.multi_choice(self.id, chosen, self.options, self._option_at())

    def select(self, v: Any) -> Self:
        if self._is_single_select:
            return self.set_value(v)
        current = self._chosen()
        return self if v in current else self.set_value([*current, v])

    def unselect(self, v: Any) -> Self:
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self
        current = self._chosen()
        return self if v not in current else self.set_value([c for c in current if c != v])


class Feedback(Widget):
    """st.feedback: the chosen option's index, or None."""

    type = "feedback"

    @property
    def label(self) -> str:
        raise AttributeError("st.feedback has no label")

    def _serialize(self, value: Any) -> pb.WidgetState:
        state = pb.WidgetState(id=self.id)
        if value is None:
            state.null_value = True
        else:
            state.int_value = int(value)
        return state


class Slider(Widget):
    type = "slider"

    @property
    def min(self) -> float:
        return float(self.proto.min)

    @property
    def max(self) -> float:
        return float(self.proto.max)

    @property
    def step(self) -> float:
        return float(self.proto.step)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.slider(self.id, value, self.proto.data_type)

    def set_range(self, lower: Any, upper: Any) -> Self:
        return self.set_value([lower, upper])


class SelectSlider(Widget):
    type = "select_slider"

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def _option_at(self) -> wv.OptionAt | None:
        return self.root.option_at(self.id, self.type, is_range=len(self.proto.value) == 2)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.select_slider(self.id, value, self.options, self._option_at())

    def set_range(self, lower: Any, upper: Any) -> Self:
        return self.set_value([lower, upper])


class _TextWidget(Widget):
    @property
    def max_chars(self) -> int:
        return int(self.proto.max_chars)

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.text(self.id, value)

    def input(self, v: str) -> Self:
        """Type v, unless it is longer than max_chars (the browser would not take it)."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextInput(_TextWidget):
    type = "text_input"


class TextArea(_TextWidget):
    type = "text_area"


class NumberInput(Widget):
    type = "number_input"

    @property
    def min(self) -> float | None:
        return float(self.proto.min) if self.proto.has_min else None

    @property
    def max(self) -> float | None:
        return float(self.proto.max) if self.proto.has_max else None

    @property
    def step(self) -> float:
        return float(self.proto.step)

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.number(self.id, value, is_int=self.proto.data_type == pb.NumberInput.INT)

    def increment(self) -> Self:
        """The "+" button: one step up, never past max."""
        value = self.value
        if value is None:
            return self
        upper = self.max if self.max is not None else float("inf")
        return self.set_value(min(value + self.step, upper))

    def decrement(self) -> Self:
        """The "-" button: one step down, never below min."""
        value = self.value
        if value is None:
            return self
        lower = self.min if self.min is not None else float("-inf")
        return self.set_value(max(value - self.step, lower))


class DateInput(Widget):
    type = "date_input"

    @property
    def min(self) -> date:
        return date.fromisoformat(self.proto.min)

    @property
    def max(self) -> date:
        return date.fromisoformat(self.proto.max)

    @property
    def is_range(self) -> bool:
        return bool(self.proto.is_range)

    @property
    def value(self) -> Any:
        value = super().value
        if self._value is not UNSET and isinstance(value, list):
            return tuple(value)
        return value

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.dates(self.id, value)


class TimeInput(Widget):
    type = "time_input"

    @property
    def step(self) -> int:
        return int(self.proto.step_seconds)

    @property
    def value(self) -> time | None:
        value = super().value
        return value.time() if isinstance(value, datetime) else value

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.clock(self.id, value)

    def _shift(self, seconds: int) -> Self:
        value = self.value
        if value is None:
            return self
        moved = datetime.combine(date.today(), value) + timedelta(seconds=seconds)
        return self.set_value(moved.time())

    def increment(self) -> Self:
        return self._shift(self.step)

    def decrement(self) -> Self:
        return self._shift(-self.step)


class ColorPicker(Widget):
    type = "color_picker"

    def _serialize(self, value: Any) -> pb.WidgetState:
        return wv.text(self.id, value)

    def pick(self, v: str) -> Self:
        return self.set_value(v if v.startswith("#") else f"#{v}")
