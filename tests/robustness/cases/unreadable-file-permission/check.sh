grep -q "sendsTroopsTo" stdout
