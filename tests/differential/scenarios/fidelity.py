"""Differential scenarios for issue 15: places where real apps ran under stbundle but differed
from Streamlit 1.67 (numeric widget arguments, divider colours, container keys, st.help,
st.write routing, st.html, expander state, fragment nesting, missing command names)."""

from __future__ import annotations

import datetime
from typing import Any

from tests.differential.scenario import Scenario


def _set_slider(index: int, value: Any) -> Any:
    return lambda at: at.slider[index].set_value(value).run()


# A helper the scripts below use: show what a call returned, or the error it raised.
_PROBE = """
import streamlit as st
def probe(label, call):
    try:
        value = call()
    except Exception as exc:
        st.write(label, type(exc).__name__, str(exc))
    else:
        st.write(label, repr(value), type(value).__name__)
"""

NUMPY_SLIDERS = Scenario(
    name="fidelity_slider_numpy_and_other_numbers",
    script=_PROBE
    + """
import numpy as np
from decimal import Decimal
probe("int64 bounds", lambda: st.slider("Year", np.int64(1952), np.int64(2007)))
probe("int64 range", lambda: st.slider("Years", np.int64(1952), np.int64(2007),
      (np.int64(1960), np.int64(2000))))
probe("float64", lambda: st.slider("f64", np.float64(0.5), np.float64(2.5)))
probe("int32 value", lambda: st.slider("i32", np.int64(1), 10, np.int32(3)))
probe("float value, int bounds", lambda: st.slider("mixed", 1, 10, np.float64(3)))
probe("Decimal", lambda: st.slider("dec", Decimal(1), Decimal(10)))
probe("bool", lambda: st.slider("bool", True, False))
probe("bool value", lambda: st.slider("boolv", 0, 10, True))
probe("float32", lambda: st.slider("f32", np.float32(0.5), np.float32(2.5)))
probe("int64 step", lambda: st.slider("step", 0, 10, step=np.int64(2)))
probe("float64 step", lambda: st.slider("fstep", 0.0, 10.0, step=np.float64(0.5)))
probe("zero step", lambda: st.slider("zero", 0, 10, step=0))
probe("one-item list", lambda: st.slider("one", 0, 10, [4]))
probe("empty list", lambda: st.slider("empty", 0, 10, []))
probe("float bounds, no value", lambda: st.slider("fmax", max_value=5.0))
probe("huge", lambda: st.slider("huge", 0, 2**60))
probe("select_slider int64", lambda: st.select_slider("sel", [np.int64(1), np.int64(2)]))
""",
    steps=[_set_slider(0, 1999), _set_slider(1, (1970, 1980)), _set_slider(2, 1.5)],
)

NUMPY_NUMBER_INPUTS = Scenario(
    name="fidelity_number_input_numpy_and_other_numbers",
    script=_PROBE
    + """
import numpy as np
from decimal import Decimal
probe("int64 bounds", lambda: st.number_input("n1", np.int64(1), np.int64(10)))
probe("float64 bounds", lambda: st.number_input("n2", np.float64(1), np.float64(10)))
probe("int64 value", lambda: st.number_input("n3", value=np.int64(5)))
probe("Decimal value", lambda: st.number_input("n4", value=Decimal("5.5")))
probe("bool value", lambda: st.number_input("n5", value=True))
probe("int64 step", lambda: st.number_input("n6", 0, 10, step=np.int64(2)))
probe("float64 step", lambda: st.number_input("n7", 0.0, 10.0, step=np.float64(0.5)))
probe("int64 and float", lambda: st.number_input("n8", np.int64(0), 10.5))
probe("float32", lambda: st.number_input("n9", value=np.float32(1.5)))
probe("bad format", lambda: st.number_input("n10", value=1.0, format="%s"))
probe("huge int", lambda: st.number_input("n11", value=2**60))
probe("None int64 bounds", lambda: st.number_input("n12", np.int64(0), np.int64(9), None))
""",
    steps=[
        lambda at: at.number_input[0].set_value(7).run(),
        lambda at: at.number_input[1].increment().run(),
    ],
)

DIVIDERS = Scenario(
    name="fidelity_heading_divider_grey",
    script=_PROBE
    + """
st.header("Grey", divider="grey")
st.subheader("Gray", divider="gray")
probe("pink", lambda: st.header("Pink", divider="pink"))
""",
)

CONTAINER_KEYS = Scenario(
    name="fidelity_widget_keyed_by_container",
    script="""
import streamlit as st
for tab in st.tabs(["Africa", "Asia"]):
    with tab:
        year = st.slider("Year", 1952, 2007, key=tab)
        st.write("year", year)
left, right = st.columns(2)
left.checkbox("Show", key=left)
right.checkbox("Show", key=right)
""",
    steps=[
        _set_slider(1, 1990),
        lambda at: at.checkbox[0].check().run(),
        _set_slider(0, 1960),
    ],
)

HELP = Scenario(
    name="fidelity_help_element",
    script="""
import streamlit as st
def scale(value, factor=2):
    '''Scale a value.

    Returns value times factor.'''
    return value * factor
class Dog:
    '''A typical dog.'''
    legs = 4
    def __init__(self, breed):
        self.breed = breed
    def bark(self):
        '''Say woof.'''
        return "woof"
    @property
    def loud(self):
        '''Whether it barks loudly.'''
        return True
fido = Dog("poodle")
st.help(scale)
st.help(Dog)
st.help(fido)
st.help(fido.bark)
st.help(42)
st.help("text")
st.help(len)
st.help(x := [1, 2])
scale
Dog
st.write(fido.bark)
""",
)

WRITE_ROUTES = Scenario(
    name="fidelity_write_routes",
    script="""
import streamlit as st
import collections, dataclasses, io, math
st.write(st.query_params)
st.write("Query Params:", st.query_params)
st.write(st.session_state)
st.write("state", st.session_state, "end")
st.write(io.StringIO("**bold**"))
@dataclasses.dataclass
class Point:
    x: int
    y: int
st.write(Point(1, 2))
st.write(Point)
st.write(collections.namedtuple("Pair", "a b")(1, 2))
st.write(math)
st.write(len)
st.write(ValueError("bad value"))
st.write("multi\\nline", "and `tick`")
st.write(x for x in ["a", "b", 3, "c"])
st.write({"a": 1}, [1, 2], 1.5, None)
st.write(object)
""",
)

HTML = Scenario(
    name="fidelity_html_dedent_and_style_only",
    script=_PROBE
    + '''
st.html("""
    <div class="card">
        <p>Indented</p>
    </div>
""")
st.html("<style>.card {color: red}</style>")
st.html("  <!-- theme -->\\n<style>p {margin: 0}</style>\\n<STYLE>a {}</STYLE>  ")
st.html("<style>p {color: red}</style><p>styled</p>")
probe("empty", lambda: st.html("   "))
import pathlib, tempfile
folder = pathlib.Path(tempfile.gettempdir()) / "stbundle-fidelity-html"
folder.mkdir(exist_ok=True)
(folder / "card.html").write_text("<b>from a file</b>")
(folder / "theme.css").write_text("b { color: red }")
st.html(folder / "card.html")
st.html(folder / "theme.css")
st.html(str(folder / "card.html"))
st.write("end")
''',
)

MISSING_COMMAND = Scenario(
    name="fidelity_missing_command_name",
    script="""
import streamlit as st
st.write("before")
st.no_such_command("x")
""",
)


FRAGMENT_IN_OUTSIDE_PLACEHOLDER = Scenario(
    name="fidelity_fragment_writes_into_outside_placeholder",
    script="""
import streamlit as st
card = st.empty()
note = st.text("note")
left, right = st.columns(2)
@st.fragment
def panel():
    st.session_state.panel_runs = st.session_state.get("panel_runs", 0) + 1
    with card.container():
        st.write("inside", st.session_state.panel_runs)
        st.container().write("deeper")
    note.text(f"note {st.session_state.panel_runs}")
    note.text("replaced")
    left.write("left")
    with right:
        st.write("right")
    st.sidebar.write("side")
    st.button("again")
panel()
st.write("after")
""",
    steps=[lambda at: at.button[0].click().run(), lambda at: at.run()],
)

EXPANDER_KEY = Scenario(
    name="fidelity_expander_key_in_session_state",
    script="""
import streamlit as st
if "summary" not in st.session_state:
    st.session_state.summary = True
def toggle():
    st.session_state.summary = not st.session_state.summary
with st.expander("Open expander", on_change="rerun", key="summary") as summary:
    st.write("This is the expander")
st.write("open", summary.open)
st.button("Toggle expander", on_click=toggle)
with st.expander("With callback", key="cb", on_change=lambda: None, expanded=True):
    st.write("inside")
plain = st.expander("Plain", key="plain")
st.write("plain open", plain.open, "plain" in st.session_state)
st.write(sorted(st.session_state.to_dict().items()))
""",
    steps=[lambda at: at.button[0].click().run(), lambda at: at.button[0].click().run()],
)

NUMERIC_MATRIX = Scenario(
    name="fidelity_numeric_argument_matrix",
    script=_PROBE
    + """
import itertools
import numpy as np
from decimal import Decimal
kinds = {"None": None, "int": 3, "float": 3.5, "i64": np.int64(4), "f64": np.float64(4.5),
         "f32": np.float32(2.5), "dec": Decimal(3), "bool": True}
lows = ["None", "int", "i64", "float", "f64", "bool", "dec"]
highs = ["None", "int", "i64", "float", "f64", "f32"]
values = ["None", "int", "i64", "float", "f64", "f32", "dec", "bool"]
n = 0
for command in ("slider", "number_input"):
    for low, high, value in itertools.product(lows, highs, values):
        n += 1
        lo, hi = kinds[low], kinds[high]
        if lo is not None and hi is not None and not isinstance(hi, bool):
            hi = hi * 3
        args = {"min_value": lo, "max_value": hi}
        if value != "None" or command == "slider":
            args["value"] = kinds[value]
        probe(f"{command} {low} {high} {value}",
              lambda: getattr(st, command)(f"w{n}", key=f"w{n}", **args))
""",
)

WRITE_OBJECTS = Scenario(
    name="fidelity_write_objects",
    script="""
import streamlit as st
import collections, datetime, enum, functools, types
class Color(enum.Enum):
    RED = 1
class Plain:
    pass
class Pretty:
    def __str__(self):
        return "pretty!"
class HtmlThing:
    def _repr_html_(self):
        return "<b>bold</b>"
    def __str__(self):
        return "html-thing"
def chunks():
    yield "a"
    yield "b"
    yield 3
    yield "c"
for value in ({1, 2}, (1, "a"), frozenset([3]), b"bytes", 42, 4.5, None, True, 1 + 2j,
              Color.RED, datetime.date(2024, 1, 2), range(3), Plain(), Pretty(), HtmlThing(),
              str.upper, "x".upper, functools.partial(print, 1),
              collections.OrderedDict(a=1), collections.Counter("aab"),
              collections.defaultdict(int, a=1), types.SimpleNamespace(a=1),
              {"a": {"b": [1, 2]}}.items(), {"a": 1}.keys(), enumerate("ab"), map(str, [1]),
              zip([1], [2]), iter([1, 2]), chunks, chunks(), lambda x: x, KeyError("k")):
    st.write(value)
st.write(HtmlThing(), unsafe_allow_html=True)
st.write("a", HtmlThing(), "b", unsafe_allow_html=True)
st.write("**md**", 1, "`x`")
st.write()
""",
)

OTHER_NUMBERS = Scenario(
    name="fidelity_numpy_and_decimal_elsewhere",
    script=_PROBE
    + """
import numpy as np
from decimal import Decimal
for name, v in [("i64", np.int64(50)), ("f64", np.float64(0.5)), ("f32", np.float32(0.5)),
                ("dec", Decimal("0.5"))]:
    probe(f"progress {name}", lambda: st.progress(v) and None)
    probe(f"metric {name}", lambda: st.metric("m", v, v) and None)
probe("progress 150", lambda: st.progress(150) and None)
probe("progress 1.5", lambda: st.progress(1.5) and None)
probe("progress float error", lambda: st.progress(1.0000000000000013) and None)
probe("progress str", lambda: st.progress("a") and None)
probe("columns int64", lambda: len(st.columns(np.int64(3))))
probe("columns int64 zero", lambda: len(st.columns(np.int64(0))))
probe("columns numpy weights", lambda: len(st.columns(np.array([1, 2]))))
probe("selectbox int64 index", lambda: st.selectbox("s", ["a", "b"], index=np.int64(1)))
probe("radio int64 index", lambda: st.radio("r", ["a", "b"], index=np.int64(1)))
probe("multiselect int64 max", lambda: st.multiselect("m", [1, 2], max_selections=np.int64(1)))
probe("text_input int64 max_chars", lambda: st.text_input("t", max_chars=np.int64(3)))
""",
)

FRAGMENT_IN_OUTSIDE_CONTAINERS = Scenario(
    name="fidelity_fragment_builds_inside_outside_containers",
    script="""
import streamlit as st
box = st.container()
slot = st.empty()
tabs = st.tabs(["A", "B"])
st.session_state.setdefault("n", 0)
@st.fragment
def panel():
    st.session_state.n += 1
    with box:
        a, b = st.columns(2)
        a.write(f"a {st.session_state.n}")
        with b:
            st.write("b")
            st.expander("exp").write("in expander")
    slot.write("slot 1")
    slot.write(f"slot {st.session_state.n}")
    with tabs[1]:
        st.write("tab b")
    with st.sidebar:
        st.container().write("side container")
    st.button("go")
panel()
st.write("end")
""",
    steps=[lambda at: at.button[0].click().run(), lambda at: at.run()],
)

WRITE_DATA = Scenario(
    name="fidelity_write_routes_data_and_charts",
    script="""
import streamlit as st
import altair as alt
import numpy as np
import pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
st.write(df)
st.write("Before", df, "after")
st.write(df["a"])
st.write(np.array([[1, 2], [3, 4]]))
st.write(df.style)
st.write({"a": df["a"]})
st.write(alt.Chart(df).mark_line().encode(x="a", y="b"))
st.write("Chart:", alt.Chart(df).mark_bar().encode(x="a", y="b"))
""",
)

SLIDER_DATES = Scenario(
    name="fidelity_slider_dates_times_and_bad_values",
    script=_PROBE
    + """
import datetime as dt
d1, d2 = dt.date(2024, 1, 1), dt.date(2024, 3, 1)
probe("date min only", lambda: st.slider("a", min_value=d1))
probe("date range", lambda: st.slider("b", d1, d2, (d1, d2)))
probe("date value", lambda: st.slider("c", value=d1))
probe("date swap", lambda: st.slider("d", d2, d1))
probe("date step", lambda: st.slider("e", d1, d2, step=dt.timedelta(days=7)))
probe("date int step", lambda: st.slider("f", d1, d2, step=1))
probe("datetime", lambda: st.slider("g", value=dt.datetime(2024, 1, 1, 12)))
t1, t2 = dt.datetime(2024, 1, 1, 1), dt.datetime(2024, 1, 1, 5)
probe("datetime short", lambda: st.slider("h", t1, t2))
probe("time", lambda: st.slider("i", value=dt.time(12, 0)))
probe("time range", lambda: st.slider("j", value=(dt.time(1, 0), dt.time(5, 0))))
probe("time step zero", lambda: st.slider("k", value=dt.time(1), step=dt.timedelta(0)))
probe("mixed list", lambda: st.slider("m", value=[1, 2.5]))
probe("str value", lambda: st.slider("n", value="a"))
probe("3-list", lambda: st.slider("o", value=[1, 2, 3]))
probe("equal", lambda: st.slider("p", 5, 5))
probe("date equal", lambda: st.slider("q", d1, d1))
""",
    steps=[_set_slider(1, (datetime.date(2024, 1, 8), datetime.date(2024, 2, 8)))],
)

SCENARIOS = [
    NUMPY_SLIDERS,
    NUMPY_NUMBER_INPUTS,
    NUMERIC_MATRIX,
    SLIDER_DATES,
    OTHER_NUMBERS,
    DIVIDERS,
    CONTAINER_KEYS,
    HELP,
    WRITE_ROUTES,
    WRITE_OBJECTS,
    WRITE_DATA,
    HTML,
    EXPANDER_KEY,
    FRAGMENT_IN_OUTSIDE_PLACEHOLDER,
    FRAGMENT_IN_OUTSIDE_CONTAINERS,
    MISSING_COMMAND,
]
