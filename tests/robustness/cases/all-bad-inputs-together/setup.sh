# Every kind of bad input in one run, with two good articles among them.
printf 'Seoul \xff report\n\nNorth Korea has sent 3,000 soldiers to Russia, Seoul said.\n' > invalid.txt
printf 'North Korea sends troops\n\nSoldiers\0 arrived.\n' > nul.txt
python3 -c 'open("deep.json", "w").write("[" * 100000)'
ln -s /proc/self/mem mem.txt
ln -s loop2.txt loop1.txt
ln -s loop1.txt loop2.txt
: > empty.txt
