"""The emoji a text starts with, as Streamlit 1.67 tells them apart (a page file's icon:
"📈_charts.py" is the page "charts" with the icon 📈; "°C_weather.py" has no icon).

An emoji is one of Unicode's emoji sequences: a keycap (#, * or a digit, U+FE0F, U+20E3), a flag
(two regional indicators), a tag sequence (a black flag and tags), or emoji characters, each
with an optional U+FE0F or skin tone, joined by zero-width joiners. Emoji characters are
Unicode's Emoji property (Unicode 15.0's emoji-data.txt), without the keycap bases, plus the
code points of the emoji blocks that Unicode reserves for emoji (Extended_Pictographic,
unassigned in 15.0), so newer emoji count too. A U+FE0F belongs to the emoji only after a
character shown as text by default (Streamlit lists "☀️" but not "⌚️"). Imported only for
text that is not ASCII (ASCII holds no emoji).
"""

from __future__ import annotations

import bisect
import functools

# Code point ranges as "gap.length" pairs in base 36 (the gap from the previous range's last
# code point to this range's first; the length minus one, omitted for single code points).
# Emoji characters:
_EMOJI = (
    "4p 5 68e d 61 n 2j.5 g.1 a8.1 d 4n q.a 5.2 5k 6g.1 b a 1n.3 2.4 a 3 3.1 3 5 3 2.1 3 4 "
    "4.1 9.2 6 2 6.b c.1 3 2.1 2 j 3.1 j.5 2 2.1 4.1 6 3.1 5.1 c.1 6.1 3 6.1 2 2.1 l.1 6.5 "
    "2.3 3 5 3 3.5 2 3 2 2 7 4 7 b.1 g 3 5 2 5.2 2 c.1 1d.2 a f f ad.1 cw.2 k.1 1g 5 yj d gq "
    "2 2fzf 5n 4h.1 d.1 f 3.9 24.p 2.1 o l 3.8 m.1 4v.x 3.33 3.1 2.2 3.2a 3.2 2.7a 2.1q c.5 "
    "2.n 8.1 3.7 d 3.3 3 5.1 e.1 3 9.1 a 6.2 d.2 9.2 3 2 5 7 4 7.2d 1d.1x 6.7 3.g 4 2.5 3.c "
    "69.v 7h.1a 2.9 2.54 35.3z "
)
# Of those, the ones shown as text unless U+FE0F follows (not Emoji_Presentation): only
# these take a U+FE0F as part of the emoji.
_TEXT_DEFAULT = (
    "4p 5 68e d 61 n 2j.5 g.1 am 4n u.2 2.1 6.2 5k 6g.1 b a 1n.1 4.4 a 3 7 5 3 2.1 3 4 4.1 "
    "9.2 6 2 t.1 3 2.1 2 j 3 k 2.3 2 2.1 4 7 9.1 n 7 2 2 m 7.1 3 3.2 9 6.1 3.1 2 3 2 2 7 4 "
    "i.1 g 3 s.1 1p b7.1 cw.2 10p d gq 2 2g9j.1 d.1 3n 1h 6i 3.8 a 1z p.1 2.2 3.1 18.3 6.b k "
    "2 2 20 2 58 24.1 11.1 3.6 e 3.3 3 l 3 9.1 a 6.2 d.2 9.2 3 2 5 7 4 7 5t 2.2 h.5 4 7 3 "
)
_VS16, _KEYCAP, _ZWJ, _TAG_END = "\ufe0f", "\u20e3", "\u200d", "\U000e007f"


@functools.cache
def _bounds(table: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for part in table.split():
        gap, _, extra = part.partition(".")
        first = last + int(gap, 36)
        last = first + (int(extra, 36) if extra else 0)
        starts.append(first)
        ends.append(last)
    return starts, ends


def _in(table: str, ch: str) -> bool:
    starts, ends = _bounds(table)
    at = bisect.bisect_right(starts, ord(ch)) - 1
    return at >= 0 and ord(ch) <= ends[at]


def _is_emoji_char(ch: str) -> bool:
    return _in(_EMOJI, ch) and not _is_regional(ch)


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _element_end(text: str, at: int) -> int:
    """The end of the emoji character at `at` with its U+FE0F or skin tone; `at` if none."""
    if at >= len(text) or not _is_emoji_char(text[at]):
        return at
    end = at + 1
    if end < len(text) and (
        (text[end] == _VS16 and _in(_TEXT_DEFAULT, text[at]))
        or 0x1F3FB <= ord(text[end]) <= 0x1F3FF
    ):
        end += 1
    return end


def leading_emoji_length(text: str) -> int:
    """How many characters of `text` its leading emoji takes (0: it starts with none)."""
    if not text or text.isascii():
        return 0
    if text[0] in "#*0123456789":
        end = 2 if text[1:2] == _VS16 else 1
        return end + 1 if text[end : end + 1] == _KEYCAP else 0
    if _is_regional(text[0]):
        return 2 if len(text) > 1 and _is_regional(text[1]) else 0
    end = _element_end(text, 0)
    if end == 0:
        return 0
    tags = end
    while tags < len(text) and 0xE0020 <= ord(text[tags]) <= 0xE007E:
        tags += 1
    if tags > end and text[tags : tags + 1] == _TAG_END:
        return tags + 1
    while text[end : end + 1] == _ZWJ:
        joined = _element_end(text, end + 1)
        if joined == end + 1:
            break
        end = joined
    return end


def split_leading_emoji(text: str) -> tuple[str, str]:
    """The leading emoji and the rest, without the separators ("_", " ", "-") after it."""
    length = leading_emoji_length(text)
    if not length:
        return "", text
    return text[:length], text[length:].lstrip("_ -")
