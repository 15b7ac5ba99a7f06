"""SIGKILL a real `digest build` at random moments: `output/` is always the complete previous
site or the complete new one, never a mixture, and the next build succeeds."""

from __future__ import annotations

import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from .sites import KEPT_BESIDE, make_site, run_digest, site_state, start_digest

KILLS = 15
SEED = 8


@pytest.fixture(scope="module")
def sites(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, dict[str, bytes]], float]:
    """One folder holding versions a and b of a 300-article site, their clean builds and the
    time a full build takes."""
    root = tmp_path_factory.mktemp("kill-build")
    for variant in ("a", "b"):
        make_site(root / f"src-{variant}", variant=variant)
        shutil.move(root / f"src-{variant}" / "content", root / f"content-{variant}")
        (root / f"{variant}.yaml").write_text(
            f"title: Fault Briefing\nbase_url: https://example.org/\nbuild_date: 2023-05-01\n"
            f"content_dir: content-{variant}\noutput_dir: output\n"
        )
    refs = {}
    durations = []
    for variant in ("a", "b"):
        started = time.monotonic()
        result = run_digest(
            root, "--config", f"{variant}.yaml", "build", "--output", f"ref-{variant}"
        )
        durations.append(time.monotonic() - started)
        assert result.returncode == 0, result.stderr
        refs[variant] = site_state(root / f"ref-{variant}")
    assert refs["a"] != refs["b"] and len(refs["a"]) > 300
    return root, refs, max(durations)


def test_sigkill_at_random_points_leaves_a_whole_site(sites) -> None:
    root, refs, duration = sites
    output = root / "output"
    assert run_digest(root, "--config", "a.yaml", "build").returncode == 0
    # Time a switch between the versions under the loop's own conditions (the same output,
    # cache and spare tree), so the kill points span the swap on a fast or a loaded machine.
    for variant in ("b", "a"):
        started = time.monotonic()
        assert run_digest(root, "--config", f"{variant}.yaml", "build").returncode == 0
        duration = max(duration, time.monotonic() - started)
    current = "a"
    rng = random.Random(SEED)
    seen: list[str] = []
    for _ in range(KILLS):
        target = "b" if current == "a" else "a"
        process = start_digest(root, "--config", f"{target}.yaml", "build")
        time.sleep(rng.uniform(0.05, duration * 1.3))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        state = site_state(output)
        current = next((v for v, ref in refs.items() if state == ref), "a mixture")
        seen.append(current if current != target else f"{current} (new)")
        assert current in refs, f"after kill {len(seen)}: output is neither site"
    final = run_digest(root, "--config", "b.yaml", "build")
    litter = sorted(
        p.name for p in root.iterdir() if p.name.startswith(".output") and p.name not in KEPT_BESIDE
    )
    assert (final.returncode, site_state(output) == refs["b"], litter) == (0, True, [])
    # Both outcomes must have happened, or the kill points did not span the swap.
    assert any("(new)" in s for s in seen) and any("(new)" not in s for s in seen), seen
