"""st.image: one or more images (PIL images, numpy arrays, bytes, file paths, URLs, SVG text).

Images are prepared as Streamlit 1.67 prepares them: numpy arrays are clamped or checked and
may be BGR; PIL images and arrays are encoded (PNG when they may have transparency, GIF for
GIFs, else JPEG, unless `output_format` says); images wider than the requested width (or than
twice the content width) are scaled down. Pillow is imported only when an image needs it:
bytes given in a static build without Pillow go to the page as they are, with the type their
first bytes name. Files go through the session's media files; URLs and SVG text (as a data:
URL) go to the page as they are.
"""

from __future__ import annotations

import base64
import importlib
import io
import os
import re
from collections.abc import Sequence
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitValueError
from stbundle.runtime_py.media_sources import (
    as_path_text,
    is_external,
    is_ndarray,
    keep,
    read_file,
    set_alt,
    stream_bytes,
)

#: Wider images are scaled down to this many pixels (twice Streamlit's content width).
MAXIMUM_CONTENT_WIDTH = 2 * 730
_SVG = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_COLUMN_WIDTH_REMOVED = (
    "`use_column_width` was removed and has no effect. "
    "Use `width='stretch'`, `width='content'`, or an integer pixel value instead."
)
#: Image types recognised by their first bytes, for bytes shown without Pillow.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def _is_pil_image(obj: Any) -> bool:
    module = type(obj).__module__.split(".")[0]
    return module == "PIL" and hasattr(obj, "save") and hasattr(obj, "mode")


def _pil() -> Any:
    """PIL.Image, or None where Pillow is not installed (a static build that does not use it)."""
    try:
        return importlib.import_module("PIL.Image")
    except ImportError:
        return None


def _require_pil(what: str) -> Any:
    pil = _pil()
    if pil is None:
        raise StreamlitAPIException(
            f"Showing {what} with st.image needs Pillow (`import PIL` in the app adds it to a "
            "static build's dependencies)."
        )
    return pil


def _sniffed_type(data: bytes) -> str:
    for magic, mimetype in _MAGIC:
        if data.startswith(magic):
            return mimetype
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def _format_of(image: Any, output_format: str) -> str:
    """JPEG, PNG or GIF: as asked, else what the image needs (Streamlit's choice)."""
    wanted = output_format.upper()
    if wanted in ("JPEG", "PNG"):
        return wanted
    if wanted == "JPG":
        return "JPEG"
    if image.format == "GIF":
        return "GIF"
    return "PNG" if image.mode in ("RGBA", "LA", "P") else "JPEG"


def _encode(image: Any, fmt: str, quality: int = 100) -> bytes:
    if fmt == "JPEG" and image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, quality=quality)
    return out.getvalue()


def _fit(data: bytes, pil: Any, width: Any, output_format: str) -> tuple[bytes, str]:
    """Encoded bytes scaled down to the target width and in the chosen format, and its type."""
    image = pil.open(io.BytesIO(data))
    fmt = _format_of(image, output_format)
    target = width if isinstance(width, int) else MAXIMUM_CONTENT_WIDTH
    w, h = image.size
    if target > 0 and w > target:
        image = image.resize((target, int(1.0 * h * target / w)), resample=pil.BILINEAR)
        data = _encode(image, fmt, quality=90)
    elif image.format != fmt:
        data = _encode(image, fmt, quality=90)
    return data, f"image/{fmt.lower()}"


def _array_image(array: Any, clamp: bool, channels: str, pil: Any) -> Any:
    """A PIL image of a 2-D or 3-D array (values checked or clamped, BGR reordered)."""
    import numpy as np

    shape = array.shape
    if len(shape) not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}"
        )
    if len(shape) == 3 and shape[-1] == 1:
        array = array[:, :, 0]
    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif np.amin(array) < 0 or np.amax(array) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    if channels == "BGR":
        if len(array.shape) != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        array = array[:, :, [2, 1, 0]]
    return pil.fromarray(array.astype(np.uint8))


def _svg_url(svg: str) -> str:
    if "xmlns" not in svg:
        svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def fill_image(
    ref: pb.MediaRef,
    image: Any,
    *,
    width: Any = "content",
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
) -> None:
    """Point `ref` at one image: a URL as given, else prepared bytes in the media files."""
    image = as_path_text(image)
    data: bytes
    if isinstance(image, str):
        if is_external(image):
            ref.url = image
            return
        if image.endswith(".svg") and os.path.isfile(image):
            with open(image, encoding="utf-8") as f:
                image = f.read()
        if _SVG.search(image):
            ref.url = _svg_url(image)
            return
        data = read_file(image)
    elif _is_pil_image(image):
        data = _encode(image, _format_of(image, output_format))
    elif is_ndarray(image):
        pil = _require_pil("a NumPy array")
        picture = _array_image(image, clamp, channels, pil)
        data = _encode(picture, _format_of(picture, output_format))
    elif (streamed := stream_bytes(image)) is not None:
        data = streamed
    elif isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
    else:
        raise StreamlitAPIException(
            f"st.image cannot show a {type(image).__name__}: give a PIL image, a NumPy array, "
            "bytes, a file path, a URL or SVG text."
        )
    pil = _pil()
    if pil is None:
        mimetype = _sniffed_type(data)
    else:
        data, mimetype = _fit(data, pil, width, output_format)
    keep(ref, data, mimetype)


def _images(image: Any) -> tuple[list[Any], bool]:
    """The images to show, and whether they came from a set (whose order is undefined)."""
    if isinstance(image, (list, set, tuple)):
        return list(image), isinstance(image, set)
    if is_ndarray(image) and len(image.shape) == 4:
        return [image[i, :, :, :] for i in range(image.shape[0])], False
    return [image], False


def _captions(caption: Any, count: int) -> list[Any]:
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif is_ndarray(caption) and len(caption.shape) == 1:
        captions = caption.tolist()
    elif caption is None:
        captions = [None] * count
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return captions


def _single_alt_error(count: int) -> StreamlitAPIException:
    return StreamlitAPIException(
        "A single `alt` value can only be used with a single image. "
        f"You passed {count} images; provide a sequence of {count} alt values "
        "(use None to skip an image)."
    )


def _alts(alt: Any, count: int, from_set: bool) -> list[Any]:
    if alt is None:
        return [None] * count
    if isinstance(alt, str) and count != 1:
        raise StreamlitAPIException(
            "A single `alt` string can only be used with a single image. "
            f"You passed {count} images; provide a sequence of {count} alt values "
            "(use None to skip an image)."
        )
    if isinstance(alt, (str, bytes, bytearray)):
        if count != 1:
            raise _single_alt_error(count)
        return [alt]
    listed: list[Any] | None = None
    if is_ndarray(alt) and len(alt.shape) == 1:
        listed = alt.tolist()
    elif isinstance(alt, Sequence):
        listed = list(alt)
    if listed is None:
        if count != 1:
            raise _single_alt_error(count)
        return [alt]
    if from_set:
        raise StreamlitAPIException(
            "A sequence-valued `alt` cannot be paired with a set of images "
            "because set order is undefined. Pass a list or tuple of images."
        )
    if len(listed) != count:
        raise StreamlitAPIException(f"Cannot pair {len(listed)} alt values with {count} images.")
    return listed


class ImageMixin(DeltaGeneratorBase):
    def image(
        self,
        image: Any,
        caption: str | list[str] | None = None,
        width: int | str = "content",
        clamp: bool = False,
        channels: str = "RGB",
        output_format: str = "auto",
        *,
        use_container_width: bool | None = None,
        link: str | None = None,
        use_column_width: Any = None,
        alt: str | Sequence[str | None] | None = None,
    ) -> Self:
        """Show an image, or several side by side, each with an optional caption."""
        if use_column_width is not None:
            from stbundle.runtime_py.delta_generator import main_dg

            main_dg.warning(_COLUMN_WIDTH_REMOVED)  # as Streamlit's deprecation warning
        if use_container_width is True:
            width = "stretch"
        elif use_container_width is False and not isinstance(width, int):
            width = "content"
        el = pb.Element()
        set_layout(el, width=width, allow_content_width=True)
        images, from_set = _images(image)
        captions = _captions(caption, len(images))
        alts = _alts(alt, len(images), from_set)
        for one, one_caption, one_alt in zip(images, captions, alts, strict=False):
            ref = el.imgs.imgs.add()
            if one_caption is not None:
                ref.caption = str(one_caption)
            set_alt(ref, one_alt, allow_empty=True)
            fill_image(
                ref,
                one,
                width=width,
                clamp=clamp,
                channels=str(channels).upper(),
                output_format=output_format,
            )
        if link:
            if len(el.imgs.imgs) > 1:
                raise StreamlitAPIException(
                    "The `link` parameter is only supported when displaying a single image. "
                    f"You passed {len(el.imgs.imgs)} images."
                )
            el.imgs.link = link
        return self._emit(el)
