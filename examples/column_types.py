"""st.column_config's typed columns from plain Python data (no pandas, so it also runs in a
static build offline): links with display text, images, progress bars, sparklines, lists,
checkboxes, markdown and formatted dates."""

import datetime as dt

import streamlit as st

PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8Dw"
    "HwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)

st.title("Column types")

st.dataframe(
    {
        "app": ["https://roadmap.streamlit.app", "https://extras.streamlit.app"],
        "logo": [PIXEL, PIXEL],
        "done": [0.25, 0.8],
        "sales": [[0, 4, 2, 8, 5], [6, 5, 3, 1]],
        "volume": [[1, 3, 2], [2, 2, 4]],
        "tags": [["tea", "green"], ["cake"]],
        "ok": [True, False],
        "note": ["**fresh** today", "`sold out`"],
        "since": [dt.date(2024, 3, 1), dt.date(2021, 1, 2)],
    },
    column_config={
        "app": st.column_config.LinkColumn("App", display_text=r"https://(.*?)\.streamlit\.app"),
        "logo": st.column_config.ImageColumn("Logo"),
        "done": st.column_config.ProgressColumn("Done", format="percent"),
        "sales": st.column_config.LineChartColumn("Sales", y_min=0, y_max=10),
        "volume": st.column_config.BarChartColumn("Volume"),
        "tags": st.column_config.ListColumn("Tags"),
        "ok": st.column_config.CheckboxColumn("OK"),
        "note": st.column_config.MarkdownColumn("Note"),
        "since": st.column_config.DateColumn("Since", format="D MMM YYYY"),
    },
    hide_index=True,
)

picked = st.dataframe(
    {"fruit": ["apple", "fig", "pear"]},
    on_select="rerun",
    selection_mode="multi-row",
    selection_default={"selection": {"rows": [1]}},
    key="fruit",
)
st.write("Picked rows:", str(picked.selection.rows))
