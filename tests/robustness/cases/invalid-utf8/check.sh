/usr/bin/python3 "$SOURCE_DIR"/tests/robustness/check_offsets.py out.ttl invalid.txt
