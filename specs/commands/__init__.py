"""Every command spec, one family per module; `ALL` is the whole list in a stable order."""

from __future__ import annotations

from stbundle.specs.commands import charts, control, data, layout, media, status, text, widgets
from stbundle.specs.model import Command

ALL: list[Command] = [
    *text.SPECS,
    *status.SPECS,
    *data.SPECS,
    *charts.SPECS,
    *media.SPECS,
    *widgets.SPECS,
    *layout.SPECS,
    *control.SPECS,
]
BY_NAME: dict[str, Command] = {spec.name: spec for spec in ALL}
