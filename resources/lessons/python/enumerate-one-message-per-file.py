"""
Lesson 6, variant: why batches? The same children walk the same directories twice: first sending
the paths in batches of 1,000, then one message per file. Each message is a system call to send, one
to receive and a wake-up of the receiver, so the second run spends its time on messages, not on
walking. Compare the two lines of the table.

    python3 enumerate-one-message-per-file.py /usr/lib /usr/share
"""
import sys

# the lesson's program, enumerate.py, in this directory
from enumerate import BATCH, directories, one_child_per_directory, print_table, usage

if __name__ == "__main__":
    dirs = directories(sys.argv[1:])
    if not dirs:
        usage()
        sys.exit(2)
    print(f"enumerating {len(dirs)} directories: [{', '.join(dirs)}]")
    timings = []
    timings.append(one_child_per_directory("batches-of-1000", dirs, BATCH))
    timings.append(one_child_per_directory("one-per-file", dirs, 1))
    print_table(timings)
