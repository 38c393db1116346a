# The previous output; then a run whose writes fail: files are limited to
# 1 KiB and SIGXFSZ is ignored, so write(2) fails with EFBIG, as for root too.
echo previous > out.ttl
