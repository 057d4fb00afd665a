"""Reads the standard library after the page started: a module the memory snapshot does not
hold (csv), the source of one it does (json), and a traceback's source line from the zip."""

import streamlit as st

if st.button("Read the standard library"):
    import csv
    import inspect
    import io
    import json
    import traceback

    st.write(f"csv rows: {list(csv.reader(io.StringIO('a,b')))}")
    st.write(f"json source: {inspect.getsource(json.dumps).splitlines()[0]}")
    try:
        json.loads("{")
    except ValueError:
        st.write(f"traceback line: {traceback.format_exc().splitlines()[-3].strip()}")
