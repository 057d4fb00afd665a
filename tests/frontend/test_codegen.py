"""The committed TypeScript protocol code matches proto/stbundle.proto (like the Python check)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser_support import FRONTEND


def test_generated_typescript_is_current(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (FRONTEND / "node_modules" / ".bin" / "protoc-gen-ts_proto").exists():
        pytest.fail("node and frontend/node_modules are needed to check the generated code")
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(
        [node, "gen.mjs", str(tmp_path)], cwd=FRONTEND, env=env, check=True, capture_output=True
    )
    for name in ("stbundle.ts", "wire_schema.ts"):
        fresh = (tmp_path / name).read_text()
        committed = (FRONTEND / "src" / "gen" / name).read_text()
        assert fresh == committed, f"frontend/src/gen/{name} is stale: run `npm run gen`"
