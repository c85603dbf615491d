package org.proclab.lessons.enumerate;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Lists a directory with the type of each entry, in one go, as {@code find} does. You do not need this class
 * to understand the lesson; it is here because of speed.
 *
 * <p>Why: Java's directory listing gives names only, so a walker must ask the operating system what each
 * entry is (a system call, {@code lstat}, per file), and those calls are most of its time. Yet Linux's own
 * listing call, {@code getdents64}, already says each entry's type ({@code d_type}: directory, regular file,
 * link...); {@code find}, and Python's {@code os.scandir} ({@code entry.is_file()}), read it from there and
 * make no call per file. The JDK has no way to read {@code d_type}, so this class calls the C library through
 * JNA: {@code open} the directory, {@code getdents64} into a buffer until it is empty, {@code close}.
 * Python's {@code os.scandir} does the same in C.
 *
 * <p>Linux on 64-bit x86 or ARM only; elsewhere {@link #forThisSystem} gives null and the walker asks Java.
 * One instance per walker (it reuses one buffer): not for several threads.
 */
final class TypedListing {
    /** Types in {@code d_type} ({@code <dirent.h>}); other values (FIFO, socket, device) are none of these. */
    static final byte DT_UNKNOWN = 0;   // the file system does not say: ask lstat for this entry
    static final byte DT_DIR = 4;
    static final byte DT_REG = 8;

    private static final int BUFFER_BYTES = 64 * 1024;
    /** linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name (NUL-terminated). */
    private static final int RECLEN_AT = 16;
    private static final int TYPE_AT = 18;
    private static final int NAME_AT = 19;
    /** d_reclen: two bytes in the machine's own order. */
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.nativeOrder());

    /**
     * What one directory holds: its directories, entries of unknown type and, if names were asked for,
     * regular files, each with its type and name; and how many regular files it holds without a name.
     */
    static final class Entries {
        int unnamedFiles;
        int size;
        byte[] types = new byte[64];
        String[] names = new String[64];

        private void add(byte type, String name) {
            if (size == types.length) {
                types = Arrays.copyOf(types, size * 2);
                names = Arrays.copyOf(names, size * 2);
            }
            types[size] = type;
            names[size] = name;
            size++;
        }
    }

    /**
     * The C library's functions, called directly (JNA's direct mapping: far cheaper per call than looking
     * them up by name). getdents64 is a system call every Linux has, called through the C library's
     * {@code syscall} by its number, since older C libraries have no function of that name.
     */
    private static final class C {
        static native int open(byte[] path, int flags);
        static native long syscall(long number, long fd, Pointer buffer, long bytes);
        static native int close(int fd);
    }

    private static volatile boolean registered;

    private final long getdents64;        // its number: 217 on x86-64, 61 on ARM
    private final int openFlags;
    private final Memory buffer = new Memory(BUFFER_BYTES);
    /** The records of one buffer, copied in one go: reading a Java array is quicker than native memory, byte by byte. */
    private final byte[] records = new byte[BUFFER_BYTES];
    /** File names are bytes; Java makes them text with this character set, and so do we. */
    private final Charset names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    private long buffersRead;

    private TypedListing(boolean arm) {
        getdents64 = arm ? 61 : 217;
        // O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC; the middle two differ between the two machines
        openFlags = (arm ? 0x4000 | 0x8000 : 0x10000 | 0x20000) | 0x80000;
    }

    /** A listing for this system, or null when it cannot have one (not 64-bit Linux, JNA missing or not loading). */
    static TypedListing forThisSystem() {
        try {
            boolean arm = "aarch64".equals(System.getProperty("os.arch"));
            boolean x86 = "amd64".equals(System.getProperty("os.arch"));
            if (!System.getProperty("os.name", "").equals("Linux") || !(arm || x86)) {
                return null;
            }
            synchronized (TypedListing.class) {
                if (!registered) {
                    Native.register(C.class, NativeLibrary.getProcess());   // the C library this JVM runs on
                    registered = true;
                }
            }
            return new TypedListing(arm);
        } catch (LinkageError | RuntimeException e) {   // no JNA on the class path, its native part refused...
            return null;
        }
    }

    /**
     * The directories, regular files and entries of unknown type in {@code dir} (not "." and ".."), in the
     * order the system lists them; regular files named only if {@code fileNames}, else only counted. Null
     * when the directory cannot be opened or read, or holds a name this class could not give exactly as Java
     * would: the caller then asks Java, which says why (permission denied...) in its own words.
     */
    Entries list(Path dir, boolean fileNames) {
        String path = dir.toString();
        if (path.indexOf('\uFFFD') >= 0) {   // a name Java could not decode: its bytes are lost
            return null;
        }
        byte[] bytes = path.isEmpty() ? new byte[] {'.'} : path.getBytes(names);
        int fd = C.open(Arrays.copyOf(bytes, bytes.length + 1), openFlags);
        if (fd < 0) {
            return null;
        }
        try {
            Entries entries = new Entries();
            while (true) {
                long n = C.syscall(getdents64, fd, buffer, BUFFER_BYTES);
                if (n == 0) {
                    return entries;           // the end of the directory
                }
                if (n < 0) {
                    return null;              // a read error: let Java try, and say what went wrong
                }
                buffersRead++;
                buffer.read(0, records, 0, (int) n);
                if (!parse((int) n, fileNames, entries)) {
                    return null;
                }
            }
        } finally {
            C.close(fd);
        }
    }

    /** Adds the records of one buffer ({@code n} bytes) to {@code entries}; false at a name we cannot give. */
    private boolean parse(int n, boolean fileNames, Entries entries) {
        int reclen;
        for (int at = 0; at < n; at += reclen) {
            reclen = (int) SHORT.get(records, at + RECLEN_AT) & 0xFFFF;
            byte type = records[at + TYPE_AT];
            if (type == DT_REG && !fileNames) {
                entries.unnamedFiles++;      // counted, not named: nobody wants its path ("." and ".." are DT_DIR)
                continue;
            }
            if (type != DT_DIR && type != DT_REG && type != DT_UNKNOWN) {
                continue;                    // a link, FIFO, socket, device: not counted, not entered
            }
            int length = 0;
            while (records[at + NAME_AT + length] != 0) {   // the name ends at a zero byte (what follows is padding)
                length++;
            }
            if (dotOrDotDot(at + NAME_AT, length)) {
                continue;
            }
            String name = name(at + NAME_AT, length);
            if (name == null) {
                return false;
            }
            entries.add(type, name);
        }
        return true;
    }

    private boolean dotOrDotDot(int at, int length) {
        return records[at] == '.' && (length == 1 || length == 2 && records[at + 1] == '.');
    }

    /** The name as Java would give it, or null if its bytes do not come back from that text (not valid UTF-8...). */
    private String name(int at, int length) {
        byte[] b = Arrays.copyOfRange(records, at, at + length);
        String s = new String(b, names);
        for (byte x : b) {
            if (x < 0) {                     // not ASCII: check the text gives these very bytes back
                return Arrays.equals(s.getBytes(names), b) ? s : null;
            }
        }
        return s;
    }

    /** How many buffers {@code getdents64} has filled so far: a long directory takes several. */
    long buffersRead() {
        return buffersRead;
    }
}
