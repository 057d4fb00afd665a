"""Media, files and chat."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery, Command, Renderer, Widget

_MEDIA = "planned with the media, files and chat issue (one media channel, two transports)"

SPECS = [
    Command(
        "image",
        "An image or a list of images.",
        proto="element:imgs",
        apptest=AppTestQuery("Image"),
        renderer=Renderer("ImageListEl", "elements/media", lazy=True),
    ),
    Command(
        "audio",
        "An audio player.",
        proto="element:audio",
        renderer=Renderer("AudioEl", "elements/media", lazy=True),
    ),
    Command(
        "video",
        "A video player.",
        proto="element:video",
        renderer=Renderer("VideoEl", "elements/media", lazy=True),
    ),
    Command(
        "logo",
        "The app's logo in the sidebar/top corner.",
        impl="stbundle.runtime_py.logo:logo",
        draws=False,
        chunks=("logo",),
    ),
    Command(
        "pdf",
        "A PDF viewer: the document's pages in a scrolling box, with selectable text. "
        "Streamlit 1.67 needs the separate streamlit-pdf component for it (pip install "
        "streamlit[pdf]) and raises without it; stbundle draws PDFs itself (pdf.js), with the "
        "standard fonts, CJK character maps, JPEG 2000 / JBIG2 / fax image decoders and colour "
        "profiles pdf.js loads on demand shipped beside it (never from a CDN). PDF scripts and "
        "forms do not run; links are not clickable.",
        proto="element:pdf",
        renderer=Renderer("PdfEl", "elements/pdf", lazy=True, chunks=("pdfjs",)),
    ),
    Command(
        "file_uploader",
        "Lets the user upload files.",
        proto="element:file_uploader",
        widget=Widget(
            ("file_uploader_state_value",),
            writable=False,
            key_identity=("type", "accept_multiple_files", "max_upload_size"),
        ),
        apptest=AppTestQuery("FileUploader"),
        renderer=Renderer(
            "FileUploaderWidget", "widgets/file_inputs", widget=True, chunks=("uploads",)
        ),
    ),
    Command(
        "camera_input",
        "Takes a picture with the user's camera.",
        proto="element:camera_input",
        widget=Widget(("file_uploader_state_value",), writable=False),
        apptest=AppTestQuery("CameraInput"),
        renderer=Renderer(
            "CameraInputWidget", "widgets/file_inputs", widget=True, chunks=("uploads",)
        ),
    ),
    Command(
        "audio_input",
        "Records audio from the user's microphone.",
        proto="element:audio_input",
        widget=Widget(("file_uploader_state_value",), writable=False),
        apptest=AppTestQuery("AudioInput"),
        renderer=Renderer(
            "AudioInputWidget", "widgets/file_inputs", widget=True, chunks=("uploads",)
        ),
    ),
    Command(
        "download_button",
        "A button that downloads data.",
        proto="element:download_button",
        widget=Widget(("trigger_value",), life="trigger", writable=False, callback="on_click"),
        apptest=AppTestQuery("DownloadButton"),
        renderer=Renderer(
            "DownloadButtonWidget",
            "widgets/download_button",
            widget=True,
            lazy=True,
            chunks=("shortcuts",),
        ),
    ),
    Command(
        "chat_input",
        "A chat message box, at the bottom of the page or inline.",
        proto="element:chat_input",
        widget=Widget(
            ("string_trigger_value",),
            life="trigger_value",
            callback="on_submit",
            label="placeholder",
            key_identity=("accept_file", "file_type", "max_chars", "max_upload_size"),
        ),
        apptest=AppTestQuery("ChatInput"),
        renderer=Renderer(
            "ChatInputWidget", "widgets/chat_input", widget=True, chunks=("uploads",), lazy=True
        ),
    ),
    Command(
        "chat_message",
        "A chat message container with an avatar.",
        proto="block:chat_message",
        container="one",
    ),
]
