"""`bundle build`: compile an app into a static site that runs it in the browser under Pyodide.

`build_site(BuildOptions(...))` is the entry point; every module here is one step of it (see
build.py for the order). A failed build raises `BuildError` and leaves the output untouched.
"""

from stbundle.builder.build import BuildOptions, BuildResult, build_site
from stbundle.builder.errors import BuildError

__all__ = ["BuildError", "BuildOptions", "BuildResult", "build_site"]
