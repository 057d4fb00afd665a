"""st.query_params and st.secrets (from .streamlit/secrets.toml beside the app or the cwd)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stbundle.testing import AppTest

SECRETS_APP = """
import streamlit as st
st.text(st.secrets["api_key"])
st.text(st.secrets.db.user)
st.text(str("missing" in st.secrets))
"""


def test_query_params_read_write_delete_and_multi_values() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text(st.query_params.get("a", "-"))
        st.text(",".join(st.query_params.get_all("tag")))
        if st.button("change"):
            st.query_params["a"] = 2
            st.query_params.tag = ["x", "y"]
            del st.query_params["gone"]
        """
    )
    at.query_params.update({"a": "1", "tag": ["p", "q"], "gone": "soon"})
    at.run()
    assert [t.value for t in at.text] == ["1", "p,q"]
    at.button[0].click().run()
    assert at.query_params == {"a": "2", "tag": ["x", "y"]}
    at.run()
    assert [t.value for t in at.text] == ["2", "x,y"]


def test_secrets_toml_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('api_key = "k-123"\n[db]\nuser = "ann"\n')
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string(SECRETS_APP).run()
    assert [t.value for t in at.text] == ["k-123", "ann", "False"]


def test_secrets_toml_beside_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app_dir = tmp_path / "app"
    (app_dir / ".streamlit").mkdir(parents=True)
    (app_dir / ".streamlit" / "secrets.toml").write_text('api_key = "beside"\n[db]\nuser = "b"\n')
    (app_dir / "app.py").write_text(SECRETS_APP)
    monkeypatch.chdir(tmp_path)  # no secrets here
    at = AppTest.from_file(app_dir / "app.py").run()
    assert [t.value for t in at.text] == ["beside", "b", "False"]


def test_missing_secrets_are_an_error_in_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string("import streamlit as st\nst.text(st.secrets['nothing'])").run()
    assert at.exception[0].exception_type == "streamlit.errors.StreamlitSecretNotFoundError"
    assert at.exception[0].value.startswith("No secrets found.")


def test_a_missing_key_names_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text("present = 1\n")
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string("import streamlit as st\nst.text(st.secrets.absent)").run()
    assert at.exception[0].value.startswith('st.secrets has no attribute "absent".')
    at = AppTest.from_string("import streamlit as st\nst.text(st.secrets['absent'])").run()
    assert at.exception[0].value.startswith('\'st.secrets has no key "absent".')
