"""st.datetime_input, st.menu_button and st.pagination in the renderer (each drawn by its lazy
chunk), used as a person would: found by role and name, the values they send checked; and the
page's facts for st.context sent with every rerun request."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, common, el, states


def test_datetime_input_sends_the_picked_moment(ui: Harness) -> None:
    c = common("dt", "Meeting")
    ui.send(
        el(
            [0, 0],
            date_time_input=pb.DateTimeInput(
                common=c,
                has_value=True,
                value="2024-05-17T09:30",
                min="2024-01-01T00:00",
                max="2024-12-31T23:59",
                step_seconds=900,
            ),
        ),
        el([0, 1], date_time_input=pb.DateTimeInput(common=common("e", "Empty"), step_seconds=60)),
    )
    field = ui.page.get_by_label("Meeting")
    expect(field).to_have_value("2024-05-17T09:30")
    expect(field).to_have_attribute("type", "datetime-local")
    expect(field).to_have_attribute("min", "2024-01-01T00:00")
    expect(field).to_have_attribute("step", "900")
    expect(ui.page.get_by_label("Empty")).to_have_value("")
    field.fill("2024-06-01T18:15")
    assert states(ui.rerun()) == {
        "dt": ("string_array_value", ["2024-06-01T18:15"]),
        "e": ("null_value", True),
    }
    field.fill("")
    assert states(ui.rerun())["dt"] == ("null_value", True)


def test_menu_button_opens_a_menu_and_sends_the_chosen_item(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            menu_button=pb.MenuButton(
                common=common("m", "Export"), options=["CSV", "JSON", "PDF"], type="primary"
            ),
        )
    )
    button = ui.page.get_by_role("button", name="Export")
    expect(button).to_have_attribute("aria-haspopup", "menu")
    expect(ui.page.get_by_role("menuitem")).to_have_count(0)
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(ui.page.get_by_role("menuitem")).to_have_count(3)
    expect(ui.page.get_by_role("menuitem", name="CSV")).to_be_focused()
    ui.page.keyboard.press("ArrowDown")
    expect(ui.page.get_by_role("menuitem", name="JSON")).to_be_focused()
    ui.page.keyboard.press("Escape")  # closes without choosing
    expect(ui.page.get_by_role("menu")).to_be_hidden()
    expect(button).to_be_focused()
    ui.assert_nothing_sent()
    button.click()
    ui.page.get_by_role("menuitem", name="PDF").click()
    assert states(ui.rerun()) == {"m": ("string_trigger_value", "PDF")}
    expect(ui.page.get_by_role("menu")).to_be_hidden()
    # The choice lives for one run: the next rerun does not send it again.
    button.click()
    ui.page.mouse.click(5, 400)  # a click outside closes the menu
    expect(ui.page.get_by_role("menu")).to_be_hidden()
    ui.assert_nothing_sent()


def test_disabled_menu_button_does_not_open(ui: Harness) -> None:
    c = common("m", "Actions")
    c.disabled = True
    ui.send(el([0, 0], menu_button=pb.MenuButton(common=c, options=["a"])))
    expect(ui.page.get_by_role("button", name="Actions")).to_be_disabled()


def test_pagination_pages_through_with_numbers_and_arrows(ui: Harness) -> None:
    ui.send(
        el(
            [0, 0],
            pagination=pb.Pagination(
                common=pb.WidgetCommon(id="p"), num_pages=20, value=1, max_visible_pages=7
            ),
        )
    )
    nav = ui.page.get_by_role("navigation", name="Pagination")
    expect(nav.get_by_role("button", name="Page 1")).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("button", name="Previous page")).to_be_disabled()
    numbers = nav.locator("button[aria-label^='Page ']")
    expect(numbers).to_have_text(["1", "2", "3", "4", "5", "20"])
    nav.get_by_role("button", name="Next page").click()
    assert states(ui.rerun()) == {"p": ("int_value", 2)}
    nav.get_by_role("button", name="Page 20").click()
    assert states(ui.rerun()) == {"p": ("int_value", 20)}
    expect(nav.get_by_role("button", name="Next page")).to_be_disabled()
    expect(numbers).to_have_text(["1", "16", "17", "18", "19", "20"])
    nav.get_by_role("button", name="Page 17").click()
    assert states(ui.rerun()) == {"p": ("int_value", 17)}
    expect(numbers).to_have_text(["1", "16", "17", "18", "19", "20"])
    nav.get_by_role("button", name="Page 16").click()
    ui.rerun()
    expect(numbers).to_have_text(["1", "15", "16", "17", "20"])


def test_rerun_requests_carry_the_page_facts(ui: Harness) -> None:
    ui.page.emulate_media(color_scheme="dark")
    pager = pb.Pagination(common=pb.WidgetCommon(id="p"), num_pages=2, value=1)
    ui.send(el([0, 0], pagination=pager))
    ui.page.get_by_role("button", name="Page 2").click()
    context = ui.rerun().context
    assert context.url.startswith("http://") and "?" not in context.url
    assert context.locale and context.timezone
    assert context.HasField("timezone_offset")
    assert context.color_scheme == "dark"
    assert context.is_embedded is False


def test_menu_button_icons_emoji_or_material_symbol(ui: Harness) -> None:
    material = common("a", "Save")
    material.icon = ":material/download:"
    emoji = common("b", "Party")
    emoji.icon = "🎉"
    ui.send(
        el([0, 0], menu_button=pb.MenuButton(common=material, options=["x"])),
        el([0, 1], menu_button=pb.MenuButton(common=emoji, options=["y"])),
    )
    icon = ui.page.locator(".stb-menu-button .stb-icon")
    expect(icon).to_have_text("download")
    expect(icon).to_have_attribute("aria-hidden", "true")
    ui.page.wait_for_function(
        "() => [...document.fonts].some(f => f.family.includes('Material Symbols')"
        " && f.status === 'loaded')"
    )
    expect(ui.page.get_by_role("button", name="Save")).to_be_visible()  # the icon is not named
    expect(ui.page.locator(".stb-btn-icon").nth(1)).to_have_text("🎉")
