#!/usr/bin/env bash
# Cold start of `gcm validate` on one document, against a JVM that only prints hello.
#
#   gcm-cli/bench/coldstart.sh [RUNS [FILE]]   (default 11 runs of each; run from anywhere)
#
# FILE defaults to gcm-cli/bench/document-5kb.json: a valid document of 5,549 bytes, the single
# document of the JMH benchmarks (benchmarks/.../Data.single, seed 20261128), written once by gcm-io.
#
# Prints the median wall time, in milliseconds, of each variant:
#   hello            java Hello (a class that prints one line), default flags
#   hello-cds        the same with an AppCDS archive and the launcher's flags
#   gcm              java -jar gcm.jar validate FILE, default flags
#   gcm-fast         the same with the launcher's flags, no archive
#   gcm-cds          the same with -XX:SharedArchiveFile (what ./gcm runs)
# The variants run in turn, round after round, so that a change in the machine's load affects all
# of them alike.
# Uses hyperfine when it is installed, else date +%s%N around each run; with GNU time
# (/usr/bin/time) it also prints the median CPU time (user + system) of each variant.
# On a busy machine the figures grow: the script prints the load average before and after.
# Needs gcm-cli/target/gcm.jar (run ./gcm --version once, or mvn package).
#
# Side by side: GCM_JARS="NAME=JAR NAME=JAR ..." measures those jars instead of gcm-cli/target/gcm.jar,
# each as NAME-cds (the launcher's flags and an archive trained on that jar), in turn with hello and
# hello-cds; e.g. two builds of gcm-cli/target/gcm.jar copied aside (gcm-cli/bench/engines.sh).
set -euo pipefail

runs="${1:-11}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/gcm-cli/target/gcm.jar"
file="$(realpath "${2:-$root/gcm-cli/bench/document-5kb.json}")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -z "${GCM_JARS:-}" ]]; then
  [[ -f "$jar" ]] || { echo "coldstart: $jar is missing: run ./gcm --version first" >&2; exit 2; }
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/gcm-coldstart.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cat >"$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
"${java%java}javac" -d "$work/hello" "$work/Hello.java"
(cd "$work/hello" && "${java%java}jar" --create --file "$work/hello.jar" --main-class Hello Hello.class)

fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto)
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)

# Archives made the way the launcher makes them (the gcm one by the training run).
"$java" "${fast[@]}" -XX:ArchiveClassesAtExit="$work/hello.jsa" "${quiet[@]}" -jar "$work/hello.jar" >/dev/null
declare -A cmds=(
  [hello]="$java -jar $work/hello.jar"
  [hello-cds]="$java ${fast[*]} -XX:SharedArchiveFile=$work/hello.jsa ${quiet[*]} -jar $work/hello.jar"
)
order=(hello hello-cds)
if [[ -z "${GCM_JARS:-}" ]]; then
  "$java" "${fast[@]}" -XX:ArchiveClassesAtExit="$work/gcm.jsa" "${quiet[@]}" \
      -cp "$jar" io.github.gcmsdk.cli.Train >/dev/null 2>&1
  cmds[gcm]="$java -jar $jar validate $file"
  cmds[gcm-fast]="$java ${fast[*]} -jar $jar validate $file"
  cmds[gcm-cds]="$java ${fast[*]} -XX:SharedArchiveFile=$work/gcm.jsa ${quiet[*]} -jar $jar validate $file"
  order+=(gcm gcm-fast gcm-cds)
  checked=(gcm gcm-cds)
else
  checked=()
  for entry in $GCM_JARS; do
    name="${entry%%=*}" j="$(realpath "${entry#*=}")"
    "$java" "${fast[@]}" -XX:ArchiveClassesAtExit="$work/$name.jsa" "${quiet[@]}" \
        -cp "$j" io.github.gcmsdk.cli.Train >/dev/null 2>&1
    cmds[$name-cds]="$java ${fast[*]} -XX:SharedArchiveFile=$work/$name.jsa ${quiet[*]} -jar $j validate $file"
    order+=("$name-cds")
    checked+=("$name-cds")
  done
fi

# The gcm commands must succeed (exit 0) for the figures to mean anything.
for name in "${checked[@]}"; do
  ${cmds[$name]} >/dev/null || { echo "coldstart: '$name' exited $?: fix that first" >&2; exit 1; }
done

median() { # of the numbers in a file, one a line
  sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}

echo "cold start, median of $runs runs, ms ($(nproc) cores, $("$java" -version 2>&1 | head -n 1))"
echo "file: ${file#"$root"/} ($(wc -c <"$file") bytes)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for name in "${order[@]}"; do args+=(-n "$name" "${cmds[$name]}"); done
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" "${args[@]}" >/dev/null
  # (hyperfine runs the variants one after the other, not in turn)
  python3 - "$work/h.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:<15} {r['median'] * 1000:6.0f}")
PY
else
  for name in "${order[@]}"; do ${cmds[$name]} >/dev/null 2>&1 || true; done # file cache
  gnutime=""
  [[ -x /usr/bin/time ]] && /usr/bin/time -f '%U' true 2>/dev/null && gnutime=/usr/bin/time
  for ((i = 0; i < runs; i++)); do
    for name in "${order[@]}"; do
      t0=$(date +%s%N)
      if [[ -n "$gnutime" ]]; then
        $gnutime -f '%U %S' -o "$work/cpu" ${cmds[$name]} >/dev/null 2>&1 || true
      else
        ${cmds[$name]} >/dev/null 2>&1 || true
      fi
      t1=$(date +%s%N)
      echo $(((t1 - t0) / 1000000)) >>"$work/$name.ms"
      [[ -n "$gnutime" ]] && tail -n 1 "$work/cpu" | awk '{printf "%d\n", ($1 + $2) * 1000}' >>"$work/$name.cpu"
    done
  done
  printf '%-15s %8s %8s\n' variant wall-ms cpu-ms
  for name in "${order[@]}"; do
    printf '%-15s %8s %8s\n' "$name" "$(median "$work/$name.ms")" \
        "$([[ -n "$gnutime" ]] && median "$work/$name.cpu" || echo -)"
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
