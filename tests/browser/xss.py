"""The classic HTML-injection payloads, shared by the renderer's and the two modes' tests.

Each sets `window.__pwned` if it ever runs; `visible` is text that must still be shown after
sanitising (the harmless part of the payload).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Payload:
    name: str
    html: str
    visible: str = ""


PAYLOADS = [
    Payload("script", "<script>window.__pwned = 'script'</script>"),
    Payload("onerror", "<img src=x onerror=\"window.__pwned = 'onerror'\">"),
    Payload("svg onload", "<svg onload=\"window.__pwned = 'svg'\"><circle r=5></circle></svg>"),
    Payload(
        "svg animate",
        "<svg><animate onbegin=\"window.__pwned = 'animate'\" attributeName=x dur=1s></svg>",
    ),
    Payload(
        "javascript url", "<a href=\"javascript:window.__pwned = 'js'\">js link</a>", "js link"
    ),
    Payload(
        "javascript url, entity-encoded",
        "<a href=\"jav&#x09;ascript:window.__pwned = 'tab'\">tab link</a>",
        "tab link",
    ),
    Payload(
        "data url",
        "<a href=\"data:text/html,<script>parent.__pwned = 'data'</script>\">data link</a>",
        "data link",
    ),
    Payload(
        "iframe srcdoc", "<iframe srcdoc=\"<script>parent.__pwned = 'srcdoc'</script>\"></iframe>"
    ),
    Payload(
        "form action",
        "<form action=\"javascript:window.__pwned = 'form'\"><button>send</button></form>",
        "send",
    ),
    Payload(
        "css url",
        "<div style=\"background-image: url(javascript:window.__pwned = 'css')\">styled</div>",
        "styled",
    ),
    Payload(
        "details ontoggle",
        "<details open ontoggle=\"window.__pwned = 'toggle'\">more</details>",
        "more",
    ),
    Payload("object", "<object data=\"javascript:window.__pwned = 'object'\"></object>"),
    Payload("autofocus", "<input autofocus onfocus=\"window.__pwned = 'focus'\">"),
    Payload(
        "mxss noscript",
        '<noscript><p title="</noscript>'
        "<img src=x onerror=window.__pwned='noscript'>\"></noscript>",
    ),
    Payload(
        "mxss svg style",
        "<svg></p><style><a id=\"</style><img src=1 onerror=window.__pwned='svgstyle'>\"></svg>",
    ),
    Payload(
        "mxss math",
        "<math><mtext><table><mglyph><style><!--</style>"
        "<img title=\"--&gt;&lt;img src=1 onerror=window.__pwned='math'&gt;\">",
    ),
]

ALLOWED_SCRIPT = (
    "<div id='allowed'>waiting</div>"
    "<script>document.getElementById('allowed').textContent = 'script ran'</script>"
)
# unsafe_allow_javascript runs <script>s, but event-handler attributes are still removed.
ALLOWED_BUT_HANDLER = "<img src=x class=still-sanitised onerror=\"window.__pwned = 'allowed'\">"


def app_source() -> str:
    """A Streamlit app showing every payload through st.html and unsafe_allow_html markdown."""
    lines = ["import streamlit as st", f"PAYLOADS = {[p.html for p in PAYLOADS]!r}"]
    lines += [
        "for i, payload in enumerate(PAYLOADS):",
        "    st.html(f'<p>html {i}</p>' + payload)",
        "    st.markdown(f'md {i} ' + payload, unsafe_allow_html=True)",
        f"st.html({ALLOWED_SCRIPT!r}, unsafe_allow_javascript=True)",
        f"st.html({ALLOWED_BUT_HANDLER!r}, unsafe_allow_javascript=True)",
        "st.write('all shown')",
    ]
    return "\n".join(lines) + "\n"


# What must not be left anywhere in the app's DOM after sanitising (a form's javascript:
# action among them: it would run on submit).
DOM_CHECK = """root => {
  const bad = [];
  const scriptUrl = /^\\s*(javascript|data|vbscript):/i;
  const banned = ['IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'NOSCRIPT'];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push(tag + ' ' + a.name);
      if (scriptUrl.test(a.value) && a.name !== 'src') bad.push(tag + ' ' + a.name);
    }
    if (banned.includes(tag)) bad.push(tag);
  }
  return bad;
}"""
