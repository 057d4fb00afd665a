"""Every Scenario under real Streamlit's AppTest and under stbundle's: the snapshots must match.

Scenarios come from every module in tests/differential/scenarios/ that defines SCENARIOS. Both
AppTests run in this process: stbundle's runtime puts its own `streamlit` module in
sys.modules only while its script runs, so the real one is untouched in between.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest as StreamlitAppTest

from stbundle.testing import AppTest as StbundleAppTest
from tests.differential import scenarios
from tests.differential.scenario import Scenario
from tests.differential.snapshot import snapshot


def _all_scenarios() -> list[Scenario]:
    found: list[Scenario] = []
    for info in pkgutil.iter_modules(scenarios.__path__):
        module = importlib.import_module(f"{scenarios.__name__}.{info.name}")
        found.extend(getattr(module, "SCENARIOS", []))
    return found


SCENARIOS = _all_scenarios()


@pytest.fixture(autouse=True)
def quiet_streamlit() -> Iterator[None]:
    """Streamlit warns about missing contexts and config in bare mode; that is noise here."""
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def _snapshots(app_test: Any, scenario: Scenario) -> list[dict[str, Any]]:
    # A loaded 2-core machine can take more than AppTest's default 3 s (pandas imports).
    at = app_test.from_string(scenario.script, default_timeout=30)
    at.query_params.update(scenario.query_params)
    at.context = dict(scenario.context)
    if scenario.user is not None:
        at.user = dict(scenario.user)
    at.run()
    snaps = [snapshot(at, scenario.ignore_state)]
    for step in scenario.steps:
        step(at)
        snaps.append(snapshot(at, scenario.ignore_state))
    return snaps


def test_scenario_names_are_unique() -> None:
    names = [s.name for s in SCENARIOS]
    assert len(names) == len(set(names))
    assert len(names) >= 30


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_same_as_streamlit(scenario: Scenario) -> None:
    expected = _snapshots(StreamlitAppTest, scenario)
    actual = _snapshots(StbundleAppTest, scenario)
    assert len(actual) == len(expected)
    for step, (want, got) in enumerate(zip(expected, actual, strict=True)):
        assert got == want, f"after step {step} ({'initial run' if step == 0 else 'interaction'})"
