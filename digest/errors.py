"""Problems found by a stage, reported like a compiler's diagnostics.

A stage collects every problem it finds and raises one `DigestError` carrying all of them,
so a user fixes everything in one pass instead of one error per run.
"""

from __future__ import annotations

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
