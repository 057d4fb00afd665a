"""Slow cards as @st.fragment(parallel=True): how long a full rerun takes in the page.

    python bench/bench_parallel_fragments.py     # --cards 4 --seconds 0.5 --samples 8

`bundle serve` and `streamlit run` side by side (both run the bodies in threads), samples
alternating (side_by_side.py): the time from the click on "Rerun" to every card showing this
run's text. The same app with parallel=False (the bodies one after the other) is measured the
same way, as the reference the thread pool is there to beat: cards times seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_serve import Server  # noqa: E402
from side_by_side import alternate, answer_ms, arm, print_medians  # noqa: E402

APP = """
import time
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
run = st.session_state.runs

@st.fragment(parallel={parallel})
def card(i):
    time.sleep({seconds})
    st.write(f"card {{i}} loaded in run {{run}}")

for i in range({cards}):
    card(i)
st.button("Rerun")
"""


def all_cards(cards: int, run: int) -> str:
    """A regex matching the page's text once every card shows `run`'s text."""
    return "".join(rf"(?=[\s\S]*card {i} loaded in run {run}\b)" for i in range(cards))


def rerun_ms(cards: int) -> Any:
    def sample(browser: Any, server: Server) -> float:
        page = browser.new_page()
        try:
            page.goto(server.url)
            page.get_by_text(f"card {cards - 1} loaded in run 1").wait_for(timeout=60_000)
            page.get_by_text("card 0 loaded in run 1").wait_for()
            arm(page, "click", text=all_cards(cards, 2), on="button, button *")
            page.get_by_role("button", name="Rerun").click()
            return answer_ms(page)
        finally:
            page.close()

    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--samples", type=int, default=8)
    args = parser.parse_args()
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="stb-parallel-") as tmp:
        for parallel in (True, False):
            app = Path(tmp) / f"cards_{'parallel' if parallel else 'sequential'}.py"
            app.write_text(APP.format(parallel=parallel, seconds=args.seconds, cards=args.cards))
            results = alternate(app, rerun_ms(args.cards), args.samples)
            title = (
                f"{args.cards} cards of {args.seconds} s, parallel={parallel}: click on Rerun → "
                f"every card shows the new run, {args.samples} samples"
            )
            print_medians(title, results, goal="goal <= 1" if parallel else "")
            print()
    load.append(os.getloadavg()[0])
    print(f"load average {load[0]:.1f} → {load[1]:.1f}")


if __name__ == "__main__":
    main()
