#!/usr/bin/env bash
# The class-data-sharing training run (called by build-package.sh): runs the app image's `broadsheet` the way
# users do — the command lines in cds-training.txt, then the workstation for a few seconds under its own Xvfb
# when Xvfb is installed — with -XX:DumpLoadedClassList, and merges the lists into lib/app/broadsheet.classlist.
# Usage: cds-training.sh APP_IMAGE REPO_ROOT WORK_DIR
set -uo pipefail # a failing training command still loaded its classes: no -e

image=${1:?} root=${2:?} work=${3:?}
here=$(cd "$(dirname "$0")" && pwd)
launcher=$image/bin/broadsheet
rm -rf "$work" && mkdir -p "$work/lists" "$work/tmp"
kinds=()

# The sample issue shipped in the repository, if any (assets/sample/<folder> or a JSON file).
sample=$(find "$root/assets/sample" -mindepth 1 -maxdepth 1 2>/dev/null | sort | head -1)

# Subcommands the launcher routes to the command line; a line for any other word would start the workstation.
subcommands=$(env -u DISPLAY "$launcher" --help 2>/dev/null | awk '/^Commands:/ { f = 1; next } f && /^  +[a-z]/ { print $1 }')
n=0
while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    if [[ $line == *'{sample}'* && -z $sample ]]; then continue; fi
    first=${line%% *}
    if [[ $first != -* ]] && ! grep -qx -- "$first" <<<"$subcommands"; then
        echo "skipped (no subcommand $first yet): $line"
        continue
    fi
    line=${line//\{sample\}/$sample}
    line=${line//\{tmp\}/$work/tmp}
    n=$((n + 1))
    read -r -a args <<<"$line"
    echo "training: broadsheet ${args[*]}"
    (cd "$root" && env -u DISPLAY JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/lists/cli-$n.lst" \
        timeout 120 "$launcher" "${args[@]}" </dev/null >"$work/cli-$n.out" 2>&1)
    echo "  exit $?"
done <"$here/cds-training.txt"
kinds+=("$n command lines")

if command -v Xvfb >/dev/null; then
    display=:$((70 + RANDOM % 20))
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY=$display JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/lists/gui.lst" \
        setsid "$launcher" >"$work/gui.out" 2>&1 &
    app=$!
    # Let it open its window and compose the sample issue, then close it: the list is written as classes load.
    for _ in $(seq 1 60); do
        DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Broadsheet' && break
        sleep 0.5
    done
    sleep 10
    kill -TERM -- -"$app" 2>/dev/null || kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
    kill "$xvfb" 2>/dev/null
    kinds+=("the workstation under Xvfb")
else
    echo "no Xvfb: the class list covers the command line only (apt-get install xvfb for the workstation's)"
    kinds+=("no workstation run: Xvfb missing")
fi

# Merge, keeping first occurrences in load order (the dump resolves each class's supertypes first).
cat "$work"/lists/*.lst 2>/dev/null | awk '/^#/ { next } !seen[$0]++' >"$image/lib/app/broadsheet.classlist"
[[ -s $image/lib/app/broadsheet.classlist ]] || { echo "no classes recorded"; exit 1; }
(IFS=,; echo "${kinds[*]}") >"$work/kinds"
