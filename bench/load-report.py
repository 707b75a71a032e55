#!/usr/bin/env python3
"""Per-endpoint throughput and latency from nginx access logs written by bench/load.sh.

Each log line: <status> <request_time seconds> <method> <uri>. Prints a Markdown table.
"""
import re
import sys
from collections import defaultdict


def endpoint(method, uri):
    path = uri.split("?")[0]
    if path.startswith("/questions/"):
        return "browse: GET /questions/{slug}"
    if path.startswith("/topics/"):
        return "browse: GET /topics/{slug}"
    if path == "/search":
        return "search: GET /search"
    if path == "/api/v1/practice/reviews":
        return "review: POST /api/v1/practice/reviews"
    if path == "/api/v1/feedback":
        return "feedback: POST /api/v1/feedback"
    return f"other: {method} {path}"


def percentile(values, p):
    values = sorted(values)
    if not values:
        return 0.0
    k = min(len(values) - 1, max(0, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[k]


def main(log_file, seconds, label):
    times = defaultdict(list)
    errors = defaultdict(int)
    for line in open(log_file):
        parts = line.split()
        if len(parts) < 4:
            continue
        status, rt, method, uri = parts[0], float(parts[1]), parts[2], parts[3]
        if status == "499":
            # wrk closed the connection when its time was up: not an answer of the application.
            continue
        name = endpoint(method, uri)
        times[name].append(rt * 1000)
        if not status.startswith("2"):
            errors[name] += 1
    total = sum(len(v) for v in times.values())
    print(f"| {label} | endpoint | requests/s | share | p50 ms | p99 ms | non-2xx |")
    print("|---|---|---|---|---|---|---|")
    for name in sorted(times):
        v = times[name]
        print(f"| | {name} | {len(v) / seconds:.0f} | {100 * len(v) / total:.0f}% | "
              f"{percentile(v, 50):.1f} | {percentile(v, 99):.1f} | {errors[name]} |")
    allv = [x for v in times.values() for x in v]
    print(f"| | **all** | **{total / seconds:.0f}** | 100% | {percentile(allv, 50):.1f} | "
          f"{percentile(allv, 99):.1f} | {sum(errors.values())} |")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3])
