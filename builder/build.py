"""`bundle build`: the steps in order, into a temporary folder that replaces `--out` only once
everything succeeded (a failed build leaves the previous site untouched).

compile (compiler) → resolve imports (dependencies) → runtime wheel (wheel) → app files
(app_files) → hashed assets (assets) → Pyodide copy (pyodide_dist) → pages and manifest (site)
→ swap into place.
"""

from __future__ import annotations

import dataclasses
import gzip
import importlib.metadata
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stbundle.builder import app_files, bytecode, components, output, pyodide_dist, python_pack
from stbundle.builder.assets import Assets, code_of, lazy_chunks
from stbundle.builder.chunk_choice import chunks_for
from stbundle.builder.dependencies import ImportSite, Resolution, Resolver
from stbundle.builder.errors import BuildError
from stbundle.builder.lockfile import PyodidePackages
from stbundle.builder.requirements import Requirement, default_cache, fetch_wheel
from stbundle.builder.requirements import parse_requirements as read_requirements
from stbundle.builder.site import write_manifest, write_pages
from stbundle.builder.wheel import build_runtime_wheel
from stbundle.compiler.page_paths import SITE_FILES, page_url_paths, site_file_clashes
from stbundle.runtime_py.site_keys import SITES_FILE, sites_json

import stbundle

STATIC = Path(stbundle.__file__).resolve().parent / "static"
RENDERER_FILES = ("renderer.js", "renderer.css")
BOOTSTRAP = "bootstrap.js"
APP_DIR = "/home/pyodide/app"  # where the page unpacks the app inside Pyodide's file system
MARKER = "stbundle"  # manifest.json "generator" prefix: what may be replaced by a new build
#: The memory snapshot's files (builder/snapshot.py), side by side in one hashed folder.
SNAPSHOT_FILE, SNAPSHOT_LAYOUT_FILE = "snapshot.bin.gz", "snapshot.layout"


@dataclass
class BuildOptions:
    app: Path
    out: Path = Path("dist")
    pyodide_dir: Path | None = None
    pyodide_url: str | None = None
    requirements: Path | None = None
    title: str | None = None
    strict: bool = False
    wheel_cache: Path | None = None
    #: Where precompiled standard libraries are kept (default ~/.cache/stbundle/bytecode).
    bytecode_cache: Path | None = None
    #: Precompile Pyodide's standard library when the site ships Pyodide (--pyodide-dir).
    precompile: bool = True
    #: Ship a snapshot of the started runtime when the site ships Pyodide (builder/snapshot.py).
    snapshot: bool = True


@dataclass
class BuildResult:
    out: Path
    files: list[tuple[str, int]] = field(default_factory=list)  # (relative path, bytes)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(size for _, size in self.files)

    @property
    def total_without_pyodide(self) -> int:
        return sum(size for name, size in self.files if not name.startswith("pyodide/"))


def display(path: Path) -> str:
    """A path as the user sees it: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return os.path.normpath(str(path))


def _static(name: str, how: str) -> bytes:
    path = STATIC / name
    if not path.is_file():
        raise BuildError(f"{path} is missing: {how}")
    return path.read_bytes()


def compile_app(app: Path, strict: bool) -> tuple[Any, list[str]]:
    """The compiler's model of the app; parse errors (and with --strict, lint findings) stop."""
    from stbundle.compiler import analyse_app
    from stbundle.compiler.lint.config import load_config

    # The page runs under Pyodide: the Pyodide-only rules (threads, sleep, packages) apply.
    model = analyse_app(app, dataclasses.replace(load_config(app.parent), target="pyodide"))
    blocking, shown = [], []
    for diag in sorted(model.diagnostics, key=lambda d: d.sort_key()):
        line = (
            f"{display(model.root / diag.path)}:{diag.line}:{diag.col}: {diag.code} {diag.message}"
        )
        if diag.code in ("XST001", "XST002") or (strict and diag.severity in ("error", "warning")):
            blocking.append(line)
        elif diag.severity != "info":
            shown.append(line)
    if blocking:
        hint = "" if not strict else "\n(--strict: lint findings fail the build)"
        raise BuildError("\n".join(blocking) + hint)
    return model, shown


def site_page_paths(app: Path, taken: frozenset[str] = SITE_FILES) -> list[str]:
    """The app's page paths a site writes folders for; a page path naming one of the site's
    own files or folders (`taken`) stops the build: its folder would replace that file, or
    the page's deep links would open the file instead of the page."""
    paths = page_url_paths(app)
    clashes = site_file_clashes(paths, taken)
    if clashes:
        names = ", ".join(f"`{name}`" for name in clashes)
        raise BuildError(
            f"{display(app)}: page URL path {names} is the name of a file or folder of the "
            f"static site itself ({', '.join(sorted(taken))}): give the page another "
            "`url_path=` in st.Page (XST611)"
        )
    return paths


def _protobuf_wheel(cache: Path) -> Path:
    """The pure-Python protobuf the generated module was made for (the one installed here)."""
    version = importlib.metadata.version("protobuf")
    return fetch_wheel(Requirement("protobuf", f"=={version}", "runtime (protobuf)"), cache)


class _Build:
    def __init__(self, options: BuildOptions) -> None:
        self.o = options
        self.cache = options.wheel_cache or default_cache()
        self.warnings: list[str] = []
        self.notes: list[str] = []

    def pyodide_source(self) -> pyodide_dist.PyodideSource:
        if self.o.pyodide_dir is not None and self.o.pyodide_url is not None:
            raise BuildError("pass either --pyodide-dir or --pyodide-url, not both")
        if self.o.pyodide_dir is not None:
            return pyodide_dist.local_source(self.o.pyodide_dir)
        return pyodide_dist.url_source(self.o.pyodide_url)

    def resolve(
        self, model: Any, source: pyodide_dist.PyodideSource
    ) -> tuple[Resolution, Callable[[], PyodidePackages]]:
        loaded: list[PyodidePackages] = []

        def packages() -> PyodidePackages:
            if not loaded:
                data = pyodide_dist.load_lock_data(source, self.cache)
                loaded.append(PyodidePackages.from_data(data, pyodide_dist.PYODIDE_VERSION))
            return loaded[0]

        reqs = read_requirements(self.o.requirements) if self.o.requirements else []
        root = model.root

        def shown(file: str) -> str:
            return display(root / file)

        imports = [
            ImportSite.from_manifest(entry, shown)
            for entry in model.to_manifest()["imports"]
            if entry["kind"] == "third_party"
        ]
        resolution = Resolver(reqs, self.cache, packages).resolve(imports)
        return resolution, packages

    def run(self) -> BuildResult:
        started = time.perf_counter()
        app = self.o.app
        if not app.is_file():
            raise BuildError(f"{app}: no such file")
        out = self.o.out.resolve()
        _check_replaceable(out)
        source = self.pyodide_source()
        model, lint = compile_app(app, self.o.strict)
        self.warnings.extend(lint)
        site_page_paths(app)  # refused before the slow work, checked again once written
        resolution, packages = self.resolve(model, source)
        self.warnings.extend(resolution.warnings)
        files = app_files.collect(model, exclude=out)
        # Repeated keyless widgets are told apart by call site in the page as in serve mode.
        files.generated[SITES_FILE] = sites_json(model.to_manifest())
        self.warnings.extend(files.notes)
        self.notes.extend(files.summary)

        out.parent.mkdir(parents=True, exist_ok=True)
        stale = output.remove_stale(out)
        if stale:
            self.notes.append(f"removed temporary folders of killed builds: {', '.join(stale)}")
        tmp = output.temp_folder(out)
        try:
            self.write_site(tmp, app, model, source, resolution, packages, files)
            output.record_files(tmp)
            result = BuildResult(out, _sizes(tmp), self.warnings, notes=self.notes)
            self.keep_user_files(out, tmp)
            _swap(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        result.seconds = time.perf_counter() - started
        return result

    def keep_user_files(self, out: Path, site: Path) -> None:
        """Carry files the user added to the previous output (CNAME, ...) into the new site."""
        if not out.is_dir():
            return
        kept, replaced = output.carry_user_files(out, site)
        if kept:
            self.notes.append(f"kept from the previous {display(out)}/: {', '.join(kept)}")
        for name in replaced:
            self.warnings.append(f"{display(out)}/{name} (not written by a build) was replaced")

    def write_site(
        self,
        site: Path,
        app: Path,
        model: Any,
        source: pyodide_dist.PyodideSource,
        resolution: Resolution,
        packages: Callable[[], PyodidePackages],
        files: app_files.AppFiles,
    ) -> None:
        assets = Assets(site)
        build_js = "build it with `node runtime_wasm/build.mjs` (scripts/dev setup does)"
        build_renderer = "build the renderer with `cd frontend && npm run build`"
        renderer = {name: _static(name, build_renderer) for name in RENDERER_FILES}
        sources = code_of((m.source for m in model.modules.values()), resolution.wheels)
        wanted = chunks_for(model, resolution.wheels)
        renderer.update(lazy_chunks(STATIC, sources, wanted))
        asset_base = assets.add_group(renderer)
        bootstrap_url = assets.add(BOOTSTRAP, _static(BOOTSTRAP, build_js))
        protobuf = _protobuf_wheel(self.cache)
        runtime = build_runtime_wheel(app_files=[*files.modules, *files.data])
        installed = python_pack.site_files(
            [
                (protobuf.read_bytes(), True),
                *((w.read_bytes(), False) for w in resolution.wheels),
                (runtime.data, True),
            ],
            self.tool_cache(),
        )
        site_packages = python_pack.site_pack(installed, self.tool_cache())
        site_packages_url = assets.add("site-packages.pack.gz", site_packages)
        # What the snapshot and bytecode makers install: the same files, as one wheel.
        installed_wheel = [("site-packages-0-py3-none-any.whl", python_pack.as_wheel(installed))]
        app_url = assets.add("app.pack.gz", files.archive())

        package_base: str | None = None
        stdlib_url: str | None = None
        snapshot_urls: tuple[str, str] | None = None  # the snapshot, its layout
        if source.local_dir is not None:
            local: list[str] = []
            missing: list[str] = []
            if resolution.pyodide_packages:
                for name in packages().closure(resolution.pyodide_packages):
                    file_name = packages().file_name(name)
                    present = (source.local_dir / file_name).is_file()
                    (local if present else missing).append(file_name if present else name)
            if missing:
                package_base = pyodide_dist.CDN_URL
                local = []  # one base URL serves every package: all of them from the CDN
                self.warnings.append(
                    f"--pyodide-dir {source.local_dir} has no wheels for {', '.join(missing)}: "
                    f"the page loads Pyodide packages from {package_base} (the site needs the "
                    "network for them); pass a full Pyodide distribution to work offline"
                )
            pyodide_dist.copy_into(source, site, local)
            if self.o.precompile:
                stdlib_url = self.precompiled_stdlib(source.local_dir, site, installed_wheel)
            if self.o.snapshot:
                snapshot_urls = self.memory_snapshot(
                    source.local_dir, site, stdlib_url, installed_wheel, model, resolution, assets
                )

        declared, problems = components.find_components(model)
        in_wheels, wheel_problems = components.find_in_wheels(resolution.wheels)
        declared += in_wheels
        problems += wheel_problems + components.copy_components(site, declared, model.root)
        self.warnings.extend(problems)
        copied = sorted(c.name for c in declared if c.folder is not None)
        if copied:
            self.notes.append(f"custom components copied into component/: {', '.join(copied)}")

        config = {
            "pyodideUrl": source.url,
            "pyodideVersion": pyodide_dist.PYODIDE_VERSION,
            "packageBaseUrl": package_base,
            "packages": resolution.pyodide_packages,
            "stdlibUrl": stdlib_url,
            "snapshotUrl": snapshot_urls and snapshot_urls[0],
            "snapshotLayoutUrl": snapshot_urls and snapshot_urls[1],
            "sitePackages": site_packages_url,
            "appArchive": app_url,
            "appDir": APP_DIR,
            "entry": app.name,
        }
        title = self.o.title or app.stem
        write_pages(
            site,
            title=title,
            asset_base=asset_base,
            bootstrap_url=bootstrap_url,
            config=config,
            version=stbundle.__version__,
            page_paths=site_page_paths(app, SITE_FILES | {p.name for p in site.iterdir()}),
        )
        write_manifest(
            site,
            {
                "generator": f"{MARKER} {stbundle.__version__}",
                "title": title,
                "app": {
                    "entry": app.name,
                    "modules": sorted(files.modules),
                    "data_files": sorted(files.data),
                },
                "pyodide": {
                    "version": pyodide_dist.PYODIDE_VERSION,
                    "url": source.url,
                    "local": source.is_local,
                    "package_base_url": package_base,
                },
                "dependencies": resolution.to_manifest(),
                "runtime": {"wheel": runtime.filename, "files": list(runtime.files)},
                "config": config,
                "compiler": model.to_manifest(),
            },
        )

    def tool_cache(self) -> Path:
        """Where made things (precompiled stdlib, snapshots, slimmed wheels) are kept."""
        return self.o.bytecode_cache or Path.home() / ".cache" / "stbundle" / "bytecode"

    def precompiled_stdlib(
        self, pyodide_dir: Path, site: Path, wheels: list[tuple[str, bytes]]
    ) -> str | None:
        """Write the precompiled standard library into the site's Pyodide; its URL, or None."""
        pre = bytecode.precompile_stdlib(pyodide_dir, wheels, self.tool_cache())
        self.notes.append(pre.note)
        if pre.data is None:
            return None
        name = bytecode.stdlib_file_name(pre.data)
        (site / pyodide_dist.SITE_DIR / name).write_bytes(pre.data)
        return f"{pyodide_dist.SITE_DIR}/{name}"

    def memory_snapshot(
        self,
        pyodide_dir: Path,
        site: Path,
        stdlib_url: str | None,
        wheels: list[tuple[str, bytes]],
        model: Any,
        resolution: Resolution,
        assets: Assets,
    ) -> tuple[str, str] | None:
        """Write the memory snapshot of the started runtime, and its layout (snapshot_format.py)
        as a file of its own, as assets; their URLs, or None."""
        from stbundle.builder import snapshot

        if resolution.pyodide_packages:
            self.notes.append(
                "no memory snapshot: the app needs Pyodide packages ("
                f"{', '.join(resolution.pyodide_packages)}): a snapshot cannot hold their libraries"
            )
            return None
        stdlib = (site / stdlib_url).read_bytes() if stdlib_url else None
        # Third-party imports only: apps that differ in their standard-library imports then share
        # one snapshot (cached), and those modules are precompiled in the stdlib zip anyway.
        imports = [
            entry["module"]
            for entry in model.to_manifest()["imports"]
            if entry["kind"] == "third_party"
            and entry["top"] != "streamlit"
            and not entry["conditional"]
        ]
        made = snapshot.make_snapshot(pyodide_dir, stdlib, wheels, imports, self.tool_cache())
        self.notes.append(made.note)
        if made.data is None:
            return None
        folder = assets.add_group({SNAPSHOT_FILE: made.data, SNAPSHOT_LAYOUT_FILE: made.layout})
        return folder + SNAPSHOT_FILE, folder + SNAPSHOT_LAYOUT_FILE


def _sizes(site: Path) -> list[tuple[str, int]]:
    return sorted(
        (p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*") if p.is_file()
    )


def _check_replaceable(out: Path) -> None:
    """Only a previous build (its manifest says so) or an empty folder may be replaced."""
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"--out {out}: is a file, not a folder")
    if not any(out.iterdir()):
        return
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        ours = str(manifest.get("generator", "")).startswith(MARKER)
    except (OSError, ValueError, AttributeError):
        ours = False
    if not ours:
        raise BuildError(
            f"--out {out}: refusing to replace a folder that is not a previous `bundle build` "
            "output (it has no stbundle manifest.json); choose an empty or new folder"
        )


def _swap(tmp: Path, out: Path) -> None:
    """Put the new site in place with renames, so `out` is never half-written."""
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; a site is meant to be served
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        out.rename(old)
    try:
        tmp.rename(out)
    except BaseException:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def build_site(options: BuildOptions) -> BuildResult:
    """Build the static site for `options.app` into `options.out` (see module docstring)."""
    from stbundle.builder.launcher import script_options

    options, notes = script_options(options)
    result = _Build(options).run()
    result.notes[0:0] = notes
    return result


def report(result: BuildResult) -> str:
    """What the build wrote and how big it is, for the terminal."""
    lines = []
    for name, size in result.files:
        lines.append(f"  {name:<72} {size / 1024:9.1f} KB")
    pyodide = result.total - result.total_without_pyodide
    lines.append(
        f"wrote {display(result.out)}/: {len(result.files)} files, "
        f"{result.total / 1024:.1f} KB ({result.total_without_pyodide / 1024:.1f} KB without "
        f"Pyodide{f', {pyodide / 1024 / 1024:.1f} MB Pyodide' if pyodide else ''}) "
        f"in {result.seconds:.2f} s"
    )
    return "\n".join(lines)
