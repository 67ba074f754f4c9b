#!/usr/bin/env bash
# Draws the Broadsheet icon (a sheet of newsprint with a red 报 masthead glyph and column rules) with
# ImageMagick and the bundled Broadsheet Serif SC Bold, so it needs no system font. Run from the repository
# root: assets/icons/make_icon.sh   (Debian: apt-get install imagemagick). Writes broadsheet.png (256 px,
# the size jpackage puts in the Linux package) and broadsheet-48.png.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
font="$here/../fonts/BroadsheetSerifSC-Bold.ttf"
convert=/usr/bin/convert
"$convert" -size 256x256 xc:none \
  -fill '#00000033' -draw 'roundrectangle 22,24 244,246 18,18' -blur 0x3 \
  -fill '#fbf8f0' -stroke '#3a3a3a' -strokewidth 3 -draw 'roundrectangle 14,12 236,234 16,16' \
  -stroke none -fill '#b3202a' -draw 'rectangle 34,32 216,40' \
  -fill '#3a3a3a' \
  -draw 'rectangle 34,194 118,198' -draw 'rectangle 132,194 216,198' \
  -draw 'rectangle 34,205 118,209' -draw 'rectangle 132,205 216,209' \
  -draw 'rectangle 34,216 96,220'  -draw 'rectangle 132,216 200,220' \
  -font "$font" -pointsize 120 -fill '#b3202a' -gravity north -annotate +0+40 '报' \
  -depth 8 -strip "$here/broadsheet.png"
"$convert" "$here/broadsheet.png" -resize 48x48 -depth 8 -strip "$here/broadsheet-48.png"
