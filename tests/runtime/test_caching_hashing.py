"""Argument hashing: keys must be identical across processes and hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from stbundle.runtime_py.caching import hashing

# Builds a varied argument set; run here and in fresh interpreters with other hash seeds.
_KEY_PROGRAM = """
import dataclasses, datetime, enum, json, pathlib
from stbundle.runtime_py.caching import hashing

class Mode(enum.Enum):
    FAST = "fast"

@dataclasses.dataclass
class Job:
    name: str
    tags: frozenset

def key(*args, **kwargs):
    return hashing.make_value_key(len, ["a", "b"], args, kwargs, None, "cache_data")

value = {
    "strings": {"alpha", "beta", "gamma", "delta"},
    "when": datetime.datetime(2024, 5, 6, 7, 8, 9),
    "path": pathlib.PurePosixPath("/data/x.csv"),
    "job": Job("j", frozenset({"x", "y", "z"})),
    "mode": Mode.FAST,
    "nums": (1, 2.5, -3, 10**30, None, True),
}
print(json.dumps([key(value, b=[1, 2]), key(value), key(1), key(a=1)]))
"""


def _keys_in_subprocess(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _KEY_PROGRAM], env=env, capture_output=True, text=True, check=True
    )
    result: list[str] = json.loads(out.stdout)
    return result


def test_keys_are_deterministic_across_hash_seeds() -> None:
    keys = _keys_in_subprocess("1")
    assert _keys_in_subprocess("12345") == keys
    assert len(set(keys[:3])) == 3
    assert keys[2] == keys[3]  # positional "a" and keyword a= share a key


def test_importing_caching_does_not_import_streamlit_inspect_or_pickle() -> None:
    code = (
        "import sys; import stbundle.runtime_py.caching; "
        "print(sorted(m for m in ('streamlit', 'inspect', 'pickle', 'hashlib', "
        "'numpy', 'pandas', 'datetime') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _digest(value: Any) -> bytes:
    return hashing.ValueHasher().digest(value)


def test_numpy_arrays_hash_by_shape_dtype_and_content() -> None:
    np = pytest.importorskip("numpy")
    a = np.arange(6, dtype="int64").reshape(2, 3)
    assert _digest(a) == _digest(a.copy())
    assert _digest(a) != _digest(a.reshape(3, 2))
    assert _digest(a) != _digest(a.astype("int32"))
    b = a.copy()
    b[1, 2] = 99
    assert _digest(a) != _digest(b)
    assert _digest(np.array([[1], "x"], dtype=object)) == _digest(
        np.array([[1], "x"], dtype=object)
    )
    assert _digest(np.float64(1.5)) == _digest(np.float64(1.5)) != _digest(np.float32(1.5))


def test_pandas_frames_and_series_hash_by_content() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert _digest(df) == _digest(df.copy())
    assert _digest(df) != _digest(df.rename(columns={"b": "c"}))
    changed = df.copy()
    changed.loc[1, "a"] = 3
    assert _digest(df) != _digest(changed)
    assert _digest(df["a"]) == _digest(df["a"].copy()) != _digest(df["a"].rename("z"))
    with_lists = pd.DataFrame({"a": [[1], [2]]})  # unhashable cells: pickled instead
    assert _digest(with_lists) == _digest(with_lists.copy())


def test_container_boundaries_and_order_matter() -> None:
    assert _digest(["ab", "c"]) != _digest(["a", "bc"])
    assert _digest(["a", "bstr:c"]) != _digest(["astr:b", "c"])  # same bytes if concatenated
    assert _digest([1, 2]) != _digest([2, 1])
    assert _digest({"a": 1, "b": 2}) != _digest({"b": 2, "a": 1})  # insertion order, as Streamlit
    assert _digest({"a", "b"}) == _digest({"b", "a"})
