"""Streamlit 1.67 command options (issue 9): on_change modes, text_input types, alert titles,
heading icons, layout parameters, persist_state, stateful tabs and expanders, and their errors."""

from __future__ import annotations

from tests.differential.scenario import Scenario

ON_CHANGE_MODES = Scenario(
    name="on_change_modes",
    script="""
import streamlit as st
st.session_state.setdefault("calls", 0)
def bump():
    st.session_state.calls += 1
a = st.checkbox("rerun", on_change="rerun")
b = st.checkbox("ignore", on_change="ignore")
c = st.checkbox("none", on_change=None)
d = st.toggle("callback", on_change=bump)
n = st.number_input("n", on_change="ignore", key="n")
st.write(a, b, c, d, n, st.session_state.calls)
""",
    steps=[
        lambda at: at.checkbox[1].check().run(),
        lambda at: at.checkbox[0].check().run(),
        lambda at: at.toggle[0].set_value(True).run(),
        lambda at: at.number_input[0].set_value(3).run(),
    ],
)

TEXT_INPUT_TYPES = Scenario(
    name="text_input_types",
    script="""
import streamlit as st
values = [
    st.text_input(kind.title(), type=kind, key=kind)
    for kind in ("default", "password", "email", "url", "phone", "search")
]
code = st.text_input("Code", validate=(r"^\\d{4}$", "Four digits."), required=True, live=True)
fast = st.text_input("Fast", live="0ms", validate="^a")
st.write(values, code, fast)
""",
    steps=[
        lambda at: at.text_input(key="email").input("ada@example.com").run(),
        lambda at: at.text_input(key="phone").input("+44 1234").run(),
        lambda at: at.text_input[6].input("1234").run(),
    ],
)

DISPLAY_OPTIONS = Scenario(
    name="alert_title_heading_icon_layout",
    script="""
import streamlit as st
st.error("Disk full", title="Oops", icon="🚨")
st.warning("Careful", title="Heads up")
st.info("FYI", width=300)
st.success("Done", title="Yay")
st.title("Report", icon="📊", text_alignment="center")
st.header("Part", icon="🧩", divider=True, wrap=False)
st.subheader("Sub", text_alignment="right")
st.markdown("*hi*", width="content", text_alignment="justify", wrap=False)
st.caption("small", text_alignment="center")
st.text("plain", width=200, text_alignment="right")
st.metric("Users", 12, 3, icon="👤", width="content", height=120)
st.code("x = 1", height=100, width=300)
st.progress(50, "half", 300)
st.button("b", width="stretch")
st.checkbox("c", width=200)
st.toast("hello", duration="long")
st.toast("forever", duration="infinite")
st.toast("five", duration=5)
with st.container(horizontal=True, gap="large", horizontal_alignment="distribute", wrap=False):
    st.button("one", icon="1️⃣", icon_position="right", shortcut="Cmd+Shift+K")
    st.button("two", shortcut="F2")
with st.container(gap=None, vertical_alignment="bottom", height=200):
    st.text("bottom")
left, right = st.columns([2, 1], gap=12, wrap=False)
left.expander("Compact", type="compact").text("c")
right.expander("Step", type="step", icon="👣")
st.number_input("n", icon="🔢")
st.selectbox("s", ["a"], icon=":material/list:")
st.text_input("t", icon="🔎")
st.metric("m1", 1234.5, -3, delta_color="inverse", delta_arrow="up", format="dollar",
          delta_description="vs May", chart_data=[1, 2, 3], chart_type="bar")
st.metric("m2", "7", "0", delta_color="orange", delta_arrow="off")
st.json({"a": {"b": 1}}, expanded=1)
with st.container(height=120, autoscroll=True):
    st.text("scrolling")
""",
)

LAYOUT_ERRORS = Scenario(
    name="layout_and_option_errors",
    script="""
import streamlit as st
for name, call in [
    ("width", lambda: st.text("x", width=0)),
    ("width content", lambda: st.progress(1, width="content")),
    ("height", lambda: st.code("x", height="big")),
    ("alignment", lambda: st.markdown("x", text_alignment="middle")),
    ("toast", lambda: st.toast("x", duration=0)),
    ("type", lambda: st.text_input("t", type="number")),
    ("live", lambda: st.text_input("l", live=300)),
    ("validate", lambda: st.text_input("v", validate=("a",))),
    ("on_change", lambda: st.checkbox("o", on_change="later")),
    ("persist", lambda: st.checkbox("p", persist_state="forever", key="p")),
    ("persist key", lambda: st.checkbox("q", persist_state="page")),
    ("tabs default", lambda: st.tabs(["A"], default="B")),
    ("gap", lambda: st.container(gap="huge")),
    ("column gap", lambda: st.columns(2, gap=-1)),
    ("wrap", lambda: st.container(wrap=False)),
    ("h align", lambda: st.container(horizontal_alignment="middle")),
    ("v align", lambda: st.container(horizontal=True, vertical_alignment="middle")),
    ("icon position", lambda: st.button("i", icon_position="top")),
    ("shortcut key", lambda: st.button("s", shortcut="Ctrl+R")),
    ("shortcut keys", lambda: st.button("t", shortcut="A+B")),
    ("shortcut mods", lambda: st.button("u", shortcut="Ctrl+Shift")),
    ("shortcut type", lambda: st.button("v", shortcut=5)),
    ("shortcut punct", lambda: st.button("w", shortcut="Ctrl+.")),
    ("delta color", lambda: st.metric("m", 1, 1, delta_color="pink")),
    ("delta arrow", lambda: st.metric("m", 1, 1, delta_arrow="sideways")),
    ("chart data", lambda: st.metric("m", 1, chart_data=[1, "x"])),
]:
    try:
        call()
    except st.errors.StreamlitAPIException as exc:
        st.text(f"{name}: {type(exc).__name__}: {exc}")
""",
)

PERSIST_STATE = Scenario(
    name="persist_state_keeps_hidden_values",
    script="""
import streamlit as st
show = st.toggle("show", value=True, key="show")
if show:
    st.checkbox("kept", key="kept", persist_state="session")
    st.text_input("page", key="page", persist_state="page")
    st.checkbox("lost", key="lost")
st.text(repr(sorted((k, v) for k, v in st.session_state.to_dict().items())))
""",
    steps=[
        lambda at: at.checkbox(key="kept").check().run(),
        lambda at: at.text_input(key="page").input("hi").run(),
        lambda at: at.checkbox(key="lost").check().run(),
        lambda at: at.toggle(key="show").set_value(False).run(),
        lambda at: at.toggle(key="show").set_value(True).run(),
    ],
)

STATEFUL_TABS_EXPANDERS = Scenario(
    name="stateful_tabs_and_expanders",
    script="""
import streamlit as st
st.session_state.setdefault("n", 0)
def changed():
    st.session_state.n += 1
if st.button("to B"):
    st.session_state.t = "B"
if st.button("open"):
    st.session_state.e = True
a, b = st.tabs(["A", "B"], key="t", on_change=changed)
x, y = st.tabs(["X", "Y"], default="Y")
e = st.expander("E", key="e", on_change="rerun")
f = st.expander("F", expanded=True)
with b:
    st.write("in B")
st.text(repr((a.open, b.open, x.open, y.open, e.open, f.open, st.session_state.n)))
""",
    steps=[
        lambda at: at.button[0].click().run(),
        lambda at: at.button[1].click().run(),
    ],
)

FORM_OPTIONS = Scenario(
    name="form_enter_to_submit_and_layout",
    script="""
import streamlit as st
with st.form("f", enter_to_submit=False, border=False, width=400, height=300):
    name = st.text_input("Name", required=True)
    done = st.form_submit_button("Send", width="stretch")
st.write(name, done)
""",
    steps=[
        lambda at: at.text_input[0].input("Ada").run(),
        lambda at: at.button[0].click().run(),
    ],
)

SCENARIOS: list[Scenario] = [
    ON_CHANGE_MODES,
    TEXT_INPUT_TYPES,
    DISPLAY_OPTIONS,
    LAYOUT_ERRORS,
    PERSIST_STATE,
    STATEFUL_TABS_EXPANDERS,
    FORM_OPTIONS,
]

_BOUND_SCRIPT = """
import datetime
import streamlit as st
values = (
    st.checkbox("c", key="c", bind="query-params"),
    st.toggle("i", key="i", bind="query-params"),
    st.number_input("n", key="n", value=5, bind="query-params"),
    st.number_input("g", key="g", value=None, bind="query-params"),
    st.selectbox("s", ["a", "b"], key="s", format_func=str.upper, bind="query-params"),
    st.radio("r", [1, 2, 3], key="r", bind="query-params"),
    st.multiselect("m", [1, 2, 3], format_func=lambda x: f"n{x}", key="m", bind="query-params"),
    st.slider("sl", 0, 10, (2, 5), key="sl", bind="query-params"),
    st.slider("fl", 0.0, 5.0, 1.0, key="fl", bind="query-params"),
    st.select_slider("ss", ["lo", "mid", "hi"], key="ss", bind="query-params"),
    st.text_input("t", key="t", bind="query-params"),
    st.text_area("ta", value=None, key="ta", bind="query-params"),
    st.date_input("d", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 9)), key="d",
                  bind="query-params"),
    st.time_input("tm", datetime.time(8, 0), key="tm", bind="query-params"),
    st.color_picker("col", key="col", bind="query-params"),
)
tab_a, tab_b = st.tabs(["A", "B"], key="tab", bind="query-params")
exp = st.expander("E", key="exp", bind="query-params")
st.text(repr(values))
st.text(repr((tab_a.open, tab_b.open, exp.open)))
st.text(repr(sorted(st.query_params.to_dict().items())))
"""

BIND_FROM_SHARED_LINK = Scenario(
    name="bind_query_params_from_a_shared_link",
    script=_BOUND_SCRIPT,
    query_params={
        "c": "true",
        "i": "True",
        "n": "7",
        "g": "",
        "s": "B",
        "r": "3",
        "m": ["n1", "n3"],
        "sl": ["1", "9"],
        "fl": "2.5",
        "ss": "hi",
        "t": "hello",
        "ta": "",
        "d": ["2024-01-02", "2024-01-03"],
        "tm": "09:30",
        "col": "#ff0000",
        "tab": "B",
        "exp": "true",
    },
    steps=[
        # Back to the default: the parameter leaves the URL.
        lambda at: at.checkbox[0].uncheck().run(),
        lambda at: at.number_input[0].set_value(5).run(),
    ],
)

BIND_INVALID_LINK = Scenario(
    name="bind_query_params_invalid_values_dropped",
    script=_BOUND_SCRIPT,
    query_params={
        "c": "maybe",
        "i": "1",
        "n": "abc",
        "s": "zzz",
        "r": "9",
        "m": ["3"],
        "sl": "50",
        "fl": "9",
        "ss": "top",
        "d": "nope",
        "tm": "25:00",
        "col": "red",
        "tab": "C",
        "exp": "open",
    },
)

BIND_ERRORS = Scenario(
    name="bind_errors",
    script="""
import streamlit as st
for name, call in [
    ("no key", lambda: st.checkbox("a", bind="query-params")),
    ("mode", lambda: st.checkbox("b", key="b", bind="url")),
    ("password", lambda: st.text_input("p", key="p", type="password", bind="query-params")),
]:
    try:
        call()
    except st.errors.StreamlitAPIException as exc:
        st.text(f"{name}: {type(exc).__name__}: {exc}")
""",
)

SCENARIOS.extend([BIND_FROM_SHARED_LINK, BIND_INVALID_LINK, BIND_ERRORS])

CONTAINER_KEYS = Scenario(
    name="container_keys_are_unique_element_keys",
    script="""
import streamlit as st
st.container(key="box")
st.expander("E", key="ex")
st.tabs(["a"], key="tb")
st.text(repr(sorted(st.session_state.to_dict())))
for key, make in [
    ("box", lambda: st.container(key="box")),
    ("ex", lambda: st.checkbox("c", key="ex")),
    ("tb", lambda: st.expander("x", key="tb")),
]:
    try:
        make()
    except st.errors.StreamlitAPIException as exc:
        st.text(f"{key}: {type(exc).__name__}: {exc}")
""",
)

SCENARIOS.append(CONTAINER_KEYS)

# Which callback modes each command takes (Streamlit 1.67's validate_on_change_mode): buttons,
# chat_input, menu_button and components take a callback only; charts, dataframes, layouts and
# dialogs refuse None.
CALLBACK_MODES = Scenario(
    name="callback_mode_errors",
    script="""
import streamlit as st
import pydeck
spec = {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}
for name, call in [
    ("button rerun", lambda: st.button("b", on_click="rerun")),
    ("submit ignore", lambda: st.form("f").form_submit_button("s", on_click="ignore")),
    ("chat rerun", lambda: st.chat_input("c", on_submit="rerun")),
    ("chat bad", lambda: st.chat_input("d", on_submit=3)),
    ("menu rerun", lambda: st.menu_button("m", ["a"], on_click="rerun")),
    ("download ignore ok", lambda: st.download_button("d", b"x", on_click="ignore")),
    ("vega none", lambda: st.vega_lite_chart({"a": [1]}, spec, on_select=None)),
    ("deck none", lambda: st.pydeck_chart(pydeck.Deck(), on_select=None)),
    ("echarts none", lambda: st.echarts_chart({"series": []}, on_select=None)),
    ("plotly none", lambda: st.plotly_chart({"data": []}, on_select=None)),
    ("dataframe none", lambda: st.dataframe({"a": [1]}, on_select=None)),
    ("tabs none", lambda: st.tabs(["a"], on_change=None)),
    ("expander none", lambda: st.expander("x", on_change=None)),
    ("popover none", lambda: st.popover("p", on_change=None)),
    ("checkbox none ok", lambda: st.checkbox("n", on_change=None)),
    ("checkbox bad", lambda: st.checkbox("o", on_change=1)),
]:
    try:
        call()
        st.text(f"{name}: accepted")
    except st.errors.StreamlitAPIException as exc:
        st.text(f"{name}: {type(exc).__name__}: {exc}")
""",
)

SCENARIOS.append(CALLBACK_MODES)
