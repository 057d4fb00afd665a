"""A differential scenario: one script and the interactions to apply to it.

The same Scenario runs under real Streamlit's `streamlit.testing.v1.AppTest` and under
`stbundle.testing.AppTest` (same API); after the first run and after every step the two
apps' element trees and session states are compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Script text defining `attempt(call)`: run a call and show its error as `Type: message` text,
# so a scenario compares Streamlit's and stbundle's errors for bad arguments.
ATTEMPT = """
def attempt(call):
    try:
        call()
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
"""

# A step receives the AppTest (either implementation) and performs one interaction, ending
# with `.run()`, e.g. `lambda at: at.button[0].click().run()`.
Step = Callable[[Any], Any]


@dataclass(frozen=True)
class Scenario:
    name: str
    script: str
    steps: list[Step] = field(default_factory=list)
    # Session-state keys to leave out of the comparison (e.g. values holding object identities).
    ignore_state: frozenset[str] = frozenset()
    # The page URL's query parameters when the app is first opened (a shared link).
    query_params: dict[str, Any] = field(default_factory=dict)
    # AppTest.context (what the browser says about itself) and AppTest.user (None: the default).
    context: dict[str, Any] = field(default_factory=dict)
    user: dict[str, Any] | None = None
