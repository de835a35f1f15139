#!/usr/bin/env bash
# Rebuilds samples/sample.db from the hand-written sample posts (see samples/README.md):
# tracks the three papers, imports the CSV, classifies posts and authors with the shipped models.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 samples/source/make_csv.py
dotnet build src/SentimentMonitor.Cli -c Release -v q -nologo >/dev/null
sm() { dotnet src/SentimentMonitor.Cli/bin/Release/net10.0/sentimentmonitor.dll "$@" --db "$db"; }
db=$(mktemp -d)/sample.db
sm track --doi 10.1056/NEJMoa2214171 --pmid 37099340 \
  --title "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia" \
  --url "https://www.nejm.org/doi/full/10.1056/NEJMoa2214171" --keyword "#blinatumomab" --keyword "Interfant-21"
sm track --doi 10.1056/NEJMoa2307563 --pmid 37952131 \
  --title "Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes" --keyword "SELECT trial"
sm track --doi 10.1056/NEJMoa2212948 --pmid 36449413 \
  --title "Lecanemab in Early Alzheimer's Disease" --keyword "#lecanemab" --keyword "CLARITY AD"
sm import samples/source/sample-posts.csv --format csv
sm classify --all
sm stats
mv "$db" samples/sample.db
rm -f "${db%.db}-log.db"
echo "samples/sample.db rebuilt"
