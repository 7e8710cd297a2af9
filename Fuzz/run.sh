#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/harness.swift + every source of SGReportCore, one module) and runs it.
#
#   Fuzz/run.sh                 # 1,000,000 inputs
#   Fuzz/run.sh 200000          # another count
#   Fuzz/run.sh 0 -max_total_time=600      # extra arguments go to libFuzzer (0 runs = until stopped)
#   Fuzz/run.sh --replay FILE…  # run the given inputs once each (a crash file, a slow unit)
#
# Everything it writes is under .build/fuzz/ (ignored by git): the binary, the seed corpus cut from
# Fixtures/reports, the working corpus, and crash-/timeout-/oom-/slow-unit- artefacts.
# SwiftPM cannot link a libFuzzer target, so this calls swiftc directly.
set -euo pipefail
cd "$(dirname "$0")/.."
# Swift's own crash backtracer trips ASan (stack-buffer-underflow in memserver_read) and hides the real report.
export SWIFT_BACKTRACE=enable=no
# LeakSanitizer cannot see Swift pointers kept in enum payloads with spare bits, so it reports the harness's
# static rules configuration as leaked at exit; leak checks are off (here and by -detect_leaks=0 below).
# Short allocation stacks (malloc_context_size) save ~7% of the time; Swift code rarely needs them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=4}

out=.build/fuzz
bin=$out/sgreport-fuzz
mkdir -p "$out/seeds" "$out/corpus" "$out/artifacts"

sources=()
while IFS= read -r f; do sources+=("$f"); done < <(find Sources/SGReportCore -name '*.swift' | sort)
# (`head` may close the pipe before `ls` has written every name: under pipefail that SIGPIPE would end the
# script silently, so the pipeline's status is not asked.)
newest=$(ls -t "${sources[@]}" Fuzz/harness.swift Fuzz/run.sh | head -1 || true)
if [[ ! -x $bin || $newest -nt $bin ]]; then
    echo "building $bin (${#sources[@]} library files + Fuzz/harness.swift)…" >&2
    swiftc -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 \
        -enable-upcoming-feature MemberImportVisibility \
        -module-name SGReportCore "${sources[@]}" Fuzz/harness.swift -o "$bin" \
        2> >(grep -v "Cannot export local symbol" >&2)
fi

if [[ ${1:-} == --replay ]]; then
    shift
    exec "$bin" -rss_limit_mb=2048 -timeout=10 -detect_leaks=0 "$@"
fi

runs=${1:-1000000}
shift || true

# Seeds: the hand-written ones, and each fixture report cut into ~1 KB slices at line starts. Small slices keep
# the rate up (the work per input is linear in its size); libFuzzer's mutations can still grow them to -max_len.
rm -rf "$out/seeds" && mkdir -p "$out/seeds" && cp Fuzz/seeds/* "$out/seeds/"
for report in Fixtures/reports/*.txt; do
    name=$(basename "$report" .txt)
    LC_ALL=C awk -v prefix="$out/seeds/$name-" '
        { if (size + length($0) + 1 > 1024 && size > 0) { n++; size = 0 }
          file = sprintf("%s%03d", prefix, n); print > file; size += length($0) + 1
          if (n != last) { close(sprintf("%s%03d", prefix, last)); last = n } }' "$report"
done

echo "seeds: $(ls "$out/seeds" | wc -l) files; corpus: $(ls "$out/corpus" | wc -l) files" >&2
exec "$bin" "$out/corpus" "$out/seeds" \
    -runs="$runs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    -dict=Fuzz/sgreport.dict -artifact_prefix="$out/artifacts/" \
    -report_slow_units=1 -print_final_stats=1 "$@"
