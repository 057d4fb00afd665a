"""Tables from plain Python data (no pandas needed, so it also runs in a static build offline):
a selectable dataframe of 500 generated rows, a small st.table, and st.write of a list of dicts."""

import streamlit as st

st.title("Tables")

rows = [
    {"city": f"City {i:03d}", "population": (i * 7919) % 100_000, "coastal": i % 3 == 0}
    for i in range(500)
]
event = st.dataframe(rows, on_select="rerun", selection_mode="multi-row", key="cities")
picked = [rows[i]["city"] for i in event.selection.rows]
st.write("Selected:", ", ".join(picked) if picked else "nothing")

st.table({"fruit": ["apple", "fig", "pear"], "count": [3, None, 7]})

st.dataframe(
    {"item": ["tea", "cake"], "price": [2.5, 4.25], "url": ["https://example.com", "x"]},
    column_config={
        "item": "Item",
        "price": st.column_config.NumberColumn("Price", format="$%.2f"),
        "url": st.column_config.LinkColumn("Link", display_text="Open"),
    },
)
