"""Browser checks for parameters that change how a widget behaves as it is used:
st.chat_input(submit_mode=) (examples/chat_submit_modes.py), typed options, filter modes and
"select all" of st.selectbox / st.multiselect (examples/typed_options.py), and a callback's
st.rerun(scope=key) of a keyed fragment (examples/fragment_keys.py)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def chat_submit_modes(page: Page) -> None:
    expect(page.get_by_role("heading", name="Chat submit modes")).to_be_visible()
    # "disable": the box is disabled from the submit until that run has finished.
    slow = page.get_by_role("textbox", name="Ask slowly")
    slow.fill("the sum")
    slow.press("Enter")
    expect(page.get_by_text("Working on the sum")).to_be_visible()
    expect(slow).to_be_disabled()
    expect(page.get_by_text("Done with the sum")).to_be_visible()
    expect(slow).to_be_enabled()
    # "stop": the send button becomes a Stop button for that run; pressing it ends the run.
    long = page.get_by_role("textbox", name="Ask at length")
    long.fill("the universe")
    long.press("Enter")
    expect(page.get_by_text("Thinking about the universe")).to_be_visible()
    stop = page.locator(".stb-chat-input").filter(has=long).get_by_role("button", name="Stop")
    expect(stop).to_be_enabled()
    expect(long).to_be_enabled()  # the user may type the next message meanwhile
    stop.click()
    expect(page.get_by_role("status").get_by_text("Running…")).to_be_hidden()
    expect(stop).to_have_count(0)
    expect(
        page.locator(".stb-chat-input").filter(has=long).get_by_role("button", name="Send message")
    ).to_be_visible()
    expect(page.get_by_text("Never finished")).to_have_count(0)


def typed_options(page: Page) -> None:
    expect(page.get_by_role("heading", name="Typed options")).to_be_visible()
    # A selectbox that accepts new options: the typed text becomes the value.
    fruit = page.get_by_role("combobox", name="Fruit")
    fruit.click()
    expect(page.get_by_role("option")).to_have_text(["Apple", "Banana", "Cherry"])
    fruit.fill("kiwi")
    expect(page.get_by_role("option")).to_have_text(["Add: kiwi"])
    fruit.press("Enter")
    expect(page.get_by_text("Fruit: kiwi")).to_be_visible()
    expect(fruit).to_have_value("kiwi")
    # An option's label typed in another case chooses that option.
    fruit.fill("banana")
    fruit.press("Enter")
    expect(page.get_by_text("Fruit: Banana")).to_be_visible()
    expect(fruit).to_have_value("Banana")
    # index=None: the choice can be cleared again (its "Clear value" button, as in Streamlit).
    fruit_box = page.locator(".stb-selectbox").filter(has=fruit)
    fruit_box.get_by_role("button", name="Clear value").click()
    expect(page.get_by_text("Fruit: None")).to_be_visible()
    expect(fruit).to_have_value("")
    expect(fruit_box.get_by_role("button", name="Clear value")).to_be_hidden()
    fruit.fill("cherry")
    fruit.press("Enter")
    expect(page.get_by_text("Fruit: Cherry")).to_be_visible()
    fruit.fill("")  # an emptied field and Enter clear it too
    fruit.press("Enter")
    expect(page.get_by_text("Fruit: None")).to_be_visible()
    # filter_mode="prefix": only options starting with the text; arrows pick among them.
    city = page.get_by_role("combobox", name="City")
    expect(city).to_have_value("Amsterdam")
    city_box = page.locator(".stb-selectbox").filter(has=city)
    expect(city_box.get_by_role("button", name="Clear value")).to_be_hidden()  # it has an index
    city.fill("b")
    expect(page.get_by_role("option")).to_have_text(["Berlin", "Boston"])
    city.press("ArrowDown")
    city.press("Enter")
    expect(page.get_by_text("City: Boston")).to_be_visible()
    city.fill("zz")
    expect(page.get_by_role("listbox")).to_contain_text("No results")
    city.press("Escape")
    expect(city).to_have_value("Boston")
    # A multiselect that accepts new options: Enter in its search box adds the text.
    search = page.get_by_role("searchbox", name="Search Tags")
    search.fill("later")
    page.get_by_role("button", name="Add: later").click()
    expect(page.get_by_text("Tags: ['later']")).to_be_visible()
    expect(page.get_by_role("checkbox", name="later")).to_be_checked()
    search.fill("BUG")
    search.press("Enter")
    expect(page.get_by_text("Tags: ['later', 'bug']")).to_be_visible()
    # "Select all", and "Select N matches" for the unselected options the search shows.
    languages = page.locator(".stb-multiselect").filter(has_text="Languages")
    languages.get_by_role("button", name="Select all").click()
    expect(page.get_by_text("Languages: ['Python', 'TypeScript', 'Rust', 'Go']")).to_be_visible()
    page.get_by_role("checkbox", name="Python").uncheck()
    expect(page.get_by_text("Languages: ['TypeScript', 'Rust', 'Go']")).to_be_visible()
    page.get_by_role("checkbox", name="Rust").uncheck()
    expect(page.get_by_text("Languages: ['TypeScript', 'Go']")).to_be_visible()
    langs = page.get_by_role("searchbox", name="Search Languages")
    langs.fill("t")
    expect(page.get_by_role("checkbox", name="Go")).to_be_hidden()
    languages.get_by_role("button", name="Select 2 matches").click()
    expect(page.get_by_text("Languages: ['TypeScript', 'Go', 'Python', 'Rust']")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Go")).to_be_visible()


def fragment_keys(page: Page) -> None:
    expect(page.get_by_role("heading", name="Named fragments")).to_be_visible()
    expect(page.get_by_text("Clock ticked 1 time(s)")).to_be_visible()
    page.get_by_role("button", name="Tick the clock").click()
    expect(page.get_by_text("Clock ticked 2 time(s)")).to_be_visible()
    page.get_by_role("button", name="Tick the clock").click()
    expect(page.get_by_text("Clock ticked 3 time(s)")).to_be_visible()
    expect(page.get_by_text("Page ran 1 time(s)")).to_be_visible()  # the page did not rerun
    page.get_by_role("button", name="Run the page").click()
    expect(page.get_by_text("Page ran 2 time(s)")).to_be_visible()
    expect(page.get_by_text("Clock ticked 4 time(s)")).to_be_visible()


def time_formats(page: Page) -> None:
    expect(page.get_by_role("heading", name="Time formats")).to_be_visible()
    # format="12h": the field reads with AM/PM and takes a time typed either way.
    alarm = page.get_by_label("Alarm")
    expect(alarm).to_have_value("7:30 AM")
    alarm.fill("9:15 pm")
    alarm.press("Enter")
    expect(page.get_by_text("Alarm at 21:15")).to_be_visible()
    expect(alarm).to_have_value("9:15 PM")
    # "24h" (the default): hours 0-23, whatever the browser's locale.
    departure = page.get_by_label("Departure")
    expect(departure).to_have_value("18:05")
    departure.fill("6:40 AM")
    departure.press("Enter")
    expect(page.get_by_text("Departure at 06:40")).to_be_visible()
    expect(departure).to_have_value("06:40")
    departure.fill("25:00")
    departure.press("Enter")
    expect(page.get_by_role("alert")).to_have_text("Enter a time such as 13:45.")
    expect(page.get_by_text("Departure at 06:40")).to_be_visible()
    # "localized": the browser's own time field.
    expect(page.get_by_label("Local time")).to_have_attribute("type", "time")
    # st.datetime_input(format="DD.MM.YYYY"): day first, then the time.
    meeting = page.get_by_label("Meeting")
    expect(meeting).to_have_value("17.05.2024, 09:30")
    meeting.fill("31.12.2024, 23:59")
    meeting.press("Enter")
    expect(page.get_by_text("Meeting at 2024-12-31 23:59")).to_be_visible()
    meeting.fill("31.02.2024, 10:00")
    meeting.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="Enter a date and time")).to_have_text(
        "Enter a date and time such as 31.12.2025, 13:45."
    )
