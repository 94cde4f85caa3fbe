#!/usr/bin/env bash
# Installs what the handbook needs from Debian beyond npm: Chromium (PDF, browser tests),
# Chinese fonts (PDF, screenshots) and poppler-utils (reading PDFs back in tests).
# Safe to run repeatedly; does nothing when everything is present.
#
#   bash scripts/setup/system-deps.sh               the above
#   bash scripts/setup/system-deps.sh --libreoffice  the above and LibreOffice Writer (headless, no GUI), needed
#                                                    only to import .doc/.wps/.odt files (npm run import) and by
#                                                    the Word tests
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -q "Noto Serif CJK" || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${1:-}" = "--libreoffice" ]; then
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "缺少系统软件：${missing[*]}。请由管理员执行：apt-get install -y ${missing[*]}" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "正在安装系统软件：${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
