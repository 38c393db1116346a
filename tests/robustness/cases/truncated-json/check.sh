# The records before and after the broken line are read.
grep -q "annotator\|article:a1" out.ttl && grep -q "article:a3" out.ttl
