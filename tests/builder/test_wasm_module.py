"""Reading Pyodide's WebAssembly module at build time (builder/wasm_module.py): an exported
global's value, counting imported globals, and the memory its data segments make."""

from __future__ import annotations

import pytest
from stbundle.builder import wasm_module

from tests.builder.static_site import PYODIDE_DIR

HEADER = b"\0asm\x01\0\0\0"


def leb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value == 0 and not byte & 0x40:
            return bytes(out + bytes([byte]))
        out.append(byte | 0x80)


def section(kind: int, body: bytes) -> bytes:
    return bytes([kind]) + leb(len(body)) + body


def name(text: str) -> bytes:
    return leb(len(text)) + text.encode()


def test_the_heap_base_is_the_exported_global_counting_imported_globals() -> None:
    imports = leb(2)
    imports += name("env") + name("memory") + b"\x02\x00" + leb(1)  # a memory, min 1 page
    imports += name("env") + name("__stack_pointer") + b"\x03\x7f\x01"  # global 0, imported
    globals_ = leb(2)
    globals_ += b"\x7f\x00\x41" + leb(1000) + b"\x0b"  # global 1
    globals_ += b"\x7f\x00\x41" + leb(14539216) + b"\x0b"  # global 2
    exports = leb(2) + name("__data_end") + b"\x03" + leb(1)
    exports += name("__heap_base") + b"\x03" + leb(2)
    module = HEADER + section(2, imports) + section(6, globals_) + section(7, exports)
    assert wasm_module.exported_i32(module, "__heap_base") == 14539216
    with pytest.raises(ValueError, match="does not export __heap_base"):
        wasm_module.exported_i32(HEADER + section(7, leb(0)), "__heap_base")


def test_the_initial_memory_is_the_data_segments_in_place() -> None:
    data = leb(2)
    data += b"\x00\x41" + leb(8) + b"\x0b" + leb(3) + b"abc"
    data += b"\x00\x41" + leb(1) + b"\x0b" + leb(2) + b"xy"
    assert wasm_module.initial_memory(HEADER + section(11, data)) == b"\0xy\0\0\0\0\0abc"
    assert wasm_module.initial_memory(HEADER) == b""
    passive = leb(1) + b"\x01" + leb(2) + b"xy"
    with pytest.raises(ValueError, match="not placed at a constant offset"):
        wasm_module.initial_memory(HEADER + section(11, passive))
    with pytest.raises(ValueError, match="truncated"):
        wasm_module.initial_memory(HEADER + section(11, data)[:-2])


def test_pyodides_initial_memory_holds_its_static_data() -> None:
    memory = wasm_module.initial_memory((PYODIDE_DIR / "pyodide.asm.wasm").read_bytes())
    assert 2**20 < len(memory) < 16 * 2**20
    assert b"Python" in memory
