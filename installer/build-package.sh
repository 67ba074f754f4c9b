#!/usr/bin/env bash
# Builds Broadsheet's native packages with the JDK's jpackage. Run by `./mvnw -Pinstaller package` (the pom's
# `installer` profile first copies the runtime dependencies to target/installer/input); by hand:
#   installer/build-package.sh target/broadsheet-VERSION.jar VERSION
#
# Steps (BUILD-FACTS.md "Packaging with jpackage (JDK 17)"):
#   1. input/      the app jar (as broadsheet.jar) next to its dependencies, plus JavaFX's native libraries
#                  unpacked beside the jars so that JavaFX loads them in place instead of extracting them to
#                  ~/.openjfx/cache on every user's first start
#   2. notices     every bundled jar must be listed in installer/THIRD-PARTY.txt; licences staged for legal/
#   3. modules     jdeps --print-module-deps, plus the modules found only through services at run time
#   4. app image   target/installer/out/image/broadsheet (trimmed runtime, launcher `broadsheet`)
#   5. CDS         a training run (command line, and the workstation under Xvfb when there is one) writes the
#                  class list lib/app/broadsheet.classlist; the .deb's postinst dumps the archive from it
#   6. .deb        target/installer/out/broadsheet_VERSION-1_amd64.deb from the app image
#   7. the app image gets its own archive (usable in place: its jars keep their build-time dates)
set -euo pipefail

app_jar=${1:?usage: build-package.sh APP_JAR VERSION}
version=${2:?usage: build-package.sh APP_JAR VERSION}
version=${version%-SNAPSHOT} # a Debian version and jpackage's --app-version take digits and dots only

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$root/target/installer
input=$work/input
out=$work/out
image=$out/image/broadsheet
log=$work/build.log
mkdir -p "$work" "$out"
: >"$log"

say() { printf '[installer] %s\n' "$*"; }
fail() { printf '[installer] ERROR: %s\n' "$*" >&2; exit 1; }
seconds_since() { echo "$(( $(date +%s) - $1 ))"; }

# --- tools ------------------------------------------------------------------------------------------------
java_bin=$(dirname "$(readlink -f "$(command -v java)")")
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/jpackage ]] && java_bin=$JAVA_HOME/bin
for tool in jpackage jdeps; do
    [[ -x $java_bin/$tool ]] || fail "$tool not found next to $java_bin/java: a full JDK 17+ is needed (not a JRE)"
done
jpackage=$java_bin/jpackage
jdeps=$java_bin/jdeps

need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v unzip >/dev/null || need+=(unzip)
if ((${#need[@]})); then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        say "installing ${need[*]} (needed to build a .deb)"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        fail "missing ${need[*]}: sudo apt-get install ${need[*]}"
    fi
fi

# --- 1. input ---------------------------------------------------------------------------------------------
[[ -f $app_jar ]] || fail "no application jar at $app_jar (run ./mvnw -Pinstaller package)"
[[ -d $input ]] || fail "no $input: the pom's installer profile copies the dependencies there"
cp "$app_jar" "$input/broadsheet.jar"
for fxjar in "$input"/javafx-*-linux.jar; do
    unzip -q -o -j "$fxjar" '*.so' -d "$input" 2>/dev/null || true # javafx-base/-controls carry no natives
done
ls "$input"/libglass.so >/dev/null 2>&1 || fail "JavaFX's native libraries were not found in the javafx-*-linux jars"
# ICU4J carries the data of every ICU service (15 MB jar). Broadsheet uses three: the line BreakIterator
# (typeset.BreakOpportunities: brkitr/, with the locale fallback tables at the data root), the
# CharsetDetector (no data files) and ULocale. Collation, time zones, units, currencies, language and
# region names, transliteration, spelled-out numbers and word dictionaries are never asked for: dropping them takes ~8.5 MB
# off the package. installer/icu-trim.txt lists the folders; a use of one of these services would fail
# with a MissingResourceException — the packaged export of the sample in the CDS training run below
# composes with the trimmed jar.
icu=$(ls "$input"/icu4j-*.jar 2>/dev/null | head -1)
if [[ -n $icu ]]; then
    command -v zip >/dev/null || fail "zip is needed to trim ICU4J's data (apt-get install zip)"
    before=$(du -k "$icu" | cut -f1)
    mapfile -t drop < <(grep -v '^#' "$here/icu-trim.txt" | sed '/^$/d; s|^|com/ibm/icu/impl/data/icudata/|; s|/$|/*|')
    zip -q -d "$icu" "${drop[@]}" >>"$log" 2>&1 || fail "could not trim $icu (see $log)"
    say "ICU4J data trimmed: ${before} KiB -> $(du -k "$icu" | cut -f1) KiB"
fi

# --- 2. notices -------------------------------------------------------------------------------------------
legal=$work/legal
rm -rf "$legal" && mkdir -p "$legal/licenses" "$legal/fonts" "$legal/jars"
cp "$here/THIRD-PARTY.txt" "$legal/"
cp "$here"/licenses/*.txt "$legal/licenses/"
cp "$root"/assets/fonts/OFL-*.txt "$legal/fonts/"
unlisted=()
for jar in "$input"/*.jar; do
    name=$(basename "$jar" .jar)
    [[ $name == broadsheet ]] && continue
    artifact=$(sed -E 's/-[0-9][^-]*(-[a-z]+)?$//' <<<"$name")
    jar_version=$(sed -E "s/^$artifact-//; s/-[a-z]+$//" <<<"$name")
    grep -qE "^$artifact[[:space:]]+$jar_version[[:space:]]" "$here/THIRD-PARTY.txt" || unlisted+=("$artifact $jar_version")
    mkdir -p "$legal/jars/$artifact"
    unzip -q -o -j "$jar" 'META-INF/LICENSE*' 'META-INF/NOTICE*' 'META-INF/*-LICENSE' -d "$legal/jars/$artifact" 2>/dev/null || true
    rmdir "$legal/jars/$artifact" 2>/dev/null || true
done
((${#unlisted[@]} == 0)) || fail "not in installer/THIRD-PARTY.txt (add artifact, version and licence): ${unlisted[*]}"

# --- 3. modules -------------------------------------------------------------------------------------------
# jdeps sees only static references. Added by hand: jdk.localedata (zh date and number formats),
# jdk.charsets (GBK/GB18030 files the importer reads), java.logging (JavaFX's and PDFBox's loggers),
# java.desktop (java.awt.image for PDFBox and javafx-swing) and jdk.unsupported (sun.misc.Unsafe users).
found=$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$input"/*.jar 2>>"$log" | tail -1)
[[ $found == java.base* ]] || fail "jdeps gave no module list (see $log)"
modules=$(tr ',' '\n' <<<"$found,java.desktop,java.logging,java.sql,jdk.unsupported,jdk.localedata,jdk.charsets" | sort -u | paste -sd, -)
say "runtime modules: $modules (jdeps: $found)"

# bin/broadsheet as a shell script that starts the runtime's java with what jpackage's cfg says. jpackage 17's
# native launcher first asks rpm and then dpkg, twice, which package owns it (strace: `rpm -qf`, `dpkg -S`) —
# 0.25 s before Java starts on an idle machine, more under load, a quarter of the command line's budget. The
# cfg stays the source: class path, main class and options are copied from it in its order (the class path
# must be the one the CDS archive was dumped with), $APPDIR becoming the script's own lib/app. The runtime
# keeps its bin/java for this (no jlink --strip-native-commands). LD_LIBRARY_PATH as jpackage's launcher sets
# it (lib/app first: JavaFX's native libraries).
# The launcher's first words that run the command line rather than the workstation: picocli's subcommands of
# BroadsheetCommand and the top-level help/version options (LauncherScriptTest checks this list against them).
cli_words='import|set|export|review|validate|help|-h|--help|-V|--version'
write_launcher_script() { # $1 = app image
    local cfg=$1/lib/app/broadsheet.cfg script=$1/bin/broadsheet main cp opts
    main=$(sed -n 's/^app.mainclass=//p' "$cfg")
    cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed 's|\$APPDIR|$app|g' | paste -sd: -)
    opts=$(sed -n 's/^java-options=//p' "$cfg" | sed 's|\$APPDIR|$app|g; s/.*/"&"/' | paste -sd' ' -)
    [[ -n $main && -n $cp && -x $1/lib/runtime/bin/java ]] || fail "cannot write the launcher script from $cfg"
    cat >"$script" <<SCRIPT
#!/bin/sh
# Broadsheet's launcher, written by installer/build-package.sh from lib/app/broadsheet.cfg (why: see there).
root=\$(readlink -f "\$(dirname "\$(readlink -f "\$0")")/..")
app=\$root/lib/app
LD_LIBRARY_PATH=\$app\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH
# The command line runs the client compiler only; the workstation keeps the optimising one (why: build-package.sh).
case "\$1" in
    $cli_words) jit="-XX:TieredStopAtLevel=1" ;;
    *) jit="" ;;
esac
exec "\$root/lib/runtime/bin/java" $opts \$jit "-Djpackage.app-path=\$root/bin/broadsheet" -cp "$cp" $main "\$@"
SCRIPT
    chmod 755 "$script"
    rm -f "$1/lib/libapplauncher.so" # the native launcher's half, unused now
}

# --- 4. app image -----------------------------------------------------------------------------------------
common=(
    --name broadsheet
    --app-version "$version"
    --vendor "Broadsheet"
    --copyright "Broadsheet developers"
    --description "Editorial workstation for composing and proofreading a Chinese daily's pages"
)
# jit_for_cli: a command-line run (import, set, export, review, validate) uses -XX:TieredStopAtLevel=1, the
# client compiler only. A cold command is class loading and one pass over most code; the optimising compiler's
# work then costs a core's worth of CPU without paying back (cold export of the sample page: 1.8 -> 1.1 s CPU).
# The workstation keeps the optimising compiler: an editor works in it all night, and peak speed of composing
# and drawing is what keeps dragging smooth there (the launcher script chooses by the first argument).
# jlink: --compress=2 (zip) halves lib/modules (49 -> 25 MB); the classes start-up needs are read from the
# CDS archive instead, which is not compressed, so start-up does not pay for the smaller package.
start=$(date +%s)
rm -rf "$out/image"
"$jpackage" --type app-image "${common[@]}" \
    --input "$input" \
    --main-jar broadsheet.jar \
    --main-class dev.broadsheet.app.Launcher \
    --icon "$root/assets/icons/broadsheet.png" \
    --add-modules "$modules" \
    --jlink-options '--strip-debug --no-man-pages --no-header-files --include-locales=en,zh --compress=2' \
    --java-options '-Dfile.encoding=UTF-8' \
    --java-options '-XX:SharedArchiveFile=$APPDIR/broadsheet.jsa' \
    --dest "$out/image" >>"$log" 2>&1 || fail "jpackage app-image failed (see $log)"
# libjvm.so comes with its full symbol table (Debian's JDK): --strip-unneeded takes 4 MB off (jlink's
# --strip-native-debug-symbols removes debug sections only, which Debian has already split off). The cost:
# an hs_err crash log names internal JVM frames by offset; JNI/JVM entry points keep their names.
if command -v strip >/dev/null; then strip --strip-unneeded "$image/lib/runtime/lib/server/libjvm.so"; fi
write_launcher_script "$image"
mkdir -p "$image/lib/legal" && cp -r "$legal"/. "$image/lib/legal/" # jpackage --app-image keeps bin/ and lib/ only
cp "$here/linux/broadsheet.desktop" "$image/lib/broadsheet.desktop" # linked into /usr/share/applications by postinst
say "app image in $(seconds_since "$start") s: $image ($(du -sh "$image" | cut -f1))"

# --- 5. class-data sharing: training run --------------------------------------------------------------------
# JDK 17 has no -XX:+AutoCreateSharedArchive (JDK 19), so the archive is a static one made with -Xshare:dump
# from a class list recorded here. -XX:SharedArchiveFile above names it; under the default -Xshare:auto a missing or stale
# archive only costs the speed-up, never the start.
"$here/cds-training.sh" "$image" "$root" "$work/training" >>"$log" 2>&1 || fail "CDS training run failed (see $log)"
say "class list: $(grep -vc '^#' "$image/lib/app/broadsheet.classlist") classes ($(cat "$work/training/kinds"))"

# --- 6. .deb ----------------------------------------------------------------------------------------------
# jpackage's automatic Depends only covers the JDK's own libraries; JavaFX needs GTK 3, OpenGL and friends
# (readelf -d on JavaFX's lib*.so). No --linux-shortcut and no --icon here (the image has lib/broadsheet.png):
# either makes jpackage add xdg-desktop-menu calls and xdg-utils; postinst links the desktop entry instead.
deps="libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1, libpango-1.0-0, libpangoft2-1.0-0, libcairo2, libglib2.0-0 | libglib2.0-0t64"
start=$(date +%s)
rm -f "$out"/*.deb
"$jpackage" --type deb "${common[@]}" \
    --app-image "$image" \
    --install-dir /opt \
    --resource-dir "$here/linux" \
    --license-file "$here/THIRD-PARTY.txt" \
    --linux-package-name broadsheet \
    --linux-deb-maintainer "broadsheet@localhost" \
    --linux-app-category graphics \
    --linux-package-deps "$deps" \
    --dest "$out" >>"$log" 2>&1 || fail "jpackage deb failed (see $log)"
deb=$(ls "$out"/*.deb)
say "package in $(seconds_since "$start") s: $deb ($(du -h "$deb" | cut -f1), installed $(dpkg-deb -f "$deb" Installed-Size) KiB)"

# --- 7. archive for the app image itself ------------------------------------------------------------------
rm -f "$image/lib/app/broadsheet.jsa"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/broadsheet.classlist -XX:SharedArchiveFile=$image/lib/app/broadsheet.jsa" \
    "$image/bin/broadsheet" >>"$log" 2>&1 || fail "CDS dump failed (see $log)"
say "app image with CDS archive: $(du -sh "$image" | cut -f1)"
