"""Run the caching differential scenarios under real Streamlit with our decorators swapped
in, and compare with Streamlit's own: the caching semantics, checked without our runtime."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.differential.scenario import Scenario

_CACHING = importlib.import_module("tests.differential.scenarios.caching")
# Our decorators inside Streamlit's runtime: the scenarios that need our runtime around them
# (output replay) are compared by tests/differential instead.
SCENARIOS: list[Scenario] = [s for s in _CACHING.SCENARIOS if s.name not in _CACHING.NEEDS_RUNTIME]


def _observe(scenario: Scenario, cache_data: Any, cache_resource: Any) -> list[Any]:
    import streamlit
    from streamlit.testing.v1 import AppTest

    real = streamlit.cache_data, streamlit.cache_resource
    streamlit.cache_data, streamlit.cache_resource = cache_data, cache_resource
    try:
        at = AppTest.from_string(scenario.script).run()
        seen = [_snapshot(at)]
        for step in scenario.steps:
            step(at)
            seen.append(_snapshot(at))
        return seen
    finally:
        streamlit.cache_data, streamlit.cache_resource = real


def _snapshot(at: Any) -> tuple[list[tuple[str, str]], dict[str, Any], list[str]]:
    elements = [(node.type, repr(getattr(node, "value", None))) for node in _leaves(at.main)]
    return elements, dict(at.session_state.to_dict()), [e.message for e in at.exception]


def _leaves(node: Any) -> list[Any]:
    children = getattr(node, "children", None)
    if not children:
        return [node]
    return [leaf for child in children.values() for leaf in _leaves(child)]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_scenario_matches_streamlit(scenario: Scenario) -> None:
    import streamlit
    from stbundle.runtime_py import caching

    expected = _observe(scenario, streamlit.cache_data, streamlit.cache_resource)
    actual = _observe(scenario, caching.cache_data, caching.cache_resource)
    assert actual == expected
    assert all(elements and not exceptions for elements, _, exceptions in expected)
