"""The built-in charts' spec code, run inside Pyodide (under Node, the static builds' Python
3.14) and under this CPython: the same calls must give the same specs and data, so a static
site draws what `bundle serve` draws. Pure-Python inputs only (Pyodide's pandas is not offline)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from stbundle.runtime_py.charts import built_in

REPO = Path(__file__).resolve().parents[2]
PYODIDE = Path(os.environ.get("STBUNDLE_PYODIDE_DIR", REPO / ".cache/pyodide/node_modules/pyodide"))
#: The modules the built-in charts need, as the package paths Pyodide imports them by.
MODULES = {
    "stbundle/__init__.py": None,
    "stbundle/runtime_py/__init__.py": None,
    "stbundle/runtime_py/errors.py": REPO / "runtime_py/errors.py",
    "stbundle/runtime_py/charts/__init__.py": REPO / "runtime_py/charts/__init__.py",
    "stbundle/runtime_py/charts/kinds.py": REPO / "runtime_py/charts/kinds.py",
    "stbundle/runtime_py/charts/colors.py": REPO / "runtime_py/charts/colors.py",
    "stbundle/runtime_py/charts/table.py": REPO / "runtime_py/charts/table.py",
    "stbundle/runtime_py/charts/built_in.py": REPO / "runtime_py/charts/built_in.py",
}

#: (chart kind, data, keyword arguments): wide and long plain-Python data, every option.
CASES = """[
    ("LINE", {"a": [1, 3, 2], "b": [2.5, None, 4]}, {"x_label": "step"}),
    ("AREA", [1, 4, 2, 6], {"stack": "layered", "color": "#0068c9"}),
    ("BAR", [{"k": "x", "v": 1}, {"k": "y", "v": 2}], {"x": "k", "sort": "-v"}),
    ("HORIZONTAL_BAR", {"g": ["a", "b"], "p": [1, 2], "q": [3, 4]}, {"x": "g", "stack": False}),
    ("SCATTER", {"x": [1, 2], "y": [3, 1], "c": ["u", "v"]},
     {"x": "x", "y": "y", "color": "c", "size": "y"}),
    ("LINE", [[1, "a"], [2, "b"]], {}),
    ("LINE", {"d.e": [1, 2], "w": [True, False]},
     {"y": ["d.e", "w"], "color": ["red", (0, 0, 255)]}),
    ("LINE", None, {}),
]"""

SCRIPT = """
import json, datetime
from stbundle.runtime_py.charts import built_in as B
out = []
for kind, data, kwargs in eval(CASES):
    chart = B.build_chart(getattr(B, kind), data, **kwargs)
    out.append({"spec": chart.spec, "fields": chart.fields, "columns": chart.columns})
json.dumps(out)
"""

NODE = """
const { loadPyodide } = require(process.argv[2] + "/pyodide.js");
(async () => {
  const files = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const py = await loadPyodide({ indexURL: process.argv[2] + "/" });
  for (const [path, text] of Object.entries(files.modules)) {
    py.FS.mkdirTree("/lib/" + path.split("/").slice(0, -1).join("/"));
    py.FS.writeFile("/lib/" + path, text);
  }
  py.runPython("import sys; sys.path.insert(0, '/lib')");
  py.globals.set("CASES", files.cases);
  process.stdout.write(py.runPython(files.script));
})().catch((e) => { console.error(e); process.exit(1); });
"""


def _ours() -> list[dict[str, Any]]:
    namespace: dict[str, Any] = {"B": built_in}
    out = []
    for kind, data, kwargs in eval(CASES, namespace):  # the fixed cases above
        chart = built_in.build_chart(getattr(built_in, kind), data, **kwargs)
        out.append({"spec": chart.spec, "fields": chart.fields, "columns": chart.columns})
    return json.loads(json.dumps(out))


def test_built_in_chart_specs_are_the_same_in_pyodide(tmp_path: Path) -> None:
    assert (PYODIDE / "pyodide.js").is_file(), f"no Pyodide at {PYODIDE} (scripts/dev setup)"
    files = {
        "modules": {p: (src.read_text() if src else "") for p, src in MODULES.items()},
        "cases": CASES,
        "script": SCRIPT,
    }
    runner = tmp_path / "run.cjs"
    runner.write_text(NODE)
    result = subprocess.run(
        ["node", str(runner), str(PYODIDE)],
        input=json.dumps(files),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == _ours()
