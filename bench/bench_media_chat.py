"""Chat: message sent -> first streamed token painted, `bundle serve` vs `streamlit run`.

    python bench/bench_media_chat.py [--samples 9]

The app (written to a temporary folder) has an st.chat_input; a message reruns the script, which
shows it in st.chat_message("user") and streams a reply with st.write_stream (the first token
at once, then one token every 20 ms). Each sample opens the page afresh, types "hi" in the chat
box, and measures in the page: performance.now() at the Enter keydown, then every animation
frame until the page's text holds the reply's first token. Samples alternate between the two
servers. Prints medians and the ratio (ours / Streamlit's; goal <= 1).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from bench_serve import Server
from side_by_side import alternate, answer_ms, arm, print_medians

APP = """
import time
import streamlit as st

st.title("Chat bench")

def reply():
    yield "FIRSTTOKEN "
    for i in range(20):
        time.sleep(0.02)
        yield f"t{i} "

if prompt := st.chat_input("Message"):
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        st.write_stream(reply)
"""


def sample(browser: Any, server: Server) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        box = page.locator("textarea").first
        box.wait_for(timeout=60_000)
        page.wait_for_timeout(300)  # the page settles after the first run
        arm(page, "keydown", key="Enter", text="FIRSTTOKEN")
        box.fill("hi")
        box.press("Enter")
        return answer_ms(page)
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "chat_app.py"
        app.write_text(APP)
        results = alternate(app, sample, args.samples)
    print_medians(
        f"chat message -> first streamed token painted (median of {args.samples})", results
    )


if __name__ == "__main__":
    main()
