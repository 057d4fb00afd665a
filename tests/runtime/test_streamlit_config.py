"""`streamlit.config` in an app: get_option and the internal set_option, which sets any option
stbundle knows (not only the scriptable ones) and refuses the ones it cannot honour."""

from __future__ import annotations

from stbundle.testing import AppTest

_SCRIPT = """
import streamlit as st
from streamlit import config

for key, value in [
    ("client.showErrorLinks", "never"),  # not scriptable, but the internal setter takes it
    ("server.enableStaticServing", True),  # stbundle has no static route: refused
    ("server.port", 9000),  # an option of Streamlit's that stbundle lacks
    ("nosuch.option", 1),  # not an option at all: Streamlit logs it and carries on
]:
    try:
        config.set_option(key, value)
        st.text(f"{key} set")
    except Exception as e:
        st.text(f"{key} {type(e).__name__}: {e}")
st.text(repr(st.get_option("client.showErrorLinks")))
"""


def test_internal_set_option_sets_known_options_and_refuses_the_rest() -> None:
    texts = [t.value for t in AppTest.from_string(_SCRIPT).run().text]
    assert texts[0] == "client.showErrorLinks set"
    assert texts[1].startswith(
        "server.enableStaticServing StreamlitAPIException: server.enableStaticServing cannot be"
    )
    assert texts[2].startswith(
        'server.port StreamlitAPIException: Config option "server.port" is not available'
    )
    assert texts[3] == "nosuch.option set"
    assert texts[4] == "'never'"
