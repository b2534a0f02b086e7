#!/usr/bin/env bash
# Two builds of gcm side by side on the user's main job (BENCHMARKS.md, "One engine"):
#   (a) cold `gcm validate` of the example, median wall (and CPU) of RUNS runs, each jar with the
#       launcher's flags and an AppCDS archive of its own (coldstart.sh, GCM_JARS), and hello;
#   (b) read + validate throughput of a JSON Lines collection of about 10 MB (the example,
#       compacted, repeated), GcmValidator.validateCollection, both jars in one JVM, round by round
#       (Throughput.java).
#
#   gcm-cli/bench/engines.sh NAME=JAR NAME=JAR [RUNS]   (default 15 runs)
#
# Make the jars with ./gcm --version (gcm-cli/target/gcm.jar) on each commit and copy them aside.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
a="$1" b="$2" runs="${3:-15}"
example="$root/examples/data/unece-2020-stakeholder-input.json"
work="$(mktemp -d "${TMPDIR:-/tmp}/gcm-engines.XXXXXX")"
trap 'rm -rf "$work"' EXIT

GCM_JARS="$a $b" "$root/gcm-cli/bench/coldstart.sh" "$runs" "$example"

python3 - "$example" "$work/collection.jsonl" <<'PY'
import json, sys
line = json.dumps(json.load(open(sys.argv[1], encoding="utf-8")), separators=(",", ":"),
                  ensure_ascii=False)
n = 10_000_000 // len(line.encode()) + 1
open(sys.argv[2], "w", encoding="utf-8").write((line + "\n") * n)
PY
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$root/gcm-cli/bench/Throughput.java" "$work/collection.jsonl" 10 15 "$a" "$b" 2>/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
