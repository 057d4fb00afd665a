"""Differential scenarios for st.dataframe(lazy=...): AppTest shows every row of a lazy table
(Streamlit's AppTest keeps all tables eager, so `.value` is never cut to the first page), and
`lazy=True` with what cannot be lazy raises Streamlit's errors."""

from __future__ import annotations

from tests.differential.scenario import ATTEMPT, Scenario

LAZY = Scenario(
    name="dataframe_lazy",
    script="""
import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st
"""
    + ATTEMPT
    + """
big = pd.DataFrame({"n": np.arange(2_000), "s": [f"r{i}" for i in range(2_000)]})
st.dataframe(big, lazy=True)
st.dataframe(big, lazy=None)
st.dataframe(big, lazy=False, hide_index=True)
st.dataframe([{"a": i, "b": str(i)} for i in range(1_500)], lazy=True)
st.dataframe(pa.table({"x": list(range(1_200))}), lazy=True)
st.dataframe(np.arange(1_100), lazy=True)
st.dataframe(big.head(5), lazy=True)
st.dataframe(big.head(3).style, lazy=None)
attempt(lambda: st.dataframe(big.style, lazy=True))
attempt(lambda: st.dataframe(big, lazy=True, on_select="rerun"))
st.dataframe(big.head(4), lazy=None, on_select="rerun", key="picked")
wide = pd.DataFrame(
    [[1, 2]] * 1_200, columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])
)
attempt(lambda: st.dataframe(wide, lazy=True))
""",
)

SCENARIOS = [LAZY]
