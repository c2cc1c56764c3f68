#!/usr/bin/env python3
"""Checks the layering of the mvbasic runtime and the size of source files.

The import graph of runtime/src is derived from `crate::...` paths (in `use`
declarations and inline paths; comments are ignored) between its top-level
modules (`syntax`, `compiler`, `vm`, `host`, `net`, ...). `super::` paths
stay inside one top-level module, so they add no edge. The check fails on

  * a cycle between top-level modules;
  * an arrow that breaks the one-way pipeline: the front end (`syntax`,
    `compiler`, `bytecode`) must not reach the VM, the host services, the
    extension table or the socket layer; `builtins` (pure functions) and
    `value` must reach nothing above them;
  * a tracked source file (.rs .c .h .py .sh) over 800 lines.

`--graph` prints the module graph. Exit status 0 when everything holds.
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "runtime" / "src"
MAX_LINES = 800
SOURCE_EXTS = (".rs", ".c", ".h", ".py", ".sh")

# module -> modules it must never import (directly).
FORBIDDEN = {
    "syntax": {"compiler", "bytecode", "vm", "host", "net", "extensions", "runner", "value"},
    "compiler": {"vm", "host", "net", "extensions", "runner"},
    "bytecode": {"compiler", "vm", "host", "net", "extensions", "runner"},
    "builtins": {"*"},
    "value": {"*", "-builtins"},
    "status_codes": {"*"},
}

CRATE_PATH = re.compile(r"\bcrate::([a-z_][a-z0-9_]*)")
LINE_COMMENT = re.compile(r"//.*")
BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
STRING = re.compile(r'"(?:\\.|[^"\\])*"')


def top_module(path: Path) -> str:
    rel = path.relative_to(SRC)
    name = rel.parts[0]
    return name[:-3] if name.endswith(".rs") else name


def code_of(text: str) -> str:
    text = BLOCK_COMMENT.sub("", text)
    text = STRING.sub('""', text)
    return "\n".join(LINE_COMMENT.sub("", line) for line in text.splitlines())


def module_graph():
    """{module: {imported module: [files making the reference]}}"""
    graph = {}
    for f in sorted(SRC.rglob("*.rs")):
        mod = top_module(f)
        if mod == "main":  # the binary uses the library as an outside crate
            continue
        edges = graph.setdefault(mod, {})
        for m in CRATE_PATH.finditer(code_of(f.read_text())):
            target = m.group(1)
            if target != mod:
                edges.setdefault(target, set()).add(str(f.relative_to(ROOT)))
    return graph


def find_cycle(graph):
    """A cycle as a list of modules, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, {})):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def forbidden_arrows(graph):
    bad = []
    for mod, rules in FORBIDDEN.items():
        allowed = {r[1:] for r in rules if r.startswith("-")}
        for target, files in sorted(graph.get(mod, {}).items()):
            if target in allowed:
                continue
            if "*" in rules or target in rules:
                bad.append(f"{mod} -> {target} (in {', '.join(sorted(files))})")
    return bad


def long_files():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    out = []
    for name in listed:
        p = ROOT / name
        if name.endswith(SOURCE_EXTS) and p.is_file():
            n = sum(1 for _ in p.open("rb"))
            if n > MAX_LINES:
                out.append(f"{name}: {n} lines")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", action="store_true", help="print the module graph")
    args = ap.parse_args()
    graph = module_graph()
    if args.graph:
        for mod in sorted(graph):
            print(f"{mod:13} -> {', '.join(sorted(graph[mod])) or '(nothing)'}")
    problems = []
    cycle = find_cycle(graph)
    if cycle:
        problems.append("module cycle: " + " -> ".join(cycle))
    problems += ["forbidden arrow: " + b for b in forbidden_arrows(graph)]
    problems += [f"file over {MAX_LINES} lines: " + f for f in long_files()]
    for p in problems:
        print("check-layers:", p, file=sys.stderr)
    if problems:
        return 1
    print(f"check-layers: {len(graph)} runtime modules, no cycle, no forbidden arrow, "
          f"no source file over {MAX_LINES} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
