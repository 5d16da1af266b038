"""The tally of an independent check: each check passes or names what failed; the closing line
says how many of each, and the exit status whether all passed."""

import sys


class Checks:
    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failures = []

    def __call__(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)

    def finish(self):
        for failure in self.failures:
            print("FAILED:", failure)
        print(f"{self.name}: {self.passed} passed, {len(self.failures)} failed")
        sys.exit(1 if self.failures else 0)
