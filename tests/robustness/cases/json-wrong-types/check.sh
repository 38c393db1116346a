# The record whose only fault was in its statements is still written.
grep -q 'article:s1' out.ttl
