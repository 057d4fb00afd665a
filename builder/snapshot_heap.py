"""The started Pyodide's free heap memory, zeroed before the memory snapshot ships.

Pyodide's Python allocates every object with the C allocator (dlmalloc; Pyodide builds CPython
without pymalloc), and a freed block keeps its old bytes. After the runtime's imports and a first
run, some 11 of the heap's 26 MB are free (mallinfo in the page): old compiler state, imports'
temporary objects, the top of the heap released by the garbage collector. The snapshot ships
every page holding a non-zero byte (snapshot_format.py), so those stale bytes were shipped too.
Zeroing the free blocks' contents, never the allocator's own words, makes most of those pages
zero runs: nothing the restored Python can read changes.

dlmalloc's heap is a sequence of chunks from `__heap_base` (a global the wasm exports) up to a
fencepost (the head word after the top chunk): each chunk starts with its predecessor's footer
word and its own head word (its size, PINUSE = the previous chunk is in use, CINUSE = this one
is). A free chunk keeps its free-list
links after the head (fd, bk, and for large chunks the tree links: up to 32 bytes from the chunk's
start) and its size as the next chunk's footer word; the rest of it is unused. The walk checks
every chunk against those rules first and changes nothing when one does not hold (another
allocator or a changed layout): the snapshot is then shipped as it was.
"""

from __future__ import annotations

import struct

from stbundle.builder import wasm_module

#: Bytes at a free chunk's start that the allocator still reads (footer, head, fd, bk, the tree
#: links of a large chunk: child[0], child[1], parent, index; 4 bytes each on wasm32).
KEPT_HEAD = 32
#: The head word of the fencepost after the top chunk: dlmalloc's TOP_FOOT_SIZE on wasm32 with
#: 8-byte alignment, no flag bits.
FENCEPOST = 40
_PINUSE, _CINUSE, _FLAGS = 1, 2, 7
_MIN_CHUNK = 16
_WORD = struct.Struct("<I")


def free_chunks(memory: bytes | bytearray, heap_base: int) -> list[tuple[int, int]]:
    """(start, size) of each free chunk of dlmalloc's heap, the top chunk included.

    ValueError when the memory at `heap_base` is not a dlmalloc heap as described above.
    """
    free: list[tuple[int, int]] = []
    p = heap_base
    previous_free = False
    end = len(memory) - 8
    while True:
        if not 0 <= p <= end or p % 8:
            raise ValueError(f"the heap walk left the memory at {p}")
        head = _WORD.unpack_from(memory, p + 4)[0]
        if head == FENCEPOST and previous_free:
            return free
        size = head & ~_FLAGS
        if size < _MIN_CHUNK or size % 8 or p + size > end:
            raise ValueError(f"a chunk at {p} with a bad size ({head:#x})")
        if bool(head & _PINUSE) == previous_free:
            raise ValueError(f"a chunk at {p} disagrees with its predecessor's state")
        previous_free = not head & _CINUSE
        if previous_free:
            # The top chunk's successor is the fencepost, which holds no footer.
            next_head = _WORD.unpack_from(memory, p + size + 4)[0]
            if next_head != FENCEPOST and _WORD.unpack_from(memory, p + size)[0] != size:
                raise ValueError(f"a free chunk at {p} without its footer")
            free.append((p, size))
        p += size


def zero_free_memory(memory: bytearray, heap_base: int) -> int:
    """Zero the unused bytes of each free chunk in place; how many bytes that covered.

    ValueError (memory untouched) when the heap cannot be walked.
    """
    covered = 0
    for start, size in free_chunks(memory, heap_base):
        if size > KEPT_HEAD:
            memory[start + KEPT_HEAD : start + size] = bytes(size - KEPT_HEAD)
            covered += size - KEPT_HEAD
    return covered


def heap_base(wasm: bytes) -> int:
    """Where dlmalloc's heap starts: the `__heap_base` global the wasm module exports."""
    return wasm_module.exported_i32(wasm, "__heap_base")
