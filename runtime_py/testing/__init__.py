"""Headless testing with the API of `streamlit.testing.v1` (see app_test.py)."""

from stbundle.runtime_py.testing.app_test import AppTest
from stbundle.runtime_py.testing.errors import AppTestError

__all__ = ["AppTest", "AppTestError"]
