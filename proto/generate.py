"""Regenerate the Python protocol module from stbundle.proto.

Run `python -m stbundle.proto.generate` after editing the schema; `--check` exits 1 when the
committed stbundle_pb2.py / .pyi differ from what protoc would write (the staleness test uses it).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

PROTO_DIR = Path(__file__).resolve().parent
SCHEMA = "stbundle.proto"
OUTPUTS = ("stbundle_pb2.py", "stbundle_pb2.pyi")


def generate(out_dir: Path) -> None:
    """Write the generated module and its type stub into out_dir."""
    from grpc_tools import protoc  # dev dependency: only needed when the schema changes

    code = protoc.main(
        [
            "protoc",
            f"--proto_path={PROTO_DIR}",
            f"--python_out={out_dir}",
            f"--pyi_out={out_dir}",
            str(PROTO_DIR / SCHEMA),
        ]
    )
    if code != 0:
        raise SystemExit(f"protoc failed with exit code {code}")


def stale_outputs() -> list[str]:
    """Names of generated files that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        return [
            name
            for name in OUTPUTS
            if not (PROTO_DIR / name).exists()
            or (Path(tmp) / name).read_bytes() != (PROTO_DIR / name).read_bytes()
        ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_outputs()
        if stale:
            names = ", ".join(stale)
            print(f"stale generated files: {names}; run python -m stbundle.proto.generate")
            return 1
        print("generated protocol code is up to date")
        return 0
    generate(PROTO_DIR)
    print(f"wrote {', '.join(OUTPUTS)} in {PROTO_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
