"""pandas and numpy, imported when first needed (never at import time: Pyodide apps without them
still show lists and dicts). Typed Any: the project type-checks without their stubs."""

from __future__ import annotations

import importlib
from typing import Any


def pandas() -> Any:
    return importlib.import_module("pandas")


def numpy() -> Any:
    return importlib.import_module("numpy")
