# 100,000 open brackets; the same closed; 100,000 nested objects.
python3 -c '
n = 100000
open("open.json", "w").write("[" * n)
open("closed.json", "w").write("[" * n + "]" * n)
open("objects.json", "w").write("{\"a\":" * n + "1" + "}" * n)
'
