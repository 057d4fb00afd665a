"""Charts: Vega-Lite specs built in pure Python (no altair, no pandas needed) for the built-in
chart commands, and user specs (st.vega_lite_chart, st.altair_chart) prepared as Streamlit 1.67
prepares them. The renderer's lazy `vega` chunk draws them."""
