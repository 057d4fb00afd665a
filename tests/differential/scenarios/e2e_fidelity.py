"""Differential scenarios for what Streamlit's own e2e app scripts showed differing: option
icons of st.pills/st.segmented_control, a player without media, DeltaGenerator.add_rows,
streamlit.config, a chat avatar given as an image, and legacy import paths."""

from __future__ import annotations

from tests.differential.scenario import ATTEMPT, Scenario

BUTTON_GROUP_ICONS = Scenario(
    name="e2e_button_group_icons",
    script="""
import streamlit as st

picked = st.pills(
    "Areas",
    ["🧰 General widgets", "📊 Charts", "✏️ Code", "📦Packed", "plain", "📦 long📦 text", "🧊"],
    selection_mode="multi",
    key="areas",
)
st.write(picked)
icons = {0: ":material/add:", 1: ":material/zoom_in:", 2: ":material/zoom_in: Zoom", 3: "x"}
one = st.segmented_control("Tool", [0, 1, 2, 3], format_func=lambda o: icons[o], key="tool")
st.write(one)
""",
    steps=[
        # (Streamlit's AppTest cannot give the indices of chosen options with an icon.)
        lambda at: at.button_group[0].set_value(["plain", "📦Packed"]).run(),
        lambda at: at.button_group[1].set_value(3).run(),
    ],
)

EMPTY_PLAYERS = Scenario(
    name="e2e_players_without_media",
    script="""
import streamlit as st

st.audio(None)
st.video(None)
clip = st.audio_input("Record")
st.audio(clip)
""",
)

CHART_KEYWORD_ERRORS = Scenario(
    name="e2e_chart_keyword_errors",
    script="""
import streamlit as st
"""
    + ATTEMPT
    + """
attempt(lambda: st.vega_lite_chart(None, mark="bar"))
attempt(lambda: st.line_chart(None, colour="red"))
attempt(lambda: st.altair_chart(None, spec={}))
""",
)

CONFIG_MODULE = Scenario(
    name="e2e_config_module",
    script="""
import os
import tempfile
import streamlit as st
from streamlit import config
"""
    + ATTEMPT
    + """
st.write(config.get_option("client.toolbarMode"), st.get_option("client.showErrorDetails"))
config.set_option("client.toolbarMode", "minimal")
st.write(config.get_option("client.toolbarMode"), st.get_option("client.toolbarMode"))
config.set_option("client.toolbarMode", "auto")
attempt(lambda: config.get_option("nosuch.option"))

folder = tempfile.mkdtemp()
first, second = os.path.join(folder, "a.toml"), os.path.join(folder, "b.toml")
with open(first, "w") as f:
    f.write('[fake]\\nSECRET = "from a"\\n')
with open(second, "w") as f:
    f.write('[fake]\\nSECRET = "from b"\\n[other]\\nX = 1\\n')
original = st.get_option("secrets.files")
try:
    config.set_option("secrets.files", [first])
    st.secrets._secrets = None
    st.write("one file:", st.secrets["fake"]["SECRET"], "other" in st.secrets)
    config.set_option("secrets.files", [first, second])
    st.secrets._secrets = None
    st.write("two files:", st.secrets.fake.SECRET, st.secrets["other"]["X"])
    st.write(st.get_option("secrets.files") == [first, second])
finally:
    config.set_option("secrets.files", original)
    st.secrets._secrets = None
""",
)

CHAT_AVATAR_IMAGES = Scenario(
    name="e2e_chat_avatar_images",
    script="""
import io
import numpy as np
import streamlit as st
from PIL import Image
"""
    + ATTEMPT
    + """
red = Image.new("RGB", (8, 8), "red")
st.chat_message("user", avatar=red).write("PIL image")
st.chat_message("assistant", avatar=np.zeros((4, 4, 3), dtype=np.uint8)).write("array")
buf = io.BytesIO()
red.save(buf, format="PNG")
st.chat_message("painter", avatar=buf.getvalue()).write("bytes")
st.chat_message("reader", avatar=io.BytesIO(buf.getvalue())).write("file object")
attempt(lambda: st.chat_message("user", avatar="no/such/face.png"))
attempt(lambda: st.chat_message("user", avatar=42))
""",
)

# DeltaGenerator.add_rows is gone in Streamlit 1.67: like any method no container has, it is a
# callable that raises Streamlit's error when called.
UNKNOWN_METHODS = Scenario(
    name="e2e_unknown_container_methods",
    script="""
import pandas as pd
import streamlit as st
"""
    + ATTEMPT
    + """
table = st.table(pd.DataFrame({"a": [1, 2]}))
attempt(lambda: table.add_rows(pd.DataFrame({"a": [3]})))
chart = st.line_chart(pd.DataFrame({"a": [1, 2]}))
attempt(lambda: chart.add_rows(a=[3]))
attempt(lambda: st.sidebar.echo())
attempt(lambda: st.container().experimental_rerun())
attempt(lambda: st.columns(2)[0].no_such_command(1, x=2))
with st.sidebar:
    box = st.container()
attempt(lambda: box.navigation([]))
st.write(callable(st.sidebar.anything), hasattr(st.container(), "anything_else"))
""",
)

MENU_ITEMS = Scenario(
    name="e2e_page_config_menu_items",
    script="""
import streamlit as st
"""
    + ATTEMPT
    + """
st.set_page_config(
    menu_items={"Get Help": "https://example.com/help", " report a bug ": None,
                "ABOUT": "  _*markdown*_"}
)
st.write("set")
attempt(lambda: st.set_page_config(menu_items={"Help": "https://example.com"}))
attempt(lambda: st.set_page_config(menu_items={"Get help": "example.com/help"}))
attempt(lambda: st.set_page_config(menu_items={"Report a bug": "ftp://example.com"}))
attempt(lambda: st.set_page_config(menu_items={"Report a bug": "mailto:bugs@example.com"}))
attempt(lambda: st.set_page_config(menu_items={"About": None, "get help": None}))
""",
)

SCENARIOS = [
    MENU_ITEMS,
    UNKNOWN_METHODS,
    BUTTON_GROUP_ICONS,
    EMPTY_PLAYERS,
    CHART_KEYWORD_ERRORS,
    CONFIG_MODULE,
    CHAT_AVATAR_IMAGES,
]
