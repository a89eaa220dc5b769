#!/bin/sh
# npm run lint: eslint and the type check side by side (each about half a minute on two cores,
# cached between runs under node_modules/.cache), then the dependency rules. Fails if any fails.
mkdir -p node_modules/.cache/qbo-sync
npx tsc --noEmit -p tsconfig.json --incremental --tsBuildInfoFile node_modules/.cache/qbo-sync/typecheck.tsbuildinfo &
typecheck=$!
npx eslint --cache --cache-location node_modules/.cache/qbo-sync/eslint/ .
eslint=$?
wait "$typecheck"
typechecked=$?
[ "$eslint" -eq 0 ] && [ "$typechecked" -eq 0 ] || exit 1
exec npm run -s depcruise
