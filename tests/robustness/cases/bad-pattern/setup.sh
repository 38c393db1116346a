# The shipped mappings, with a pattern whose gap has no count.
cp -r "$SOURCE_DIR/mappings" mappings
cat > mappings/patterns.json <<'JSON'
{"patterns": [
  {"id": "ok", "pattern": "S:State ~3 <send> ~3 T ~4 to O:State", "claims": ["S T O"]},
  {"id": "bad.gap", "pattern": "S:State <send> ~x O:State", "claims": ["S sendsTroopsTo O"]},
  {"id": "bad.class", "pattern": "S:Sate <send> O:State", "claims": ["S sendsTroopsTo O"]}
]}
JSON
