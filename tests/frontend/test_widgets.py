"""Every widget is found by its accessible label/role, operated as a person would, and sends
the right RerunRequest (decoded here with stbundle_pb2)."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, common, el, states

S = pb.Slider
LV = pb.LabelVisibility


def test_button_sends_one_shot_trigger(ui: Harness) -> None:
    ui.send(
        el([0, 0], button=pb.Button(common=common("btn", "Go"), type="primary")),
        el([0, 1], checkbox=pb.Checkbox(common=common("cb", "Flag"), value=True)),
    )
    go = ui.page.get_by_role("button", name="Go")
    expect(go).to_have_class("stb-btn stb-btn-primary")
    go.click()
    rerun = ui.rerun()
    assert states(rerun) == {"btn": ("trigger_value", True), "cb": ("bool_value", True)}
    assert rerun.fragment_id == ""
    # The trigger is never persisted: the next request carries no button state.
    ui.page.get_by_label("Flag").uncheck()
    assert states(ui.rerun()) == {"cb": ("bool_value", False)}


def test_checkbox_and_toggle(ui: Harness) -> None:
    ui.send(
        el([0, 0], checkbox=pb.Checkbox(common=common("cb", "Accept terms"))),
        el(
            [0, 1], checkbox=pb.Checkbox(common=common("tg", "Dark mode"), style=pb.Checkbox.TOGGLE)
        ),
    )
    box = ui.page.get_by_label("Accept terms")
    expect(box).not_to_be_checked()
    box.check()
    assert states(ui.rerun()) == {"cb": ("bool_value", True), "tg": ("bool_value", False)}
    switch = ui.page.get_by_role("switch", name="Dark mode")
    switch.click()
    assert states(ui.rerun())["tg"] == ("bool_value", True)
    expect(switch).to_be_checked()


def test_radio(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            radio=pb.Radio(
                common=common("r", "Colour", help="Pick one"),
                options=["Red", "Blue", "Green"],
                has_value=True,
                value=0,
                captions=["warm", "", "fresh"],
            ),
        )
    )
    group = ui.page.get_by_role("radiogroup", name="Colour")
    expect(group.get_by_role("radio")).to_have_count(3)
    expect(ui.page.get_by_label("Red")).to_be_checked()
    expect(group).to_contain_text("fresh")
    ui.page.get_by_label("Blue").check()
    assert states(ui.rerun()) == {"r": ("int_value", 1)}
    # Arrow keys move the selection like any native radio group.
    ui.page.keyboard.press("ArrowDown")
    assert states(ui.rerun()) == {"r": ("int_value", 2)}


def test_radio_without_value_sends_null(ui: Harness) -> None:
    ui.send(
        el([0, 0], radio=pb.Radio(common=common("r", "Size"), options=["S", "M"], has_value=False)),
        el([0, 1], button=pb.Button(common=common("b", "Send"))),
    )
    expect(ui.page.get_by_role("radio", checked=True)).to_have_count(0)
    ui.page.get_by_role("button", name="Send").click()
    assert states(ui.rerun())["r"] == ("null_value", True)


def test_selectbox_with_placeholder(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            selectbox=pb.Selectbox(
                common=common("s", "Fruit"),
                options=["apple", "banana", "cherry"],
                has_value=False,
                placeholder="Pick a fruit",
            ),
        )
    )
    select = ui.page.get_by_label("Fruit")
    expect(select).to_have_value("")
    expect(select.locator("option:checked")).to_have_text("Pick a fruit")
    select.select_option("banana")
    assert states(ui.rerun()) == {"s": ("int_value", 1)}
    expect(select.locator("option", has_text="Pick a fruit")).to_be_disabled()


def test_selectbox_with_value(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            selectbox=pb.Selectbox(
                common=common("s", "Fruit"), options=["apple", "banana"], has_value=True, value=1
            ),
        )
    )
    select = ui.page.get_by_label("Fruit")
    expect(select.locator("option:checked")).to_have_text("banana")
    select.select_option(label="apple")
    assert states(ui.rerun()) == {"s": ("int_value", 0)}


def test_multiselect_respects_max_selections(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            multiselect=pb.MultiSelect(
                common=common("m", "Toppings"),
                options=["ham", "egg", "cheese"],
                value=[],
                max_selections=2,
            ),
        )
    )
    group = ui.page.get_by_role("group", name="Toppings")
    expect(group).to_be_visible()
    expect(ui.page.get_by_text("Choose options")).to_be_visible()
    ui.page.get_by_label("cheese").check()
    assert states(ui.rerun()) == {"m": ("int_array_value", [2])}
    ui.page.get_by_label("ham").check()
    assert states(ui.rerun()) == {"m": ("int_array_value", [2, 0])}
    expect(ui.page.get_by_label("egg")).to_be_disabled()
    ui.page.get_by_label("cheese").uncheck()
    assert states(ui.rerun()) == {"m": ("int_array_value", [0])}
    expect(ui.page.get_by_label("egg")).to_be_enabled()


def test_slider_sends_on_release_and_keyboard(ui: Harness) -> None:
    ui.send(el([0, 0], slider=S(common=common("sl", "Size"), min=0, max=10, step=1, value=[3])))
    slider = ui.page.get_by_label("Size")
    expect(slider).to_have_value("3")
    expect(ui.page.locator(".stb-slider-value")).to_have_text("3")
    slider.focus()
    ui.page.keyboard.press("ArrowRight")
    assert states(ui.rerun()) == {"sl": ("double_array_value", [4.0])}
    expect(ui.page.locator(".stb-slider-value")).to_have_text("4")
    # Dragging with the mouse sends once, on release.
    box = slider.bounding_box()
    assert box
    ui.page.mouse.move(box["x"] + box["width"] * 0.4, box["y"] + box["height"] / 2)
    ui.page.mouse.down()
    ui.page.mouse.move(box["x"] + box["width"] * 0.7, box["y"] + box["height"] / 2, steps=5)
    ui.page.wait_for_timeout(50)
    assert ui.take() == []
    ui.page.mouse.up()
    (value,) = states(ui.rerun())["sl"][1]
    assert 6 <= value <= 8


def test_range_slider_float_format(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            slider=S(
                common=common("rg", "Price"),
                data_type=S.FLOAT,
                min=0,
                max=1,
                step=0.1,
                value=[0.2, 0.8],
                format="$%.2f",
            ),
        )
    )
    start = ui.page.get_by_label("Price (start)")
    end = ui.page.get_by_label("Price (end)")
    expect(ui.page.get_by_role("group", name="Price")).to_be_visible()
    expect(ui.page.locator(".stb-slider-value")).to_have_text("$0.20 \u2013 $0.80")
    end.focus()
    ui.page.keyboard.press("ArrowLeft")
    assert states(ui.rerun()) == {"rg": ("double_array_value", [0.2, 0.7])}
    start.fill("0.9")  # cannot cross the end thumb
    values = states(ui.rerun())["rg"][1]
    assert values[0] <= values[1]


def test_select_slider_and_date_slider(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            slider=S(
                common=common("ss", "Mood"),
                is_select_slider=True,
                options=["sad", "ok", "happy"],
                min=0,
                max=2,
                step=1,
                value=[1],
            ),
        ),
        el(
            [0, 1],
            slider=S(
                common=common("ds", "Day"),
                data_type=S.DATE,
                min=19723,
                max=19753,
                step=1,
                value=[19724],
            ),
        ),
    )
    readout = ui.page.locator(".stb-slider-value")
    expect(readout.nth(0)).to_have_text("ok")
    expect(readout.nth(1)).to_have_text("2024-01-02")
    ui.page.get_by_label("Mood").focus()
    ui.page.keyboard.press("ArrowRight")
    assert states(ui.rerun())["ss"] == ("double_array_value", [2.0])
    expect(readout.nth(0)).to_have_text("happy")
    ui.page.get_by_label("Day").focus()
    ui.page.keyboard.press("ArrowRight")
    assert states(ui.rerun())["ds"] == ("double_array_value", [19725.0])
    expect(readout.nth(1)).to_have_text("2024-01-03")


def test_text_input_enter_blur_and_null(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            text_input=pb.TextInput(
                common=common("name", "Name"), has_value=False, placeholder="Your name", max_chars=5
            ),
        ),
        el(
            [0, 1],
            text_input=pb.TextInput(
                common=common("pw", "Password"), has_value=True, value="x", type="password"
            ),
        ),
        el([0, 2], button=pb.Button(common=common("b", "Send"))),
    )
    name = ui.page.get_by_label("Name")
    expect(name).to_have_attribute("placeholder", "Your name")
    expect(ui.page.get_by_label("Password")).to_have_attribute("type", "password")
    ui.page.get_by_role("button", name="Send").click()
    assert states(ui.rerun())["name"] == ("null_value", True)
    name.fill("Ada Lovelace")
    expect(name).to_have_value("Ada L")  # max_chars
    ui.assert_nothing_sent()
    name.press("Enter")
    assert states(ui.rerun())["name"] == ("string_value", "Ada L")
    name.press("Tab")  # blur without a change sends nothing
    ui.assert_nothing_sent()
    pw = ui.page.get_by_label("Password")
    pw.fill("secret")
    pw.blur()
    assert states(ui.rerun())["pw"] == ("string_value", "secret")


def test_text_area_ctrl_enter(ui: Harness) -> None:
    ui.send(
        el([0, 0], text_area=pb.TextArea(common=common("ta", "Notes"), has_value=True, value=""))
    )
    area = ui.page.get_by_label("Notes")
    area.fill("line 1")
    area.press("Enter")  # a plain Enter is a newline
    area.type("line 2")
    ui.assert_nothing_sent()
    area.press("Control+Enter")
    assert states(ui.rerun()) == {"ta": ("string_value", "line 1\nline 2")}


def test_number_input_int_float_and_empty(ui: Harness) -> None:
    NI = pb.NumberInput
    ui.send(
        el(
            [0, 0],
            number_input=NI(
                common=common("n", "Count"),
                data_type=NI.INT,
                has_value=True,
                value=5,
                step=1,
                has_min=True,
                min=0,
                has_max=True,
                max=6,
            ),
        ),
        el(
            [0, 1],
            number_input=NI(
                common=common("f", "Ratio"),
                data_type=NI.FLOAT,
                has_value=True,
                value=0.1,
                step=0.1,
                format="%.2f",
            ),
        ),
    )
    count = ui.page.get_by_label("Count")
    expect(count).to_have_value("5")
    row = ui.page.locator(".stb-number-input").nth(0)
    row.get_by_role("button", name="Increment").click()
    assert states(ui.rerun())["n"] == ("int_value", 6)
    row.get_by_role("button", name="Increment").click()  # clamped at max
    assert states(ui.rerun())["n"] == ("int_value", 6)
    row.get_by_role("button", name="Decrement").click()
    assert states(ui.rerun())["n"] == ("int_value", 5)
    count.fill("2")
    count.press("Enter")
    assert states(ui.rerun())["n"] == ("int_value", 2)
    count.fill("")
    count.press("Enter")
    assert states(ui.rerun())["n"] == ("null_value", True)
    ratio = ui.page.get_by_label("Ratio")
    expect(ratio).to_have_value("0.10")
    ui.page.locator(".stb-number-input").nth(1).get_by_role("button", name="Increment").click()
    assert states(ui.rerun())["f"] == ("double_value", 0.2)
    ratio.fill("0.35")
    ratio.blur()
    assert states(ui.rerun())["f"] == ("double_value", 0.35)


def test_date_and_time_inputs(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            date_input=pb.DateInput(
                common=common("d", "Birthday"), value=["2000-01-31"], min="1990-01-01"
            ),
        ),
        el(
            [0, 1],
            date_input=pb.DateInput(
                common=common("dr", "Trip"), is_range=True, value=["2024-05-01", "2024-05-03"]
            ),
        ),
        el(
            [0, 2],
            time_input=pb.TimeInput(common=common("t", "Alarm"), has_value=True, value="07:30"),
        ),
    )
    day = ui.page.get_by_label("Birthday")
    expect(day).to_have_value("2000-01-31")
    expect(day).to_have_attribute("min", "1990-01-01")
    day.fill("2001-02-03")
    assert states(ui.rerun())["d"] == ("string_array_value", ["2001-02-03"])
    ui.page.get_by_label("Trip (end)").fill("2024-05-09")
    assert states(ui.rerun())["dr"] == ("string_array_value", ["2024-05-01", "2024-05-09"])
    expect(ui.page.get_by_label("Trip (start)")).to_have_value("2024-05-01")
    alarm = ui.page.get_by_label("Alarm")
    expect(alarm).to_have_value("07:30")
    alarm.fill("13:45")
    assert states(ui.rerun())["t"] == ("string_value", "13:45")


def test_color_picker(ui: Harness) -> None:
    ui.send(el([0, 0], color_picker=pb.ColorPicker(common=common("c", "Tint"), value="#00FF00")))
    tint = ui.page.get_by_label("Tint")
    expect(tint).to_have_value("#00ff00")
    tint.fill("#ff0000")
    assert states(ui.rerun()) == {"c": ("string_value", "#ff0000")}
    expect(ui.page.locator(".stb-color-hex")).to_have_text("#ff0000")


def test_hidden_labels_stay_accessible_and_disabled(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            text_input=pb.TextInput(
                common=common("a", "Secret label", label_visibility=LV.COLLAPSED)
            ),
        ),
        el(
            [0, 1],
            selectbox=pb.Selectbox(
                common=common("b", "Ghost", label_visibility=LV.HIDDEN, disabled=True),
                options=["x"],
                has_value=True,
            ),
        ),
        el([0, 2], button=pb.Button(common=common("c", "Nope", disabled=True, help="Why not"))),
    )
    expect(ui.page.get_by_label("Secret label")).to_be_editable()
    expect(ui.page.get_by_text("Secret label")).not_to_be_in_viewport()
    ghost = ui.page.get_by_label("Ghost")
    expect(ghost).to_be_disabled()
    expect(ui.page.get_by_role("button", name="Nope")).to_be_disabled()
    expect(ui.page.get_by_role("button", name="Nope")).to_have_attribute("title", "Why not")


def test_rerun_carries_all_states_fragment_and_query(ui: Harness) -> None:
    ui.page.evaluate("() => history.replaceState(null, '', '?tab=2&x=%20y')")
    ui.send(
        el([0, 0], checkbox=pb.Checkbox(common=common("main_cb", "Main"), value=True)),
        el([0, 1], frag="frag1", checkbox=pb.Checkbox(common=common("frag_cb", "In fragment"))),
    )
    ui.page.get_by_label("In fragment").check()
    rerun = ui.rerun()
    assert rerun.fragment_id == "frag1"
    assert rerun.query_string == "tab=2&x=%20y"
    assert states(rerun) == {"main_cb": ("bool_value", True), "frag_cb": ("bool_value", True)}
    ui.page.get_by_label("Main").uncheck()
    assert ui.rerun().fragment_id == ""
