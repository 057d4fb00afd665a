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
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_serve import Server, running, servers  # noqa: E402

from tests.browser_support import launch_chromium  # noqa: E402

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

# Arms the timer (Enter keydown, capture phase) and a poll for the first token's text.
ARM_JS = """
() => {
  window.__t0 = null;
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && window.__t0 === null) window.__t0 = performance.now();
  }, true);
  window.__painted = new Promise((resolve, reject) => {
    const start = performance.now();
    const poll = () => {
      if (window.__t0 !== null && document.body.innerText.includes("FIRSTTOKEN")) {
        resolve(performance.now() - window.__t0);
      } else if (performance.now() - start > 30000) reject(new Error("timeout"));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
"""


def sample(browser: Any, server: Server) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url)
        box = page.locator("textarea").first
        box.wait_for(timeout=60_000)
        page.wait_for_timeout(300)  # the page settles after the first run
        page.evaluate(ARM_JS)
        box.fill("hi")
        box.press("Enter")
        return float(page.evaluate("window.__painted"))
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "chat_app.py"
        app.write_text(APP)
        results: dict[str, list[float]] = {"stbundle": [], "streamlit": []}
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            ours, theirs = servers(str(app))
            with running(ours), running(theirs):
                for server in (ours, theirs):  # warm-up: imports and caches
                    sample(browser, server)
                for _ in range(args.samples):
                    for server in (ours, theirs):
                        results[server.name].append(sample(browser, server))
            browser.close()
    ours_ms = statistics.median(results["stbundle"])
    theirs_ms = statistics.median(results["streamlit"])
    print(f"chat message -> first streamed token painted (median of {args.samples})")
    print(f"{'':12} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, values in results.items():
        print(f"{name:12} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"ratio (stbundle / streamlit): {ours_ms / theirs_ms:.3f}   goal <= 1")


if __name__ == "__main__":
    main()
