"""A Matplotlib figure (serve mode: static builds fetch matplotlib from Pyodide's CDN)."""

import matplotlib.pyplot as plt
import streamlit as st

fig, ax = plt.subplots(figsize=(4, 2))
ax.bar(["a", "b"], [3, 5])
st.pyplot(fig, alt="Two bars")
