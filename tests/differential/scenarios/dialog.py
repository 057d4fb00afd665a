"""Differential scenarios for @st.dialog, st.bottom, st.grid, st.space, st.skeleton, st.iframe.

The dialog's block sits in the event area (compared as "dialogs"): its title, open state,
dismissibility, icon and whether dismissing reruns; its body is the fragment's container.
AppTest reruns the whole app on each interaction, so a widget inside closes the dialog there
unless the script calls it again (fragment reruns are covered in tests/runtime/test_dialog.py).
"""

from __future__ import annotations

from tests.differential.scenario import Scenario

DIALOG = Scenario(
    name="dialog",
    script="""
import streamlit as st

def dismissed():
    st.session_state.dismissals = st.session_state.get("dismissals", 0) + 1

@st.dialog("Cast your vote", width="medium", icon="🗳️", on_dismiss=dismissed)
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...", key="reason")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

@st.dialog("Plain", dismissible=False)
def plain():
    st.write("no way out but a rerun")

if "vote" not in st.session_state:
    st.write("Vote for your favorite")
    if st.button("A"):
        vote("A")
    if st.button("B"):
        plain()
    if st.session_state.get("keep_open"):
        vote("kept")
else:
    st.write("You voted", st.session_state.vote["item"], "because", st.session_state.vote["reason"])
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[1].click().run(),
        lambda at: at.run(),
        lambda at: at.session_state.__setitem__("keep_open", True) or at.run(),
        lambda at: at.text_input(key="reason").input("it is red").run(),
        lambda at: at.button[2].click().run(),
    ],
)

DIALOG_ERRORS = Scenario(
    name="dialog_errors",
    script="""
import streamlit as st

@st.dialog("One")
def one():
    st.write("in one")

@st.dialog("Two")
def two():
    st.write("in two")
    one()

@st.dialog("Keys")
def keys():
    st.text_input("a", key="k")
    st.text_input("b", key="k")

mode = st.radio("mode", ["twice", "two", "nested", "keys", "bad"], key="mode")
if mode == "twice":
    one()
    one()
elif mode == "two":
    one()
    two()
elif mode == "nested":
    two()
elif mode == "keys":
    keys()
else:
    for bad in [
        lambda: st.dialog("x", width="huge")(lambda: None)(),
        lambda: st.dialog("x", width=True)(lambda: None)(),
        lambda: st.dialog("x", position="top")(lambda: None)(),
        lambda: st.dialog("x", on_dismiss="never")(lambda: None)(),
        lambda: st.dialog("x", icon="notanemoji")(lambda: None)(),
        lambda: st.dialog("x", icon=":smile:")(lambda: None)(),
        lambda: st.dialog(None),
    ]:
        try:
            bad()
        except Exception as e:
            st.write(type(e).__name__, str(e))
""",
    steps=[
        lambda at: at.radio(key="mode").set_value("two").run(),
        lambda at: at.radio(key="mode").set_value("nested").run(),
        lambda at: at.radio(key="mode").set_value("keys").run(),
        lambda at: at.radio(key="mode").set_value("bad").run(),
    ],
)

SCENARIOS = [DIALOG, DIALOG_ERRORS]

SPACE_SKELETON_IFRAME = Scenario(
    name="space_skeleton_iframe",
    script="""
import streamlit as st
import streamlit.components.v1 as components
st.space()
st.space("large")
st.space(42)
with st.container(horizontal=True):
    st.button("Left")
    st.space("stretch")
    st.button("Right")
slot = st.skeleton(height=80)
st.write("after the slot")
slot.write("loaded")
st.skeleton()
with st.skeleton(height=50):
    st.write("written during the skeleton")
st.write("end of skeleton part")
st.iframe("<p>inline html</p>", height=120, alt="Inline demo")
st.iframe("https://example.com", tab_index=-1)
components.html("<script>document.title='x'</script><b>hi</b>", height=60, scrolling=True)
components.iframe("https://example.com/page", width=300)
for bad in [
    lambda: st.space(0),
    lambda: st.space("huge"),
    lambda: st.space(1.5),
    lambda: st.skeleton(height="content"),
    lambda: st.skeleton(width="content"),
    lambda: st.iframe("x", tab_index=-2),
    lambda: st.iframe("x", tab_index="1"),
    lambda: st.iframe("x", height="tall"),
]:
    try:
        bad()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
)

BOTTOM = Scenario(
    name="bottom",
    script="""
import streamlit as st
st.write("top")
st.bottom.write("pinned")
with st.bottom:
    st.button("Bottom button")
    c1, c2 = st.columns(2)
    c1.write("left")
st.write("main end")
for where in ["sidebar", "dialog"]:
    try:
        if where == "sidebar":
            with st.sidebar:
                st.bottom.write("x")
        else:
            @st.dialog("D")
            def d():
                try:
                    with st.bottom:
                        pass
                except Exception as e:
                    st.write(type(e).__name__, str(e))
            d()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
)

GRID = Scenario(
    name="grid",
    script="""
import streamlit as st
g = st.grid(3, gap=("small", 20), border=True, row_height=120, key="cards")
with g:
    st.metric("A", 1)
    st.write("two")
    with g.cell(column_span=2, row_span=2):
        st.write("wide")
        st.button("in cell")
    st.empty()
g.write("direct")
auto = st.grid(
    min_column_width=150, gap=None, vertical_alignment="center", width=600, height="stretch",
    dense=True,
)
auto.write("auto")
c = auto.cell(column_span="all")
c.write("all")
for bad in [
    lambda: st.grid(0),
    lambda: st.grid(25),
    lambda: st.grid("x"),
    lambda: st.grid(2.5),
    lambda: st.grid(wrap=False),
    lambda: st.grid(min_column_width=0),
    lambda: st.grid(min_column_width="big"),
    lambda: st.grid(gap=("small",)),
    lambda: st.grid(gap="huge"),
    lambda: st.grid(vertical_alignment="middle"),
    lambda: st.grid(row_height=0),
    lambda: st.grid(row_height=1.5),
    lambda: st.grid(border="yes"),
    lambda: st.grid(dense=None),
    lambda: st.grid(wrap="no"),
    lambda: st.grid(width="content"),
    lambda: st.grid(2).cell(column_span=3),
    lambda: st.grid(2).cell(column_span="x"),
    lambda: st.grid(2).cell(column_span=0),
    lambda: st.grid(2).cell(row_span=0),
    lambda: st.grid(2).cell(row_span="2"),
    lambda: st.grid(key="cards"),
]:
    try:
        bad()
    except Exception as e:
        st.write(type(e).__name__, str(e))
""",
    steps=[lambda at: at.button[0].click().run()],
)

SCENARIOS.append(SPACE_SKELETON_IFRAME)
SCENARIOS.append(GRID)
SCENARIOS.append(BOTTOM)
