#!/bin/bash
# run-set.sh ROOT TAG set... : generates each labelled set and runs the matching bench on it from the checkout ROOT (a snapshot of
# the code to measure), the log in $LOGDIR/TAG-SET.log and its totals on stdout. DEBUG=2 (default) prints false links and
# duplicates with their evidence (bench/matching.ts); DEBUG=none for a holdout (totals only). Uses DATABASE_URL and KAFKA_BROKERS
# from the environment when set (the services already up), else the bench starts its own.
ROOT=$1; TAG=$2; shift 2
LOGDIR=${LOGDIR:-/tmp/labelled-runs}; mkdir -p "$LOGDIR"
SETS=$(cd "$(dirname "$0")/.." && pwd)
for s in "$@"; do
  d=$SETS/$s
  (cd "$d" && python3 gen.py >/dev/null)
  if [ "${DEBUG:-2}" = none ]; then
    (cd "$ROOT" && BENCH_MATCHING_FILE=$d/set.jsonl BENCH_MATCHING_QUALITY_ONLY=1 npm run -s bench:matching) > "$LOGDIR/$TAG-$s.log" 2>&1
  else
    (cd "$ROOT" && BENCH_MATCHING_FILE=$d/set.jsonl BENCH_MATCHING_QUALITY_ONLY=1 BENCH_MATCHING_DEBUG=${DEBUG:-2} npm run -s bench:matching) > "$LOGDIR/$TAG-$s.log" 2>&1
  fi
  tail -1 "$LOGDIR/$TAG-$s.log" | python3 -c "
import json,sys
d=json.loads(sys.stdin.read())['datasets']['file-set']
print('$TAG', '$s', 'create', d['create']['false_links'], '/', d['create']['duplicates'], 'review', d['review']['false_links'], '/', d['review']['duplicates'], '/', d['review']['review'], 'baseline', d['baseline']['false_links'], '/', d['baseline']['duplicates'])"
done
