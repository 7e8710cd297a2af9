#!/usr/bin/env python3
"""Baseline for sgreport-bench: one naive regular-expression pass for numbers over the same bytes.

usage: python3 Benchmarks/naive_numbers.py FILE...   (prints how many numbers it saw)
"""
import re
import sys

# "£" is two bytes in UTF-8 (C2 A3); a bytes pattern must spell it out.
NUMBER = re.compile(rb"(?:\xc2\xa3)?\d[\d,]*(?:\.\d+)?%?")

count = 0
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        count += sum(1 for _ in NUMBER.finditer(f.read()))
print(count)
