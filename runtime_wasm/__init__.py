"""The browser side of static builds: the Python bridge the page's bootstrap calls under Pyodide.

`bridge` is shipped in the runtime wheel next to `runtime_py`; the TypeScript bootstrap (`src/`)
is bundled into `stbundle/static/bootstrap.js` by `node runtime_wasm/build.mjs`.
"""
