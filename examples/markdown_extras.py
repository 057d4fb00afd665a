"""Streamlit's markdown extras: coloured text, backgrounds, icons, emoji, small text, a table,
a task list and LaTeX (st.latex and $...$ in markdown)."""

import streamlit as st

st.markdown("Status: :red[failing] then :green-background[passing] :material/check_circle:")
st.markdown("Thanks :+1: :small[(fine print)] -> done")
st.markdown("| metric | value |\n|---|---|\n| speed | 42 |\n\n- [x] written\n- [ ] reviewed")
st.latex(r"\int_0^1 x^2\,dx = \frac{1}{3}")
st.markdown(r"Euler: $e^{i\pi} + 1 = 0$, prices $5 and $10 stay text.")
