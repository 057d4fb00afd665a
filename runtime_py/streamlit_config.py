"""`streamlit.config` (`from streamlit import config`): Streamlit's config module, which some apps
and Streamlit's own scripts use directly. Its get_option is st.get_option; its set_option is the
internal one, which sets any option stbundle knows (st.set_option takes only the scriptable
ones). Both are backed by runtime_py/options.py."""

from __future__ import annotations

from stbundle.runtime_py.options import get_option
from stbundle.runtime_py.options import set_config_option as set_option

__all__ = ["get_option", "set_option"]
