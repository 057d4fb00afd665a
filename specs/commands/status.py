"""Alerts, progress and transient feedback."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery as Q
from stbundle.specs.model import Command
from stbundle.specs.model import Renderer as R

_ALERT = R("AlertEl", "elements/feedback")

SPECS = [
    Command(
        "error", "A red alert box.", proto="element:alert", apptest=Q("Error"), renderer=_ALERT
    ),
    Command(
        "warning",
        "A yellow alert box.",
        proto="element:alert",
        apptest=Q("Warning"),
        renderer=_ALERT,
    ),
    Command("info", "A blue alert box.", proto="element:alert", apptest=Q("Info"), renderer=_ALERT),
    Command(
        "success",
        "A green alert box.",
        proto="element:alert",
        apptest=Q("Success"),
        renderer=_ALERT,
    ),
    Command(
        "exception",
        "An exception with its traceback.",
        proto="element:exception",
        apptest=Q("Exception"),
        renderer=R("ExceptionEl", "elements/feedback"),
    ),
    Command(
        "progress",
        "A progress bar that can be updated.",
        proto="element:progress",
        apptest=Q("Progress"),
        renderer=R("ProgressEl", "elements/feedback"),
    ),
    Command(
        "spinner",
        "A spinner shown while its `with` block runs.",
        proto="element:spinner",
        renderer=R("SpinnerEl", "elements/feedback"),
    ),
    Command(
        "toast",
        "A short message in the corner of the page.",
        proto="element:toast",
        apptest=Q("Toast"),
        renderer=R("ToastEl", "elements/feedback"),
    ),
    Command(
        "status",
        "A container showing a long task's state (running/complete/error).",
        proto="block:expander",
        container="one",
    ),
    Command(
        "balloons",
        "Celebratory balloons.",
        proto="element:balloons",
        renderer=R("BalloonsEl", "elements/celebration", lazy=True),
    ),
    Command(
        "snow",
        "Celebratory snowflakes.",
        proto="element:snow",
        renderer=R("SnowEl", "elements/celebration", lazy=True),
    ),
    Command(
        "skeleton",
        "A loading placeholder (a slot, or shown while a `with` block runs).",
        proto="element:skeleton",
        renderer=R("SkeletonEl", "elements/skeleton"),
    ),
]
