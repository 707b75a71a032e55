"""A list of named checks that prints each result and remembers the failures (for the .ci checkers)."""


class Checklist:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def __call__(self, ok, what):
        if ok:
            self.passed += 1
            print(f"  ok   {what}")
        else:
            self.failures.append(what)
            print(f"  FAIL {what}")

    def summary(self, subject):
        print(f"{subject}: {self.passed} checks passed, {len(self.failures)} failed")
        return 1 if self.failures else 0
