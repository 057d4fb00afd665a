"""Zeroing the free heap memory of the started Pyodide before its snapshot ships
(builder/snapshot_heap.py): only free chunks' unused bytes change, and a heap that is not laid
out as dlmalloc's is left alone."""

from __future__ import annotations

import struct

import pytest
from stbundle.builder import snapshot_heap

from tests.builder.static_site import PYODIDE_DIR

BASE = 64
JUNK = 0xAB


def chunk(size: int, *, in_use: bool, previous_in_use: bool, footer: int = 0) -> bytearray:
    """A chunk: the previous chunk's footer word, its head word, then junk."""
    head = size | (2 if in_use else 0) | (1 if previous_in_use else 0)
    return bytearray(struct.pack("<II", footer, head) + bytes([JUNK]) * (size - 8))


def heap() -> tuple[bytearray, dict[str, int]]:
    """In use (48), free (80), in use (24), free (32), in use (40), top (64), fencepost."""
    parts = [
        ("a", chunk(48, in_use=True, previous_in_use=True)),
        ("b", chunk(80, in_use=False, previous_in_use=True)),
        ("c", chunk(24, in_use=True, previous_in_use=False, footer=80)),
        ("d", chunk(32, in_use=False, previous_in_use=True)),
        ("e", chunk(40, in_use=True, previous_in_use=False, footer=32)),
        ("top", chunk(64, in_use=False, previous_in_use=True)),
    ]
    memory = bytearray([JUNK]) * BASE
    at: dict[str, int] = {}
    for name, data in parts:
        at[name] = len(memory)
        memory += data
    at["fence"] = len(memory)
    memory += struct.pack("<II", 0, snapshot_heap.FENCEPOST) + bytes(56)
    return memory, at


def test_only_the_unused_bytes_of_free_chunks_are_zeroed() -> None:
    memory, at = heap()
    before = bytes(memory)
    assert snapshot_heap.free_chunks(memory, BASE) == [
        (at["b"], 80),
        (at["d"], 32),
        (at["top"], 64),
    ]
    assert snapshot_heap.zero_free_memory(memory, BASE) == (80 - 32) + (64 - 32)
    kept = snapshot_heap.KEPT_HEAD
    zeroed = {range(at["b"] + kept, at["b"] + 80), range(at["top"] + kept, at["top"] + 64)}
    for offset in range(len(memory)):
        if any(offset in r for r in zeroed):
            assert memory[offset] == 0, offset
        else:  # in-use chunks, the free-list links, footers, the small free chunk, the fencepost
            assert memory[offset] == before[offset], offset


@pytest.mark.parametrize(
    "damage",
    [
        "a free chunk's successor claims it is in use",
        "a free chunk without its footer",
        "a chunk size past the memory",
        "no fencepost",
    ],
)
def test_a_heap_not_laid_out_as_dlmalloc_is_left_alone(damage: str) -> None:
    memory, at = heap()
    if damage == "a free chunk's successor claims it is in use":
        struct.pack_into("<I", memory, at["c"] + 4, 24 | 3)
    elif damage == "a free chunk without its footer":
        struct.pack_into("<I", memory, at["c"], 0)
    elif damage == "a chunk size past the memory":
        struct.pack_into("<I", memory, at["e"] + 4, 2**20 | 2)
    else:
        del memory[at["fence"] :]
    before = bytes(memory)
    with pytest.raises(ValueError):
        snapshot_heap.zero_free_memory(memory, BASE)
    assert memory == before


def test_pyodides_heap_base_lies_past_its_static_data() -> None:
    base = snapshot_heap.heap_base((PYODIDE_DIR / "pyodide.asm.wasm").read_bytes())
    assert base % 16 == 0 and 4 * 2**20 < base < 64 * 2**20
