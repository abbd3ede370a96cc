#!/bin/sh
# The tests check exported files with tools we did not write: LibreOffice (does Word's
# rival open our DOCX?), poppler (text, fonts, pages of our PDF), qpdf (is the PDF sound?),
# fontconfig and the Liberation fonts (does LibreOffice paginate the DOCX as our PDF?),
# and Enchant, which the app's spell checking needs.
# Install whichever is missing, when we can.
set -eu
missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need soffice libreoffice-writer
need pdftotext poppler-utils
need pdffonts poppler-utils
need pdftoppm poppler-utils
need qpdf qpdf
need fc-match fontconfig
# LibreOffice sets Arial and Times New Roman in their metric twins, as our PDF does.
fc-list 2>/dev/null | grep -q "Liberation Serif" || missing="$missing fonts-liberation2"
# ... and Calibri and Cambria, which most Word templates use, in theirs.
fc-list 2>/dev/null | grep -q "Carlito" || missing="$missing fonts-crosextra-carlito"
fc-list 2>/dev/null | grep -q "Caladea" || missing="$missing fonts-crosextra-caladea"
# Spell checking reads Hunspell's dictionaries through the Enchant library.
ldconfig -p 2>/dev/null | grep -q "libenchant-2.so" || missing="$missing libenchant-2-2"
[ -z "$missing" ] && exit 0
packages=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system tools the tests need: $packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
else
    echo "Tests that need these packages will be skipped: $packages (install them as root)"
fi
