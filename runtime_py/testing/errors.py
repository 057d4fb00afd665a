"""AppTestError: a test asked for something a browser user could not do."""

from __future__ import annotations


class AppTestError(Exception):
    """An impossible query or interaction (e.g. changing a disabled widget), as in Streamlit."""
