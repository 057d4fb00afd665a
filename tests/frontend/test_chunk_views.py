"""Elements drawn by a lazy chunk's view (frontend/src/chunk_view.ts: charts, maps, graphs,
tables, frames), checked through st.graphviz_chart: the chunk is fetched at the first drawing,
only the newest drawing made while it loads is drawn, the same content is not drawn again, and a
chunk that cannot be fetched is said in place of the element."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, el

CHUNK = "**/chunks/graphviz.js"
#: Records whether a node holding "Stale" was ever added (even if replaced at once).
WATCH_STALE = """() => {
  window.sawStale = false;
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) window.sawStale ||= n.textContent.includes("Stale");
  }).observe(document.body, { childList: true, subtree: true });
}"""


def _graph(spec: str) -> pb.ForwardMsg:
    return el([0, 0], graphviz_chart=pb.GraphvizChart(spec=spec, alt="Flow"))


@pytest.fixture
def page(ui: Harness) -> Iterator[Any]:
    """The harness page; the chunk's routes a test sets end with it (the tab is shared)."""
    yield ui.page
    ui.page.unroute(CHUNK)


def _held(page: Any) -> list[Any]:
    """The graphviz chunk's request, held until the test lets it through."""
    held: list[Any] = []
    page.route(CHUNK, lambda route: held.append(route))
    return held


def _wait_for(ui: Harness, held: list[Any]) -> None:
    for _ in range(100):
        if held:
            return
        ui.page.wait_for_timeout(50)
    raise AssertionError("the graphviz chunk was never requested")


def test_only_the_newest_drawing_made_while_the_chunk_loads_is_drawn(
    ui: Harness, page: Any
) -> None:
    held = _held(page)
    ui.send(_graph("digraph { Stale -> Staler }"))
    _wait_for(ui, held)  # the element's shell is there and waits for the library
    page.evaluate(WATCH_STALE)
    ui.send(_graph("digraph { Fresh -> Fresher }"))
    held[0].continue_()
    figure = page.get_by_role("figure", name="Flow")
    expect(figure).to_contain_text("Fresher")
    page.wait_for_timeout(200)  # a stale drawing would come now
    expect(figure).to_contain_text("Fresher")
    assert page.evaluate("() => window.sawStale") is False


def test_the_same_content_is_not_drawn_again(ui: Harness) -> None:
    ui.send(_graph("digraph { A -> B }"))
    figure = ui.page.get_by_role("figure", name="Flow")
    expect(figure).to_contain_text("B")
    figure.evaluate("f => { f.querySelector('svg').dataset.mark = 'drawn' }")
    ui.send(_graph("digraph { A -> B }"))  # a rerun that changed nothing
    ui.page.wait_for_timeout(200)
    assert figure.evaluate("f => f.querySelector('svg').dataset.mark") == "drawn"
    ui.send(_graph("digraph { A -> C }"))
    expect(figure).to_contain_text("C")
    assert figure.evaluate("f => f.querySelector('svg').dataset.mark") is None


def test_a_chunk_that_cannot_be_fetched_is_said_in_place(ui: Harness, page: Any) -> None:
    page.route(CHUNK, lambda route: route.abort())
    ui.send(_graph("digraph { A -> B }"))
    expect(ui.page.get_by_text("The graph library could not be loaded.")).to_be_visible()
