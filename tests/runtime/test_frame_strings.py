"""pandas 3's pyarrow-backed string columns are put on the wire from their Arrow buffers: the
bytes must be exactly those of the per-cell path (nulls blank, slices, chunks, non-ASCII)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from stbundle.runtime_py.dataframes.packing import numpy_text
from stbundle.runtime_py.dataframes.pandas_columns import arrow_text

pa = pytest.importorskip("pyarrow")


def _cases() -> list[Any]:
    chunked = pa.chunked_array([["a", "bb"], ["ccc", None, "ü"]])
    return [
        pd.Series(["a", None, "ßé", "", "x" * 5], dtype="string[pyarrow]"),
        pd.Series([f"v{i}" for i in range(10)], dtype="string[pyarrow]").iloc[3:8],
        pd.Series(pd.arrays.ArrowStringArray(chunked)),
        pd.Series(["a", "b"], dtype=pd.ArrowDtype(pa.large_string())),
    ]


@pytest.mark.parametrize("series", _cases())
def test_arrow_buffers_give_the_per_cell_bytes(series: Any) -> None:
    mask = np.asarray(pd.isna(series), dtype=bool)
    texts = ["" if m else str(v) for v, m in zip(series.tolist(), mask.tolist(), strict=True)]
    assert arrow_text(np, series, mask) == numpy_text(np, texts)


def test_other_columns_take_the_per_cell_path() -> None:
    plain = pd.Series(["a", "b"], dtype=object)
    assert arrow_text(np, plain, None) is None
