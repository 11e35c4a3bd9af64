#!/usr/bin/env bash
# Checks that LibreOffice Calc opens the exported tracker workbook with its types intact (issue 16): dates are dates
# and money is money, not text that merely looks right. Local check, not run in CI (LibreOffice is large; the tests
# read the workbook back with POI instead). Needs: a built jar (./mvnw -DskipTests package), LibreOffice Calc
# (apt-get install --no-install-recommends libreoffice-calc) and python3.
#
# It loads the sample into a temporary data folder, runs `tracker export`, and has LibreOffice convert every sheet to
# CSV twice: as shown (the cell formats applied) and as stored (values only, in LibreOffice's en-US defaults). A date
# typed as text would come out the same both ways; a real date comes out as 31/03/2026 shown and 03/31/2026 stored.
# Money must be "£1,234.00" shown and a bare number stored.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/innovation-portfolio.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
command -v soffice >/dev/null || { echo "LibreOffice is not installed: apt-get install --no-install-recommends libreoffice-calc" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export INNOVATION_PORTFOLIO_TODAY=2026-12-03
java -jar "$jar" --data-dir "$work/data" sample load >/dev/null
java -jar "$jar" --data-dir "$work/data" tracker export --out "$work/tracker.xlsx" >/dev/null
# Token 9 is "save cell contents as shown"; token 12 = -1 writes every sheet (LibreOffice 7.2 or later).
csv='csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,%s,false,false,-1'
soffice --headless --convert-to "$(printf "$csv" true)" --outdir "$work/shown" "$work/tracker.xlsx" >/dev/null 2>&1
soffice --headless --convert-to "$(printf "$csv" false)" --outdir "$work/stored" "$work/tracker.xlsx" >/dev/null 2>&1
python3 - "$work" <<'PY'
import csv, re, sys, pathlib
work = pathlib.Path(sys.argv[1])
DATE_COLUMNS = {
    "Projects": {"RAG date", "Start date", "End date"},
    "Milestones": {"Baseline", "Forecast", "Completed"},
    "Outcomes": {"Baseline date", "Target date", "Latest date"},
    "RAG history": {"Date"},
}
MONEY_COLUMNS = {"Projects": {"Total awarded", "Total spent", "Total forecast"}, "Funding": {"Awarded", "Spent", "Forecast"}}
MONEY = re.compile(r"^-?£\d{1,3}(,\d{3})*\.\d\d$")
failures, dates, money = [], 0, 0
sheets = sorted(p.name for p in (work / "shown").glob("*.csv"))
if len(sheets) != 6:
    failures.append(f"expected 6 sheets, LibreOffice wrote {sheets}")
for name in sheets:
    shown = list(csv.DictReader(open(work / "shown" / name, encoding="utf-8")))
    stored = list(csv.DictReader(open(work / "stored" / name, encoding="utf-8")))
    sheet = name[name.index("-") + 1:-4]
    date_columns, money_columns = DATE_COLUMNS.get(sheet, set()), MONEY_COLUMNS.get(sheet, set())
    for row, (s, v) in enumerate(zip(shown, stored), start=2):
        for column, text in s.items():
            raw = v[column]
            if not text:
                continue
            if column in date_columns and re.match(r"^\d\d/\d\d/\d{4}$", text):
                d, m, y = text.split("/")
                if raw != f"{m}/{d}/{y}":
                    failures.append(f"{name} row {row} {column}: {text!r} shown but {raw!r} stored: not a date value")
                dates += 1
            elif column in date_columns:
                failures.append(f"{name} row {row} {column}: {text!r} is not shown as dd/mm/yyyy")
            elif column in money_columns or text.startswith(("£", "-£")):
                if not MONEY.match(text) or not re.match(r"^-?\d+(\.\d+)?$", raw):
                    failures.append(f"{name} row {row} {column}: {text!r} shown, {raw!r} stored: not money")
                money += 1
if dates == 0 or money == 0:
    failures.append(f"found {dates} dates and {money} amounts: the check saw nothing to check")
for f in failures:
    print("FAIL", f)
print(f"{len(sheets)} sheets, {dates} dates and {money} amounts read back from LibreOffice: "
      + ("all intact" if not failures else f"{len(failures)} problems"))
sys.exit(1 if failures else 0)
PY
