"""st.pills / st.segmented_control / st.feedback in the renderer: toggle buttons found by role
and name, pressed as a person would, sending the chosen option indices."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, common, el, states


def test_single_pills_move_and_clear_the_choice(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            button_group=pb.ButtonGroup(
                common=common("p", "Size"), options=["S", "M", "L"], value=[1], style="pills"
            ),
        )
    )
    group = ui.page.get_by_role("group", name="Size")
    expect(group).to_have_class("stb-button-group stb-pills")
    medium = group.get_by_role("button", name="M")
    expect(medium).to_have_attribute("aria-pressed", "true")
    group.get_by_role("button", name="L").click()
    assert states(ui.rerun()) == {"p": ("int_array_value", [2])}
    expect(medium).to_have_attribute("aria-pressed", "false")
    group.get_by_role("button", name="L").click()
    assert states(ui.rerun()) == {"p": ("int_array_value", [])}


def test_required_single_choice_cannot_be_cleared(ui: Harness) -> None:
    c = common("r", "Mode")
    c.required = True
    ui.send(
        el(
            [0, 0],
            button_group=pb.ButtonGroup(
                common=c, options=["a", "b"], value=[0], style="segmented_control"
            ),
        )
    )
    a = ui.page.get_by_role("button", name="a")
    a.click()
    expect(a).to_have_attribute("aria-pressed", "true")
    ui.page.get_by_role("button", name="b").click()
    assert states(ui.rerun()) == {"r": ("int_array_value", [1])}


def test_multi_segmented_control_toggles_each_option(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            button_group=pb.ButtonGroup(
                common=common("m", "Directions"),
                options=["N", "E", "S"],
                multi=True,
                style="segmented_control",
            ),
        ),
        el(
            [0, 1],
            button_group=pb.ButtonGroup(
                common=pb.WidgetCommon(id="d", label="Off", disabled=True),
                options=["x"],
                style="pills",
            ),
        ),
    )
    expect(ui.page.get_by_role("group", name="Directions")).to_have_class(
        "stb-button-group stb-segmented"
    )
    ui.page.get_by_role("button", name="S").click()
    assert states(ui.rerun())["m"] == ("int_array_value", [2])
    ui.page.get_by_role("button", name="N").click()
    assert states(ui.rerun()) == {"m": ("int_array_value", [2, 0]), "d": ("int_array_value", [])}
    ui.page.get_by_role("button", name="S").click()
    assert states(ui.rerun()) == {"m": ("int_array_value", [0]), "d": ("int_array_value", [])}
    expect(ui.page.get_by_role("button", name="x")).to_be_disabled()


def test_feedback_stars_light_up_and_clear(ui: Harness) -> None:
    ui.send(
        el([0, 0], feedback=pb.Feedback(common=common("f", ""), type="stars")),
        el([0, 1], feedback=pb.Feedback(common=common("t", ""), type="thumbs", has_value=True)),
    )
    three = ui.page.get_by_role("button", name="3 stars")
    three.click()
    assert states(ui.rerun()) == {"f": ("int_value", 2), "t": ("int_value", 0)}
    lit = ui.page.locator(".stb-feedback-stars .stb-feedback-lit")
    expect(lit).to_have_count(3)
    expect(three).to_have_attribute("aria-pressed", "true")
    three.click()
    assert states(ui.rerun()) == {"f": ("null_value", True), "t": ("int_value", 0)}
    expect(lit).to_have_count(0)
    expect(ui.page.get_by_role("button", name="Thumbs down")).to_have_attribute(
        "aria-pressed", "true"
    )
    ui.page.get_by_role("button", name="Thumbs up").click()
    assert states(ui.rerun()) == {"f": ("null_value", True), "t": ("int_value", 1)}


def test_option_icons_are_drawn_before_the_option_text(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            button_group=pb.ButtonGroup(
                common=common("i", "Areas"),
                options=["Charts", "", "Zoom"],
                option_icons=["📊", ":material/add:", ""],
                style="pills",
            ),
        )
    )
    group = ui.page.get_by_role("group", name="Areas")
    charts = group.get_by_role("button", name="Charts")
    expect(charts).to_have_text("📊Charts")
    expect(charts.locator(".stb-bg-icon")).to_have_attribute("aria-hidden", "true")
    expect(group.locator(".stb-icon")).to_have_text("add")  # drawn by the icon font
    group.get_by_role("button", name="Zoom").click()
    assert states(ui.rerun()) == {"i": ("int_array_value", [2])}
