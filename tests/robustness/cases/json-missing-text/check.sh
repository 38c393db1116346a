grep -q "article:a2" out.ttl && ! grep -q "article:a1" out.ttl
