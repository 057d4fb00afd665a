"""Suppression comments: ``# noqa: XST101`` on a line, ``# stbundle: noqa`` for a file."""

from __future__ import annotations

import re

_CODES = r"(?P<codes>[A-Za-z]+[0-9]+(?:[\s,]+[A-Za-z]+[0-9]+)*)"
_LINE = re.compile(r"#\s*noqa(?::\s*" + _CODES + r")?", re.IGNORECASE)
_FILE = re.compile(r"#\s*stbundle\s*:\s*noqa(?::\s*" + _CODES + r")?", re.IGNORECASE)

ALL = frozenset({"*"})


def _codes(match: re.Match[str]) -> frozenset[str]:
    codes = match.group("codes")
    if not codes:
        return ALL
    return frozenset(c.upper() for c in re.split(r"[\s,]+", codes) if c)


def line_codes(text: str) -> frozenset[str] | None:
    """Codes a ``# noqa`` comment on this line suppresses (ALL for a bare noqa), or None."""
    if "noqa" not in text.lower():
        return None
    found: frozenset[str] | None = None
    for match in _LINE.finditer(text):
        start = match.start()
        if _FILE.match(text, text.rfind("#", 0, start + 1)):
            continue
        codes = _codes(match)
        found = codes if found is None else found | codes
    return found


def file_codes(lines: list[str]) -> frozenset[str] | None:
    """Codes suppressed for the whole file by ``# stbundle: noqa[: CODES]`` comment lines."""
    found: frozenset[str] | None = None
    for text in lines:
        stripped = text.lstrip()
        if not stripped.startswith("#") or "noqa" not in stripped.lower():
            continue
        match = _FILE.match(stripped)
        if match:
            codes = _codes(match)
            found = codes if found is None else found | codes
    return found


def suppressed(codes: frozenset[str] | None, code: str) -> bool:
    return codes is not None and (codes is ALL or "*" in codes or code in codes)
