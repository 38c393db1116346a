# A headline with two invalid bytes, a body line with a truncated sequence.
printf 'Seoul \xff\xfe report\n\n\xe2\x82 North Korea has sent 3,000 soldiers to Russia, Seoul said.\n' > invalid.txt
