"""The sequences `at.button`, `at.columns`, ... return: indexable, sized, callable by key."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.blocks import Block
    from stbundle.runtime_py.testing.elements import Element
    from stbundle.runtime_py.testing.widgets import Widget

El_co = TypeVar("El_co", bound="Element", covariant=True)
W_co = TypeVar("W_co", bound="Widget", covariant=True)
B_co = TypeVar("B_co", bound="Block", covariant=True)


T_co = TypeVar("T_co", covariant=True)


class _NodeList(Generic[T_co]):
    """Nodes of one kind in document order: indexable, sliceable, sized, callable by key."""

    def __init__(self, nodes: Sequence[T_co]) -> None:
        self._list: list[T_co] = list(nodes)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> T_co: ...

    @overload
    def __getitem__(self, idx: slice) -> Self: ...

    def __getitem__(self, idx: int | slice) -> T_co | Self:
        if isinstance(idx, slice):
            return type(self)(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[T_co]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _NodeList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(node) for node in self._list))

    def __call__(self, key: str) -> T_co:
        for node in self._list:
            if getattr(node, "key", None) == key:
                return node
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class ElementList(_NodeList[El_co]):
    """Elements of one kind; `at.text_input(key="k")` finds one by key."""

    @property
    def values(self) -> Sequence[Any]:
        return [e.value for e in self._list]


class WidgetList(ElementList[W_co], Generic[W_co]):
    """An ElementList of widgets (for typing)."""


class BlockList(_NodeList[B_co]):
    """Containers of one kind, also callable by key."""
