"""The sequences `at.button`, `at.columns`, ... return: indexable, sized, callable by key."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.blocks import Block
    from stbundle.runtime_py.testing.elements import Element
    from stbundle.runtime_py.testing.widgets import Widget

El_co = TypeVar("El_co", bound="Element", covariant=True)
W_co = TypeVar("W_co", bound="Widget", covariant=True)
B_co = TypeVar("B_co", bound="Block", covariant=True)


class ElementList(Generic[El_co]):
    """Elements of one kind in document order; `at.text_input(key="k")` finds one by key."""

    def __init__(self, els: Sequence[El_co]) -> None:
        self._list: list[El_co] = list(els)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> El_co: ...

    @overload
    def __getitem__(self, idx: slice) -> ElementList[El_co]: ...

    def __getitem__(self, idx: int | slice) -> El_co | ElementList[El_co]:
        if isinstance(idx, slice):
            return ElementList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[El_co]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(e) for e in self._list))

    def __call__(self, key: str) -> El_co:
        for element in self._list:
            if getattr(element, "key", None) == key:
                return element
        raise KeyError(key)

    @property
    def values(self) -> Sequence[Any]:
        return [e.value for e in self._list]

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"


class WidgetList(ElementList[W_co], Generic[W_co]):
    """An ElementList of widgets (for typing)."""


class BlockList(Generic[B_co]):
    """Containers of one kind in document order, also callable by key."""

    def __init__(self, blocks: Sequence[B_co]) -> None:
        self._list: list[B_co] = list(blocks)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> B_co: ...

    @overload
    def __getitem__(self, idx: slice) -> BlockList[B_co]: ...

    def __getitem__(self, idx: int | slice) -> B_co | BlockList[B_co]:
        if isinstance(idx, slice):
            return BlockList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[B_co]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BlockList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(b) for b in self._list))

    def __call__(self, key: str) -> B_co:
        for block in self._list:
            if block.key == key:
                return block
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"BlockList({self._list!r})"
