"""`from stbundle.testing import AppTest`: Streamlit's AppTest API over stbundle's runtime."""

from stbundle.runtime_py.testing import AppTest, AppTestError

__all__ = ["AppTest", "AppTestError"]
