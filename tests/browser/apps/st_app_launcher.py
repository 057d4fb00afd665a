"""An st.App launcher (tests/browser/test_st_app.py): the script with a JSON route and a
script-error handler that shows its own message instead of the traceback."""

import streamlit as st
from starlette.responses import JSONResponse
from starlette.routing import Route


async def version(request):
    return JSONResponse({"app": "orders", "version": 3})


def friendly_error(exc):
    st.error(f"Sorry, that did not work ({type(exc).__name__}). The team has been told.")
    return True


app = st.App(
    "st_app_script.py", routes=[Route("/api/version", version)], on_script_error=friendly_error
)
