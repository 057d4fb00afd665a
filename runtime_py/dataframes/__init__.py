"""Tables on the wire without Arrow: any dataframe-like input as typed packed columns (proto
Frame), and back to pandas for AppTest. pandas, numpy, pyarrow and polars are imported only when
the input is one of their objects, so plain lists and dicts work in a Pyodide without them."""
