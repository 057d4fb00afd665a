"""st.secrets: values from `.streamlit/secrets.toml`, read on first use.

Looked up in ~/.streamlit and the working directory (as Streamlit does) and beside the app, as a
nested mapping that also allows attribute access.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import StreamlitSecretNotFoundError

SECRETS_DOCS = (
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


class AttrDict(Mapping[str, Any]):
    """A read-only mapping whose keys are also attributes (`st.secrets.db.user`)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = {k: AttrDict(v) if isinstance(v, Mapping) else v for k, v in values.items()}

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise KeyError(_missing(key)) from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(_missing(key, "attribute")) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else v for k, v in self._values.items()}


def _missing(key: str, kind: str = "key") -> str:
    return (
        f'st.secrets has no {kind} "{key}". Did you forget to add it to secrets.toml, mount it '
        f"to secret directory, or the app settings on Streamlit Cloud? More info: {SECRETS_DOCS}"
    )


def secrets_paths(app_dir: Path) -> list[Path]:
    """Streamlit's two places (the user's home, then the working directory), then the app's
    folder; later files win."""
    return [
        Path.home() / ".streamlit" / "secrets.toml",
        Path.cwd() / ".streamlit" / "secrets.toml",
        app_dir / ".streamlit" / "secrets.toml",
    ]


def load_secrets(paths: list[Path]) -> AttrDict:
    """Merge the secrets files that exist; a missing file set is an error on first read."""
    merged: dict[str, Any] = {}
    found = False
    for path in dict.fromkeys(p.resolve() for p in paths):
        if path.is_file():
            found = True
            import tomllib  # only with a secrets file: ~25 ms to import under Pyodide

            with path.open("rb") as f:
                merged.update(tomllib.load(f))
    if not found:
        listed = ", ".join(str(p) for p in paths)
        raise StreamlitSecretNotFoundError(
            f"No secrets found. Valid paths for a secrets.toml file or secret directories are: "
            f"{listed}"
        )
    return AttrDict(merged)


class SecretsProxy(Mapping[str, Any]):
    """`st.secrets`: the current session's secrets."""

    def _current(self) -> AttrDict:
        ctx = get_run_context()
        if ctx is None:
            raise RuntimeError("st.secrets is only available while a script runs.")
        return ctx.session.secrets()

    @property
    def _secrets(self) -> AttrDict:
        return self._current()

    @_secrets.setter
    def _secrets(self, value: None) -> None:
        """`st.secrets._secrets = None`, Streamlit's way to read the files again (its own
        scripts do it after changing `secrets.files` with streamlit.config.set_option)."""
        if value is not None:
            raise TypeError("st.secrets._secrets can only be set to None (read the files again).")
        ctx = get_run_context()
        if ctx is not None:
            ctx.session.forget_secrets()

    def __getitem__(self, key: str) -> Any:
        return self._current()[key]

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return getattr(self._current(), key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def to_dict(self) -> dict[str, Any]:
        return self._current().to_dict()
