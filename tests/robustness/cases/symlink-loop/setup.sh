# Directory links back up the tree, two files that point at each other, and
# a link loop given on the command line.
mkdir -p dir/sub
ln -s .. dir/sub/up
ln -s ../../dir dir/sub/again
ln -s b.txt dir/a.txt
ln -s a.txt dir/b.txt
cp good.txt dir/sub/z.txt
ln -s loop2.txt loop1.txt
ln -s loop1.txt loop2.txt
