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

#: Bytes at a free chunk's start that the allocator still reads (footer, head, fd, bk, the tree
#: links of a large chunk: child[0], child[1], parent, index; 4 bytes each on wasm32).
KEPT_HEAD = 32
#: The head word of the fencepost after the top chunk: dlmalloc's TOP_FOOT_SIZE on wasm32 with
#: 8-byte alignment, no flag bits.
FENCEPOST = 40
_PINUSE, _CINUSE, _FLAGS = 1, 2, 7
_MIN_CHUNK = 16
_WORD = struct.Struct("<I")
_EXPORT_GLOBAL = 3
_SECTION_IMPORT, _SECTION_GLOBAL, _SECTION_EXPORT = 2, 6, 7


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
    """The value of the `__heap_base` global a wasm module exports; ValueError if it has none."""
    sections = _sections(wasm)
    imported_globals = 0
    if _SECTION_IMPORT in sections:
        at, count = _count(wasm, sections[_SECTION_IMPORT])
        for _ in range(count):
            for _name in range(2):
                length, at = _leb(wasm, at)
                at += length
            kind = wasm[at]
            at += 1
            if kind == 0:  # function: type index
                _, at = _leb(wasm, at)
            elif kind == 1:  # table: reference type, limits
                at = _skip_limits(wasm, at + 1)
            elif kind == 2:  # memory: limits
                at = _skip_limits(wasm, at)
            elif kind == 3:  # global: value type, mutability
                imported_globals += 1
                at += 2
            else:  # tag: attribute, type index
                _, at = _leb(wasm, at + 1)
    index = _exported_global(wasm, sections, "__heap_base")
    if index < imported_globals or _SECTION_GLOBAL not in sections:
        raise ValueError("__heap_base is not a global defined in the module")
    at, _ = _count(wasm, sections[_SECTION_GLOBAL])
    for _ in range(index - imported_globals):
        at = _skip_const_global(wasm, at)
    if wasm[at + 2] != 0x41:  # i32.const
        raise ValueError("__heap_base is not an i32 constant")
    value, _ = _leb(wasm, at + 3, signed=True)
    return value


def _exported_global(wasm: bytes, sections: dict[int, int], name: str) -> int:
    if _SECTION_EXPORT not in sections:
        raise ValueError("the wasm module exports nothing")
    at, count = _count(wasm, sections[_SECTION_EXPORT])
    wanted = name.encode()
    for _ in range(count):
        length, at = _leb(wasm, at)
        found = wasm[at : at + length]
        at += length
        kind = wasm[at]
        index, at = _leb(wasm, at + 1)
        if found == wanted and kind == _EXPORT_GLOBAL:
            return index
    raise ValueError(f"the wasm module does not export {name}")


def _sections(wasm: bytes) -> dict[int, int]:
    """Where each (first) section's contents start."""
    if wasm[:4] != b"\0asm":
        raise ValueError("not a WebAssembly module")
    found: dict[int, int] = {}
    at = 8
    while at < len(wasm):
        kind = wasm[at]
        size, at = _leb(wasm, at + 1)
        found.setdefault(kind, at)
        at += size
    return found


def _count(wasm: bytes, at: int) -> tuple[int, int]:
    count, at = _leb(wasm, at)
    return at, count


def _skip_limits(wasm: bytes, at: int) -> int:
    flags = wasm[at]
    _, at = _leb(wasm, at + 1)
    if flags & 1:
        _, at = _leb(wasm, at)
    return at


def _skip_const_global(wasm: bytes, at: int) -> int:
    """Past one global whose initialiser is a single constant instruction and `end`."""
    op = wasm[at + 2]
    at += 3
    if op in (0x41, 0x42, 0x23):  # i32.const, i64.const, global.get
        _, at = _leb(wasm, at)
    elif op == 0x43:  # f32.const
        at += 4
    elif op == 0x44:  # f64.const
        at += 8
    else:
        raise ValueError(f"a global initialiser the walk does not know ({op:#x})")
    if wasm[at] != 0x0B:
        raise ValueError("a global initialiser longer than one instruction")
    return at + 1


def _leb(data: bytes, at: int, signed: bool = False) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[at]
        at += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    if signed and byte & 0x40:
        result -= 1 << shift
    return result, at
