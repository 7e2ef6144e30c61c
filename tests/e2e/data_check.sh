#!/usr/bin/env bash
# The shipped dictionaries parse, have no duplicate ids or clashing aliases,
# and countries.tsv is what scripts/gen-countries.py makes from iso-codes.
set -eu
src=${NG_SOURCE_DIR:?}
python3 "$src/scripts/check-data.py" "$src/data" --strict -q
if [ -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    python3 "$src/scripts/gen-countries.py" -o - > "$tmp"
    cmp "$tmp" "$src/data/countries.tsv"
fi
echo "data ok"
