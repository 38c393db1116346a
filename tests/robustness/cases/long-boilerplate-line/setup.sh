# A 1 MB line that starts like boilerplate ("Read more"): std::regex used to
# recurse once per character and overflow the stack.
python3 -c '
open("long.txt", "w").write("Headline\n\nRead more " + "x" * 1000000 + "\nNorth Korea has sent 3,000 soldiers to Russia, Seoul said.\n")
'
