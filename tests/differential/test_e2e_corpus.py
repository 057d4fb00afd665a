"""bench/e2e_corpus.py's classification and summary, on hand-made snapshots (no subprocesses)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

_TOOL = Path(__file__).resolve().parents[2] / "bench" / "e2e_corpus.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("e2e_corpus", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _tool()


def _snap(main: list[Any], exceptions: list[Any] | None = None) -> dict[str, Any]:
    return {
        "main": main,
        "sidebar": [],
        "toasts": [],
        "exceptions": exceptions or [],
        "session_state": {},
    }


def _report(streamlit: dict[str, Any], ours: dict[str, Any]) -> dict[str, Any]:
    return corpus.compare({"streamlit": streamlit}, {"streamlit": streamlit, "stbundle": ours})


def test_same_and_nondeterministic() -> None:
    page = _snap([["markdown", None, ["str", "hi"]]])
    assert _report(page, page) == {"outcome": corpus.SAME}
    other = _snap([["markdown", None, ["str", "ho"]]])
    outcome = corpus.compare({"streamlit": page}, {"streamlit": other, "stbundle": other})
    assert outcome["outcome"] == corpus.NONDETERMINISTIC
    assert "run 1 markdown 'hi', run 2 markdown 'ho'" in outcome["reason"]


def test_reasons() -> None:
    want = _snap([["markdown", None, ["str", "a"]]])
    not_yet = "`st.dataframe` is not supported by stbundle yet (see docs/api-coverage.md)."
    cases = {
        ("streamlit.errors.NotSupportedYetError", not_yet): "missing command: st.dataframe",
        ("AttributeError", "module 'streamlit' has no attribute 'foo'"): (
            "missing command: streamlit.foo"
        ),
        ("TypeError", "slider() got an unexpected keyword argument 'bar'"): (
            "missing parameter: slider(bar=)"
        ),
        ("AttributeError", "'DeltaGenerator' object has no attribute 'add_rows'"): (
            "missing command: DeltaGenerator.add_rows"
        ),
        ("ValueError", "boom"): "error only in stbundle: ValueError",
    }
    for exception, reason in cases.items():
        assert _report(want, _snap([], [list(exception)]))["reason"] == reason
    warned = _snap(
        [["warning", None, ["str", "`st.json(expanded=...)` is not honoured by stbundle yet: x"]]]
    )
    assert _report(want, warned)["reason"] == "parameter not honoured yet: st.json(expanded=)"
    nested = _snap([["block", "expander", "E", [["markdown", None, ["str", "a"]]]]])
    assert (
        _report(want, nested)["reason"]
        == "differing output: Streamlit markdown, stbundle block expander"
    )
    other = _snap([["markdown", None, ["str", "b"]]])
    assert _report(want, other)["reason"] == "differing output: markdown with another value"


def test_summary_is_sorted_and_counts() -> None:
    results = {
        "b": {"outcome": corpus.DIFFERENT, "reason": "missing command: st.x"},
        "a": {"outcome": corpus.DIFFERENT, "reason": "missing command: st.x"},
        "c": {"outcome": corpus.SAME},
        "d": {"outcome": corpus.NONDETERMINISTIC, "reason": "r"},
    }
    text = corpus.summary(results, details=False)
    assert "compared (Streamlit renders them deterministically): 3" in text
    assert "render the same: 1" in text
    assert "  missing command: 2\n      2  st.x  [a, b]" in text
    assert text == corpus.summary(dict(reversed(results.items())), details=False)


def test_blocking_commands_names_st_and_container_calls(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\ncol = st.columns(2)[0]\ncol.image('x')\nst.dataframe(1)\n"
    )
    assert corpus.blocking_commands(script, {"image", "dataframe", "audio"}) == [
        "dataframe",
        "image",
    ]


def test_the_scripts_own_helper_modules_are_imported_afresh(tmp_path: Path) -> None:
    """Imported under Streamlit's render, a helper beside the script holds the real streamlit;
    stbundle's render must import it again (st_pydeck_chart_select's `shared/` helpers)."""
    import sys

    (tmp_path / "helper_for_corpus_test.py").write_text("VALUE = 1\n")
    sys.path.insert(0, str(tmp_path))
    try:
        import helper_for_corpus_test  # noqa: F401

        assert "helper_for_corpus_test" in sys.modules
        corpus._forget_local_modules(tmp_path)
        assert "helper_for_corpus_test" not in sys.modules
        assert "json" in sys.modules  # modules from elsewhere stay
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("helper_for_corpus_test", None)
