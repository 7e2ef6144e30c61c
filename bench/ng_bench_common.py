"""Shared helpers of the event benchmarks: find or build an extractor and run it."""
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def shared_data():
    d = os.environ.get("NG_SHARED_DATA") or os.path.join(ROOT, "..", "shared", "data")
    return d if os.path.isdir(d) else None


def _works(cmd):
    try:
        return subprocess.run(cmd + ["--help"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def extractor(explicit=None):
    """The command that codes events: `newsgraph extract` when built, else
    bench/events_driver.c compiled against libnewsgraph.a of $NG_BUILD_DIR (or
    of the newest build tree)."""
    if explicit:
        return explicit.split()
    cli = cli_extract()
    return cli if cli else [driver()]


def cli_extract():
    """`newsgraph extract` when a built CLI runs, else None."""
    cands = []
    if os.environ.get("NG_BIN"):
        cands.append(os.environ["NG_BIN"])
    cands += sorted(glob.glob(os.path.join(ROOT, "build*", "newsgraph")))
    for c in cands:
        if os.access(c, os.X_OK) and _works([c, "extract"]):
            return [c, "extract"]
    return None


def driver():
    """bench/events_driver.c, compiled against a build tree's libnewsgraph.a."""
    if os.environ.get("NG_BUILD_DIR"):
        libs = [os.path.join(os.environ["NG_BUILD_DIR"], "libnewsgraph.a")]
        libs = [l for l in libs if os.path.exists(l)]
    else:
        libs = sorted(glob.glob(os.path.join(ROOT, "build*", "libnewsgraph.a")),
                      key=os.path.getmtime, reverse=True)
    if not libs:
        sys.exit("no newsgraph binary and no libnewsgraph.a: build the project first")
    out = os.path.join(os.path.dirname(libs[0]), "events_driver")
    src = os.path.join(HERE, "events_driver.c")
    if not os.path.exists(out) or os.path.getmtime(out) < max(os.path.getmtime(src), os.path.getmtime(libs[0])):
        pc = subprocess.run(["pkg-config", "--libs", "igraph", "libgvc", "libcgraph", "libcjson", "libutf8proc"],
                            capture_output=True, text=True, check=True).stdout.split()
        cc = shutil.which("cc") or "gcc"
        subprocess.run([cc, "-O2", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-I", os.path.join(ROOT, "include"),
                        src, libs[0], "-o", out] + pc + ["-lm", "-lpthread"], check=True)
    return out


def run_events(cmd, args, files):
    """Runs the extractor; returns the list of event dicts."""
    p = subprocess.run(cmd + args + files, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("extractor failed (%d): %s" % (p.returncode, p.stderr.strip()[:2000]))
    return [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
