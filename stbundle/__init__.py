"""stbundle: run Streamlit-style apps unchanged on a Python server or as a static site."""

__version__ = "0.1.0"
