"""Mermaid diagrams: st.mermaid_chart and a ```mermaid fence in markdown."""

import streamlit as st

st.title("Diagrams")
steps = st.slider("Review steps", 1, 3, 1)
flow = (
    "graph LR\n    Start --> " + " --> ".join(f"Review{i + 1}" for i in range(steps)) + " --> Ship"
)
st.mermaid_chart(flow, alt="Release flow")
st.markdown(
    """
A sequence in markdown:

```mermaid
sequenceDiagram
    Alice->>Bob: Hello Bob
    Bob-->>Alice: Hi Alice
```
"""
)
st.mermaid_chart('graph LR\n    A --> B["<img src=x onerror=alert(1)>"]', alt="Escaped label")
st.mermaid_chart("graph LR\n    A -->", alt="Unfinished")
