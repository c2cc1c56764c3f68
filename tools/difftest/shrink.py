"""Shrinking of one differing case (no ScarletDME needed here).

``minimise(case, differs)`` repeatedly replaces the case by its smallest
one-step simplification that still differs, until none does. ``differs``
takes a list of candidate cases and returns one bool per candidate (the
caller runs them all in one program: cases are independent).

One-step simplifications, each keeping the program valid (gen.SUBTYPES):
a node becomes one of its descendants of a compatible type, or the smallest
leaf of its type; a statement case becomes the plain ``R = <hole>`` of one
of its string-compatible holes.
"""

import copy

import gen


def _paths(node, path=()):
    yield path, node
    for i, k in enumerate(node.kids):
        yield from _paths(k, path + (i,))


def _replace(node, path, new):
    if not path:
        return new
    node = copy.copy(node)
    node.kids = list(node.kids)
    node.kids[path[0]] = _replace(node.kids[path[0]], path[1:], new)
    return node


def candidates(case):
    """All one-step simplifications of ``case``, smallest first."""
    out = []
    seen = set()

    def add(c):
        key = tuple(c.render("C"))
        if key not in seen and c.size() < case.size():
            seen.add(key)
            out.append(c)

    if case.kind != "expr":
        for h in case.holes:
            if h.typ in gen.SUBTYPES["s"]:
                add(gen.Case("expr", ["R = {0}"], [h]))
    for hi, hole in enumerate(case.holes):
        for path, node in _paths(hole):
            subs = []
            for dpath, d in _paths(node):
                if dpath and d.typ in gen.SUBTYPES[node.typ]:
                    subs.append(d)
            if node.kids or node.tmpl != gen.MIN_LEAF[node.typ]:
                subs.append(gen.leaf(node.typ, gen.MIN_LEAF[node.typ]))
            for s in subs:
                holes = list(case.holes)
                holes[hi] = _replace(hole, path, s)
                add(gen.Case(case.kind, case.lines, holes, case.post, case.tail))
    out.sort(key=lambda c: c.size())
    return out


def minimise(case, differs, max_rounds=200):
    """The smallest case reachable from ``case`` that still differs."""
    for _ in range(max_rounds):
        cands = candidates(case)
        if not cands:
            return case
        found = None
        for i in range(0, len(cands), 60):
            chunk = cands[i:i + 60]
            for c, d in zip(chunk, differs(chunk)):
                if d:
                    found = c
                    break
            if found:
                break
        if not found:
            return case
        case = found
    return case
