"""st.html(unsafe_allow_javascript=True) tells the renderer, as Streamlit 1.67's proto does: set
on HTML that shows in the page, never on style-only HTML (which goes to the event container)."""

from __future__ import annotations

from pathlib import Path

from stbundle.testing import AppTest

SCRIPT = """
import streamlit as st
st.html("<b>runs</b><script>1</script>", unsafe_allow_javascript=True)
st.html("<i>sanitised</i>")
st.html("<style>.a { color: red; }</style>", unsafe_allow_javascript=True)
"""


def test_the_flag_matches_streamlit(tmp_path: Path) -> None:
    from streamlit.testing.v1 import AppTest as StreamlitAppTest  # the oracle, only here

    app = tmp_path / "app.py"
    app.write_text(SCRIPT)
    ours = AppTest.from_file(str(app)).run()
    theirs = StreamlitAppTest.from_file(str(app)).run()

    def flags(at: object) -> list[tuple[str, bool]]:
        return [(e.proto.body, e.proto.unsafe_allow_javascript) for e in at.get("html")]  # type: ignore[attr-defined]

    assert flags(ours) == flags(theirs)
    assert [flag for _, flag in flags(ours)] == [True, False, False]
