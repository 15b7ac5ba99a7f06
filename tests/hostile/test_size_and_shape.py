"""Size and shape: giant, binary, broken and empty inputs are ingested or refused with a reason,
each in a child process with a memory cap (RLIMIT_AS) and a timeout, so a hang or a blow-up
fails the test instead of the machine. Big inputs are generated here, never committed."""

# ruff: noqa: E501  (the table of expected outcomes reads best one case per line)
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPO

MEMORY_CAP = 1536 * 2**20
TIME_LIMIT = 60
BODY = (
    "Engineers repaired the pumping station that serves the northern villages on Wednesday, "
    "ending a two-week shortage, the water directorate said in a statement.\n\n"
)


def make(name: str, folder: Path) -> Path:
    """Write the hostile input `name` into `folder`."""
    path = folder / name
    if name == "fifty-megabytes.txt":
        line = b"Filler words for a file that is far too large to be an article. " * 16 + b"\n"
        with open(path, "wb") as handle:
            for _ in range(50 * 2**20 // len(line) + 1):
                handle.write(line)
    elif name == "long-paragraph.txt":
        paragraph = "".join(f"word{i} and {i} fighters " for i in range(10_000))[:100_000]
        path.write_text(f"A long paragraph\n\n{paragraph}\n\n{BODY}")
    elif name == "nested-html.html":
        path.write_text(
            "<html><head><title>Deep</title></head><body>"
            + "<div>" * 100_000 + BODY + "</div>" * 100_000 + "</body></html>"
        )  # fmt: skip
    elif name == "nul-bytes.txt":
        path.write_bytes(b"Title\n\n" + BODY.encode() + b"\x00" * 10 + BODY.encode())
    elif name == "invalid-utf8-middle.txt":
        path.write_bytes(
            b"Bridge reopens in Mosul\n\n" + BODY.encode() + b"caf\xe9 \xff\xfe end.\n\n"
            + BODY.replace("Engineers", "Workers").encode()
        )  # fmt: skip
    elif name == "invalid-utf8-with-arabic.txt":
        path.write_bytes(
            "Bridge reopens in الموصل\n\n".encode() + BODY.encode() + b"\xff\n\n"
            + BODY.replace("Engineers", "Workers").encode()
        )  # fmt: skip
    elif name == "no-article.html":
        path.write_text(
            "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/news'>News</a></nav><footer>Copyright</footer></body></html>"
        )
    elif name == "million-lines.txt":
        path.write_text("Title line\n\n" + "a\n" * 1_000_000)
    elif name == "one-huge-word.txt":
        path.write_text("Title\n\n" + "x" * 5_000_000 + "\n")
    elif name == "wide-table.html":
        path.write_text(
            f"<html><body><article><h1>Table</h1><p>{BODY}</p><table>"
            + ("<tr>" + "<td>1</td>" * 2000 + "</tr>") * 50 + "</table></article></body></html>"
        )  # fmt: skip
    elif name == "utf16-without-bom.txt":
        path.write_bytes(f"Title\n\n{BODY}".encode("utf-16-le"))
    elif name == "control-characters.txt":
        path.write_bytes(b"Title\n\n" + bytes(range(1, 9)) * 200 + BODY.encode())
    elif name == "only-whitespace.txt":
        path.write_bytes(b" \n\t\n\r\n" * 1000)
    else:
        raise KeyError(name)
    return path


W = "ingested: content/articles/2023/2023-03-20-"
CASES = {
    "fifty-megabytes.txt": "failed: file is too large (52,429,775 bytes; limit 10,485,760)",
    "long-paragraph.txt": f"{W}a-long-paragraph.md",
    "nested-html.html": "failed: no article text found in the HTML page",
    "nul-bytes.txt": "failed: file is binary (contains NUL bytes)",
    "invalid-utf8-middle.txt": f"{W}bridge-reopens-in-mosul.md",
    "invalid-utf8-with-arabic.txt": f"{W}bridge-reopens-in-lmwsl.md",
    "no-article.html": "failed: no article text found in the HTML page (only 2 words outside the page furniture; at least 12 needed)",
    "million-lines.txt": "failed: file has too many lines (1,000,003; limit 50,000)",
    "one-huge-word.txt": f"{W}title.md",
    "wide-table.html": f"{W}table.md",
    "utf16-without-bom.txt": "failed: file is binary (contains NUL bytes)",
    "control-characters.txt": "failed: file is binary (contains control characters)",
    "only-whitespace.txt": "failed: file is empty",
}

CHILD = """
import datetime as dt, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from digest.ingest import ingest_paths
from tests.hostile.test_size_and_shape import make
folder = Path(sys.argv[1])
path = make(sys.argv[2], folder)
outcome = ingest_paths([str(path)], folder / "content", date=dt.date(2023, 3, 20)).outcomes[0]
print(f"{{outcome.status}}: {{outcome.message}}")
"""


@pytest.mark.parametrize("name", sorted(CASES))
def test_size_or_shape_attack(tmp_path: Path, name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(cap=MEMORY_CAP), str(tmp_path), name],
        cwd=REPO, capture_output=True, text=True, timeout=TIME_LIMIT,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert (result.returncode, result.stdout.strip()) == (0, CASES[name]), result.stderr[-2000:]
