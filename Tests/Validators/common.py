"""Shared helpers for the export validators: print a JSON summary, fail loudly."""
import json
import sys


def fail(message):
    print(f"validator: {message}", file=sys.stderr)
    sys.exit(1)


def emit(value):
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def millis(stamp, separator="."):
    """'hh:mm:ss.mmm' (or ',mmm') to milliseconds."""
    clock, fraction = stamp.split(separator)
    hours, minutes, seconds = (int(part) for part in clock.split(":"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(fraction)
