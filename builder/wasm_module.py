"""What the build reads from Pyodide's WebAssembly module: the value of a global it exports and
the memory it starts with (its active data segments), for the memory snapshot
(snapshot_heap.py walks the heap from `__heap_base`; snapshot_format.py leaves out the pages a
freshly instantiated module already holds). Only the sections those need are parsed."""

from __future__ import annotations

_SECTION_IMPORT, _SECTION_GLOBAL, _SECTION_EXPORT, _SECTION_DATA = 2, 6, 7, 11
_EXPORT_GLOBAL = 3
_I32_CONST, _I64_CONST, _F32_CONST, _F64_CONST, _GLOBAL_GET, _END = (
    0x41,
    0x42,
    0x43,
    0x44,
    0x23,
    0x0B,
)


def exported_i32(wasm: bytes, name: str) -> int:
    """The constant value of the i32 global `name` the module exports; ValueError if none."""
    try:
        return _exported_i32(wasm, name)
    except IndexError:
        raise ValueError("a truncated wasm module") from None


def initial_memory(wasm: bytes) -> bytes:
    """The module's memory as instantiation writes it, up to its last data byte (zeros between
    segments). ValueError for a data segment this reader does not know (passive, or placed by
    anything but a constant)."""
    try:
        return _initial_memory(wasm)
    except IndexError:
        raise ValueError("a truncated wasm module") from None


def _exported_i32(wasm: bytes, name: str) -> int:
    sections = _sections(wasm)
    index = _exported_global(wasm, sections, name)
    imported = _imported_globals(wasm, sections)
    if index < imported or _SECTION_GLOBAL not in sections:
        raise ValueError(f"{name} is not a global defined in the module")
    at, _ = _count(wasm, sections[_SECTION_GLOBAL])
    for _ in range(index - imported):
        at = _past_constant(wasm, at + 2)  # value type, mutability, then the initialiser
    if wasm[at + 2] != _I32_CONST:
        raise ValueError(f"{name} is not an i32 constant")
    value, _ = _leb(wasm, at + 3, signed=True)
    return value


def _initial_memory(wasm: bytes) -> bytes:
    sections = _sections(wasm)
    if _SECTION_DATA not in sections:
        return b""
    at, count = _count(wasm, sections[_SECTION_DATA])
    segments: list[tuple[int, bytes]] = []
    for _ in range(count):
        flags, at = _leb(wasm, at)
        if flags != 0 or wasm[at] != _I32_CONST:
            raise ValueError("a data segment not placed at a constant offset of memory 0")
        offset, at = _leb(wasm, at + 1, signed=True)
        if wasm[at] != _END:
            raise ValueError("a data segment offset longer than one instruction")
        length, at = _leb(wasm, at + 1)
        if at + length > len(wasm):
            raise IndexError(at + length)
        segments.append((offset, wasm[at : at + length]))
        at += length
    memory = bytearray(max((o + len(d) for o, d in segments), default=0))
    for offset, data in segments:
        memory[offset : offset + len(data)] = data
    return bytes(memory)


def _imported_globals(wasm: bytes, sections: dict[int, int]) -> int:
    if _SECTION_IMPORT not in sections:
        return 0
    found = 0
    at, count = _count(wasm, sections[_SECTION_IMPORT])
    for _ in range(count):
        for _name in range(2):  # module, field
            length, at = _leb(wasm, at)
            at += length
        kind = wasm[at]
        at += 1
        if kind == 0:  # function: type index
            _, at = _leb(wasm, at)
        elif kind == 1:  # table: reference type, limits
            at = _past_limits(wasm, at + 1)
        elif kind == 2:  # memory: limits
            at = _past_limits(wasm, at)
        elif kind == 3:  # global: value type, mutability
            found += 1
            at += 2
        else:  # tag: attribute, type index
            _, at = _leb(wasm, at + 1)
    return found


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


def _past_limits(wasm: bytes, at: int) -> int:
    flags = wasm[at]
    _, at = _leb(wasm, at + 1)
    if flags & 1:
        _, at = _leb(wasm, at)
    return at


def _past_constant(wasm: bytes, at: int) -> int:
    """Past an initialiser made of one constant instruction and `end`."""
    op = wasm[at]
    at += 1
    if op in (_I32_CONST, _I64_CONST, _GLOBAL_GET):
        _, at = _leb(wasm, at)
    elif op == _F32_CONST:
        at += 4
    elif op == _F64_CONST:
        at += 8
    else:
        raise ValueError(f"a global initialiser this reader does not know ({op:#x})")
    if wasm[at] != _END:
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
