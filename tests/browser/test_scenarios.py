"""Every scenario in scenarios.py, in every mode, in a real Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import READY
from tests.browser.scenarios import SCENARIOS, Scenario


@pytest.mark.parametrize("scenario", SCENARIOS, ids=str)
def test_scenario(
    scenario: Scenario, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    page.goto(host_app(scenario.app))
    READY[mode](page)
    scenario.check(page)
