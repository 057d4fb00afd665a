"""The one error a build reports: a message for the person running `bundle build`."""

from __future__ import annotations


class BuildError(Exception):
    """The build cannot go on; `str()` is the whole message (file:line:col first when known)."""
