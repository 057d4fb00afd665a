"""Input widgets: each has a value the user changes, kept in session state under its key."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery as Q
from stbundle.specs.model import Command, Widget
from stbundle.specs.model import Renderer as R


def _w(module: str, component: str, *, lazy: bool = False) -> R:
    return R(component, f"widgets/{module}", widget=True, lazy=lazy)


# A button with `shortcut=` fetches the lazy "shortcuts" chunk (the key listener).
_BUTTON = R("ButtonWidget", "widgets/button", widget=True, chunks=("shortcuts",))
_CHECKBOX = _w("checkbox", "CheckboxWidget")
_SLIDER = _w("slider", "SliderWidget")
_TRIGGER = {"wire": ("trigger_value",), "life": "trigger", "writable": False,
            "callback": "on_click"}  # fmt: skip

SPECS = [
    Command(
        "button",
        "A button; True on the run its click caused.",
        proto="element:button",
        widget=Widget(**_TRIGGER),  # type: ignore[arg-type]
        apptest=Q("Button"),
        renderer=_BUTTON,
    ),
    Command(
        "form_submit_button",
        "Submits its form; True on the run the submit caused.",
        proto="element:button",
        widget=Widget(**_TRIGGER, callback_in_form=True),  # type: ignore[arg-type]
        apptest=Q("Button"),
        renderer=_BUTTON,
    ),
    Command(
        "checkbox",
        "A checkbox; returns its bool.",
        proto="element:checkbox",
        widget=Widget(("bool_value",), defaults=("value",)),
        apptest=Q("Checkbox"),
        renderer=_CHECKBOX,
    ),
    Command(
        "toggle",
        "An on/off switch; returns its bool.",
        proto="element:checkbox",
        widget=Widget(("bool_value",), defaults=("value",)),
        apptest=Q("Toggle"),
        renderer=_CHECKBOX,
    ),
    Command(
        "radio",
        "One choice among radio buttons; returns the option.",
        proto="element:radio",
        widget=Widget(("int_value", "null_value"), defaults=("index",)),
        apptest=Q("Radio"),
        renderer=_w("choice", "RadioWidget"),
    ),
    Command(
        "selectbox",
        "One choice in a drop-down; returns the option.",
        proto="element:selectbox",
        # A typed value (accept_new_options) travels as its text.
        widget=Widget(
            ("int_value", "string_value", "null_value"),
            defaults=("index",),
            key_identity=("accept_new_options",),
        ),
        apptest=Q("Selectbox"),
        renderer=_w("select", "SelectboxWidget", lazy=True),
    ),
    Command(
        "multiselect",
        "Several choices; returns the list of options.",
        proto="element:multiselect",
        # With accept_new_options the choice travels as labels (typed values among them).
        widget=Widget(
            ("int_array_value", "string_array_value"),
            defaults=("default",),
            key_identity=("max_selections", "accept_new_options"),
        ),
        apptest=Q("Multiselect"),
        renderer=_w("select", "MultiSelectWidget", lazy=True),
    ),
    Command(
        "slider",
        "A number/date/time slider or range slider.",
        proto="element:slider",
        widget=Widget(
            ("double_array_value",),
            defaults=("value",),
            key_identity=("min_value", "max_value", "step"),
        ),
        apptest=Q("Slider"),
        renderer=_SLIDER,
    ),
    Command(
        "select_slider",
        "A slider over a list of options.",
        proto="element:slider",
        widget=Widget(("double_array_value",), defaults=("value",)),
        apptest=Q("SelectSlider"),
        renderer=_SLIDER,
    ),
    Command(
        "text_input",
        "A one-line text box; returns its text.",
        proto="element:text_input",
        widget=Widget(
            ("string_value", "null_value"),
            defaults=("value",),
            key_identity=("max_chars", "validate"),
        ),
        apptest=Q("TextInput"),
        renderer=_w("text", "TextInputWidget"),
    ),
    Command(
        "text_area",
        "A multi-line text box; returns its text.",
        proto="element:text_area",
        widget=Widget(
            ("string_value", "null_value"), defaults=("value",), key_identity=("max_chars",)
        ),
        apptest=Q("TextArea"),
        renderer=_w("text", "TextAreaWidget"),
    ),
    Command(
        "number_input",
        "A number box with +/- steps; returns int or float.",
        proto="element:number_input",
        widget=Widget(("double_value", "int_value", "null_value"), defaults=("value",)),
        apptest=Q("NumberInput"),
        renderer=_w("number", "NumberInputWidget"),
    ),
    Command(
        "date_input",
        "A date picker (or date range); returns date(s).",
        proto="element:date_input",
        widget=Widget(("string_array_value",), defaults=("value",), key_identity=("format",)),
        apptest=Q("DateInput"),
        renderer=_w("datetime", "DateInputWidget", lazy=True),
    ),
    Command(
        "time_input",
        "A time picker; returns a time.",
        proto="element:time_input",
        widget=Widget(("string_value", "null_value"), defaults=("value",), key_identity=("step",)),
        apptest=Q("TimeInput"),
        renderer=_w("datetime", "TimeInputWidget", lazy=True),
    ),
    Command(
        "color_picker",
        "A colour picker; returns '#rrggbb'.",
        proto="element:color_picker",
        widget=Widget(("string_value",), defaults=("value",)),
        apptest=Q("ColorPicker"),
        renderer=_w("color", "ColorPickerWidget", lazy=True),
    ),
    Command(
        "datetime_input",
        "A date-and-time picker; returns a naive datetime.",
        proto="element:date_time_input",
        widget=Widget(
            ("string_array_value", "null_value"),
            defaults=("value",),
            key_identity=("format", "step"),
        ),
        apptest=Q("DateTimeInput"),
        renderer=_w("datetime", "DateTimeInputWidget", lazy=True),
    ),
    Command(
        "pills",
        "Choices shown as pills.",
        proto="element:button_group",
        widget=Widget(
            wire=("int_array_value", "null_value"),
            key_identity=("selection_mode",),
            defaults=("default",),
        ),
        apptest=Q("ButtonGroup"),
        renderer=R("ButtonGroupWidget", "widgets/button_group", widget=True, lazy=True),
    ),
    Command(
        "segmented_control",
        "Choices shown as a segmented button.",
        proto="element:button_group",
        widget=Widget(
            wire=("int_array_value", "null_value"),
            key_identity=("selection_mode",),
            defaults=("default",),
        ),
        apptest=Q("ButtonGroup"),
        renderer=R("ButtonGroupWidget", "widgets/button_group", widget=True, lazy=True),
    ),
    Command(
        "feedback",
        "Thumbs, faces or stars rating.",
        proto="element:feedback",
        widget=Widget(
            wire=("int_value", "null_value"),
            key_identity=("options",),
            label=None,
            defaults=("default",),
        ),
        apptest=Q("Feedback"),
        renderer=R("FeedbackWidget", "widgets/feedback", widget=True, lazy=True),
    ),
    Command(
        "pagination",
        "A page selector; returns the page (1-based).",
        proto="element:pagination",
        widget=Widget(("int_value",), label=None, defaults=("default",)),
        apptest=Q("Pagination"),
        renderer=_w("pagination", "PaginationWidget", lazy=True),
    ),
    Command(
        "menu_button",
        "A button opening a menu of options; returns the option chosen on that run.",
        proto="element:menu_button",
        widget=Widget(
            ("string_trigger_value",), life="trigger_value", writable=False, callback="on_click"
        ),
        apptest=Q("MenuButton"),
        renderer=_w("menu_button", "MenuButtonWidget", lazy=True),
    ),
    Command(
        "link_button",
        "A button that opens a URL.",
        proto="element:link_button",
        widget=Widget(
            ("trigger_value",),
            life="trigger",
            writable=False,
            callback="on_click",
            only_if="on_click",
        ),
        apptest=Q("LinkButton"),
        renderer=R(
            "LinkButtonEl", "widgets/link_button", widget=True, lazy=True, chunks=("shortcuts",)
        ),
    ),
]
