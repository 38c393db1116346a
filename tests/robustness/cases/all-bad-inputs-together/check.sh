# The good articles are written although every other input failed.
grep -q "article:good" out.ttl && grep -q "article:ok" out.ttl && grep -q "article:invalid" out.ttl
