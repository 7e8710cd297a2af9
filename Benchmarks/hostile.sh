#!/usr/bin/env bash
# Full-size hostile inputs (issue 8) against the release binary: each must exit 0 with valid JSON.
# usage: bash Benchmarks/hostile.sh   (builds sgreport in release first)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sgreport >/dev/null
bin=.build/release/sgreport
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
cases = {
    "digits-and-commas": b"1,234," * 170_000,
    "million-parens": b"(" * 1_000_000,
    "tabs": b"\t" * 300_000,
    "blank-lines": b"\n" * 2_000_000,
    "million-pounds": "£".encode() * 1_000_000,
    "priority-repeated": b"Priority 1: To keep children safe\n\n" * 50_000,
    "nested-lists": b"- o \xe2\x80\xa2 " * 2_000 + b"item\n" + b" - - - x\n" * 20_000,
    "invalid-utf8": bytes(((i * 131) | 0x80) & 0xFF for i in range(500_000)),
    "brackets": b"[<" * 500_000,
    "ampersands": b"&amp" * 250_000,
    "run-on-paragraph": b"the children and " * 60_000,
    "long-table": b"Education\t64\t40.5%\t-101\t22 (34%)\n" * 30_000,
    "dotted-leaders": b"Contents .......... 3\n" * 40_000,
    "change-chain": b"640 referrals, down 1.5% (9,840), " * 30_000,
    "lead-in-figures": b"Number of enquiries is provided below:\n\n" + "2017/18 \u2013 2,058\n\n".encode() * 50_000,
    "dated-columns": ("Measure\t" + "\t".join(f"{1990 + i % 100}/{(91 + i % 100) % 100:02d}" for i in range(5_000)) + "\n"
                      + ("Rate of referrals per 10,000\t" + "\t".join(str(500 + i % 97) for i in range(5_000)) + "\n") * 50).encode(),
    "web-items": b"Agenda and minutes\n\nChildren's Select Committee - Wednesday 25th September, 2024 5.00 pm\n\nItems\n\n"
                 + b"CYP/15/24\n\nEvacuation Procedure pdf icon PDF 9 KB\n\nMinutes:\n\nAGREED that it be noted.\n\n" * 40_000,
    "run-on-dated-figures": b"In 2019/20 there were 5 referrals, in Q2 2020/21 the figure rose to 6 and on 7, 8 and 15 December 2016 it was 9, " * 20_000,
    # 20,000 council pages joined into one file, each under its own title.
    "joined-pages": "".join(f"Children's Select Committee {i} - Monday 2nd December 2024 7.00 pm\n\nVenue: Room {i}\n\nItems\n\n1.\n\nMinutes {i}\n\n"
                            for i in range(20_000)).encode(),
    # An agenda pack's contents of 20,000 entries, then each entry as a heading of the body.
    "long-contents": ("Contents\n\n" + "".join(f"Review of service area {i} and its partners ........ {i + 3}\n" for i in range(20_000))
                      + "".join(f"\nReview of service area {i} and its partners\n\nThe board reviewed it.\n" for i in range(20_000))).encode(),
}
for name, data in cases.items():
    open(os.path.join(d, name + ".txt"), "wb").write(data)
PY
printf '%-20s %8s %8s %10s\n' input MB seconds "peak MB"
for f in "$dir"/*.txt; do
  name=$(basename "$f" .txt)
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$dir/mem" timeout 60 "$bin" summarise --json "$f" > "$dir/out.json"
  end=$(date +%s.%N)
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$dir/out.json"
  printf '%-20s %8.2f %8.2f %10.0f\n' "$name" "$(echo "$(stat -c %s "$f") / 1000000" | bc -l)" "$(echo "$end - $start" | bc -l)" "$(echo "$(cat "$dir/mem") / 1024" | bc -l)"
done
