"""Fragment ownership: what each fragment owns, through helpers, and what it writes outside."""

from __future__ import annotations

from pathlib import Path

from tests.compiler.helpers import model_of

APP = """
import streamlit as st

side = st.sidebar
outer = st.container()

def helper():
    st.number_input("In helper")

def shared():
    st.text_input("Shared")

@st.fragment(run_every="5s", key="live")
def live():
    st.button("Refresh")
    st.metric("Users", 3)
    helper()
    shared()
    side.slider("Side")
    outer.checkbox("Outer")
    inner = st.container()
    inner.toggle("Inner")

    def nested():
        st.radio("Nested", [1])
    nested()

@st.fragment(parallel=True)
def other():
    st.write("x")

live()
other()
shared()
st.button("Main")
"""


def test_fragment_ownership(tmp_path: Path) -> None:
    model = model_of(tmp_path, APP)
    manifest = model.to_manifest()
    live = next(f for f in manifest["fragments"] if f["name"] == "live")
    owned = {key.split(":")[1] + ":" + key.split(":")[2] for key in live["widgets"]}
    assert owned == {
        "live:button",
        "helper:number_input",
        "shared:text_input",
        "live:slider",
        "live:checkbox",
        "live:toggle",
        "live.nested:radio",
    }
    assert live["run_every"] == "'5s'" and live["key"] == "live" and not live["parallel"]
    assert {e["name"] for e in live["elements"]} >= {"metric", "container"}
    outside = {(w["kind"], w["root"]) for w in live["outside_writes"]}
    assert outside == {("slider", "sidebar"), ("checkbox", "main")}


def test_widget_fragment_field(tmp_path: Path) -> None:
    widgets = {w["label"]: w["fragment"] for w in model_of(tmp_path, APP).to_manifest()["widgets"]}
    assert widgets["Refresh"] == "live"
    assert widgets["In helper"] == "live"  # helper only ever called from the fragment
    assert widgets["Shared"] is None  # also called from the main script
    assert widgets["Nested"] == "live"
    assert widgets["Main"] is None


def test_parallel_fragment_without_outside_writes_is_clean(tmp_path: Path) -> None:
    model = model_of(tmp_path, APP)
    other = next(f for f in model.to_manifest()["fragments"] if f["name"] == "other")
    assert other["parallel"] and other["outside_writes"] == []
    assert "XST601" not in {d.code for d in model.diagnostics}


def test_misuse_reported_before_run(tmp_path: Path) -> None:
    model = model_of(
        tmp_path,
        """
        import streamlit as st

        @st.fragment(parallel=True)
        @st.cache_data
        def panel():
            st.sidebar.button("x")
            return 1

        value = panel()
        st.rerun(scope="fragment")
        """,
    )
    assert {"XST601", "XST602", "XST603", "XST604"} <= {d.code for d in model.diagnostics}
