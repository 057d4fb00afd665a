"""sys.exit() in a script ends that run like st.stop(): what was shown stays, the session lives.

(Streamlit 1.67 leaves the page "running" forever; stbundle finishes the run.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb

from stbundle.testing import AppTest
from tests.app_runs import new_elements, run_app


@pytest.mark.parametrize("call", ["sys.exit()", "sys.exit(3)", "exit()", "raise SystemExit"])
def test_sys_exit_ends_the_run_like_st_stop(call: str) -> None:
    at = AppTest.from_string(
        f"""
        import sys
        import streamlit as st
        st.write("shown")
        if st.button("go on"):
            st.write("clicked")
        {call}
        st.write("never")
        """
    ).run()
    assert [m.value for m in at.markdown] == ["shown"]
    assert not at.exception
    at.button[0].click().run()  # the session lives on and runs again
    assert [m.value for m in at.markdown] == ["shown", "clicked"]


def test_sys_exit_in_a_callback_ends_the_run(tmp_path: Path) -> None:
    session, sent = run_app(
        tmp_path,
        "import sys\nimport streamlit as st\nst.button('b', on_click=sys.exit)\nst.write('x')\n",
    )
    button_id = next(
        m.delta.new_element.button.common.id
        for m in new_elements(sent)
        if m.delta.new_element.WhichOneof("type") == "button"
    )
    sent.clear()
    msg = pb.BackMsg()
    state = msg.rerun.widget_states.widgets.add()
    state.id = button_id
    state.trigger_value = True
    assert session.handle_back_msg(msg)
    session.run_pending()
    finished = [m.script_finished.status for m in sent if m.WhichOneof("type") == "script_finished"]
    assert finished == [pb.ScriptFinished.Status.STOPPED]
    statuses = [m.session_status.script_is_running for m in sent if m.HasField("session_status")]
    assert statuses[-1] is False  # the page goes idle
    assert not session.is_running
