package org.proclab.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * ProcLab's private per-user directory, {@code <tmp>/proclab-<user>}, and what lives in it: named
 * subdirectories (the app's kept runs) and <em>owned</em> directories (a session's sockets, an event
 * log's spill files), each recording the pid and start instant of the process that made it, so that
 * what a killed app left can be told from what a running one uses.
 * <p>
 * Every directory here must belong to this user and lets no one else in: {@code rwx------} on a POSIX
 * file system (Linux, macOS), an access control list for the user alone on Windows ({@link UserOnlyAcl}).
 * A symbolic link is never followed, neither at the base nor when deleting. On a file system with
 * neither (a FAT stick), its defaults apply.
 */
public final class PrivateDirectory {
    /** The file in an owned directory that names its owner: {@code pid=...} and {@code start=...} lines. */
    public static final String OWNER_FILE = "owner";
    private static final String STAGING = ".new-";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static PrivateDirectory forUser;

    private final Path base;
    private final Protection protection;
    /** Whom the access control lists name (Windows); null elsewhere. */
    private final UserPrincipal aclUser;

    /** How this file system keeps a directory private. */
    enum Protection {
        POSIX, ACL, NONE;

        /** From the file system's attribute views: POSIX permissions where there are any (Linux, macOS), else ACLs (Windows). */
        static Protection of(Set<String> views) {
            return views.contains("posix") ? POSIX : views.contains("acl") && views.contains("owner") ? ACL : NONE;
        }
    }

    /** Uses (creating it if needed) {@code base} as the private directory; fails if another user owns it. */
    public PrivateDirectory(Path base) throws IOException {
        this.base = base.toAbsolutePath().normalize();
        this.protection = Protection.of(FileSystems.getDefault().supportedFileAttributeViews());
        this.aclUser = protection == Protection.ACL ? aclUser(this.base.getParent()) : null;
        secureDirectory(this.base);
    }

    /** This user's: {@link #userBase()}. */
    public static synchronized PrivateDirectory forUser() throws IOException {
        if (forUser == null) {
            forUser = new PrivateDirectory(userBase());
        }
        return forUser;
    }

    /** Where this user's private directory is: {@code <java.io.tmpdir>/proclab-<user name>}. */
    public static Path userBase() {
        return userBase(Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name", "user"));
    }

    /** {@code <tmpdir>/proclab-<user>}, the user's name reduced to characters safe in a file name. */
    public static Path userBase(Path tmpdir, String user) {
        return tmpdir.resolve("proclab-" + user.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    public Path path() {
        return base;
    }

    /** {@code <base>/name}, created private if absent; a link or a file in its place is an error. */
    public Path subdirectory(String name) throws IOException {
        Path dir = child(name);
        secureDirectory(dir);
        return dir;
    }

    /**
     * Creates a new private directory {@code <base>/<prefix><random>} owned by this process: its
     * {@link #OWNER_FILE} is complete before the directory appears under its name.
     */
    public Path createOwned(String prefix) throws IOException {
        Path staging = Files.createTempDirectory(base, STAGING + ProcessHandle.current().pid() + "-", privateAttributes());
        try {
            Files.writeString(staging.resolve(OWNER_FILE), Owner.current().toText(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            for (int attempt = 0; ; attempt++) {
                // short: a socket's whole path must fit in about 100 bytes (104 on macOS)
                Path named = child(prefix + HexFormat.of().toHexDigits(RANDOM.nextInt()));
                try {
                    Files.move(staging, named, StandardCopyOption.ATOMIC_MOVE);
                    return named;
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(staging);
            throw e;
        }
    }

    /**
     * Deletes the owned directories named {@code <prefix>...} whose owner has ended (its pid is gone, or
     * now belongs to a process started at another instant), those whose owner file is missing or
     * unreadable, and half-made ones whose maker has ended. Returns how many it removed.
     */
    public int deleteStale(String prefix) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean stale;
                if (name.startsWith(prefix)) {
                    stale = Files.isSymbolicLink(entry) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                            || Owner.of(entry).map(o -> !o.isAlive()).orElse(true);
                } else if (name.startsWith(STAGING)) {
                    stale = !stagingMakerAlive(name);
                } else {
                    continue;
                }
                if (stale && delete(entry)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // an unreadable base: nothing to clean
        }
        return removed;
    }

    /**
     * Deletes {@code path} and, if it is a directory, all it holds, never following a symbolic link (a
     * link is removed, not what it points to). Refuses anything outside the private directory. Returns
     * whether it is gone.
     */
    public boolean delete(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException(path + " is not inside " + base);
        }
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file); // a link is a file here: the link goes, not its target
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        }
        return !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    private Path child(String name) {
        Path p = base.resolve(name).normalize();
        if (!p.getParent().equals(base)) {
            throw new IllegalArgumentException("not a plain name: " + name);
        }
        return p;
    }

    private static boolean stagingMakerAlive(String name) {
        try {
            String pid = name.substring(STAGING.length(), name.indexOf('-', STAGING.length()));
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Creates {@code dir} owner-only, or checks that the one there is a directory of ours and makes it so. */
    private void secureDirectory(Path dir) throws IOException {
        try {
            Files.createDirectory(dir, privateAttributes());
        } catch (FileAlreadyExistsException e) {
            // checked below
        } catch (NoSuchFileException e) {
            Files.createDirectories(dir.getParent());
            secureDirectory(dir);
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a directory (a link or a file is in its place); ProcLab will not use it");
        }
        if (protection == Protection.NONE) {
            return;
        }
        UserPrincipal owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = currentUser(dir.getParent());
        if (me != null && !owner.equals(me)) {
            throw new IOException(dir + " belongs to " + owner.getName() + ", not to you; ProcLab will not use it");
        }
        if (protection == Protection.POSIX) {
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (!view.readAttributes().permissions().equals(OWNER_ONLY)) {
                view.setPermissions(OWNER_ONLY);
            }
        } else {
            UserOnlyAcl.keepPrivate(Files.getFileAttributeView(dir, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS), aclUser);
        }
    }

    /** What a new directory here is made with: owner-only permissions, or the user-only access list. */
    private FileAttribute<?>[] privateAttributes() {
        return switch (protection) {
            case POSIX -> new FileAttribute<?>[] {ownerOnly()};
            case ACL -> new FileAttribute<?>[] {UserOnlyAcl.attribute(aclUser)};
            case NONE -> new FileAttribute<?>[0];
        };
    }

    /**
     * The user the access lists name: the owner Windows gives this process's new files, unless that is a
     * group (an administrator's files may belong to the Administrators group), then the account of
     * {@code user.name}.
     */
    private static UserPrincipal aclUser(Path where) throws IOException {
        UserPrincipal owner = currentUser(where);
        if (owner != null && !(owner instanceof GroupPrincipal)) {
            return owner;
        }
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IOException("cannot tell which account you are, so ProcLab cannot make " + where + " private");
        }
    }

    /** Who this process's new files belong to (user.name may not match the effective user). */
    private static UserPrincipal currentUser(Path where) {
        try {
            Path probe = Files.createTempFile(where, ".proclab-owner-", "");
            try {
                return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    /** The process that made an owned directory: its pid and, where the system tells, its start instant. */
    public record Owner(long pid, Instant start) {
        /** Start instants read twice may differ by rounding; a reused pid starts far later than this. */
        private static final long SAME_START_MILLIS = 1000;

        public static Owner current() {
            ProcessHandle me = ProcessHandle.current();
            return new Owner(me.pid(), me.info().startInstant().orElse(null));
        }

        /** The owner recorded in {@code dir}, if it holds a readable owner file (never through a link). */
        public static Optional<Owner> of(Path dir) {
            Path f = dir.resolve(OWNER_FILE);
            try (var ch = Files.newByteChannel(f, Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                if (ch.size() > 1024) {
                    return Optional.empty();
                }
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) ch.size());
                while (b.hasRemaining() && ch.read(b) >= 0) {
                    // read it all
                }
                return parse(new String(b.array(), 0, b.position(), StandardCharsets.UTF_8));
            } catch (IOException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }

        static Optional<Owner> parse(String text) {
            Long pid = null;
            Instant start = null;
            for (String line : text.split("\n")) {
                try {
                    if (line.startsWith("pid=")) {
                        pid = Long.parseLong(line.substring(4).trim());
                    } else if (line.startsWith("start=") && !line.substring(6).isBlank()) {
                        start = Instant.parse(line.substring(6).trim());
                    }
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
            return pid == null ? Optional.empty() : Optional.of(new Owner(pid, start));
        }

        String toText() {
            return "pid=" + pid + "\nstart=" + (start == null ? "" : start.toString()) + "\n";
        }

        /** Whether this process still runs: same pid and, when both are known, the same start instant. */
        public boolean isAlive() {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) {
                return false;
            }
            Optional<Instant> now = h.get().info().startInstant();
            return start == null || now.isEmpty()
                    || Math.abs(now.get().toEpochMilli() - start.toEpochMilli()) < SAME_START_MILLIS;
        }
    }
}
