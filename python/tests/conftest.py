import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def samples():
    """The project's own sample articles, as (name, text)."""
    d = ROOT / "data" / "samples"
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.txt"))]


@pytest.fixture(scope="session")
def cli():
    """The newsgraph CLI of the same build the package links."""
    build = os.environ.get("NEWSGRAPH_BUILD_DIR") or str(ROOT / "build")
    exe = pathlib.Path(build) / "newsgraph"
    if not exe.exists():
        pytest.skip("no CLI at %s" % exe)
    return str(exe)
