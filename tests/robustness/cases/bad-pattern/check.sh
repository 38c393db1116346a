# Bad mappings stop the run before any input is read: no output.
test ! -e out.ttl
