# 64 KiB that look like a PNG image: a signature, then pseudo-random bytes.
python3 -c '
import random, sys
rng = random.Random(8)
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(65536)))
' > image.txt
