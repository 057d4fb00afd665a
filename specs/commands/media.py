"""Media, files and chat."""

from __future__ import annotations

from stbundle.specs.model import Command, Widget

_MEDIA = "planned with the media, files and chat issue (one media channel, two transports)"

SPECS = [
    Command("image", "An image or a list of images.", not_yet=_MEDIA),
    Command("audio", "An audio player.", not_yet=_MEDIA),
    Command("video", "A video player.", not_yet=_MEDIA),
    Command("logo", "The app's logo in the sidebar/top corner.", not_yet=_MEDIA, draws=False),
    Command("pdf", "A PDF viewer.", not_yet=_MEDIA),
    Command(
        "file_uploader",
        "Lets the user upload files.",
        not_yet=_MEDIA,
        widget=Widget(writable=False),
    ),
    Command(
        "camera_input",
        "Takes a picture with the user's camera.",
        not_yet=_MEDIA,
        widget=Widget(writable=False),
    ),
    Command(
        "audio_input",
        "Records audio from the user's microphone.",
        not_yet=_MEDIA,
        widget=Widget(writable=False),
    ),
    Command(
        "download_button",
        "A button that downloads data.",
        not_yet=_MEDIA,
        widget=Widget(life="trigger", writable=False, callback="on_click"),
    ),
    Command(
        "chat_input",
        "A chat message box, at the bottom of the page or inline.",
        not_yet=_MEDIA,
        widget=Widget(life="trigger_value", callback="on_submit", label="placeholder"),
    ),
    Command(
        "chat_message", "A chat message container with an avatar.", not_yet=_MEDIA, container="one"
    ),
]
