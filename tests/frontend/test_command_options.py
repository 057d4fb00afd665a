"""Streamlit 1.67 command options the renderer honours: on_change="ignore", text_input types,
validation and live typing, alert titles, stateful tabs/expanders, and the per-element Layout."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, blk, common, el, states


def test_on_change_ignore_keeps_the_change_for_the_next_rerun(ui: Harness) -> None:
    ui.send(
        el([0, 0], checkbox=pb.Checkbox(common=common("quiet", "Quiet", ignore_rerun=True))),
        el([0, 1], button=pb.Button(common=common("go", "Go"))),
    )
    ui.page.get_by_label("Quiet").check()
    ui.assert_nothing_sent()
    ui.page.get_by_role("button", name="Go").click()
    assert states(ui.rerun())["quiet"] == ("bool_value", True)


def test_text_input_types_use_native_inputs(ui: Harness) -> None:
    for i, (kind, native) in enumerate(
        [("email", "email"), ("url", "url"), ("phone", "tel"), ("search", "search")]
    ):
        ui.send(el([0, i], text_input=pb.TextInput(common=common(kind, kind.title()), type=kind)))
        expect(ui.page.get_by_label(kind.title())).to_have_attribute("type", native)


def test_validate_refuses_a_value_that_does_not_match(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            text_input=pb.TextInput(
                common=common("mail", "Email"),
                type="email",
                validate_regex=r"^[^\s@]+@[^\s@]+\.[^\s@]+$",
                validate_message="Enter a valid email address.",
            ),
        )
    )
    field = ui.page.get_by_label("Email")
    field.fill("not-an-email")
    field.press("Enter")
    expect(ui.page.get_by_role("alert")).to_have_text("Enter a valid email address.")
    ui.assert_nothing_sent()
    field.fill("ada@example.com")
    field.press("Enter")
    assert states(ui.rerun())["mail"] == ("string_value", "ada@example.com")
    expect(ui.page.get_by_role("alert")).to_be_hidden()


def test_required_outside_a_form_keeps_the_last_value(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            text_input=pb.TextInput(
                common=common("n", "Name", required=True), has_value=True, value="Ada"
            ),
        )
    )
    field = ui.page.get_by_label("Name")
    field.fill("")
    field.press("Enter")
    ui.assert_nothing_sent()
    expect(ui.page.get_by_role("alert")).to_have_text("Name is required.")


def test_live_text_input_commits_after_a_pause(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            text_input=pb.TextInput(common=common("q", "Search"), live=True, live_debounce_ms=50),
        )
    )
    ui.page.get_by_label("Search").press_sequentially("cat")
    assert states(ui.rerun())["q"] == ("string_value", "cat")


def test_alert_title_and_heading_icon(ui: Harness) -> None:
    ui.send(
        el([0, 0], alert=pb.Alert(body="Disk full", title="Oops", format=pb.Alert.ERROR)),
        el([0, 1], heading=pb.Heading(tag="h2", body="Report", icon="📊")),
        el([0, 2], metric=pb.Metric(label="Users", body="12", icon="👤")),
    )
    alert = ui.page.get_by_role("alert")
    expect(alert.locator(".stb-alert-title")).to_have_text("Oops")
    expect(alert.locator(".stb-alert-body")).to_have_text("Disk full")
    expect(ui.page.get_by_role("heading", name="📊 Report")).to_be_visible()
    expect(ui.page.get_by_text("👤 Users")).to_be_visible()


def test_layout_sizes_any_element_in_one_place(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            button=pb.Button(common=common("b", "Wide")),
            layout=pb.Layout(width_stretch=True),
        ),
        el(
            [0, 1],
            text=pb.Text(body="Centered"),
            layout=pb.Layout(width_pixels=300, text_alignment="center"),
        ),
        el(
            [0, 2],
            button=pb.Button(common=common("c", "Narrow")),
            layout=pb.Layout(width_content=True),
        ),
    )
    page = ui.page
    wide = page.get_by_role("button", name="Wide").bounding_box()
    narrow = page.get_by_role("button", name="Narrow").bounding_box()
    text = page.get_by_text("Centered")
    assert wide and narrow and wide["width"] > 2 * narrow["width"]
    box = page.locator(".stb-text", has_text="Centered")
    expect(box).to_have_css("width", "300px")
    expect(text).to_have_css("text-align", "center")


def test_stateful_tabs_send_the_selected_label_and_follow_the_runtime(ui: Harness) -> None:
    ui.send(
        blk(
            [0, 0],
            tab_container=pb.Block.TabContainer(common=common("t", ""), selected="B"),
        ),
        blk([0, 0, 0], tab=pb.Block.Tab(label="A")),
        blk([0, 0, 1], tab=pb.Block.Tab(label="B")),
    )
    page = ui.page
    expect(page.get_by_role("tab", name="B")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="A").click()
    assert states(ui.rerun())["t"] == ("string_value", "A")
    # The runtime sets the value (session state): the page follows.
    common_b = common("t", "", set_value=True)
    ui.send(blk([0, 0], "r2", tab_container=pb.Block.TabContainer(common=common_b, selected="B")))
    expect(page.get_by_role("tab", name="B")).to_have_attribute("aria-selected", "true")


def test_stateful_expander_sends_its_open_state(ui: Harness) -> None:
    ui.send(
        blk([0, 0], expander=pb.Block.Expander(label="More", common=common("e", "More"))),
        el([0, 0, 0], text=pb.Text(body="Inside")),
    )
    page = ui.page
    page.get_by_text("More").click()
    assert states(ui.rerun())["e"] == ("bool_value", True)
    expect(page.get_by_text("Inside")).to_be_visible()


def test_button_icon_position_and_keyboard_shortcut(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            button=pb.Button(
                common=common("save", "Save"), icon="💾", icon_position="right", shortcut="ctrl+s"
            ),
        ),
        el([0, 1], text_input=pb.TextInput(common=common("t", "Note"))),
    )
    page = ui.page
    save = page.get_by_role("button", name="Save")
    expect(save).to_have_attribute("aria-keyshortcuts", "ctrl+s")
    assert save.evaluate("b => b.lastElementChild.textContent") == "💾"
    # A plain key typed in a field is text, not a shortcut; Ctrl+S clicks from anywhere.
    page.get_by_label("Note").press("s")
    ui.assert_nothing_sent()
    page.get_by_label("Note").press("Control+s")
    assert states(ui.rerun())["save"] == ("trigger_value", True)
    page.keyboard.press("Meta+s")  # Cmd and Ctrl are the same modifier
    assert states(ui.rerun())["save"] == ("trigger_value", True)


def test_horizontal_container_lays_children_in_a_row(ui: Harness) -> None:
    row = pb.Layout(horizontal=True, gap="8px", horizontal_alignment="right")
    ui.send(
        blk([0, 0], vertical=pb.Block.Vertical(), layout=row),
        el(
            [0, 0, 0],
            button=pb.Button(common=common("a", "One")),
            layout=pb.Layout(width_content=True),
        ),
        el(
            [0, 0, 1],
            button=pb.Button(common=common("b", "Two")),
            layout=pb.Layout(width_content=True),
        ),
    )
    page = ui.page
    one = page.get_by_role("button", name="One").bounding_box()
    two = page.get_by_role("button", name="Two").bounding_box()
    assert one and two and abs(one["y"] - two["y"]) < 2 and two["x"] > one["x"] + one["width"]
    container = page.locator(".stb-vertical.stb-flow-row")
    expect(container).to_have_css("gap", "8px")
    expect(container).to_have_css("justify-content", "flex-end")


def test_expander_type_and_field_icons(ui: Harness) -> None:
    ui.send(
        blk([0, 0], expander=pb.Block.Expander(label="Step one", type="step")),
        el([0, 1], number_input=pb.NumberInput(common=common("n", "Count", icon="🔢"), step=1)),
        el(
            [0, 2],
            selectbox=pb.Selectbox(
                common=common("s", "Pick", icon=":material/list:"), options=["a"]
            ),
        ),
    )
    page = ui.page
    expect(page.locator("details.stb-expander")).to_have_attribute("data-type", "step")
    expect(page.locator(".stb-number-input .stb-field-icon")).to_have_text("🔢")
    # Material Symbols are not drawn (no icon font in the core renderer): no broken text.
    expect(page.locator(".stb-selectbox .stb-field-icon")).to_be_hidden()


def test_metric_format_description_sparkline_and_tones(ui: Harness) -> None:
    M = pb.Metric
    ui.send(
        el(
            [0, 0],
            metric=M(
                label="Revenue",
                body="1234.567",
                delta="-12.5",
                delta_direction=M.DOWN,
                delta_tone="red",
                format="dollar",
                delta_description="vs last month",
                chart_data=[1, 3, 2, 5],
                chart_type="area",
            ),
        ),
        el([0, 1], metric=M(label="Plain", body="7", delta="1", delta_tone="violet")),
    )
    page = ui.page
    revenue = page.locator(".stb-metric").nth(0)
    expect(revenue.locator(".stb-metric-value")).to_have_text("$1,234.57")
    expect(revenue.locator(".stb-metric-delta")).to_have_text("↓ -$12.50 vs last month")
    expect(revenue.locator("svg.stb-sparkline polygon")).to_have_count(1)
    plain = page.locator(".stb-metric").nth(1)
    expect(plain.locator(".stb-metric-delta")).to_have_class("stb-metric-delta stb-delta-violet")
    # A rerun without the extras removes them.
    ui.send(el([0, 0], "r2", metric=M(label="Revenue", body="1234.567")))
    expect(revenue.locator(".stb-metric-value")).to_have_text("1234.567")
    expect(revenue.locator("svg")).to_have_count(0)


def test_json_opens_to_the_given_depth(ui: Harness) -> None:
    body = '{"a": {"b": {"c": 1}}}'
    ui.send(el([0, 0], json=pb.Json(body=body, expanded=True, expand_depth=1)))
    details = ui.page.locator(".stb-json details")
    expect(details).to_have_count(3)
    assert details.evaluate_all("ds => ds.map(d => d.open)") == [True, False, False]


def test_autoscroll_container_follows_new_content(ui: Harness) -> None:
    box = pb.Layout(height_pixels=80, autoscroll=True)
    ui.send(blk([0, 0], vertical=pb.Block.Vertical(border=True), layout=box))
    for i in range(12):
        ui.send(el([0, 0, i], text=pb.Text(body=f"line {i}")))
    expect(ui.page.get_by_text("line 11")).to_be_in_viewport()
    scrolled = ui.page.locator(".stb-vertical[data-autoscroll]").evaluate("b => b.scrollTop")
    assert scrolled > 0


def test_keyed_widgets_carry_streamlits_css_class(ui: Harness) -> None:
    ui.send(
        el([0, 0], checkbox=pb.Checkbox(common=common("$$ID-abc-my key!", "Keyed"))),
        el([0, 1], checkbox=pb.Checkbox(common=common("$$ID-def-None", "Keyless"))),
    )
    page = ui.page
    expect(page.locator(".st-key-my-key-")).to_contain_text("Keyed")
    expect(page.locator("[class*='st-key-']")).to_have_count(1)
