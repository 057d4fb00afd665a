"""The element tree: in-place updates, staleness and removal, fragment scoping, widget value
ownership (set_value), and browser-side block state (tabs, expanders) across reruns."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, Status, blk, common, el, finished, started, states, text


def texts(ui: Harness, root: str = ".stb-main") -> list[str]:
    return ui.page.locator(f"{root} .stb-text pre").all_text_contents()


def test_stale_nodes_dim_then_go_when_the_run_finishes(ui: Harness) -> None:
    ui.send(started("r1"), text([0, 0], "a"), text([0, 1], "b"), text([0, 2], "c"), finished("r1"))
    assert texts(ui) == ["a", "b", "c"]
    ui.send(started("r2"), text([0, 0], "a2", run="r2"))
    ui.page.wait_for_timeout(350)
    first, second = ui.page.locator(".stb-text").nth(0), ui.page.locator(".stb-text").nth(1)
    expect(second).to_have_class("stb-text stb-stale")
    expect(first).to_have_class("stb-text")
    expect(second).to_have_css("opacity", "0.33")
    ui.send(text([0, 1], "b2", run="r2"))
    expect(second).to_have_class("stb-text")
    ui.send(finished("r2"))
    assert texts(ui) == ["a2", "b2"]


def test_quick_runs_never_dim(ui: Harness) -> None:
    ui.send(text([0, 0], "a"), started("r2"), text([0, 0], "a", run="r2"))
    ui.page.wait_for_timeout(300)
    expect(ui.page.locator(".stb-stale")).to_have_count(0)


def test_stopped_for_rerun_keeps_nodes_and_later_runs_clean_up(ui: Harness) -> None:
    ui.send(started("r1"), text([0, 0], "a"), text([0, 1], "b"), finished("r1"))
    ui.send(started("r2"), text([0, 0], "a2", run="r2"), finished("r2", Status.STOPPED_FOR_RERUN))
    assert texts(ui) == ["a2", "b"]
    ui.send(started("r3"), text([0, 0], "a3", run="r3"), finished("r3", Status.STOPPED))
    assert texts(ui) == ["a3"]


def test_deltas_from_superseded_runs_are_dropped(ui: Harness) -> None:
    ui.send(started("r1"), text([0, 0], "old"), started("r2"), text([0, 1], "late", run="r1"))
    ui.send(text([0, 0], "new", run="r2"), finished("r2"))
    assert texts(ui) == ["new"]


def test_error_run_removes_unwritten_nodes(ui: Harness) -> None:
    ui.send(text([0, 0], "a"), text([0, 1], "b"))
    ui.send(
        started("r2"),
        el([0, 0], run="r2", exception=pb.Exception(type="E", message="x")),
        finished("r2", Status.FINISHED_WITH_ERROR),
    )
    assert texts(ui) == []
    expect(ui.page.locator(".stb-exception")).to_have_count(1)


def test_fragment_run_only_touches_its_fragment(ui: Harness) -> None:
    ui.send(
        started("r1"),
        text([0, 0], "main"),
        blk([0, 1], frag="f1", vertical=pb.Block.Vertical(border=True)),
        text([0, 1, 0], "f1 one", frag="f1"),
        text([0, 1, 1], "f1 two", frag="f1"),
        blk([0, 2], frag="f2", vertical=pb.Block.Vertical()),
        text([0, 2, 0], "f2 one", frag="f2"),
        text([1, 0], "sidebar"),
        finished("r1"),
    )
    ui.send(started("r2", "f1"))
    ui.page.wait_for_timeout(300)
    expect(ui.page.locator(".stb-stale")).to_have_count(1)  # only the f1 block (outermost)
    ui.send(
        blk([0, 1], run="r2", frag="f1", vertical=pb.Block.Vertical(border=True)),
        text([0, 1, 0], "f1 new", run="r2", frag="f1"),
        finished("r2", Status.FRAGMENT_FINISHED),
    )
    assert texts(ui) == ["main", "f1 new", "f2 one"]
    assert texts(ui, ".stb-sidebar") == ["sidebar"]
    expect(ui.page.locator(".stb-stale")).to_have_count(0)
    # A full run then removes what it does not write, fragments included.
    ui.send(started("r3"), text([0, 0], "main", run="r3"), finished("r3"))
    assert texts(ui) == ["main"]
    expect(ui.page.locator(".stb-sidebar")).to_be_hidden()


def test_updates_patch_in_place_keeping_focus_and_typing(ui: Harness) -> None:
    widget = pb.TextInput(common=common("q", "Query"), has_value=True, value="")
    ui.send(el([0, 0], text_input=widget), text([0, 1], "count 0"))
    box = ui.page.get_by_label("Query")
    box.evaluate("e => { e.dataset.marker = 'same-node' }")
    box.click()
    ui.page.keyboard.type("abc")
    # Reruns triggered elsewhere (e.g. an auto-rerun) arrive while the user is typing.
    for i in range(1, 4):
        ui.send(
            started(f"r{i + 1}"),
            el([0, 0], run=f"r{i + 1}", text_input=widget),
            text([0, 1], f"count {i}", run=f"r{i + 1}"),
            finished(f"r{i + 1}"),
        )
    expect(ui.page.get_by_text("count 3")).to_be_visible()
    expect(box).to_be_focused()
    expect(box).to_have_value("abc")
    assert box.evaluate("e => e.dataset.marker") == "same-node"
    ui.page.keyboard.type("d")
    box.press("Enter")
    assert states(ui.rerun()) == {"q": ("string_value", "abcd")}


def test_set_value_overrides_the_users_value(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            text_input=pb.TextInput(common=common("t", "Name"), has_value=True, value="start"),
        )
    )
    name = ui.page.get_by_label("Name")
    name.fill("mine")
    name.press("Enter")
    assert states(ui.rerun()) == {"t": ("string_value", "mine")}
    # Without set_value the renderer keeps its own value ...
    ui.send(
        el(
            [0, 0],
            run="r2",
            text_input=pb.TextInput(common=common("t", "Name"), has_value=True, value="server"),
        )
    )
    expect(name).to_have_value("mine")
    # ... with set_value the runtime's value wins, even while focused, and is what gets sent.
    name.focus()
    ui.send(
        el(
            [0, 0],
            run="r3",
            text_input=pb.TextInput(
                common=common("t", "Name", set_value=True), has_value=True, value="reset"
            ),
        )
    )
    expect(name).to_have_value("reset")
    ui.page.keyboard.press("Enter")
    ui.assert_nothing_sent()  # unchanged from the committed value
    ui.send(el([0, 1], checkbox=pb.Checkbox(common=common("c", "Other"))))
    ui.page.get_by_label("Other").check()
    assert states(ui.rerun())["t"] == ("string_value", "reset")


def test_removed_widgets_are_forgotten(ui: Harness) -> None:
    ui.send(
        started("r1"),
        el([0, 0], checkbox=pb.Checkbox(common=common("a", "A"))),
        el([0, 1], checkbox=pb.Checkbox(common=common("b", "B"))),
        finished("r1"),
    )
    ui.page.get_by_label("B", exact=True).check()
    assert set(states(ui.rerun())) == {"a", "b"}
    ui.send(
        started("r2"),
        el([0, 0], run="r2", checkbox=pb.Checkbox(common=common("a", "A"))),
        finished("r2"),
    )
    ui.page.get_by_label("A", exact=True).check()
    assert states(ui.rerun()) == {"a": ("bool_value", True)}
    # Coming back, B starts again from its element's value.
    ui.send(el([0, 1], run="r3", checkbox=pb.Checkbox(common=common("b", "B"), value=False)))
    expect(ui.page.get_by_label("B", exact=True)).not_to_be_checked()


def test_kind_change_replaces_node_in_order(ui: Harness) -> None:
    ui.send(text([0, 0], "a"), text([0, 2], "c"), text([0, 1], "b"))
    assert texts(ui) == ["a", "b", "c"]
    ui.send(el([0, 1], markdown=pb.Markdown(body="**B**")))
    expect(ui.page.locator(".stb-main .stb-root-block > *")).to_have_count(3)
    expect(ui.page.locator(".stb-main .stb-root-block > *").nth(1)).to_have_text("B")


def test_tabs_keyboard_and_selection_survives_reruns(ui: Harness) -> None:
    def run(run_id: str, labels: tuple[str, ...] = ("One", "Two", "Three")) -> None:
        msgs = [started(run_id), blk([0, 0], run=run_id, tab_container=pb.Block.TabContainer())]
        for i, label in enumerate(labels):
            msgs += [
                blk([0, 0, i], run=run_id, tab=pb.Block.Tab(label=label)),
                text([0, 0, i, 0], f"content {label}", run=run_id),
            ]
        ui.send(*msgs, finished(run_id))

    run("r1")
    tabs = ui.page.get_by_role("tab")
    expect(tabs).to_have_text(["One", "Two", "Three"])
    expect(tabs.nth(0)).to_have_attribute("aria-selected", "true")
    expect(ui.page.get_by_text("content One")).to_be_visible()
    expect(ui.page.get_by_text("content Two")).to_be_hidden()
    ui.page.get_by_role("tab", name="Two").click()
    expect(ui.page.get_by_role("tabpanel", name="Two")).to_contain_text("content Two")
    expect(ui.page.get_by_text("content One")).to_be_hidden()
    ui.page.keyboard.press("ArrowRight")
    expect(ui.page.get_by_role("tab", name="Three")).to_be_focused()
    expect(ui.page.get_by_text("content Three")).to_be_visible()
    run("r2")
    expect(ui.page.get_by_role("tab", name="Three")).to_have_attribute("aria-selected", "true")
    expect(ui.page.get_by_text("content Three")).to_be_visible()
    ui.page.keyboard.press("Home")
    expect(ui.page.get_by_text("content One")).to_be_visible()
    run("r3", ("Uno", "Dos"))
    expect(ui.page.get_by_role("tab")).to_have_text(["Uno", "Dos"])
    expect(ui.page.get_by_text("content Uno")).to_be_visible()


def test_expander_open_state_survives_reruns(ui: Harness) -> None:
    def run(run_id: str, label: str = "More") -> None:
        ui.send(
            started(run_id),
            blk([0, 0], run=run_id, expander=pb.Block.Expander(label=label, expanded=False)),
            text([0, 0, 0], "hidden details", run=run_id),
            finished(run_id),
        )

    run("r1")
    details = ui.page.get_by_text("hidden details")
    expect(details).to_be_hidden()
    ui.page.get_by_text("More").click()
    expect(details).to_be_visible()
    run("r2", "More!")
    expect(ui.page.get_by_text("More!")).to_be_visible()
    expect(details).to_be_visible()


def test_columns_and_containers(ui: Harness) -> None:
    ui.send(
        blk([0, 0], horizontal=pb.Block.Horizontal(gap="small")),
        blk([0, 0, 0], column=pb.Block.Column(weight=2)),
        blk([0, 0, 1], column=pb.Block.Column(weight=1)),
        text([0, 0, 0, 0], "left"),
        text([0, 0, 1, 0], "right"),
        blk([0, 1], vertical=pb.Block.Vertical(border=True)),
        text([0, 1, 0], "boxed"),
        blk([0, 2], empty=pb.Block.Empty()),
        text([0, 2, 0], "slot v1"),
    )
    cols = ui.page.locator(".stb-column")
    left, right = cols.nth(0).bounding_box(), cols.nth(1).bounding_box()
    assert left and right
    assert abs(left["y"] - right["y"]) < 1 and left["x"] < right["x"]
    assert 1.6 < left["width"] / right["width"] < 2.4
    expect(ui.page.locator(".stb-vertical.stb-bordered")).to_have_text("boxed")
    ui.send(text([0, 2, 0], "slot v2"))
    expect(ui.page.locator(".stb-empty-block")).to_have_text("slot v2")


def test_block_kind_change_replaces_subtree(ui: Harness) -> None:
    ui.send(blk([0, 0], vertical=pb.Block.Vertical()), text([0, 0, 0], "inside"))
    ui.send(blk([0, 0], expander=pb.Block.Expander(label="Now an expander", expanded=True)))
    expect(ui.page.get_by_text("inside")).to_have_count(0)
    expect(ui.page.get_by_text("Now an expander")).to_be_visible()


def transient(path: list[int], run: str = "r2", **element: Any) -> pb.ForwardMsg:
    msg = el(path, run=run, **element)
    msg.metadata.transient = True
    return msg


def test_transient_spinner_sits_before_its_path_and_vanishes(ui: Harness) -> None:
    ui.send(started("r1"), text([0, 0], "a"), text([0, 1], "b"), finished("r1"))
    children = ui.page.locator(".stb-main .stb-root-block > *")
    ui.send(started("r2"), transient([0, 1], spinner=pb.Spinner(text="Loading b")))
    expect(children).to_have_count(3)
    expect(children.nth(1)).to_have_text("Loading b")
    # It does not take the child's place: writing [0, 1] updates "b", the spinner stays.
    ui.send(text([0, 0], "a", run="r2"), text([0, 1], "b2", run="r2"))
    expect(children).to_have_text(["a", "Loading b", "b2"])
    ui.send(transient([0, 1], empty=pb.Empty()))
    expect(children).to_have_text(["a", "b2"])
    # A transient past the end is appended, and the run's end removes it.
    ui.send(transient([0, 2], spinner=pb.Spinner(text="Still going")))
    expect(children).to_have_text(["a", "b2", "Still going"])
    ui.send(finished("r2"))
    expect(children).to_have_text(["a", "b2"])
