import datetime as dt

import streamlit as st

st.title("Time formats")
# format="12h" shows AM/PM; "24h" (the default) 0-23 hours; "localized" the browser's own field.
alarm = st.time_input("Alarm", dt.time(7, 30), format="12h")
st.write(f"Alarm at {alarm:%H:%M}")
departure = st.time_input("Departure", dt.time(18, 5))
st.write(f"Departure at {departure:%H:%M}")
st.time_input("Local time", dt.time(9, 0), format="localized")
# A datetime_input's format orders the date part (the time stays HH:MM).
meeting = st.datetime_input("Meeting", dt.datetime(2024, 5, 17, 9, 30), format="DD.MM.YYYY")
st.write(f"Meeting at {meeting:%Y-%m-%d %H:%M}")
