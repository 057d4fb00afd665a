"""Forms batch their widgets: no message on change, one on submit with every value."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, blk, common, el, finished, started, states


def send_form(ui: Harness, *, enter_to_submit: bool = True) -> None:
    f = "my_form"
    ui.send(
        el([0, 0], checkbox=pb.Checkbox(common=common("outside", "Outside"))),
        blk([0, 1], form=pb.Block.Form(form_id=f, border=True, enter_to_submit=enter_to_submit)),
        el(
            [0, 1, 0],
            text_input=pb.TextInput(
                common=common("name", "Name", form_id=f), has_value=True, value=""
            ),
        ),
        el([0, 1, 1], checkbox=pb.Checkbox(common=common("agree", "Agree", form_id=f))),
        el(
            [0, 1, 2],
            slider=pb.Slider(
                common=common("age", "Age", form_id=f), min=0, max=100, step=1, value=[30]
            ),
        ),
        el(
            [0, 1, 3],
            selectbox=pb.Selectbox(
                common=common("pet", "Pet", form_id=f), options=["cat", "dog"], has_value=True
            ),
        ),
        el(
            [0, 1, 4],
            number_input=pb.NumberInput(
                common=common("n", "Count", form_id=f), has_value=True, value=1, step=1
            ),
        ),
        el(
            [0, 1, 5],
            button=pb.Button(common=common("submit", "Submit", form_id=f), is_form_submitter=True),
        ),
    )


def test_form_batches_until_submit(ui: Harness) -> None:
    send_form(ui)
    page = ui.page
    expect(page.locator(".stb-form.stb-bordered")).to_be_visible()
    name = page.get_by_label("Name")
    name.fill("Grace")
    name.press("Tab")
    page.get_by_label("Agree").check()
    page.get_by_label("Age").focus()
    page.keyboard.press("ArrowRight")
    page.get_by_label("Pet").select_option("dog")
    page.get_by_label("Count").fill("4")
    page.get_by_label("Count").blur()
    page.get_by_role("button", name="Increment").click()
    ui.assert_nothing_sent()
    page.get_by_role("button", name="Submit").click()
    rerun = ui.rerun()
    assert states(rerun) == {
        "outside": ("bool_value", False),
        "name": ("string_value", "Grace"),
        "agree": ("bool_value", True),
        "age": ("double_array_value", [31.0]),
        "pet": ("int_value", 1),
        "n": ("int_value", 5),
        "submit": ("trigger_value", True),
    }


def test_other_widgets_send_last_submitted_form_values(ui: Harness) -> None:
    send_form(ui)
    ui.page.get_by_label("Agree").check()
    ui.page.get_by_label("Outside").check()
    got = states(ui.rerun())
    assert got["agree"] == ("bool_value", False)  # pending edit not submitted
    assert got["outside"] == ("bool_value", True)
    assert "submit" not in got
    # The pending edit is still shown, survives a rerun, and is sent on submit.
    send_form(ui)
    expect(ui.page.get_by_label("Agree")).to_be_checked()
    ui.page.get_by_role("button", name="Submit").click()
    assert states(ui.rerun())["agree"] == ("bool_value", True)


def test_enter_in_a_form_field_submits_the_form(ui: Harness) -> None:
    send_form(ui)
    ui.page.get_by_label("Agree").check()
    name = ui.page.get_by_label("Name")
    name.fill("Ada")
    ui.assert_nothing_sent()
    name.press("Enter")
    got = states(ui.rerun())
    assert got["name"] == ("string_value", "Ada")
    assert got["agree"] == ("bool_value", True)
    assert got["submit"] == ("trigger_value", True)


def test_enter_does_not_submit_when_enter_to_submit_is_off(ui: Harness) -> None:
    send_form(ui, enter_to_submit=False)
    name = ui.page.get_by_label("Name")
    name.fill("Ada")
    name.press("Enter")
    ui.assert_nothing_sent()
    # The submit button still sends what was typed.
    ui.page.get_by_role("button", name="Submit").click()
    assert states(ui.rerun())["name"] == ("string_value", "Ada")


def test_required_field_blocks_the_submit_until_filled(ui: Harness) -> None:
    f = "req"
    ui.send(
        blk([0, 0], form=pb.Block.Form(form_id=f, enter_to_submit=True)),
        el(
            [0, 0, 0], text_input=pb.TextInput(common=common("n", "Name", form_id=f, required=True))
        ),
        el(
            [0, 0, 1],
            button=pb.Button(common=common("s", "Send", form_id=f), is_form_submitter=True),
        ),
    )
    ui.page.get_by_role("button", name="Send").click()
    expect(ui.page.get_by_role("alert")).to_have_text("Name is required.")
    ui.assert_nothing_sent()
    ui.page.get_by_label("Name").fill("Ada")
    ui.page.get_by_role("button", name="Send").click()
    assert states(ui.rerun())["n"] == ("string_value", "Ada")


def test_form_without_submit_button_says_so_after_the_run(ui: Harness) -> None:
    page = ui.page
    ui.send(
        started("r1"),
        blk([0, 0], form=pb.Block.Form(form_id="lonely", border=True)),
        el([0, 0, 0], text_input=pb.TextInput(common=common("q", "Query", form_id="lonely"))),
        finished("r1"),
    )
    expect(page.get_by_role("alert")).to_contain_text("Missing Submit Button")
    # The next run adds the submit button: the notice goes away.
    ui.send(
        started("r2"),
        blk([0, 0], "r2", form=pb.Block.Form(form_id="lonely", border=True)),
        el(
            [0, 0, 0],
            "r2",
            text_input=pb.TextInput(common=common("q", "Query", form_id="lonely")),
        ),
        el(
            [0, 0, 1],
            "r2",
            button=pb.Button(common=common("go", "Go", form_id="lonely"), is_form_submitter=True),
        ),
        finished("r2"),
    )
    expect(page.get_by_text("Missing Submit Button")).to_be_hidden()
    expect(page.get_by_role("button", name="Go")).to_be_visible()
