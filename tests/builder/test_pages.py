"""`bundle init-pages`: the GitHub Actions workflow that publishes the build on GitHub Pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from stbundle.cli import main


def test_init_pages_writes_the_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["init-pages", "apps/my app.py", "--requirements", "req.txt"])
    assert result.exit_code == 0, result.output
    assert "wrote .github/workflows/pages.yml" in result.output
    text = (tmp_path / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert f"APP: {json.dumps('apps/my app.py')}" in text
    assert 'bundle build "$APP" --out dist --requirements "req.txt"' in text
    assert "branches: [main]" in text
    assert "actions/upload-pages-artifact" in text and "actions/deploy-pages" in text
    assert "url: ${{ steps.deployment.outputs.page_url }}" in text
    assert "{%" not in text and "{{ app" not in text

    again = runner.invoke(main, ["init-pages", "app.py"])
    assert again.exit_code == 1 and "already exists; pass --force" in again.output
    forced = runner.invoke(main, ["init-pages", "app.py", "--force", "--branch", "trunk"])
    assert forced.exit_code == 0
    text = (tmp_path / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert 'APP: "app.py"' in text and "branches: [trunk]" in text
    assert "--requirements" not in text
