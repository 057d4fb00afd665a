"""Static site weight of an app, by what a visitor downloads (gzip -9, Pyodide excluded).

Run: `python bench/bench_site_weight.py [examples/dashboard.py]`. Builds the app with
`bundle build` (the npm Pyodide copy), then sorts the site's files into what every first visit
loads (page, bootstrap, core renderer, the runtime's wheel pack, the app) and the lazy renderer
chunks the build shipped because the app may use them (a page fetches a chunk only when an
element needs it). Pyodide, its packages (pandas, numpy: from Pyodide's CDN when the copy has
no wheels) and the optional memory snapshot are outside the site weight.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYODIDE = REPO / ".cache" / "pyodide" / "node_modules" / "pyodide"


def gzipped(data: bytes, name: str) -> int:
    return len(data) if name.endswith((".gz", ".woff2")) else len(gzip.compress(data, 9))


def main() -> None:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "examples" / "dashboard.py")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        bundle = Path(sys.executable).with_name("bundle")
        subprocess.run(
            [str(bundle), "build", str(app), "--out", str(out), "--pyodide-dir", str(PYODIDE)],
            check=True,
            capture_output=True,
        )
        first: list[tuple[int, str]] = []
        lazy: list[tuple[int, str]] = []
        for path in sorted(out.rglob("*")):
            rel = path.relative_to(out).as_posix()
            if not path.is_file() or rel.startswith("pyodide/") or "snapshot" in rel:
                continue
            if rel in ("404.html", "manifest.json", ".nojekyll"):
                continue  # never fetched by a visit to the app
            size = gzipped(path.read_bytes(), rel)
            (lazy if "/chunks/" in rel else first).append((size, rel))
    print(f"Static site weight of {app.name} (gzip -9 KB, Pyodide and its packages excluded)\n")
    print("| file | KB | loaded |")
    print("| --- | ---: | --- |")
    for size, rel in sorted(first, reverse=True):
        print(f"| {rel.split('/')[-1]} | {size / 1024:.1f} | every first visit |")
    for size, rel in sorted(lazy, reverse=True):
        print(f"| {rel.split('/')[-1]} | {size / 1024:.1f} | when an element needs it |")
    total_first = sum(s for s, _ in first) / 1024
    total_lazy = sum(s for s, _ in lazy) / 1024
    print(f"\nfirst visit: {total_first:.1f} KB; lazy chunks shipped: {total_lazy:.1f} KB;")
    print(f"site total: {total_first + total_lazy:.1f} KB")


if __name__ == "__main__":
    main()
