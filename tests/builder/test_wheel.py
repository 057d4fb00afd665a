"""The runtime wheel: only what the page runs, deterministic, and enough on its own.

The self-sufficiency check runs the bridge in a CPython started with `-S` (no site-packages),
given only the two wheels the page installs: it proves the runtime imports nothing beyond the
standard library and protobuf, as Pyodide requires.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from stbundle.builder.wheel import DIST_NAME, build_runtime_wheel

from tests.builder.static_site import WHEEL_CACHE, require_offline_inputs


def test_wheel_holds_only_the_runtime() -> None:
    wheel = build_runtime_wheel()
    names = set(wheel.files)
    assert wheel.filename == f"{DIST_NAME}-0.1.0-py3-none-any.whl"
    for needed in (
        "stbundle/__init__.py",
        "stbundle/proto/__init__.py",
        "stbundle/proto/stbundle_pb2.py",
        "stbundle/runtime_py/app_session.py",
        "stbundle/runtime_py/streamlit_module.py",
        "stbundle/runtime_wasm/bridge.py",
        f"{DIST_NAME}-0.1.0.dist-info/WHEEL",
    ):
        assert needed in names, needed
    tops = {n.split("/")[1] for n in names if n.startswith("stbundle/") and n.count("/") > 1}
    assert tops == {"proto", "runtime_py", "runtime_wasm"}
    assert not any("/testing/" in n or n.endswith(("generate.py", "headless.py")) for n in names)
    assert not any("__pycache__" in n or n.endswith(".ts") for n in names)


def test_wheel_is_deterministic_with_a_valid_record() -> None:
    first, second = build_runtime_wheel(), build_runtime_wheel()
    assert first.data == second.data
    with zipfile.ZipFile(io.BytesIO(first.data)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        record = zf.read(f"{DIST_NAME}-0.1.0.dist-info/RECORD").decode()
        rows = list(csv.reader(io.StringIO(record)))
        assert len(rows) == len(zf.namelist())
        for name, digest, size in rows:
            if name.endswith("RECORD"):
                continue
            data = zf.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            assert digest == f"sha256={expected.decode()}" and int(size) == len(data), name


RUN = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_wasm import bridge

sent = []
def send(data):  # a ForwardMsgBatch: the messages emitted since the page's last turn
    batch = pb.ForwardMsgBatch()
    batch.ParseFromString(data)
    sent.extend(batch.msgs)

def texts():
    out = []
    for m in sent:
        if m.WhichOneof("type") == "delta" and m.delta.WhichOneof("type") == "new_element":
            el = m.delta.new_element
            kind = el.WhichOneof("type")
            out.append(getattr(el, kind).body if kind in ("markdown", "heading") else kind)
    return out

handle = bridge.start(sys.argv[2], send, "")
first = texts()
button = next(m.delta.new_element.button.common.id for m in sent
              if m.WhichOneof("type") == "delta"
              and m.delta.new_element.WhichOneof("type") == "button")
sent.clear()
back = pb.BackMsg()
state = back.rerun.widget_states.widgets.add()
state.id = button
state.trigger_value = True
handle(back.SerializeToString())
third_party = sorted(
    {name.split(".")[0] for name in sys.modules}
    - set(sys.stdlib_module_names) - {"__main__", "stbundle", "google"}
)
print(json.dumps({"first": first, "after": texts(), "third_party": third_party,
                  "stbundle": sys.modules["stbundle"].__file__}))
"""


def test_runtime_runs_from_the_wheels_alone(tmp_path: Path) -> None:
    require_offline_inputs()
    target = tmp_path / "site-packages"
    with zipfile.ZipFile(io.BytesIO(build_runtime_wheel().data)) as zf:
        zf.extractall(target)
    with zipfile.ZipFile(next(WHEEL_CACHE.glob("protobuf-*-py3-none-any.whl"))) as zf:
        zf.extractall(target)
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text(
        "import streamlit as st\n"
        "st.title('Counter')\n"
        "st.session_state.setdefault('n', 0)\n"
        "if st.button('Increment'):\n"
        "    st.session_state.n += 1\n"
        'st.markdown(f"Count = {st.session_state.n}")\n'
    )
    proc = subprocess.run(
        [sys.executable, "-S", "-c", RUN, str(target), str(app)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["first"] == ["Counter", "button", "Count = 0"]
    assert result["after"] == ["Counter", "button", "Count = 1"]
    assert result["third_party"] == []
    assert result["stbundle"].startswith(str(target))


def test_a_module_only_some_apps_need_is_left_out_of_the_others() -> None:
    """runtime_py/leading_emoji.py (a page file's emoji icon) ships only with an app that has a
    Python file whose name is not ASCII; other sites leave it out of every visit's download."""
    module = "stbundle/runtime_py/leading_emoji.py"
    plain = build_runtime_wheel(app_files=["app.py", "pages/2_charts.py", "data/€uros.csv"])
    with_emoji = build_runtime_wheel(app_files=["app.py", "pages/2_📈_charts.py"])
    assert module not in plain.files
    assert module in with_emoji.files
    assert module in build_runtime_wheel().files
    assert set(with_emoji.files) - set(plain.files) == {module}
