#!/usr/bin/env bash
# Benchmark: `liaison batch` over the public corpus against `xmllint --noout` over the same
# files, with --jobs 1 and --jobs 2; prints the times, the ratios against the goals, and peak
# memory. Usage: scripts/bench-batch.sh [CORPUS] (default ../shared/corpus). Each timing is the
# best of $RUNS runs (default 3). With BASELINE=/path/to/an/older/liaison, that binary's batch
# --jobs 1 is timed in the same run too, against this one. LIAISON_BIN=path times that binary
# instead of building this checkout's (a release build of another commit, made in its own
# worktree). Needs xmllint and GNU time (apt-get install -y time).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
runs=${RUNS:-3}
[ -d "$corpus" ] || { echo "bench-batch: no corpus at $corpus" >&2; exit 2; }
source scripts/lib.sh
need xmllint libxml2-utils
need /usr/bin/time time

bin=${LIAISON_BIN:-$(release_liaison)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same files batch takes: .xml/.cda/.ccd/.ccda, any case, hidden ones skipped.
find "$corpus" -type f ! -name '.*' \( -iname '*.xml' -o -iname '*.cda' -o -iname '*.ccd' -o -iname '*.ccda' \) \
    -print0 | sort -z >"$work/files"
count=$(tr -cd '\0' <"$work/files" | wc -c)

# best NAME COMMAND...: runs COMMAND $runs times, keeps the lowest wall time and highest peak RSS,
# and the kernel and the CPU (user + kernel) seconds of the lowest-CPU run (CPU time moves less
# than wall time when other work shares the cores).
# Each run writes to a fresh output folder (@N@ in the arguments is the run's number), and none is
# deleted until the script ends: deleting thousands of files just before a run makes ext4 without
# a journal (this machine's) scan past the recently deleted inodes for every new file, which
# measures the benchmark's own cleanup rather than the batch. Files deleted on the same file
# system in the minutes before (another benchmark's cleanup, a test run) still do: the kernel
# (system) time of the fastest run is printed so such a run can be recognised.
best() {
    local name=$1
    shift
    local wall=999999 rss=0 sys=0 cpu=999999
    for n in $(seq "$runs"); do
        local args=("${@//@N@/$name-$n}")
        /usr/bin/time -f '%e %M %S %U' -o "$work/time" "${args[@]}" >/dev/null 2>"$work/$name.err" || true
        read -r w m s u < <(tail -n 1 "$work/time")
        if awk -v a="$w" -v b="$wall" 'BEGIN { exit !(a < b) }'; then wall=$w; fi
        local c
        c=$(awk -v s="$s" -v u="$u" 'BEGIN { printf "%.2f", s + u }')
        if awk -v a="$c" -v b="$cpu" 'BEGIN { exit !(a < b) }'; then
            cpu=$c
            sys=$s
        fi
        rss=$(( m > rss ? m : rss ))
    done
    echo "$wall $rss $sys $cpu"
}

read -r xml_s xml_kb _ xml_cpu < <(best xmllint xargs -0 -a "$work/files" xmllint --noout)
read -r j1_s j1_kb j1_sys j1_cpu < <(best jobs1 "$bin" batch "$corpus" --output "$work/out-@N@" --jobs 1)
read -r j2_s j2_kb _ < <(best jobs2 "$bin" batch "$corpus" --output "$work/out-@N@" --jobs 2)
if [ -n "${BASELINE:-}" ]; then
    read -r b1_s _ _ b1_cpu < <(best base1 "$BASELINE" batch "$corpus" --output "$work/out-@N@" --jobs 1)
fi
# The same on tmpfs, where available: the software's own cost without the disk's.
shm=""
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    shm=$(mktemp -d /dev/shm/liaison-bench.XXXXXX)
    trap 'rm -rf "$work" "$shm"' EXIT
    read -r t1_s _ < <(best tmpfs1 "$bin" batch "$corpus" --output "$shm/out-@N@" --jobs 1)
    read -r t2_s _ < <(best tmpfs2 "$bin" batch "$corpus" --output "$shm/out-@N@" --jobs 2)
    if [ -n "${BASELINE:-}" ]; then
        read -r bt_s _ < <(best basetmpfs "$BASELINE" batch "$corpus" --output "$shm/out-@N@" --jobs 1)
    fi
fi
summary=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"])' "$work/out-jobs2-1/batch-report.json")

awk -v n="$count" -v x="$xml_s" -v xk="$xml_kb" -v xc="$xml_cpu" -v ac="$j1_cpu" -v a="$j1_s" -v ak="$j1_kb" -v b="$j2_s" -v bk="$j2_kb" -v as="$j1_sys" \
    -v s="$summary" -v cores="$(nproc)" 'BEGIN {
    printf "files: %d (%s), cores: %d\n", n, s, cores
    printf "%-26s %8s %10s\n", "", "seconds", "peak MB"
    printf "%-26s %8.2f %10.1f\n", "xmllint --noout", x, xk / 1024
    printf "%-26s %8.2f %10.1f   (kernel %.2f s)\n", "liaison batch --jobs 1", a, ak / 1024, as
    printf "%-26s %8.2f %10.1f\n", "liaison batch --jobs 2", b, bk / 1024
    r1 = a / x; r2 = a / b
    printf "jobs 1 / xmllint: %.2fx (target <= 2.0x: %s; compass goal 1.5x: %s)\n", r1, (r1 <= 2.0 ? "met" : "NOT met"), (r1 <= 1.5 ? "met" : "not yet")
    printf "  in CPU seconds (user + kernel): %.2f against %.2f, %.2fx\n", ac, xc, ac / xc
    printf "jobs 1 / jobs 2:  %.2fx (goal >= 1.8x): %s\n", r2, (r2 >= 1.8 ? "met" : "NOT met")
    m = (ak > bk ? ak : bk) / 1024
    printf "peak memory:      %.1f MB (goal < 64 MB): %s\n", m, (m < 64 ? "met" : "NOT met")
}'
if [ -n "$shm" ]; then
    awk -v x="$xml_s" -v a="$t1_s" -v b="$t2_s" 'BEGIN {
        printf "outputs on tmpfs: jobs 1 %.2f s (%.2fx xmllint), jobs 2 %.2f s (%.2fx faster than one job)\n", a, a / x, b, a / b
    }'
fi
if [ -n "${BASELINE:-}" ]; then
    awk -v a="$j1_s" -v b="$b1_s" -v t="${t1_s:-0}" -v bt="${bt_s:-0}" -v x="$xml_s" -v ac="$j1_cpu" -v bc="$b1_cpu" 'BEGIN {
        printf "baseline binary, jobs 1: %.2f s (%.2fx xmllint); this one is %.2fx faster\n", b, b / x, b / a
        printf "  in CPU seconds: %.2f against %.2f, %.2fx less\n", bc, ac, bc / ac
        if (bt > 0) printf "baseline binary on tmpfs, jobs 1: %.2f s (%.2fx xmllint); this one is %.2fx faster\n", bt, bt / x, bt / t
    }'
fi
