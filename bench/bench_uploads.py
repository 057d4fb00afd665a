"""Upload of a 20 MB file: chosen -> the script has read it, `bundle serve` vs `streamlit run`.

    python bench/bench_uploads.py [--samples 9] [--mb 20]

The app (written to a temporary folder) has an st.file_uploader; the script writes the size
of the file it got. Each sample opens the page afresh and sets a 20 MB file of random bytes on
the uploader's file input (as the file chooser does); in the page, performance.now() is taken
at the input's change event (capture phase, before the widget sees it), then every animation
frame until the page shows the script's "Saw <n> bytes". Samples alternate between the two
servers. Prints medians and the ratio (ours / Streamlit's; goal <= 1).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from bench_serve import Server
from side_by_side import alternate, answer_ms, arm, print_medians

APP = """
import streamlit as st

st.title("Upload bench")
f = st.file_uploader("Data")
if f is not None:
    st.write(f"Saw {len(f.getvalue())} bytes")
"""


def sample(browser: Any, server: Server, data: Path) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        chooser = page.locator("input[type=file]").first
        chooser.wait_for(state="attached", timeout=60_000)
        page.wait_for_timeout(300)  # the page settles after the first run
        saw = f"Saw {data.stat().st_size} bytes"
        arm(page, "change", on="input[type=file]", text=saw, timeout_s=120)
        chooser.set_input_files(str(data))
        return answer_ms(page)
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--mb", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "upload_app.py"
        app.write_text(APP)
        data = Path(tmp) / "data.bin"
        data.write_bytes(os.urandom(args.mb * 1024 * 1024))
        results = alternate(app, partial(sample, data=data), args.samples)
    print_medians(
        f"{args.mb} MB upload: chosen -> script saw it (median of {args.samples})", results
    )


if __name__ == "__main__":
    main()
