#!/usr/bin/env python3
"""The public headers' two structural checks (CTest `headers_acyclic`, `headers_standalone`).

  check_headers.py cycles
      Fails when the quoted includes between include/calllock's headers form a cycle.
      (A header includes its definitions, impl/NAME.ipp, at its end; the definitions
      never include their header back: src.hpp includes the header first.)

  check_headers.py layers
      Fails when a header includes one of a higher layer (LAYERS below): dependencies
      run one way, from the engines up to the dashboard side.

  check_headers.py selftest
      Proves the two checks above can fail: a made-up upward include and a made-up
      cycle must be reported.

  check_headers.py core
      Fails when a header the core needs (what <calllock/calllock.hpp> and
      <calllock/version.hpp> include, transitively) includes anything but the C++
      standard library: calllock::core promises no Boost, no OpenSSL, no POSIX header.

  check_headers.py standalone --cxx CXX [--jobs N] [-I DIR ...]
      Compiles (-fsyntax-only, C++20) one unit per public header that includes only
      that header, and fails when one does not compile alone. src.hpp and src_core.hpp are
      compiled with CALLLOCK_SEPARATE_COMPILATION; impl/*.ipp files are not headers of their own.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
INC = os.path.join(ROOT, "include")
LIB = os.path.join(INC, "calllock")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def headers():
    out = []
    for d, _, files in os.walk(LIB):
        for f in files:
            if f.endswith((".hpp", ".ipp")):
                out.append(os.path.relpath(os.path.join(d, f), LIB))
    return sorted(out)


def graph():
    g = {}
    for h in headers():
        text = open(os.path.join(LIB, h), encoding="utf-8").read()
        edges = []
        for inc in INCLUDE_RE.findall(text):
            target = os.path.normpath(os.path.join(os.path.dirname(h), inc))
            if not os.path.exists(os.path.join(LIB, target)):
                continue  # not one of ours (a test's support header, say)
            edges.append(target)
        g[h] = edges
    return g


def cycles(g):
    state, stack, found = {}, [], []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in g.get(n, []):
            if state.get(m) == 1:
                found.append(stack[stack.index(m):] + [m])
            elif m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(g):
        if n not in state:
            visit(n)
    return found


# The layers, lowest first; a header may include its own layer's and lower ones'.
# A path ending in "/" is a folder (and everything under it).
LAYERS = [
    ("detail", ["detail/", "version.hpp", "limits.hpp"]),
    ("match", ["match/"]),
    ("core types", ["taxonomy.hpp", "detail/taxonomy_checks.hpp", "tag_set.hpp", "result.hpp", "session.hpp", "transcript.hpp",
                    "dialogue.hpp", "civil_time.hpp"]),
    ("shared rules", ["rules.hpp", "generated/rules.ipp", "classify.hpp", "fields.hpp"]),
    ("profiles", ["profiles/", "generated/", "profile_id.hpp", "profiles.hpp", "impl/", "calllock.hpp",
                  "src_core.hpp"]),
    ("json", ["json.hpp", "session_reader.hpp", "hooks.hpp"]),
    ("dashboard", ["dashboard/", "src.hpp"]),
]


def layer_of(h):
    best = None  # the most specific entry wins (profiles/seed.hpp before profiles/)
    for i, (_, entries) in enumerate(LAYERS):
        for e in entries:
            if (h == e or (e.endswith("/") and h.startswith(e))) and (best is None or len(e) > best[1]):
                best = (i, len(e))
    return None if best is None else best[0]


def layers(g):
    bad, unplaced = [], [h for h in g if layer_of(h) is None]
    for h in unplaced:
        print(f"FAIL  <calllock/{h}> is in no layer (scripts/check_headers.py LAYERS)")
    for h, edges in sorted(g.items()):
        for t in edges:
            if h in unplaced or t in unplaced:
                continue
            if layer_of(t) > layer_of(h):
                bad.append((h, t))
                print(f"FAIL  <calllock/{h}> ({LAYERS[layer_of(h)][0]}) includes <calllock/{t}> "
                      f"({LAYERS[layer_of(t)][0]}), a higher layer")
    print(f"{len(g)} headers in {len(LAYERS)} layers, {len(bad)} includes upward, {len(unplaced)} unplaced")
    return 1 if bad or unplaced else 0


def selftest():
    import contextlib
    import io
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):
        upward = layers({"match/dfa.hpp": ["dashboard/sync.hpp"], "dashboard/sync.hpp": []})
        unplaced = layers({"nowhere.hpp": []})
        fine = layers({"dashboard/sync.hpp": ["match/dfa.hpp"], "match/dfa.hpp": []})
    loop = cycles({"a.hpp": ["b.hpp"], "b.hpp": ["a.hpp"]})
    ok = upward == 1 and unplaced == 1 and fine == 0 and len(loop) == 1
    print("the layer and cycle checks " + ("catch" if ok else "MISS") + " a made-up upward include, "
          "an unplaced header and a cycle")
    return 0 if ok else 1


ANGLE_RE = re.compile(r'^\s*#\s*include\s*<([^>]+)>', re.M)
CORE_ROOTS = ["calllock.hpp", "version.hpp", "fields.hpp"]


def core(g):
    seen, todo = set(), list(CORE_ROOTS)
    while todo:
        h = todo.pop()
        if h not in seen:
            seen.add(h)
            todo += g.get(h, [])
    bad = []
    for h in sorted(seen):
        for inc in ANGLE_RE.findall(open(os.path.join(LIB, h), encoding="utf-8").read()):
            if "/" in inc or "." in inc:  # <boost/...>, <openssl/...>, <unistd.h>: not the standard library
                bad.append((h, inc))
    for h, inc in bad:
        print(f"FAIL  <calllock/{h}> (needed by the core) includes <{inc}>")
    print(f"{len(seen)} headers in the core, {len(bad)} includes outside the standard library")
    return 1 if bad else 0


def standalone(cxx, jobs, extra, skip):
    todo = [h for h in headers() if h.endswith(".hpp") and h not in skip]
    tmp = tempfile.mkdtemp(prefix="calllock-headers-")

    def one(h):
        src = os.path.join(tmp, h.replace("/", "_") + ".cpp")
        with open(src, "w") as f:
            if h in ("src.hpp", "src_core.hpp"):
                f.write("#define CALLLOCK_SEPARATE_COMPILATION\n")
            f.write(f"#include <calllock/{h}>\n")
        cmd = [cxx, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-I", INC] + extra + [src]
        r = subprocess.run(cmd, capture_output=True, text=True)
        return h, r.returncode, r.stderr

    bad = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for h, rc, err in ex.map(one, todo):
            if rc != 0:
                bad += 1
                print(f"FAIL  <calllock/{h}> does not compile alone:\n{err[-3000:]}")
            else:
                print(f"ok    <calllock/{h}>")
    print(f"{len(todo) - bad} of {len(todo)} public headers compile alone")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("cycles")
    sub.add_parser("core")
    sub.add_parser("layers")
    sub.add_parser("selftest")
    s = sub.add_parser("standalone")
    s.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    s.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    s.add_argument("-I", dest="includes", action="append", default=[])
    s.add_argument("--skip", action="append", default=[], help="a header whose dependency is not installed")
    a = ap.parse_args()
    if a.cmd == "cycles":
        g = graph()
        found = cycles(g)
        for c in found:
            print("include cycle: " + " -> ".join(c))
        print(f"{len(g)} headers, {sum(len(v) for v in g.values())} includes between them, {len(found)} cycles")
        return 1 if found else 0
    if a.cmd == "core":
        return core(graph())
    if a.cmd == "layers":
        return layers(graph())
    if a.cmd == "selftest":
        return selftest()
    return standalone(a.cxx, a.jobs, [f"-I{d}" for d in a.includes], set(a.skip))


if __name__ == "__main__":
    sys.exit(main())
