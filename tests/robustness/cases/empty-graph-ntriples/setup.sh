# Nothing extracted, written as N-Triples: an empty file, which Serd reads
# as "non-fatal failure"; evaluate must read it as a graph without triples.
: > empty.nt
