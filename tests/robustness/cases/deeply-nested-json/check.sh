grep -q "cg:sendsTroopsTo" out.ttl
