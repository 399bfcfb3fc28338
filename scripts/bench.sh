#!/usr/bin/env bash
# Batch benchmark: end-to-end `sentencing validate` against the parse floor
# (reading and parsing the same files with the same YAML crate into the same
# structs on the same threads) and against PyYAML's C loader, in one run.
#
#   scripts/bench.sh [FILES] [CORPUS_DIR] [RUNS]
#
# Defaults: 100000 files in /tmp/sentencing-corpus-100000, 5 runs each
# (interleaved; every run is printed and the median is reported: on a
# shared or virtual machine single runs vary by several per cent). Needs python3 with PyYAML's C
# loader (Debian: python3-yaml) and GNU time (/usr/bin/time) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."

files=${1:-100000}
dir=${2:-/tmp/sentencing-corpus-$files}
runs=${3:-5}
python=${PYTHON:-/usr/bin/python3}

cargo build --release --quiet --bin sentencing --example gen_corpus
bin=target/release/sentencing
if [ ! -f "$dir/invalid.txt" ]; then
  echo "generating $files files in $dir"
  target/release/examples/gen_corpus --files "$files" --out "$dir" --seed 1 --invalid-rate 0.02
fi
# Warm the page cache so that every contender reads from memory.
find "$dir" -name '*.yaml' -print0 | xargs -0 cat > /dev/null

pyyaml() {
  "$python" - "$dir" <<'PY'
import os, sys, yaml
root = sys.argv[1]
ok = failed = 0
for folder, _, names in sorted(os.walk(root)):
    for name in sorted(names):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), "rb") as f:
            try:
                yaml.load(f, Loader=yaml.CSafeLoader)
                ok += 1
            except yaml.YAMLError:
                failed += 1
print(f"parsed {ok}, failed {failed}")
PY
}

seconds() { # command... -> wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

floor_t=(); validate_t=(); python_t=()
for i in $(seq "$runs"); do
  floor_t+=("$(seconds "$bin" parse-floor "$dir")")
  validate_t+=("$(seconds "$bin" validate "$dir")")
  python_t+=("$(seconds pyyaml)")
  echo "run $i: floor ${floor_t[-1]} s, validate ${validate_t[-1]} s, PyYAML ${python_t[-1]} s"
done
floor=$(printf '%s\n' "${floor_t[@]}" | median)
validate=$(printf '%s\n' "${validate_t[@]}" | median)
python_s=$(printf '%s\n' "${python_t[@]}" | median)

peak_batch=$( (/usr/bin/time -f '%M' "$bin" validate "$dir" 2>&1 >/dev/null || true) | tail -n 1)

# A single 8 MiB file: a valid case whose summary fills it, just under the default limit.
big=$(mktemp -d)/big.yaml
"$python" - "$big" <<'PY'
import sys
line = "  " + "x" * 100 + "\n"
target = 8 * 1024 * 1024 - 2048
with open(sys.argv[1], "w") as f:
    f.write("case: One large file\njurisdiction: CN\nsummary: >-\n")
    size = 0
    while size < target:
        f.write(line); size += len(line)
    f.write("defendants:\n  - name: Test\n    judgments:\n      - court: Test Court\n        date: 2016-01-01\n        counts:\n          - offence: theft\n            penalty: 3 years\n")
PY
peak_single=$( (/usr/bin/time -f '%M' "$bin" validate "$big" 2>&1 >/dev/null || true) | tail -n 1)
single_s=$(seconds "$bin" validate "$big")

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -m); $(rustc --version)"
echo "corpus: $files files, $(du -sh "$dir" | cut -f1), $(wc -l < "$dir/invalid.txt") broken on purpose"
printf 'parse floor (read + parse, same threads): %8.3f s\n' "$floor"
printf 'sentencing validate (end to end):         %8.3f s   %.3f x the floor (target <= 1.15)\n' "$validate" "$(awk -v a="$validate" -v b="$floor" 'BEGIN {print a / b}')"
printf 'PyYAML CSafeLoader (parse only, 1 core):  %8.3f s   sentencing is %.2f x its throughput (target >= 3)\n' "$python_s" "$(awk -v a="$python_s" -v b="$validate" 'BEGIN {print a / b}')"
printf 'peak memory, validate %s files:        %8d KiB\n' "$files" "$peak_batch"
printf 'peak memory, validate one 8 MiB file:     %8d KiB (%.3f s)\n' "$peak_single" "$single_s"
