"""Builds the newsgraph Python package: a C extension over libnewsgraph.

It links the library from, in this order:
  1. the CMake build folder named by NEWSGRAPH_BUILD_DIR (libnewsgraph.a there,
     headers from the source tree beside this folder, or NEWSGRAPH_SOURCE_DIR);
  2. ../build, when the project was built there (scripts/test.sh does);
  3. an installed libnewsgraph found with pkg-config (``cmake --install``).
Nothing is downloaded: igraph, Graphviz and cJSON come from Debian's -dev
packages, found with pkg-config.

    pip install --no-index --no-build-isolation ./python
"""
import os
import shlex
import subprocess

from setuptools import Extension, setup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("NEWSGRAPH_SOURCE_DIR") or os.path.dirname(HERE)


def pkg_config(*args):
    try:
        out = subprocess.run(["pkg-config", *args], check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit("newsgraph: pkg-config %s failed: %s" % (" ".join(args), e))
    return shlex.split(out)


def library_flags():
    build = os.environ.get("NEWSGRAPH_BUILD_DIR") or os.path.join(ROOT, "build")
    static = os.path.join(build, "libnewsgraph.a")
    deps = ["igraph", "libgvc", "libcgraph", "libcjson", "libutf8proc"]
    if os.path.exists(static) and os.path.isdir(os.path.join(ROOT, "include", "newsgraph")):
        cflags = ["-I" + os.path.join(ROOT, "include")] + pkg_config("--cflags", *deps)
        return cflags, [static] + pkg_config("--libs", *deps) + ["-lm", "-lpthread"]
    return pkg_config("--cflags", "newsgraph"), pkg_config("--libs", "--static", "newsgraph")


cflags, ldflags = library_flags()

setup(
    name="newsgraph",
    version="0.1.0",
    description="News text to a knowledge graph of who does what to whom (bindings to libnewsgraph)",
    packages=["newsgraph"],
    ext_modules=[
        Extension(
            "newsgraph._core",
            sources=["newsgraph/_core.c"],
            extra_compile_args=["-std=c11", "-D_POSIX_C_SOURCE=200809L", "-Wall", "-Wextra",
                                "-Wno-unused-parameter", "-Wno-missing-field-initializers",
                                "-Wno-cast-function-type"] + cflags,
            extra_link_args=ldflags,
        )
    ],
    python_requires=">=3.9",
)
