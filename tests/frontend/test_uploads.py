"""The upload widgets in the renderer: st.file_uploader lists chosen files, uploads each
through the page's channel and sends their ids as its value; refuses a wrong type or an
oversized file with Streamlit's messages before uploading; shows the session's refusal; frees
removed files; honours multiple/directory/accept/disabled/on_change="ignore". A chat input with
accept_file sends its attached files with the message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness, common, el, started


def _uploader(wid: str = "up", label: str = "Data", **kw: Any) -> pb.ForwardMsg:
    kw.setdefault("max_upload_size_mb", 1)
    return el([0, 0], file_uploader=pb.FileUploader(common=common(wid, label), **kw))


def _choose(ui: Harness, button: Any, *files: tuple[str, str, bytes]) -> None:
    with ui.page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files([{"name": n, "mimeType": t, "buffer": b} for n, t, b in files])


def _files(rerun: pb.RerunRequest, wid: str) -> list[tuple[str, str, int]]:
    (state,) = [s for s in rerun.widget_states.widgets if s.id == wid]
    assert state.WhichOneof("value") == "file_uploader_state_value"
    return [(f.file_id, f.name, f.size) for f in state.file_uploader_state_value.files]


def test_chosen_files_are_uploaded_listed_and_sent_by_id(ui: Harness) -> None:
    ui.send(started("r1"), _uploader(type=[".csv"], multiple_files=True))
    page = ui.page
    expect(page.get_by_text("Data")).to_be_visible()
    expect(page.get_by_text("1MB per file • CSV")).to_be_visible()
    expect(page.get_by_text("Drag and drop files here")).to_be_visible()
    chooser = page.locator("input[type=file]")
    assert chooser.get_attribute("accept") == ".csv"
    assert chooser.evaluate("i => i.multiple") is True
    _choose(
        ui,
        page.get_by_role("button", name="Browse files"),
        ("a.csv", "text/csv", b"1,2"),
        ("b.csv", "text/csv", b"3"),
    )
    assert _files(ui.rerun(), "up") == [("up1", "a.csv", 3), ("up2", "b.csv", 1)]
    assert page.evaluate("() => window.fake.uploads") == [
        ["up", "a.csv", "text/csv", "1,2"],
        ["up", "b.csv", "text/csv", "3"],
    ]
    expect(page.locator(".stb-upload-name")).to_have_text(["a.csv", "b.csv"])
    expect(page.locator(".stb-upload-size")).to_have_text(["3.0B", "1.0B"])
    page.get_by_role("button", name="Remove a.csv").click()
    assert _files(ui.rerun(), "up") == [("up2", "b.csv", 1)]
    assert page.evaluate("() => window.fake.dropped") == ["up1"]


def test_a_single_file_uploader_replaces_its_file(ui: Harness) -> None:
    ui.send(started("r1"), _uploader(type=["image/*", ".jpg", ".jpeg", ".tif", ".tiff", ".csv"]))
    expect(ui.page.get_by_text("1MB per file • image, JPG, TIF, CSV")).to_be_visible()
    expect(ui.page.get_by_text("Drag and drop a file here")).to_be_visible()
    browse = ui.page.get_by_role("button", name="Browse files")
    _choose(ui, browse, ("a.csv", "text/csv", b"a"))
    assert _files(ui.rerun(), "up") == [("up1", "a.csv", 1)]
    _choose(ui, browse, ("b.JPEG", "image/jpeg", b"b"))
    assert _files(ui.rerun(), "up") == [("up2", "b.JPEG", 1)]
    assert ui.page.evaluate("() => window.fake.dropped") == ["up1"]
    expect(ui.page.locator(".stb-upload-name")).to_have_text(["b.JPEG"])


def test_wrong_types_and_oversized_files_are_refused_before_uploading(ui: Harness) -> None:
    ui.send(started("r1"), _uploader(type=["image/*", ".csv"], multiple_files=True))
    _choose(
        ui,
        ui.page.get_by_role("button", name="Browse files"),
        ("notes.txt", "text/plain", b"x"),
        ("big.csv", "text/csv", b"x" * (1024 * 1024 + 1)),
        ("pic.png", "image/png", b"png"),
    )
    alerts = ui.page.get_by_role("alert")
    expect(alerts).to_have_text(
        ["text/plain files are not allowed.", "File must be 1.0MB or smaller."]
    )
    assert _files(ui.rerun(), "up") == [("up1", "pic.png", 3)]
    assert [u[1] for u in ui.page.evaluate("() => window.fake.uploads")] == ["pic.png"]


def test_the_sessions_refusal_is_shown_and_nothing_is_sent(ui: Harness) -> None:
    ui.send(started("r1"), _uploader())
    ui.page.evaluate("() => window.fake.refuse = 'This session has ended: reload the page.'")
    _choose(ui, ui.page.get_by_role("button", name="Browse files"), ("a.txt", "", b"a"))
    expect(ui.page.get_by_role("alert")).to_have_text("This session has ended: reload the page.")
    ui.assert_nothing_sent()  # the widget's value did not change: no rerun


def test_directory_disabled_and_ignored_changes(ui: Harness, tmp_path: Path) -> None:
    c = common("up", "Folder")
    c.ignore_rerun = True
    ui.send(
        started("r1"),
        el(
            [0, 0],
            file_uploader=pb.FileUploader(
                common=c, multiple_files=True, accept_directory=True, max_upload_size_mb=200
            ),
        ),
        el([0, 1], file_uploader=pb.FileUploader(common=common("off", "Off", disabled=True))),
    )
    page = ui.page
    browse = page.get_by_role("button", name="Browse directories")
    expect(page.get_by_text("Drag and drop directories here")).to_be_visible()
    assert page.locator("input[type=file]").first.evaluate("i => i.webkitdirectory") is True
    expect(page.get_by_role("button", name="Browse files")).to_be_disabled()
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"a")
    with page.expect_file_chooser() as chooser:
        browse.click()
    chooser.value.set_files(str(folder))
    expect(page.locator(".stb-upload-name")).to_have_text(["docs/a.txt"])  # its path in the folder
    ui.assert_nothing_sent()  # on_change="ignore": kept for the next rerun
    ui.send(el([0, 2], button=pb.Button(common=common("go", "Go"))))
    page.get_by_role("button", name="Go").click()
    assert _files(ui.rerun(), "up") == [("up1", "docs/a.txt", 1)]


def test_a_chat_message_carries_its_attached_files(ui: Harness) -> None:
    chat = pb.ChatInput(
        common=common("chat", "Ask"),
        accept_file=pb.FILES_MANY,
        file_type=[".txt"],
        max_upload_size_mb=5,
    )
    ui.send(started("r1"), el([0, 0], chat_input=chat))
    page = ui.page
    send = page.get_by_role("button", name="Send message")
    expect(send).to_be_disabled()
    _choose(ui, page.get_by_role("button", name="Attach files"), ("n.txt", "text/plain", b"note"))
    expect(page.locator(".stb-chat-files .stb-upload-name")).to_have_text(["n.txt"])
    expect(send).to_be_enabled()  # files alone may be sent
    send.click()
    rerun = ui.rerun()
    (state,) = [s for s in rerun.widget_states.widgets if s.id == "chat"]
    assert state.string_trigger_value == ""
    assert [(f.file_id, f.name, f.size) for f in state.files.files] == [("up1", "n.txt", 4)]
    expect(page.locator(".stb-chat-files .stb-upload-name")).to_have_count(0)
    assert page.evaluate("() => window.fake.dropped") == []  # the message took them


def test_a_chat_input_without_accept_file_has_no_attach_button(ui: Harness) -> None:
    ui.send(started("r1"), el([0, 0], chat_input=pb.ChatInput(common=common("chat", "Ask"))))
    expect(ui.page.get_by_role("textbox", name="Ask")).to_be_visible()
    expect(ui.page.get_by_role("button", name="Attach files")).to_have_count(0)


def test_a_file_name_is_shown_as_text_never_as_html(ui: Harness) -> None:
    ui.send(started("r1"), _uploader())
    name = '<img src=x onerror="window.pwned=1">.txt'
    _choose(ui, ui.page.get_by_role("button", name="Browse files"), (name, "text/plain", b"x"))
    expect(ui.page.locator(".stb-upload-name")).to_have_text([name])
    assert ui.page.locator(".stb-file-uploader img").count() == 0
    assert ui.page.evaluate("() => window.pwned") is None
