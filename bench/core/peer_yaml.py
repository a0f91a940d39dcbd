#!/usr/bin/env python3
"""The core benchmark's peer: Python 3 parsing the same unit-year files.

For every *.yaml file in DIR, in name order: read it and parse it into
Python objects with PyYAML, using LibYAML's C parser (yaml.CSafeLoader) when
the installed PyYAML has it (Debian's python3-yaml does). It only parses:
no derive, no validation, no scoring. It is the floor for "reading the file
at all", so ziping's figure beside it shows what derive + validate + score
cost on top of parsing.

Prints "key value" lines like bench_core's, for bench/core/run.sh.

usage: peer_yaml.py DIR
"""

import os
import resource
import sys
import time


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        import yaml
    except ImportError:
        print("peer_yaml: PyYAML is missing (Debian: apt-get install python3-yaml)",
              file=sys.stderr)
        return 3
    loader = getattr(yaml, "CSafeLoader", None)
    loader_name = "yaml.CSafeLoader (LibYAML C parser)"
    if loader is None:
        loader = yaml.SafeLoader
        loader_name = "yaml.SafeLoader (pure Python; LibYAML not available)"

    top = sys.argv[1]
    paths = sorted(os.path.join(top, n) for n in os.listdir(top) if n.endswith(".yaml"))
    if not paths:
        print(f"peer_yaml: no .yaml files in {top}", file=sys.stderr)
        return 2

    # The same work per file as bench_core's load step asks of libfyaml:
    # read the bytes, parse them into a document tree. Nothing is kept.
    not_a_mapping = 0
    start = time.perf_counter()  # a monotonic clock, like bench_core's
    for p in paths:
        with open(p, "rb") as f:
            doc = yaml.load(f.read(), Loader=loader)
        if not isinstance(doc, dict):
            not_a_mapping += 1
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux

    print(f"loader {loader_name}")
    print(f"python {sys.version.split()[0]}, PyYAML {yaml.__version__}")
    print(f"files {len(paths)}")
    print(f"not_a_mapping {not_a_mapping}")
    print(f"seconds {seconds:.3f}")
    print(f"units_per_second {len(paths) / seconds:.0f}")
    print(f"us_per_unit {seconds * 1e6 / len(paths):.1f}")
    print(f"peak_rss_mb {peak_kb / 1024:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
