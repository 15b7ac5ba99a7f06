"""Every page of the built sample site passes the Nu HTML checker (vnu) with zero errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import TOOLS, require_tool

VNU_JAR = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(sample_site: Path) -> None:
    java = require_tool("java")
    jar = require_tool("vnu.jar", str(VNU_JAR))
    pages = sorted(str(p) for p in sample_site.rglob("*.html"))
    assert len(pages) > 40, "the sample site should have dozens of pages"
    result = subprocess.run(
        [java, "-jar", jar, "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    errors = [
        f"{m.get('url', '?').rsplit('/site/', 1)[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]
    assert errors == [], "\n".join(errors)
