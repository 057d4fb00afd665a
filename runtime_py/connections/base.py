"""`BaseConnection`: what `st.connection` creates, and what custom connections subclass.

A subclass gives `_connect(**kwargs)`, which makes the underlying client; the base keeps it
(`_instance`, made again after `reset()`), reads the connection's `[connections.<name>]`
secrets section (`_secrets`) and says where a missing attribute lives.
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from typing import Any, Generic, Literal, TypeVar

from stbundle.runtime_py.errors import StreamlitSecretNotFoundError
from stbundle.runtime_py.secrets import AttrDict

RawConnectionT = TypeVar("RawConnectionT")


class BaseConnection(ABC, Generic[RawConnectionT]):
    """The base class of every connection (Streamlit 1.67's API)."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        # Identifies this connection object in the keys of its cached queries, so a new
        # connection never reads an old one's results.
        self._connection_instance_id = uuid.uuid4()
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup failed: point at the client that has the attribute.
        if not name.startswith("_") and hasattr(self._instance, name):
            raise AttributeError(
                f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead"
            )
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def _secrets(self) -> AttrDict:
        """This connection's `[connections.<name>]` section of st.secrets (empty if none)."""
        from stbundle.runtime_py.secrets import SecretsProxy

        try:
            section = SecretsProxy().get("connections")
        except (StreamlitSecretNotFoundError, RuntimeError):  # no secrets file, no session
            return AttrDict({})
        if not isinstance(section, AttrDict):
            return AttrDict({})
        found = section.get(self._connection_name)
        return found if isinstance(found, AttrDict) else AttrDict({})

    def reset(self) -> None:
        """Forget the client; the next use makes a new one (a stale or expired connection)."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying client, made again if it was reset."""
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Make the underlying client."""
        raise NotImplementedError

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """ "global": one object for every session (cached); "session": one per session."""
        return "global"

    def close(self) -> None:
        """Called when the connection leaves st.connection's cache (ttl, max_entries)."""
