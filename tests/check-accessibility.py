#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Walks PyMem Lab's accessibility tree over AT-SPI, as a screen reader
# does: every focusable element must have a name, and the diagrams' items
# must be reachable as named list rows once "Diagrams as lists" is on.
# Run by check-accessibility.sh, which starts the buses and the program.

import sys
import time

import pyatspi


def find_app(name, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def walk(node, path=(), depth=0):
    if node is None or depth > 60:
        return
    yield node, path
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, path + (node.getRoleName(),), depth + 1)


def describe(node, path):
    return "%s > %s" % (" > ".join(path[-4:]), node.getRoleName())


def showing(node):
    # GTK 4.8 sets "visible" but not "showing" on what is on screen
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def unnamed_focusable(app):
    found = []
    for node, path in walk(app):
        states = node.getState()
        if states.contains(pyatspi.STATE_FOCUSABLE) and showing(node) and not (node.name or "").strip():
            found.append(describe(node, path))
    return found


def find(app, name):
    return [node for node, _ in walk(app) if node.name == name and showing(node)]


def wait_for(app, name, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if find(app, name):
            return True
        time.sleep(1)
    return False


def press(app, name):
    for node, _ in walk(app):
        if showing(node) and (node.name == name or (node.name or "").replace("_", "").startswith(name)):
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("click", "press", "activate"):
                    action.doAction(i)
                    return True
    return False


def list_rows(app):
    return [node.name for node, _ in walk(app)
            if node.getRole() in (pyatspi.ROLE_LIST_ITEM,) and showing(node) and node.name]


def main():
    app = find_app("pymemlab")
    if app is None:
        print("not ok: PyMem Lab never showed up on the accessibility bus")
        return 1
    # the example loads and runs before the diagrams show
    if not wait_for(app, "Diagrams as lists", float(sys.argv[1]) if len(sys.argv) > 1 else 90):
        print("not ok: the diagrams never showed")
        return 1
    time.sleep(1)

    failures = []
    focusable = [node for node, _ in walk(app)
                 if node.getState().contains(pyatspi.STATE_FOCUSABLE) and showing(node)]
    if len(focusable) < 20:
        failures.append("only %d focusable elements: the tree was not read" % len(focusable))
    bad = unnamed_focusable(app)
    failures += ["unnamed focusable: " + b for b in bad]

    if not press(app, "Heap and Pools"):
        failures.append("no \"Heap and Pools\" page to choose")
    if not press(app, "Diagrams as lists"):
        failures.append("no \"Diagrams as lists\" toggle to press")
    else:
        time.sleep(2)
        rows = list_rows(app)
        if not any(row.startswith("Arena 0") for row in rows):
            failures.append("the heap's arenas are not listed: %r" % rows[:5])
        if not any(row.startswith("Pool ") for row in rows):
            failures.append("no pool is listed")
        bad = unnamed_focusable(app)
        failures += ["unnamed focusable (lists shown): " + b for b in bad]

    for failure in failures:
        print("not ok:", failure)
    if not failures:
        print("ok: every focusable element has a name; the diagrams read as lists")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
