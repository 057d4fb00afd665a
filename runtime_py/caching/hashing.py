"""Deterministic hashing of cached functions and their arguments into cache keys.

Python's `hash()` is salted per process, so keys are built from a byte encoding of each
value instead: a type tag plus a payload, recursing into containers (cycle-safe). The
type tag keeps `1`, `1.0`, `True`, `[1]` and `(1,)` apart, as in Streamlit. Anything
without a dedicated encoding falls back to what pickle would store (`__reduce_ex__`);
values pickle refuses (locks, generators, sockets, ...) are unhashable.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias

from .errors import UnhashableParamError, UnhashableTypeError, UserHashError, fqn_type

if TYPE_CHECKING:
    import hashlib

HashFuncs: TypeAlias = Mapping[str | type[Any], Callable[[Any], Any]]

# Stands in for an object already being hashed further up, so cycles terminate.
_CYCLE = b"stbundle-cache-hash-cycle"
_SCALARS = (str, bytes, int, float, type(None))


def _new_hasher() -> hashlib._Hash:
    import hashlib

    return hashlib.md5(usedforsecurity=False)


class ValueHasher:
    """Turns one value (and everything it contains) into deterministic bytes."""

    def __init__(
        self,
        hash_funcs: HashFuncs | None = None,
        decorator: str = "cache_data",
        hash_source: Callable[..., Any] | None = None,
    ) -> None:
        self._hash_funcs = {
            key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}": func
            for key, func in (hash_funcs or {}).items()
        }
        self._decorator = decorator
        self._hash_source = hash_source
        # The chain of objects being hashed (id -> object, innermost last).
        self._stack: dict[int, Any] = {}

    def digest(self, obj: Any) -> bytes:
        hasher = _new_hasher()
        hasher.update(self.to_bytes(obj))
        return hasher.digest()

    def to_bytes(self, obj: Any) -> bytes:
        if id(obj) in self._stack:
            return _CYCLE
        self._stack[id(obj)] = obj
        try:
            return type(obj).__qualname__.encode() + b":" + self._payload(obj)
        finally:
            self._stack.popitem()

    def _join(self, items: Any) -> bytes:
        hasher = _new_hasher()
        for item in items:
            data = self.to_bytes(item)
            hasher.update(len(data).to_bytes(8, "little"))
            hasher.update(data)
        return hasher.digest()

    def _payload(self, obj: Any) -> bytes:
        if self._hash_funcs:
            hash_func = self._hash_funcs.get(fqn_type(obj))
            if hash_func is not None:
                return self._user_hash(hash_func, obj)
        if obj is None:
            return b"0"
        if isinstance(obj, int):
            return obj.to_bytes((obj.bit_length() + 8) // 8, "little", signed=True)
        if isinstance(obj, float):
            return obj.hex().encode()
        if isinstance(obj, str):
            return obj.encode("utf-8", "surrogatepass")
        if isinstance(obj, bytes | bytearray | memoryview):
            return bytes(obj)
        if isinstance(obj, list | tuple):
            return self._join(obj)
        if isinstance(obj, dict):
            return self._join(obj.items())
        if isinstance(obj, set | frozenset):
            return self._join(sorted(self.to_bytes(item) for item in obj))
        if isinstance(obj, Enum):
            return f"{fqn_type(obj)}.{obj.name}".encode()
        if isinstance(obj, complex):
            return repr(obj).encode()
        special = self._known_library_type(obj)
        if special is not None:
            return special
        if isinstance(obj, types.FunctionType):
            return self._function(obj)
        if isinstance(obj, types.MethodType):
            return self._join((obj.__self__, obj.__func__))
        if isinstance(obj, types.BuiltinFunctionType | types.BuiltinMethodType):
            return f"{getattr(obj, '__module__', None)}.{obj.__qualname__}".encode()
        if isinstance(obj, type):
            return f"{obj.__module__}.{obj.__qualname__}".encode()
        if isinstance(obj, types.ModuleType):
            return obj.__name__.encode()
        if isinstance(obj, types.CodeType):
            return self._code(obj)
        return self._reduce(obj)

    def _user_hash(self, hash_func: Callable[[Any], Any], obj: Any) -> bytes:
        try:
            output = hash_func(obj)
        except Exception as ex:
            chain = list(reversed(self._stack.values()))
            raise UserHashError(
                ex, obj, hash_func, self._decorator, self._hash_source, chain
            ) from ex
        return self.to_bytes(output)

    def _known_library_type(self, obj: Any) -> bytes | None:
        """Encodings for types of modules the app already imported (never import them)."""
        module = type(obj).__module__.partition(".")[0]
        if module == "datetime" and hasattr(obj, "isoformat"):
            return obj.isoformat().encode()
        if module == "datetime":  # timedelta
            return repr(obj).encode()
        if module == "pathlib":
            return str(obj).encode()
        if module == "uuid" and hasattr(obj, "bytes"):
            return obj.bytes
        if module == "decimal":
            return str(obj).encode()
        if module == "functools" and type(obj).__name__ == "partial":
            return self._join((obj.func, obj.args, obj.keywords))
        if module == "numpy":
            return self._numpy(obj)
        if module == "pandas":
            return self._pandas(obj)
        if module == "unittest" and type(obj).__name__ in ("Mock", "MagicMock"):
            # Mocks pretend to have every attribute; hash them by identity like Streamlit.
            return id(obj).to_bytes(8, "little")
        if hasattr(type(obj), "__dataclass_fields__") and not isinstance(obj, type):
            fields = sys.modules["dataclasses"].fields(obj)
            return self._join([(f.name, getattr(obj, f.name)) for f in fields])
        io = sys.modules.get("io")
        if (
            io is not None
            and isinstance(obj, io.IOBase)
            and isinstance(getattr(obj, "name", None), str)
        ):
            import os

            # Open files: name, modification time and read position, like Streamlit.
            return self._join((obj.name, os.path.getmtime(obj.name), obj.tell()))
        return None

    def _numpy(self, obj: Any) -> bytes | None:
        np = sys.modules["numpy"]
        if isinstance(obj, np.ndarray):
            if obj.dtype.hasobject:
                return self._join((obj.shape, obj.tolist()))
            return self._join((obj.shape, obj.dtype.str, obj.tobytes()))
        if isinstance(obj, np.generic):
            return self._join((obj.dtype.str, obj.tobytes()))
        return None

    def _pandas(self, obj: Any) -> bytes | None:
        pd = sys.modules["pandas"]
        if not isinstance(obj, pd.DataFrame | pd.Series | pd.Index):
            return None
        try:
            values = pd.util.hash_pandas_object(obj).to_numpy().tobytes()
        except TypeError:
            # Unhashable cells (lists, dicts): fall back to the pickled frame.
            import pickle

            return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        if isinstance(obj, pd.DataFrame):
            layout: Any = (list(obj.columns), [str(t) for t in obj.dtypes])
        else:
            layout = (obj.name, str(obj.dtype))
        return self._join((obj.shape, layout, values))

    def _function(self, func: types.FunctionType) -> bytes:
        closure = []
        for cell in func.__closure__ or ():
            try:
                closure.append(cell.cell_contents)
            except ValueError:  # an empty cell (variable not yet assigned)
                closure.append(None)
        return self._join(
            (
                func.__module__,
                func.__qualname__,
                func.__code__,
                func.__defaults__,
                func.__kwdefaults__,
                closure,
            )
        )

    def _code(self, code: types.CodeType) -> bytes:
        return self._join((code.co_code, code.co_consts, code.co_names))

    def _reduce(self, obj: Any) -> bytes:
        try:
            reduced = obj.__reduce_ex__(4)
        except Exception as ex:
            raise UnhashableTypeError(fqn_type(obj)) from ex
        if isinstance(reduced, str):  # pickled by reference to a global name
            return reduced.encode()
        parts = list(reduced)
        for index in (3, 4):  # list and dict items come as iterators
            if index < len(parts) and parts[index] is not None:
                parts[index] = list(parts[index])
        return self._join(parts)


def positional_names(func: Callable[..., Any]) -> list[str | None]:
    """Name each positional slot of `func`; None where a positional value has no name.

    Streamlit pairs positional values with these names and keyword values with their
    keywords (in call order), so `f(1)` and `f(x=1)` share a key but `f()` and `f(1)`
    do not, even when 1 is the default.
    """
    import inspect

    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return []
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name if p.kind in positional else None for p in params]


def make_value_key(
    func: Callable[..., Any],
    names: Sequence[str | None],
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    hash_funcs: HashFuncs | None,
    decorator: str,
) -> str:
    """Key of one call: every argument except those whose name starts with "_"."""
    pairs: list[tuple[str | None, Any]] = [
        (names[i] if i < len(names) else None, value) for i, value in enumerate(args)
    ]
    pairs.extend(kwargs.items())
    hasher = _new_hasher()
    value_hasher = ValueHasher(hash_funcs, decorator, func)
    plain = ValueHasher(None, decorator, func)
    for name, value in pairs:
        if name is not None and name.startswith("_"):
            continue
        try:
            for data in (plain.to_bytes(name), value_hasher.to_bytes(value)):
                hasher.update(len(data).to_bytes(8, "little"))
                hasher.update(data)
        except UnhashableTypeError as ex:
            raise UnhashableParamError(decorator, func, name, value) from ex
    return hasher.hexdigest()


def make_function_key(func: Callable[..., Any]) -> str:
    """Key of a function's cache: its module, qualname and source.

    Stable across reruns (each rerun re-creates the function object) and different
    once the body changes. Without source (exec'd strings, REPL) the bytecode, its
    constants and the names it uses stand in.
    """
    import inspect

    hasher = ValueHasher()
    source: Any
    try:
        source = inspect.getsource(func)
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        source = code if code is not None else repr(func)
    module = getattr(func, "__module__", None)
    qualname = getattr(func, "__qualname__", None)
    return hasher.digest((module, qualname, source)).hex()
