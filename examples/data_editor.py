"""st.data_editor on plain Python data (a list of dicts): edit cells, toggle a checkbox, add and
delete rows; the script sees the edited list on every rerun (works in static builds without
pandas)."""

import streamlit as st

st.title("Data editor")
tasks = [
    {"task": "Write", "hours": 2, "done": False},
    {"task": "Test", "hours": 3, "done": True},
]
edited = st.data_editor(
    tasks,
    key="tasks",
    num_rows="dynamic",
    column_config={"hours": st.column_config.NumberColumn("Hours", min_value=0, max_value=24)},
)
hours = sum(row["hours"] or 0 for row in edited)
done = sum(1 for row in edited if row["done"])
st.write(f"Rows: {len(edited)}; hours: {hours:g}; done: {done}")
st.write("Tasks: " + ", ".join(str(row["task"]) for row in edited))
