# The old file is untouched and no temporary file is left behind.
test "$(cat out.ttl)" = previous
test -z "$(ls | grep "\.tmp\.")"
