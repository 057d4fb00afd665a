"""`bundle init-pages`: write the GitHub Actions workflow that builds the app and publishes it
to GitHub Pages (from templates/github-pages.yml)."""

from __future__ import annotations

from pathlib import Path

from stbundle.builder.errors import BuildError
from stbundle.builder.site import environment

WORKFLOW = Path(".github/workflows/pages.yml")


def render_workflow(
    app: str, *, branch: str = "main", requirements: str | None = None, package: str = "stbundle"
) -> str:
    extra = f' --requirements "{requirements}"' if requirements else ""
    template = environment().get_template("github-pages.yml")
    return template.render(app=app, branch=branch, extra_args=extra, package=package)


def init_pages(
    repo: Path,
    app: str,
    *,
    branch: str = "main",
    requirements: str | None = None,
    force: bool = False,
) -> Path:
    """Write `.github/workflows/pages.yml` under `repo`; refuses to overwrite unless `force`."""
    target = repo / WORKFLOW
    if target.exists() and not force:
        raise BuildError(f"{target} already exists; pass --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_workflow(app, branch=branch, requirements=requirements), "utf-8")
    return target
