# chmod 000 stops no one running as root (CAP_DAC_OVERRIDE), and the tests
# run as root: then the binary runs as nobody (setpriv), who must be able
# to run it and read the mappings. Otherwise the case is skipped (77).
cp good.txt locked.txt && chmod 000 locked.txt
if [ "$(id -u)" -ne 0 ]; then exit 0; fi
command -v setpriv >/dev/null || { echo "skipped: setpriv (util-linux) is missing"; exit 77; }
as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
"${as_nobody[@]}" test -x "$CLAIMGRAPH" -a -r "$SOURCE_DIR/mappings/patterns.json" -a -r good.txt ||
  { echo "skipped: nobody cannot run $CLAIMGRAPH or read the source tree"; exit 77; }
echo "${as_nobody[*]}" > wrapper
