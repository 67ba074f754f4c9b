#!/usr/bin/env bash
# End-to-end check of the Debian package, as a newsroom's administrator would meet it (run as root on a
# Debian/Ubuntu machine with a JDK 17+; issue 8):
#   1. builds the .deb (./mvnw -B -Pinstaller package; --skip-build reuses target/installer/out/*.deb,
#      --skip-tests passes -DskipTests — the tests are the same as `./mvnw verify` runs)
#   2. installs it with dpkg -i (then apt-get -f install for missing dependencies) and checks the files
#      outside /opt: /usr/bin/broadsheet, the menu entry, the class-data archive made by postinst
#   3. runs the installed command line: --version, --help, and `broadsheet export` on the sample issue
#      when the export subcommand exists (the PDF's first page goes to a PNG)
#   4. starts the installed workstation under its own Xvfb several times, measuring the time from exec to
#      the main window being mapped (xdotool, polled every 20 ms), with and without the CDS archive, and
#      takes a screenshot of the workstation (ImageMagick import)
#   5. removes the package with dpkg -r and checks that /opt/broadsheet and /usr/bin/broadsheet are gone
# Results (log, screenshot, PDF page, timings) go to target/installer-test/; the summary is printed last.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
results=$root/target/installer-test # outside target/installer, which the package build empties
build=1 skip_tests=() launches=${LAUNCHES:-5}
for arg in "$@"; do
    case $arg in
        --skip-build) build=0 ;;
        --skip-tests) skip_tests=(-DskipTests) ;;
        *) echo "usage: $0 [--skip-build] [--skip-tests]   (LAUNCHES=N for the number of timed starts)" >&2; exit 2 ;;
    esac
done

say() { printf '[test-install] %s\n' "$*"; }
fail() { printf '[test-install] FAILED: %s\n' "$*" >&2; exit 1; }
summary=()
note() { summary+=("$*"); say "$*"; }
now_ms() { date +%s%3N; }

[[ $(id -u) == 0 ]] || fail "run as root (dpkg -i / dpkg -r)"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
[[ -x /usr/bin/import ]] || need+=(imagemagick)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
if ((${#need[@]})); then
    say "installing ${need[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

rm -rf "$results" && mkdir -p "$results"
exec > >(tee "$results/test-install.log") 2>&1

# --- 1. build ---------------------------------------------------------------------------------------------
if ((build)); then
    start=$(now_ms)
    (cd "$root" && ./mvnw -B -q -Pinstaller package "${skip_tests[@]}") || fail "the package build failed"
    note "build (./mvnw -Pinstaller package ${skip_tests[*]}): $(( ($(now_ms) - start) / 1000 )) s"
fi
deb=$(ls "$root"/target/installer/out/broadsheet_*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || fail "no .deb in target/installer/out"
note "package: $(basename "$deb") $(du -h "$deb" | cut -f1); app image $(du -sh "$root/target/installer/out/image/broadsheet" | cut -f1)"

# --- 2. install -------------------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' broadsheet 2>/dev/null | grep -q 'ok installed'; then
    say "removing a previous installation"; dpkg -r broadsheet >/dev/null
fi
start=$(now_ms)
if ! dpkg -i "$deb"; then
    say "dpkg -i left dependencies open: apt-get -f install"
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq || fail "apt-get -f install could not satisfy the dependencies"
fi
note "install (dpkg -i, postinst's CDS dump included): $(( ($(now_ms) - start) / 1000 )) s"
dpkg -s broadsheet | grep -q '^Status: install ok installed' || fail "broadsheet is not installed"
[[ $(readlink /usr/bin/broadsheet) == /opt/broadsheet/bin/broadsheet ]] || fail "/usr/bin/broadsheet does not point to /opt/broadsheet/bin/broadsheet"
[[ -f /usr/share/applications/broadsheet.desktop ]] || fail "no menu entry in /usr/share/applications"
[[ -f /opt/broadsheet/lib/app/broadsheet.jsa ]] || fail "postinst made no CDS archive"
[[ -f /opt/broadsheet/lib/legal/THIRD-PARTY.txt && -f /opt/broadsheet/lib/legal/fonts/OFL-NotoCJK.txt ]] || fail "licences missing under /opt/broadsheet/lib/legal"
note "installed: $(du -sh /opt/broadsheet | cut -f1) in /opt/broadsheet (CDS archive $(du -h /opt/broadsheet/lib/app/broadsheet.jsa | cut -f1)); Depends: $(dpkg -s broadsheet | sed -n 's/^Depends: //p' | cut -c1-120)…"

# --- 3. command line --------------------------------------------------------------------------------------
cd "$results"
broadsheet --version | tee version.txt
_JAVA_OPTIONS=-Xshare:on broadsheet --version >/dev/null 2>&1 || fail "the installed CDS archive is not usable (-Xshare:on refuses it)"
broadsheet --help | tee help.txt
sample=$(find "$root/assets/sample" -mindepth 1 -maxdepth 1 2>/dev/null | sort | head -1)
if grep -qE '^ +export ' help.txt && [[ -n $sample ]]; then
    start=$(now_ms)
    broadsheet export "$sample" --pdf="$results/sample.pdf" || fail "broadsheet export failed"
    note "broadsheet export $(basename "$sample"): $(( $(now_ms) - start )) ms, $(du -h "$results/sample.pdf" | cut -f1) PDF"
    pdftoppm -png -r 40 -f 1 -l 1 "$results/sample.pdf" "$results/sample-page" && say "first page: $results/sample-page-1.png"
else
    note "no export subcommand yet (or no assets/sample): ran --version and --help only"
fi
for sub in validate "review list"; do
    if grep -qE "^ +${sub%% *} " help.txt && [[ -n $sample ]]; then
        out="$results/${sub// /-}.txt"
        # shellcheck disable=SC2086 # "review list" is two words
        if broadsheet $sub "$sample" >"$out" 2>&1; then note "broadsheet $sub: exit 0, $(tail -1 "$out" | cut -c1-100)"
        else note "broadsheet $sub: exit $? (see $out)"; fi
    fi
done

# --- 4. workstation under Xvfb ----------------------------------------------------------------------------
display=:$((50 + RANDOM % 20))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

# Starts the installed workstation as the user would (no arguments) and prints the milliseconds until its
# window is mapped; the CPU time the process had used by then goes to $results/cpu-ms (the machine may be
# shared, and CPU time says what wall-clock time would be on an idle one, give or take the parallel threads).
launch() { # $1 = log name, $2 = seconds to keep it open afterwards, $3 = screenshot file or ""
    local t0 t1 pid ticks
    t0=$(now_ms)
    JAVA_TOOL_OPTIONS=-Dbroadsheet.startupTrace=true setsid broadsheet >"$results/$1.log" 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name 'Broadsheet' >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "-1"; return; fi
        if (( $(now_ms) - t0 > 60000 )); then echo "-2"; kill -- -"$pid" 2>/dev/null; return; fi
        sleep 0.02
    done
    t1=$(now_ms)
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    echo "$1 $((ticks * 1000 / $(getconf CLK_TCK)))" >>"$results/cpu-ms"
    # The window shows a "Starting…" pane first; wait for the workstation to have opened the sample issue
    # (its start-up trace says when), so that the trace has all the steps.
    for _ in $(seq 1 300); do grep -q 'workstation: issue open' "$results/$1.log" && break; sleep 0.1; done
    sleep "$2"
    [[ -n $3 ]] && import -window root "$3"
    kill -TERM -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo $((t1 - t0))
}
# Milliseconds from process start to a step of the app's own start-up trace, for the launches named $1*.
trace_of() { # $1 = log name prefix, $2 = step
    local f
    for f in "$results/$1"*.log; do
        sed -n "s/^\[startup\] *\([0-9]*\) ms .*$2.*/\1/p" "$f" | head -1
    done | sort -n | paste -sd' ' -
}
cpu_of() { awk -v p="$1" '$1 ~ "^"p {print $2}' "$results/cpu-ms" | paste -sd' ' -; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
first=$(launch launch-1 1 "")
[[ $first -gt 0 ]] || fail "the workstation did not show a window (see $results/launch-1.log)"
times=()
for i in $(seq 2 $((launches + 1))); do times+=("$(launch "launch-$i" 1 "")"); done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
note "load average before the timed starts: $load on $(nproc) cores"
note "start to window, first launch after install: $first ms; next $launches: ${times[*]} ms (median $(median "${times[@]}") ms); CPU ms by then: $(cpu_of launch-)"
off=()
for i in 1 2 3; do off+=("$(_JAVA_OPTIONS=-Xshare:off launch "noshare-$i" 1 "")"); done
for step in 'window shown' 'ready' 'issue open'; do
    t=$(trace_of launch- "workstation: $step")
    [[ -n $t ]] && note "  app's trace, process start to '$step': $t ms (launch 1 included; median $(median $t) ms)"
done
note "same without class-data sharing (-Xshare:off): ${off[*]} ms (median $(median "${off[@]}") ms); CPU ms: $(cpu_of noshare-)"
shot=$(launch screenshot 8 "$results/workstation.png")
note "screenshot: $results/workstation.png (window after $shot ms, captured 8 s later)"
xdotool search --name 'Broadsheet' >/dev/null 2>&1 && fail "a workstation window is still open after closing it"

# --- 5. remove --------------------------------------------------------------------------------------------
dpkg -r broadsheet
[[ ! -e /opt/broadsheet ]] || fail "/opt/broadsheet is left after dpkg -r: $(find /opt/broadsheet | head -5)"
[[ ! -e /usr/bin/broadsheet && ! -L /usr/bin/broadsheet ]] || fail "/usr/bin/broadsheet is left after dpkg -r"
[[ ! -e /usr/share/applications/broadsheet.desktop ]] || fail "the menu entry is left after dpkg -r"
note "removed cleanly: no /opt/broadsheet, /usr/bin/broadsheet or menu entry"

printf '\n== summary (%s) ==\n' "$results"
printf '%s\n' "${summary[@]}" | tee "$results/summary.txt"
