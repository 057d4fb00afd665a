"""What `AppTest.user` and `AppTest.context` seed into a run, checked as Streamlit's AppTest
checks them (its errors and wording): st.user's dict, and the browser facts of st.context."""

from __future__ import annotations

import copy
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.testing.errors import AppTestError

#: AppTest.context's keys, each with its ClientContext field and value type.
_CONTEXT_FIELDS: dict[str, tuple[str, type]] = {
    "timezone": ("timezone", str),
    "timezone_offset": ("timezone_offset", int),
    "locale": ("locale", str),
    "url": ("url", str),
    "is_embedded": ("is_embedded", bool),
    "theme": ("color_scheme", str),
}
_THEMES = ("light", "dark")


def user_info(user: object) -> dict[str, Any]:
    """A copy of `AppTest.user` for one run (st.logout clears the copy, not the test's dict)."""
    if not isinstance(user, dict):
        raise AppTestError(f"AppTest.user must be a dict, not {type(user).__name__}.")
    return copy.deepcopy(user)


def client_context(context: object) -> pb.ClientContext | None:
    """`AppTest.context` as the page's ClientContext (None: nothing seeded)."""
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    if not context:
        return None
    info = pb.ClientContext()
    for key, value in context.items():
        if key not in _CONTEXT_FIELDS:
            supported = ", ".join(repr(name) for name in sorted(_CONTEXT_FIELDS))
            raise AppTestError(
                f"AppTest.context does not support {key!r}. Supported keys: {supported}."
            )
        if value is None:
            continue
        field, value_type = _CONTEXT_FIELDS[key]
        if not isinstance(value, value_type) or (value_type is int and isinstance(value, bool)):
            raise AppTestError(
                f"AppTest.context[{key!r}] must be {value_type.__name__}, not "
                f"{type(value).__name__}."
            )
        if key == "theme" and value not in _THEMES:
            raise AppTestError(
                f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}."
            )
        try:
            setattr(info, field, value)
        except ValueError as exc:
            raise AppTestError(
                f"AppTest.context[{key!r}] has an invalid value {value!r}: {exc}"
            ) from exc
    return info
