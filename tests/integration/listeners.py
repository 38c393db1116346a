#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""listeners.py PORT...: prints "ADDRESS:PORT" for every listening TCP socket
(IPv4 and IPv6, from /proc/net/tcp*) on the given ports, so a test can check
that a server listens on 127.0.0.1 only. No ss/netstat needed."""
import sys

ports = {int(p) for p in sys.argv[1:]}
for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
    try:
        lines = open(table).read().splitlines()[1:]
    except OSError:
        continue
    for line in lines:
        fields = line.split()
        local, state = fields[1], fields[3]
        if state != "0A":  # LISTEN
            continue
        addr_hex, port_hex = local.split(":")
        port = int(port_hex, 16)
        if port not in ports:
            continue
        raw = bytes.fromhex(addr_hex)
        if width == 8:
            addr = ".".join(str(b) for b in raw[::-1])
        else:  # four little-endian 32-bit words
            words = [raw[i:i + 4][::-1] for i in range(0, 16, 4)]
            b = b"".join(words)
            addr = "[" + ":".join(b[i:i + 2].hex() for i in range(0, 16, 2)) + "]"
        print(f"{addr}:{port}")
