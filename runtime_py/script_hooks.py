"""What an `st.App` adds to every session of its app: secrets given in code, and a handler for
the script's uncaught exceptions (Streamlit 1.67's `secrets=` and `on_script_error=`).

Sessions of a plain `bundle serve app.py` (and static builds, and AppTest) have no hooks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from stbundle.runtime_py.errors import ScriptControlException

_LOG = logging.getLogger(__name__)

ScriptErrorHandler = Callable[[Exception], "bool | None"]

#: The value types st.App takes in `secrets=` (and nested lists and dicts of them).
_SECRET_SCALARS = (str, int, float, bool)


def check_secrets_value(value: Any, path: str = "") -> None:
    """Refuse what a secrets.toml could not hold, with the path of the bad value (Streamlit's
    TypeError messages)."""
    if isinstance(value, dict):
        for key, nested in value.items():
            if not isinstance(key, str):
                where = f"in '{path}'" if path else "at top level"
                raise TypeError(
                    f"Dictionary keys in secrets must be strings, got {type(key).__name__!r} "
                    f"{where}."
                )
            check_secrets_value(nested, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, nested in enumerate(value):
            check_secrets_value(nested, f"{path}[{index}]" if path else f"[{index}]")
    elif type(value) not in _SECRET_SCALARS:  # type(), not isinstance: no bool/int subclasses
        where = f" at '{path}'" if path else ""
        raise TypeError(
            f"Unsupported type '{type(value).__name__}'{where} in secrets. "
            "Allowed types are: str, int, float, bool, lists, and nested dicts."
        )


@dataclass(frozen=True)
class ScriptHooks:
    #: Merged over the secrets files, top-level keys winning.
    secrets: Mapping[str, Any] | None = None
    on_script_error: ScriptErrorHandler | None = None

    def error_handled(self, exc: BaseException) -> bool:
        """Give an uncaught script or callback exception to `on_script_error`; True when the
        handler asked to hide the default error display. A handler that fails (or calls
        st.stop/st.rerun) is logged and the exception is shown as usual."""
        if self.on_script_error is None or not isinstance(exc, Exception):
            return False
        try:
            return self.on_script_error(exc) is True
        except ScriptControlException:
            _LOG.warning("on_script_error called st.stop/st.rerun; showing the error instead")
        except Exception:
            _LOG.exception("on_script_error raised an exception")
        return False


NO_HOOKS = ScriptHooks()
