/usr/bin/python3 "$SOURCE_DIR"/tests/robustness/check_offsets.py out.ttl nul.txt
grep -q "cg:sendsTroopsTo" out.ttl
