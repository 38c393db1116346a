test ! -e out.ttl
