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


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home directory of the test's own: the machine's ~/.streamlit must not leak in."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def test_secrets_in_the_home_directory_and_the_working_directorys_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _home: Path
) -> None:
    (_home / ".streamlit").mkdir()
    (_home / ".streamlit" / "secrets.toml").write_text('api_key = "home"\n[db]\nuser = "h"\n')
    work = tmp_path / "work"
    (work / ".streamlit").mkdir(parents=True)
    (work / ".streamlit" / "secrets.toml").write_text('api_key = "work"\n')
    monkeypatch.chdir(work)
    at = AppTest.from_string(SECRETS_APP).run()
    assert [t.value for t in at.text] == ["work", "h", "False"]


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
