"""`streamlit.testing.v1.AppTest` names that are neither a command's collection nor ours yet.

AppTest's collections are named after commands (`at.dataframe`), so a collection of a command
that is not supported yet is not supported either; this lists the rest.
"""

from __future__ import annotations

NOT_YET: dict[str, str] = {}
