"""Problems found by a stage, reported like a compiler's diagnostics.

A stage collects every problem it finds and raises one `DigestError` carrying all of them,
so a user fixes everything in one pass instead of one error per run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One diagnostic: `path:line: severity: message`."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:"
            if self.line is not None:
                where += f"{self.line}:"
            where += " "
        return f"{where}{self.severity}: {self.message}"


class DigestError(Exception):
    """Raised once by a stage with every problem it found."""

    def __init__(self, problems: Iterable[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(
        cls, message: str, path: Path | str | None = None, line: int | None = None
    ) -> DigestError:
        return cls(Problem(message, path, line))


class ProblemList:
    """Collects problems during a stage; `raise_if_any()` ends the stage."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, message: str, path: Path | str | None = None, line: int | None = None) -> None:
        self.items.append(Problem(message, path, line))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise DigestError(self.items)


def unexpected_error_line(exc: BaseException) -> str:
    """`path: error: unexpected ValueError: …`, naming the file digest was working on.

    The file is the innermost `path` (or `source`) a frame of digest's own code held: the
    article, template or folder in hand when the error happened.
    """
    where = ""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for frame in reversed(frames):
        if not frame.f_globals.get("__name__", "").startswith("digest"):
            continue
        for name in ("path", "source", "filename"):
            value = frame.f_locals.get(name)
            if isinstance(value, os.PathLike | str) and value:
                where = f"{_shown(Path(os.fspath(value)))}: "
                break
        if where:
            break
    detail = " ".join(str(exc).split()) or "no detail"
    return (
        f"{where}error: unexpected {type(exc).__name__}: {detail[:300]} (this is a bug in "
        "digest; run again with --verbose for the details)"
    )


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
