"""The custom component frame in the renderer, with a test page served beside the harness as
`component/<name>/index.html`: the render message carries JSON args, bytes args and Arrow
dataframes (dfs); a dataframe value from the frame travels back as an ArrowTable; an unknown API
version is shown; a URL that is not http(s) is never loaded."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.browser_support import StaticServer
from tests.frontend.harness import Harness, el

# Echoes what it was rendered with, and answers a click with a dataframe value.
ECHO = """<!doctype html><body><p id="seen">nothing yet</p><button id="send">Send table</button>
<script>
const send = (type, data) =>
  parent.postMessage(Object.assign({isStreamlitMessage: true, type}, data), "*");
addEventListener("message", (e) => {
  if (e.data.type !== "streamlit:render") return;
  const a = e.data.args, df = e.data.dfs[0];
  document.getElementById("seen").textContent = [
    a.label, a.blob instanceof Uint8Array ? Array.from(a.blob).join(".") : "no bytes",
    df.key, Array.from(df.value.data).join("."), Array.from(df.value.columns).join("."),
    String(e.data.disabled),
  ].join(" | ");
  send("streamlit:setFrameHeight", {height: 80});
});
document.getElementById("send").onclick = () => send("streamlit:setComponentValue", {
  dataType: "dataframe",
  value: {data: new Uint8Array([7, 8]), index: new Uint8Array([0]), columns: new Uint8Array([9])},
});
send("streamlit:componentReady", {apiVersion: API});
</script></body>"""


def _instance(name: str, **fields: object) -> pb.ForwardMsg:
    comp = pb.ComponentInstance(
        common=pb.WidgetCommon(id=f"$$ID-{name}-None"), component_name=name, **fields
    )
    return el([0, 0], component_instance=comp)


def test_arguments_go_to_the_frame_and_a_dataframe_value_comes_back(
    ui: Harness, static_server: StaticServer
) -> None:
    static_server.write("component/t.echo/index.html", ECHO.replace("API", "1"))
    table = pb.ArrowTable(data=b"\x01\x02", index=b"\x00", columns=b"\x03")
    ui.send(
        _instance(
            "t.echo",
            json_args='{"label": "Hi", "key": null, "default": null}',
            special_args=[
                pb.SpecialArg(key="blob", bytes=b"\x05\x06"),
                pb.SpecialArg(key="table", arrow_dataframe=table),
            ],
        )
    )
    frame = ui.page.frame_locator("iframe[title='t.echo']")
    expect(frame.locator("#seen")).to_have_text("Hi | 5.6 | table | 1.2 | 3 | false")
    frame.get_by_role("button", name="Send table").click()
    (state,) = ui.rerun().widget_states.widgets
    assert state.id == "$$ID-t.echo-None"
    assert state.arrow_value == pb.ArrowTable(data=b"\x07\x08", index=b"\x00", columns=b"\x09")


def test_an_unknown_api_version_is_shown(ui: Harness, static_server: StaticServer) -> None:
    static_server.write("component/t.future/index.html", ECHO.replace("API", "2"))
    ui.send(_instance("t.future", json_args="{}"))
    expect(ui.page.get_by_role("alert")).to_have_text("Unrecognized component API version: '2'")
    frame = ui.page.frame_locator("iframe[title='t.future']")
    expect(frame.locator("#seen")).to_have_text("nothing yet")  # never rendered


def test_a_url_that_is_not_http_is_never_loaded(ui: Harness) -> None:
    ui.send(_instance("t.bad", url="javascript:parent.pwned=1", json_args="{}"))
    expect(ui.page.get_by_role("alert")).to_have_text(
        "The t.bad component's URL is not an http(s) URL."
    )
    ui.page.wait_for_timeout(200)
    assert ui.page.evaluate("() => window.pwned") is None
    assert ui.page.locator("iframe[title='t.bad']").get_attribute("src") is None
