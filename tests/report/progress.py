# SPDX-License-Identifier: ISC
"""Progress on stderr: shown on a terminal (a pseudo-terminal from `script`),
absent when stderr is a pipe or with --quiet, plain lines with --verbose."""
import os
import shlex

from common import args, check, need, run

a = args()
script = need("script", "bsdutils")
inputs = [os.path.join(a.source, "examples"), os.path.join(a.source, "examples", "json")]
base = [a.claimgraph, "extract", *inputs, "-o", os.path.join(a.work, "g.ttl"), "--rejects", os.devnull]


def on_terminal(cmd):
    """stderr (and stdout) of `cmd` run with a terminal as its stderr."""
    log = os.path.join(a.work, "tty.log")
    run([script, "-qec", shlex.join(cmd) + " 2>&1", log], expect=0)
    with open(log, "rb") as f:
        return f.read()


tty = on_terminal(base)
check(b"\rclaimgraph: " in tty and b" articles (" in tty and b"\x1b[K" in tty, f"no progress on a terminal: {tty[-600:]!r}")
check(b"articles, " in tty, f"no summary after the progress line: {tty[-600:]!r}")

quiet = on_terminal(base + ["--quiet"])
check(b"articles (" not in quiet and b"\r" not in quiet.replace(b"\r\n", b""), f"--quiet still shows progress: {quiet!r}")

piped = run(base).stderr
check(b"\r" not in piped and b"articles (" not in piped, f"progress on a pipe: {piped!r}")
check(b"statements extracted" in piped, f"no summary on a pipe: {piped!r}")

verbose = run(base + ["--verbose"]).stderr
check(b"\r" not in verbose and b"articles (100%)" in verbose, f"--verbose on a pipe: {verbose[-600:]!r}")

graph = os.path.join(a.work, "g.ttl")
report_tty = on_terminal([a.claimgraph, "report", graph, "-o", os.path.join(a.work, "r.html")])
check(b" graphs (" in report_tty, f"no progress from report on a terminal: {report_tty[-600:]!r}")
print("progress: ok")
