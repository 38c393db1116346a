# A file whose read(2) fails with EIO even for root: the reader's own memory
# from address 0 (/proc/self/mem is the process that opens it).
ln -s /proc/self/mem mem.txt
