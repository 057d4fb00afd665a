"""The manifest: JSON shape, imports and dependencies, local modules, pages, cached functions."""

from __future__ import annotations

import json
from pathlib import Path

from stbundle.compiler import analyse_app

from tests.compiler.helpers import model_of, write_app


def test_manifest_shape(tmp_path: Path) -> None:
    model = model_of(
        tmp_path,
        """
        import os
        import numpy as np
        import streamlit as st
        from helpers import load
        try:
            import plotly.express as px
        except ImportError:
            px = None

        @st.cache_data(ttl=60)
        def data():
            return load()

        st.button("Go", key="go")
        st.session_state.x = 1
        """,
        extra={"helpers.py": "import pandas as pd\n\ndef load():\n    return pd.DataFrame()\n"},
    )
    manifest = json.loads(json.dumps(model.to_manifest()))
    assert set(manifest) >= {
        "widgets",
        "fragments",
        "cached_functions",
        "imports",
        "diagnostics",
        "dependencies",
    }
    widget = manifest["widgets"][0]
    for field in (
        "file",
        "line",
        "col",
        "kind",
        "label",
        "key",
        "site_key",
        "form",
        "fragment",
        "in_loop",
        "conditional",
        "callback",
    ):
        assert field in widget
    assert widget["file"] == "app.py" and widget["key"] == "go"
    imports = {(i["module"], i["kind"], i["file"]) for i in manifest["imports"]}
    assert ("os", "stdlib", "app.py") in imports
    assert ("numpy", "third_party", "app.py") in imports
    assert ("helpers", "local", "app.py") in imports
    assert ("pandas", "third_party", "helpers.py") in imports
    plotly = next(i for i in manifest["imports"] if i["top"] == "plotly")
    assert plotly["conditional"] and plotly["line"] == 7 and plotly["col"] == 11
    assert manifest["dependencies"] == ["numpy", "pandas", "plotly", "streamlit"]
    assert manifest["cached_functions"] == [
        {"name": "data", "file": "app.py", "line": 12, "col": 0, "cache": "data"}
    ]
    assert {m["file"]: m["role"] for m in manifest["modules"]} == {
        "app.py": "script",
        "helpers.py": "module",
    }


def test_pages_are_part_of_the_app(tmp_path: Path) -> None:
    app = write_app(
        tmp_path,
        'import streamlit as st\nst.session_state.setdefault("user", None)\n',
        extra={"pages/profile.py": "import streamlit as st\nst.write(st.session_state.user)\n"},
    )
    model = analyse_app(app)
    assert sorted(model.modules) == ["app.py", "pages/profile.py"]
    assert model.diagnostics == []  # initialised on the main page


def test_syntax_error_in_local_module_is_one_diagnostic(tmp_path: Path) -> None:
    model = model_of(tmp_path, "import helpers\n", extra={"helpers.py": "def f(:\n"})
    assert [(d.code, d.path, d.line) for d in model.diagnostics] == [("XST001", "helpers.py", 1)]


def test_analysis_never_runs_user_code(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    model = model_of(
        tmp_path,
        f"""
        import helpers
        open({str(marker)!r}, "w").write("x")
        raise SystemExit(3)
        """,
        extra={"helpers.py": f"open({str(marker)!r}, 'w').write('y')\n"},
    )
    assert not marker.exists()
    assert "helpers.py" in model.modules
