printf 'North Korea sends troops\n\nNorth Korea has sent 3,000 soldiers\0\0 to Russia, Seoul said.\n' > nul.txt
