"""Differential scenarios for the rerun runtime: every widget, forms, callbacks, control flow,
errors and the session-state rules. Each runs under real Streamlit and under stbundle."""

from __future__ import annotations

from typing import Any

from tests.differential.scenario import Scenario


def _set_state(key: str, value: Any) -> Any:
    def step(at: Any) -> Any:
        at.session_state[key] = value
        return at.run()

    return step


def _fill_and_submit(at: Any) -> Any:
    at.text_input[0].input("Al")
    at.slider[0].set_value(40)
    return at.form_submit_button[0].click().run()


def _type_and_submit(at: Any) -> Any:
    at.text_input[0].input("typed")
    return at.button[0].click().run()


COUNTER = Scenario(
    name="seed_counter",
    script="""
import streamlit as st
st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0
increment = st.button('Increment')
if increment:
    st.session_state.count += 1
decrement = st.button('Decrement')
if decrement:
    st.session_state.count -= 1
st.write('Count = ', st.session_state.count)
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.button[1].click().run(),
        lambda at: at.run(),
    ],
)

MIRRORED = Scenario(
    name="seed_mirrored_widgets",
    script="""
import streamlit as st
def update_first():
    st.session_state.second = st.session_state.first
def update_second():
    st.session_state.first = st.session_state.second
st.title('Mirrored Widgets using Session State')
st.text_input(label='Textbox 1', key='first', on_change=update_first)
st.text_input(label='Textbox 2', key='second', on_change=update_second)
""",
    steps=[
        lambda at: at.text_input(key="first").input("hello").run(),
        lambda at: at.text_input(key="second").input("world").run(),
        lambda at: at.run(),
    ],
)

TOGGLE_PATTERN = Scenario(
    name="seed_toggle_pattern",
    script="""
import streamlit as st
if "show_details" not in st.session_state:
    st.session_state.show_details = False
def toggle():
    st.session_state.show_details = not st.session_state.show_details
st.button("Toggle details", on_click=toggle)
if st.session_state.show_details:
    st.write("Details here...")
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
        lambda at: at.button[0].click().run(),
    ],
)

LOAD_DATA = Scenario(
    name="seed_load_data_pattern",
    script="""
import streamlit as st
if st.button("Load data"):
    st.session_state.data = [1, 2, 3]
if "data" in st.session_state:
    st.write(st.session_state.data)
st.checkbox("other widget")
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.checkbox[0].check().run(),
    ],
)

SLIDER_PLUS_ONE = Scenario(
    name="seed_slider_plus_one_callback",
    script="""
import streamlit as st
def increment():
    st.session_state.slider += 1
st.button("Add", on_click=increment)
slide_val = st.slider("Value", 0, 10, key="slider")
st.write("slider is", slide_val)
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.slider[0].set_value(9).run(),
    ],
)

CALLBACK_TEXT = Scenario(
    name="seed_callback_processed_text",
    script="""
import streamlit as st
def on_change():
    st.session_state.processed = st.session_state.input_text.upper()
st.text_input("Enter text", key="input_text", on_change=on_change)
if "processed" in st.session_state:
    st.write(st.session_state.processed)
""",
    steps=[lambda at: at.text_input[0].input("abc").run(), lambda at: at.run()],
)

CALLBACK_ORDER = Scenario(
    name="callbacks_args_kwargs_order",
    script="""
import streamlit as st
st.session_state.setdefault("log", [])
def cb(name, *, extra=""):
    st.session_state.log.append(f"{name}{extra}:{st.session_state.get('run', 0)}")
st.session_state["run"] = st.session_state.get("run", 0) + 1
st.checkbox("a", key="a", on_change=cb, args=("a",))
st.text_input("b", key="b", on_change=cb, args=("b",), kwargs={"extra": "!"})
st.button("c", on_click=cb, args=("c",))
st.write(st.session_state.log)
""",
    steps=[
        lambda at: at.checkbox[0].check().run(),
        lambda at: at.text_input[0].input("x").run(),
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
    ],
)

RERUN = Scenario(
    name="rerun_once",
    script="""
import streamlit as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write("before")
if st.button("again"):
    st.session_state.asked = True
    st.rerun()
st.write("runs", st.session_state.runs)
""",
    steps=[lambda at: at.button[0].click().run(), lambda at: at.run()],
)

RERUN_IN_CALLBACK = Scenario(
    name="rerun_in_callback_is_noop",
    script="""
import streamlit as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
def cb():
    st.session_state.called = st.session_state.get("called", 0) + 1
    st.rerun()
st.button("go", on_click=cb)
st.write("runs", st.session_state.runs)
""",
    steps=[lambda at: at.button[0].click().run()],
)

STOP = Scenario(
    name="stop_midway",
    script="""
import streamlit as st
st.write("first")
if not st.checkbox("continue"):
    st.stop()
st.write("second")
""",
    steps=[lambda at: at.checkbox[0].check().run(), lambda at: at.checkbox[0].uncheck().run()],
)

EXCEPTION = Scenario(
    name="exception_and_recovery",
    script="""
import streamlit as st
st.write("top")
if st.checkbox("explode"):
    raise ValueError("kaboom")
st.write("bottom")
""",
    steps=[lambda at: at.checkbox[0].check().run(), lambda at: at.checkbox[0].uncheck().run()],
)

SESSION_STATE_API = Scenario(
    name="session_state_api",
    script="""
import streamlit as st
st.session_state.a = 1
st.session_state["b"] = 2
st.write("a" in st.session_state, "zz" in st.session_state)
st.write(st.session_state.get("zz", "default"), st.session_state.a + st.session_state["b"])
if "c" in st.session_state:
    del st.session_state["c"]
else:
    st.session_state.c = 3
st.write(sorted(st.session_state.keys()), len(st.session_state))
st.write(sorted(k for k in st.session_state))
""",
    steps=[lambda at: at.run(), lambda at: at.run()],
)

KEY_BEFORE_WIDGET = Scenario(
    name="state_set_before_widget",
    script="""
import streamlit as st
if "name" not in st.session_state:
    st.session_state.name = "preset"
value = st.text_input("Name", key="name")
st.write("value", value)
""",
    steps=[
        lambda at: at.text_input[0].input("typed").run(),
        _set_state("name", "from test"),
    ],
)

WRITE_AFTER_WIDGET = Scenario(
    name="state_write_after_widget_error",
    script="""
import streamlit as st
st.slider("s", 0, 10, key="s")
if st.checkbox("write"):
    st.session_state.s = 5
""",
    steps=[lambda at: at.checkbox[0].check().run()],
)

BUTTON_KEY_WRITE = Scenario(
    name="button_key_set_error",
    script="""
import streamlit as st
if st.checkbox("set"):
    st.session_state.btn = True
st.button("b", key="btn")
""",
    steps=[lambda at: at.checkbox[0].check().run()],
)

STALE_WIDGETS = Scenario(
    name="stale_widget_state_dropped",
    script="""
import streamlit as st
if st.checkbox("show", value=True):
    st.text_input("inner", key="inner")
st.write(sorted(st.session_state.keys()))
""",
    steps=[
        lambda at: at.text_input[0].input("kept?").run(),
        lambda at: at.checkbox[0].uncheck().run(),
        lambda at: at.checkbox[0].check().run(),
    ],
)

BUTTON_TRIGGER = Scenario(
    name="button_true_for_one_run",
    script="""
import streamlit as st
clicked = st.button("b", key="b")
st.write("clicked", clicked)
st.checkbox("c")
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.checkbox[0].check().run(),
    ],
)

DUPLICATE_KEY = Scenario(
    name="duplicate_key_error",
    script="""
import streamlit as st
st.text_input("a", key="same")
st.checkbox("b", key="same")
""",
)

DUPLICATE_AUTO_ID = Scenario(
    name="duplicate_auto_id_error",
    script="""
import streamlit as st
st.write("before")
st.button("Go")
st.button("Go")
""",
)

LABEL_CHANGE = Scenario(
    name="keyed_label_change_keeps_value",
    script="""
import streamlit as st
flip = st.checkbox("flip")
st.text_input("Label B" if flip else "Label A", key="t")
st.text_input("unkeyed B" if flip else "unkeyed A")
""",
    steps=[
        lambda at: at.text_input[0].input("kept").run(),
        lambda at: at.text_input[1].input("lost").run(),
        lambda at: at.checkbox[0].check().run(),
    ],
)

CHECKBOX_TOGGLE = Scenario(
    name="checkbox_and_toggle",
    script="""
import streamlit as st
a = st.checkbox("check me", value=True, help="a help", key="cb")
b = st.toggle("toggle me")
c = st.checkbox("disabled", disabled=True)
st.write(a, b, c)
""",
    steps=[
        lambda at: at.checkbox[0].uncheck().run(),
        lambda at: at.toggle[0].set_value(True).run(),
    ],
)

RADIO = Scenario(
    name="radio_options_and_format",
    script="""
import streamlit as st
choice = st.radio("Pick", [1, 2, 3], index=1, format_func=lambda n: f"#{n}", key="r")
none = st.radio("None yet", ["a", "b"], index=None, horizontal=True)
st.write("choice", choice, type(choice).__name__, "none", none)
""",
    steps=[
        lambda at: at.radio[0].set_value(3).run(),
        lambda at: at.radio[1].set_value("b").run(),
    ],
)

SELECTBOX = Scenario(
    name="selectbox_select_and_index",
    script="""
import streamlit as st
fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"], on_change=lambda: None)
maybe = st.selectbox("Maybe", ["x", "y"], index=None, placeholder="choose")
st.write(fruit, maybe)
""",
    steps=[
        lambda at: at.selectbox[0].select("cherry").run(),
        lambda at: at.selectbox[1].select_index(1).run(),
        lambda at: at.selectbox[1].set_value(None).run(),
    ],
)

MULTISELECT = Scenario(
    name="multiselect_select_unselect",
    script="""
import streamlit as st
picked = st.multiselect("Colors", ["red", "green", "blue"], default=["green"])
st.write(picked)
limited = st.multiselect("Max two", [1, 2, 3], max_selections=2, key="lim")
st.write(limited)
""",
    steps=[
        lambda at: at.multiselect[0].select("blue").run(),
        lambda at: at.multiselect[0].unselect("green").run(),
        lambda at: at.multiselect[1].set_value([1, 3]).run(),
    ],
)

SLIDERS = Scenario(
    name="sliders_int_float_range_date",
    script="""
import streamlit as st
import datetime
i = st.slider("int", 0, 100, 25, step=5)
f = st.slider("float", 0.0, 1.0, 0.5)
r = st.slider("range", 0, 10, (2, 8))
d = st.slider("date", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31),
              datetime.date(2024, 6, 1))
st.write(i, f, r, d)
""",
    steps=[
        lambda at: at.slider[0].set_value(40).run(),
        lambda at: at.slider[1].set_value(0.75).run(),
        lambda at: at.slider[2].set_range(3, 4).run(),
        lambda at: at.slider[3].set_value(__import__("datetime").date(2024, 2, 29)).run(),
    ],
)

SELECT_SLIDER = Scenario(
    name="select_slider_single_and_range",
    script="""
import streamlit as st
size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M")
span = st.select_slider("Span", [10, 20, 30, 40], value=(20, 30))
st.write(size, span)
""",
    steps=[
        lambda at: at.select_slider[0].set_value("XL").run(),
        lambda at: at.select_slider[1].set_range(10, 40).run(),
    ],
)

TEXT_INPUTS = Scenario(
    name="text_input_and_area",
    script="""
import streamlit as st
name = st.text_input("Name", placeholder="your name", max_chars=5)
secret = st.text_input("Password", type="password")
bio = st.text_area("Bio", "hello", height=100)
empty = st.text_input("Nothing", value=None)
st.write(name, secret, bio, empty)
""",
    steps=[
        lambda at: at.text_input[0].input("toolongname").run(),
        lambda at: at.text_input[0].input("Ann").run(),
        lambda at: at.text_input[1].set_value("hunter2").run(),
        lambda at: at.text_area[0].input("new bio").run(),
        lambda at: at.text_input[2].input("now set").run(),
    ],
)

NUMBER_INPUTS = Scenario(
    name="number_input_int_float_none",
    script="""
import streamlit as st
n = st.number_input("int", min_value=0, max_value=10, value=9)
f = st.number_input("float", value=1.5, step=0.5)
m = st.number_input("maybe", value=None)
st.write(n, f, m, type(n).__name__, type(f).__name__)
""",
    steps=[
        lambda at: at.number_input[0].increment().run(),
        lambda at: at.number_input[0].increment().run(),
        lambda at: at.number_input[1].decrement().run(),
        lambda at: at.number_input[2].set_value(7.25).run(),
        lambda at: at.number_input[0].set_value(3).run(),
    ],
)

DATE_TIME = Scenario(
    name="date_and_time_inputs",
    script="""
import streamlit as st
import datetime
d = st.date_input("Day", datetime.date(2024, 3, 15))
r = st.date_input("Range", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)))
t = st.time_input("When", datetime.time(8, 45))
st.write(d, r, t)
""",
    steps=[
        lambda at: at.date_input[0].set_value(__import__("datetime").date(2024, 4, 1)).run(),
        lambda at: (
            at.date_input[1]
            .set_value(
                (__import__("datetime").date(2024, 2, 1), __import__("datetime").date(2024, 2, 3))
            )
            .run()
        ),
        lambda at: at.time_input[0].increment().run(),
        lambda at: at.time_input[0].set_value(__import__("datetime").time(23, 0)).run(),
    ],
)

COLOR = Scenario(
    name="color_picker",
    script="""
import streamlit as st
c = st.color_picker("Color", "#00f900")
st.write("color", c)
""",
    steps=[lambda at: at.color_picker[0].pick("ff0000").run()],
)

FORM_BATCHING = Scenario(
    name="form_batches_until_submit",
    script="""
import streamlit as st
with st.form("f"):
    name = st.text_input("Name")
    age = st.slider("Age", 0, 100, 30)
    submitted = st.form_submit_button("Send")
st.write("submitted", submitted, name, age)
""",
    steps=[
        lambda at: at.text_input[0].input("Bo").run(),
        _fill_and_submit,
        lambda at: at.run(),
    ],
)

FORM_CLEAR = Scenario(
    name="form_clear_on_submit",
    script="""
import streamlit as st
with st.form("f", clear_on_submit=True):
    text = st.text_input("Text", "start")
    sent = st.form_submit_button()
st.write(sent, text)
""",
    steps=[
        _type_and_submit,
        lambda at: at.run(),
        lambda at: at.button[0].click().run(),
    ],
)

FORM_ERRORS = Scenario(
    name="form_button_inside_error",
    script="""
import streamlit as st
with st.form("f"):
    st.text_input("x")
    st.button("not allowed")
""",
)

FORM_CALLBACK = Scenario(
    name="form_submit_callback",
    script="""
import streamlit as st
def done():
    st.session_state.done = st.session_state.get("done", 0) + 1
with st.form("f"):
    st.checkbox("agree", key="agree")
    st.form_submit_button("Go", on_click=done)
st.write(st.session_state.get("done", 0), st.session_state.agree)
""",
    steps=[
        lambda at: at.checkbox[0].check().run(),
        lambda at: at.button[0].click().run(),
    ],
)

LAYOUT = Scenario(
    name="layout_sidebar_columns_tabs_expander",
    script="""
import streamlit as st
st.sidebar.title("Side")
with st.sidebar:
    mode = st.radio("Mode", ["a", "b"])
left, right = st.columns([2, 1])
with left:
    st.write("left", mode)
right.button("R")
box = st.container()
tab1, tab2 = st.tabs(["One", "Two"])
with tab2:
    st.write("in two")
with st.expander("More", expanded=True):
    st.checkbox("inner")
box.write("written later")
""",
    steps=[lambda at: at.sidebar.radio[0].set_value("b").run()],
)

FRAGMENT = Scenario(
    name="fragment_reruns_in_apptest",
    script="""
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1
@st.fragment
def part():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    if st.button("inside"):
        st.write("clicked inside")
    st.write("fragment runs", st.session_state.frag)
part()
st.write("full runs", st.session_state.full)
""",
    steps=[lambda at: at.button[0].click().run()],
)

CONTAINER_WRITE_MANY = Scenario(
    name="container_write_with_several_arguments",
    script="""
import streamlit as st
with st.container():
    st.write("inside", 1)
c = st.container()
c.write("one argument")
c.write("two", "arguments")
""",
)

FRAGMENT_OUTSIDE = Scenario(
    name="fragment_writes_to_sidebar_and_outer_column",
    script="""
import streamlit as st
st.sidebar.write("sidebar top")
left, right = st.columns(2)
right.write("right column")
@st.fragment
def part():
    st.session_state.n = st.session_state.get("n", 0) + 1
    st.sidebar.write("from fragment", st.session_state.n)
    left.write(f"left from fragment {st.session_state.n}")
    with st.sidebar:
        st.checkbox("in sidebar")
    st.button("inside")
part()
st.sidebar.write("sidebar bottom")
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.sidebar.checkbox[0].check().run(),
    ],
)

FRAGMENT_RERUN = Scenario(
    name="fragment_scope_rerun_in_full_run_error",
    script="""
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1
@st.fragment
def part():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    if st.session_state.frag == 2:
        st.rerun(scope="fragment")
    st.write("frag", st.session_state.frag)
st.write("full", st.session_state.full)
part()
st.button("again")
""",
    steps=[lambda at: at.button[0].click().run()],
)

QUERY_PARAMS = Scenario(
    name="query_params_read_write",
    script="""
import streamlit as st
st.write("page", st.query_params.get("page", "none"))
if st.button("next"):
    st.query_params["page"] = "2"
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.run(),
    ],
)

MAGIC = Scenario(
    name="magic_expressions",
    script='''
"""Module docstring is not shown."""
import streamlit as st
x = 41
x + 1
"a bare string"
len("abc")
[1, 2]
def f():
    "function docstring"
    "shown when called"
    return 1
f()
if True:
    "inside if"
''',
)

WRITE_VARIETY = Scenario(
    name="write_variety",
    script="""
import streamlit as st
st.write("text", 3, 2.5, True, None)
st.write({"k": [1, 2]})
st.write([1, "a"])
st.write(ValueError("shown error"))
st.write("multi\\nline", "tail")
st.write(("tuple", 1))
st.markdown("<b>html</b>", unsafe_allow_html=True)
""",
)

DISPLAY_ELEMENTS = Scenario(
    name="display_elements",
    script="""
import streamlit as st
st.title("Title")
st.header("Header", divider=True)
st.subheader("Sub")
st.caption("Caption")
st.code("print(1)", language="python")
st.code("\\n    indented()\\n        more()\\n\\n")
st.text("   indented text")
st.json('{"a": 1}')
st.metric("Temp", "70 °F", "1.2 °F")
st.metric("Count", 5, -2)
st.latex(r"\\alpha^2")
st.divider()
st.html("<p>raw</p>")
st.success("ok"); st.info("fyi"); st.warning("careful"); st.error("bad")
st.exception(RuntimeError("shown"))
slot = st.empty()
slot.write("replaced once")
slot.write("replaced twice")
bar = st.progress(10, text="loading")
bar.progress(90, text="almost")
with st.spinner("working"):
    st.write("inside spinner")
st.toast("Toasted!")
""",
)

WIDGET_OPTIONS = Scenario(
    name="widget_disabled_help_visibility",
    script="""
import streamlit as st
st.text_input("Hidden label", "v", label_visibility="hidden", help="tip")
st.slider("Collapsed", 0, 5, 2, label_visibility="collapsed", disabled=True)
st.selectbox("Sel", ["a", "b"], key="sel", help="choose")
st.write(st.session_state.sel)
""",
    steps=[lambda at: at.selectbox(key="sel").select("b").run()],
)

STATE_SEED_FROM_TEST = Scenario(
    name="state_seeded_by_test",
    script="""
import streamlit as st
st.number_input("n", key="n", value=1)
st.checkbox("c", key="c")
st.write(st.session_state.n, st.session_state.c, st.session_state.get("extra"))
""",
    steps=[
        _set_state("n", 5),
        _set_state("c", True),
        _set_state("extra", "hi"),
    ],
)

NO_CALLBACK_WITHOUT_CHANGE = Scenario(
    name="callback_only_on_change",
    script="""
import streamlit as st
def cb():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
st.text_input("t", key="t", on_change=cb)
st.button("rerun")
st.write(st.session_state.get("calls", 0))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.text_input[0].input("new").run(),
        lambda at: at.text_input[0].input("new").run(),
        lambda at: at.button[0].click().run(),
    ],
)

API_ERRORS = Scenario(
    name="api_misuse_errors",
    script="""
import streamlit as st
import datetime
choice = st.radio("choose", ["slider", "number", "select", "bounds"])
if choice == "slider":
    st.slider("bad", 0, 10, 20)
elif choice == "number":
    st.number_input("mixed", 0, 10.5)
elif choice == "select":
    st.selectbox("idx", ["a"], index=3)
else:
    st.slider("widened", 0, 10, (12, -3))
    st.number_input("reversed", min_value=5, max_value=1)
""",
    steps=[
        lambda at: at.radio[0].set_value("number").run(),
        lambda at: at.radio[0].set_value("select").run(),
        lambda at: at.radio[0].set_value("bounds").run(),
    ],
)

OPTIONS_CHANGE = Scenario(
    name="options_change_resets_choice",
    script="""
import streamlit as st
big = st.toggle("big menu")
options = ["a", "b", "c", "d"] if big else ["a", "b"]
choice = st.selectbox("Pick", options, key="pick")
many = st.multiselect("Many", options, key="many")
st.write(choice, many)
""",
    steps=[
        lambda at: at.toggle[0].set_value(True).run(),
        lambda at: at.selectbox[0].select("d").run(),
        lambda at: at.multiselect[0].select("c").run(),
        lambda at: at.toggle[0].set_value(False).run(),
    ],
)

STATE_NOT_IN_OPTIONS = Scenario(
    name="state_value_outside_options",
    script="""
import streamlit as st
if st.button("bad value"):
    st.session_state.r = "zzz"
st.radio("R", ["x", "y"], key="r")
st.write(st.session_state.r)
""",
    steps=[lambda at: at.radio[0].set_value("y").run(), lambda at: at.button[0].click().run()],
)

CALLBACK_SETS_WIDGET = Scenario(
    name="callback_sets_widget_values",
    script="""
import streamlit as st
def reset():
    st.session_state.name = ""
    st.session_state.agree = False
    st.session_state.level = 1
st.text_input("Name", key="name")
st.checkbox("Agree", key="agree")
st.number_input("Level", 1, 5, key="level")
st.button("Reset", on_click=reset)
st.write(st.session_state.name, st.session_state.agree, st.session_state.level)
""",
    steps=[
        lambda at: at.text_input[0].input("Zed").run(),
        lambda at: at.checkbox[0].check().run(),
        lambda at: at.number_input[0].increment().run(),
        lambda at: at.button[0].click().run(),
    ],
)

FORM_OUTSIDE_INTERACTION = Scenario(
    name="form_values_wait_for_submit",
    script="""
import streamlit as st
with st.form("f"):
    color = st.selectbox("Color", ["red", "blue"])
    size = st.number_input("Size", 1, 10, 2)
    st.form_submit_button("Apply")
outside = st.checkbox("outside")
st.write(color, size, outside)
""",
    steps=[
        lambda at: (at.selectbox[0].select("blue"), at.checkbox[0].check().run())[-1],
        lambda at: at.button[0].click().run(),
        lambda at: (at.number_input[0].set_value(7), at.button[0].click().run())[-1],
    ],
)

FORM_CALLBACK_ERROR = Scenario(
    name="form_widget_callback_error",
    script="""
import streamlit as st
with st.form("f"):
    st.text_input("t", on_change=lambda: None)
    st.form_submit_button()
""",
)

TWO_SUBMIT_BUTTONS = Scenario(
    name="form_two_submit_buttons",
    script="""
import streamlit as st
with st.form("f"):
    st.text_input("t", key="t")
    save = st.form_submit_button("Save")
    cancel = st.form_submit_button("Cancel")
st.write("save", save, "cancel", cancel, st.session_state.t)
""",
    steps=[
        lambda at: (
            at.text_input[0].input("v"),
            at.button(key="FormSubmitter:f-Cancel").click().run(),
        )[-1],
        lambda at: at.button[0].click().run(),
    ],
)

SIDEBAR_AND_MAIN_SAME_WIDGET = Scenario(
    name="sidebar_and_main_same_label",
    script="""
import streamlit as st
a = st.sidebar.slider("Level", 0, 10, 1)
b = st.slider("Level", 0, 10, 1)
st.write(a, b)
""",
    steps=[
        lambda at: at.sidebar.slider[0].set_value(7).run(),
        lambda at: at.main.slider[0].set_value(3).run(),
    ],
)

DELETE_WIDGET_KEY = Scenario(
    name="delete_widget_key_resets",
    script="""
import streamlit as st
if st.button("forget"):
    del st.session_state["t"]
st.text_input("T", "default", key="t")
st.write(st.session_state.t)
""",
    steps=[
        lambda at: at.text_input[0].input("typed").run(),
        lambda at: at.button[0].click().run(),
    ],
)

NONE_VALUES = Scenario(
    name="widgets_with_none_values",
    script="""
import streamlit as st
import datetime
d = st.date_input("D", value=None)
t = st.time_input("T", value=None)
r = st.date_input("R", (datetime.date(2024, 5, 1),))
st.write(d, t, r)
""",
    steps=[
        lambda at: at.date_input[0].set_value(__import__("datetime").date(2024, 5, 2)).run(),
        lambda at: at.time_input[0].set_value(__import__("datetime").time(9, 30)).run(),
        lambda at: (
            at.date_input[1]
            .set_value(
                (__import__("datetime").date(2024, 5, 3), __import__("datetime").date(2024, 5, 9))
            )
            .run()
        ),
    ],
)

NESTED_LAYOUT = Scenario(
    name="nested_layout_and_placeholders",
    script="""
import streamlit as st
outer = st.container(border=True)
with outer:
    a, b, c = st.columns(3)
    with b:
        inner1, inner2 = st.columns(2)
        inner2.metric("m", 1)
    c.write("c")
slot = st.empty()
if st.checkbox("swap"):
    slot.button("now a button")
else:
    slot.write("text first")
with st.sidebar:
    with st.expander("side exp"):
        st.text("deep")
""",
    steps=[lambda at: at.checkbox[0].check().run()],
)

QUERY_PARAMS_SEEDED = Scenario(
    name="query_params_seeded_multi_value",
    script="""
import streamlit as st
st.write(st.query_params.to_dict())
st.write(st.query_params.get_all("tag"))
if st.button("clear"):
    st.query_params.clear()
""",
    steps=[
        lambda at: (at.query_params.update({"tag": ["a", "b"], "x": "1"}), at.run())[-1],
        lambda at: at.button[0].click().run(),
    ],
)

OUT_OF_RANGE = Scenario(
    name="out_of_range_values_reset_to_default",
    script="""
import streamlit as st
import datetime
r = st.slider("R", 0, 10, (3, 4))
s = st.slider("S", 0, 10, 3)
n = st.number_input("N", 0, 10, 5)
d = st.date_input("D", datetime.date(2024, 1, 5), datetime.date(2024, 1, 1),
                  datetime.date(2024, 1, 31))
st.write(r, s, n, d)
""",
    steps=[
        lambda at: at.slider[0].set_range(5, 2).run(),
        lambda at: at.slider[0].set_range(-50, 50).run(),
        lambda at: at.slider[1].set_value(7).run(),
        lambda at: at.slider[1].set_value(70).run(),
        lambda at: at.number_input[0].set_value(7).run(),
        lambda at: at.number_input[0].set_value(-3).run(),
        lambda at: at.date_input[0].set_value(__import__("datetime").date(2023, 1, 1)).run(),
    ],
)

SCENARIOS: list[Scenario] = [
    CONTAINER_WRITE_MANY,
    FRAGMENT_OUTSIDE,
    COUNTER,
    MIRRORED,
    TOGGLE_PATTERN,
    LOAD_DATA,
    SLIDER_PLUS_ONE,
    CALLBACK_TEXT,
    CALLBACK_ORDER,
    RERUN,
    RERUN_IN_CALLBACK,
    STOP,
    EXCEPTION,
    SESSION_STATE_API,
    KEY_BEFORE_WIDGET,
    WRITE_AFTER_WIDGET,
    BUTTON_KEY_WRITE,
    STALE_WIDGETS,
    BUTTON_TRIGGER,
    DUPLICATE_KEY,
    DUPLICATE_AUTO_ID,
    LABEL_CHANGE,
    CHECKBOX_TOGGLE,
    RADIO,
    SELECTBOX,
    MULTISELECT,
    SLIDERS,
    SELECT_SLIDER,
    TEXT_INPUTS,
    NUMBER_INPUTS,
    DATE_TIME,
    COLOR,
    FORM_BATCHING,
    FORM_CLEAR,
    FORM_ERRORS,
    FORM_CALLBACK,
    LAYOUT,
    FRAGMENT,
    FRAGMENT_RERUN,
    QUERY_PARAMS,
    MAGIC,
    WRITE_VARIETY,
    DISPLAY_ELEMENTS,
    WIDGET_OPTIONS,
    STATE_SEED_FROM_TEST,
    NO_CALLBACK_WITHOUT_CHANGE,
    API_ERRORS,
    OPTIONS_CHANGE,
    STATE_NOT_IN_OPTIONS,
    CALLBACK_SETS_WIDGET,
    FORM_OUTSIDE_INTERACTION,
    FORM_CALLBACK_ERROR,
    TWO_SUBMIT_BUTTONS,
    SIDEBAR_AND_MAIN_SAME_WIDGET,
    DELETE_WIDGET_KEY,
    NONE_VALUES,
    NESTED_LAYOUT,
    QUERY_PARAMS_SEEDED,
    OUT_OF_RANGE,
]
