"""The exceptions a Streamlit script can see, with Streamlit 1.67's names and wording.

Apps catch these by name (`except st.errors.StreamlitAPIException`), and users recognise the
messages, so both follow Streamlit. The control-flow exceptions derive from BaseException so a
script's `except Exception:` does not swallow `st.rerun()` or `st.stop()`.
"""

from __future__ import annotations

from collections.abc import Sequence


def _code_span(text: str) -> str:
    """A Markdown code span that stays intact even when text holds backticks."""
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


def _session_state_item(key: str) -> str:
    return _code_span(f"st.session_state[{key!r}]")


class Error(Exception):
    """Base class of stbundle's Streamlit-compatible errors."""


class StreamlitAPIException(Error):
    """The script used the API wrongly; shown in the page as an exception element."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A misuse worth showing but not stopping for."""


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget created while a cached function computes: it only exists on cache misses."""

    def __init__(self) -> None:
        super().__init__(
            "Your script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function."
        )


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"{_session_state_item(key)} is read-only and cannot be "
            "assigned through session state. Use a different session state key "
            "for values you need to set."
        )


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        item = _session_state_item(key)
        super().__init__(
            f"{item} cannot be modified after the widget with "
            f"that key is instantiated. Assign {item} before "
            "creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. "
            "If this is a read-only session state key (buttons, file and media "
            "inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different session state key."
        )


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class ScriptControlException(BaseException):
    """Base of the exceptions that steer a run; never an error in the user's code."""


class StopException(ScriptControlException):
    """Raised by `st.stop()` and by the stop control: end this run where it is."""


class RerunException(ScriptControlException):
    """Raised by `st.rerun()` or a newer interaction: abandon this run, start another."""

    def __init__(self, fragment_id: str | None = None, fragment_ids: Sequence[str] = ()) -> None:
        super().__init__()
        self.fragment_id = fragment_id
        # The fragments to rerun (none: the whole app); st.rerun(scope=keys) names several.
        self.fragment_ids = tuple(fragment_ids) or ((fragment_id,) if fragment_id else ())


class StreamlitValueError(StreamlitAPIException):
    """A parameter got a value outside what it supports."""

    def __init__(self, parameter: str, valid_values: list[str], *, detail: str = "") -> None:
        message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    """No secrets file where Streamlit looks (still a FileNotFoundError, as in Streamlit)."""


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    """Bounds that cannot work: equal (a slider) or reversed (number and date inputs)."""

    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            message = (
                f"The `min_value` and `max_value` parameters are both set to {min_value}. "
                "They must not be equal."
            )
        else:
            message = (
                f"The `min_value`, set to {min_value}, cannot be greater than the "
                f"`max_value`, set to {max_value}."
            )
        super().__init__(message)


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command used where it cannot work (a button in a form, a form in a form)."""


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a "
            "positive integer (number of columns) or a list of positive numbers (width "
            "ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )


FORM_DOCS_INFO = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).
"""


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: object, min_value: object, max_value: object) -> None:
        super().__init__(
            f"The `{parameter}` parameter, set to {value}, is outside the "
            f"required range [{min_value}, {max_value}]."
        )


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    def __init__(self, count: int, max_count: int) -> None:
        selected = "option" if count == 1 else "options"
        allowed = "option" if max_count == 1 else "options"
        super().__init__(
            f"Multiselect has {count} {selected} selected but `max_selections` is set to "
            f"{max_count}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            f"Please select at most {max_count} {allowed}."
        )


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    def __init__(self, **arguments: object) -> None:
        message = "All numerical arguments must be of the same type."
        for name, value in arguments.items():
            if value is not None:
                message += f"\n`{name}` has {type(value).__name__} type."
        super().__init__(message)


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    """A parameter got a type the command does not take."""

    def __init__(
        self, parameter: str, provided_type: str, expected_types: list[str], *, detail: str = ""
    ) -> None:
        message = (
            f"Invalid `{parameter}` type. Expected one of: {', '.join(expected_types)}. "
            f"Provided type: {provided_type}."
        )
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    """A number the browser's JavaScript cannot hold exactly (or at all)."""


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    def __init__(self, format: str) -> None:
        super().__init__(
            f"Format string for `st.number_input` contains invalid characters: {format}"
        )


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    def __init__(self, parameter: str, *, detail: str = "") -> None:
        message = f"The `{parameter}` parameter is required."
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: object, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: object, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


class NotSupportedYetError(StreamlitAPIException):
    """A command of Streamlit 1.67 that stbundle does not implement yet (docs/api-coverage.md)."""


# The rest of `streamlit.errors`, with Streamlit's hierarchy, so that apps catching them by name
# work; stbundle raises each where it implements the behaviour that raises it in Streamlit.
class LocalizableStreamlitException(StreamlitAPIException):
    """A Streamlit API error whose message Streamlit can localise."""


class MarkdownFormattedException(Error):
    """An error whose message is markdown."""


class NoSessionContext(Error):
    """A command needed a session and there was none."""


class FragmentHandledException(Exception):
    """An exception a fragment already showed (it must not be shown twice)."""


class FragmentStorageKeyError(Error, KeyError):
    """A fragment id that is not stored."""


class StreamlitAuthError(StreamlitAPIException):
    """Authentication is misconfigured or failed."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    """Authentication needs the Authlib package."""


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A time string (ttl, run_every) could not be read."""


class StreamlitComponentRegistryError(Error):
    """A custom component could not be registered."""


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Data could not be turned into a dataframe."""


class StreamlitDefaultNotInOptionsError(LocalizableStreamlitException):
    """A widget's default is not one of its options."""


class StreamlitIncompatibleParametersError(LocalizableStreamlitException):
    """Two parameters were given that cannot go together."""


class StreamlitInvalidColorError(LocalizableStreamlitException):
    """A colour that is not a valid CSS colour."""


class StreamlitInvalidThemeError(LocalizableStreamlitException):
    """A theme that is not valid."""


class StreamlitInvalidThemeOptionError(StreamlitInvalidThemeError):
    """A theme option that does not exist."""


class StreamlitInvalidThemeSectionError(StreamlitInvalidThemeError):
    """A theme section that does not exist."""


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL that is not valid."""


class StreamlitMaxRetriesError(Error):
    """An operation failed after its retries."""


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """A page that the app does not have."""


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    """A dict given as a query parameter value."""


class UnserializableSessionStateError(StreamlitAPIException):
    """Session state that cannot be pickled where it must be."""


class BidiComponentError(LocalizableStreamlitException):
    """A bidirectional custom component failed."""


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    """A component callback name that is not valid."""


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    """A component default key that is not valid."""


class BidiComponentInvalidIdError(BidiComponentError):
    """A component id that is not valid."""


class BidiComponentUnserializableDataError(BidiComponentError):
    """Component data that cannot be serialised."""
