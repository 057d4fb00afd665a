"""The site's pages and metadata: index.html (the shared page shell plus the bootstrap),
404.html, .nojekyll (so GitHub Pages serves every file as is) and manifest.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2


def templates_dir() -> Path:
    """templates/ as installed (the stbundle.templates package) or in a source checkout."""
    try:
        import stbundle.templates as installed  # type: ignore[import-not-found,unused-ignore]

        return Path(installed.__file__).resolve().parent
    except ImportError:  # pragma: no cover - a checkout without the package mapping
        return Path(__file__).resolve().parent.parent / "templates"


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element (no "</script>" or "<!--" can close it)."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def pyodide_modules(config: dict[str, Any]) -> list[str]:
    """Pyodide's ES modules, which every visit imports (runtime_wasm/src/pyodide.ts): the page
    names them for `<link rel="modulepreload">`, so they download and compile while the
    bootstrap itself still loads."""
    base = config.get("pyodideUrl")
    return [f"{base}pyodide.mjs", f"{base}pyodide.asm.mjs"] if base else []


def write_pages(
    site: Path,
    *,
    title: str,
    asset_base: str,
    bootstrap_url: str,
    config: dict[str, Any],
    version: str,
    page_paths: Sequence[str] = (),
) -> list[Path]:
    env = environment()
    index = env.get_template("static_index.html.j2").render(
        title=title,
        asset_base=asset_base,
        bootstrap_url=bootstrap_url,
        config_json=script_json(config),
        preload_modules=pyodide_modules(config),
        version=version,
    )
    not_found = env.get_template("404.html.j2").render(title=title)
    paths = [site / "index.html", site / "404.html", site / ".nojekyll"]
    paths[0].write_text(index, encoding="utf-8")
    paths[1].write_text(not_found, encoding="utf-8")
    paths[2].write_text("", encoding="utf-8")
    # A multipage app's page URLs are real files: <page>/index.html, the same page with its
    # relative URLs resolved from the site's root, so deep links work on any static host.
    page_index = index.replace("<head>", '<head>\n<base href="../">', 1)
    root = site.resolve()
    for page in page_paths:
        path = site / page / "index.html"
        if path.parent.resolve().parent != root or page in ("", ".", ".."):
            # Not one folder right under the site ("../x", "a/b", an absolute path): a
            # url_path must never write outside the site or over its own files.
            raise ValueError(f"page path {page!r} is not a single folder name")
        path.parent.mkdir(exist_ok=True)
        path.write_text(page_index, encoding="utf-8")
        paths.append(path)
    return paths


def write_manifest(site: Path, manifest: dict[str, Any]) -> Path:
    path = site / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
