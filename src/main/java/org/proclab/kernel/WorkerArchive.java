package org.proclab.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.proclab.worker.ArchiveTraining;
import org.proclab.worker.JavaExecutable;

/**
 * A class-data-sharing archive of the worker's classes, so worker JVMs start faster: the first run with
 * ProcLab's jar creates it in the background (once per jar and JDK), later runs use it. Only possible when
 * ProcLab's classes come from a jar (the JVM refuses class directories in an archive); otherwise, as in
 * development, workers simply start without it. {@code PROCLAB_CDS=off} turns it off.
 */
final class WorkerArchive {
    private static final Object LOCK = new Object();
    private static boolean building;

    private WorkerArchive() {}

    /**
     * The flags that make a worker use the archive, or none if there is no archive (yet). The archive is made
     * with {@code classpath} (ProcLab's jar and the libraries after it, JNA): every worker's class path begins
     * with it, as an archive requires, and JNA's classes land in it.
     */
    static List<String> flags(String proclabClasspath, String classpath, String baseFlags) {
        Path jar = Path.of(proclabClasspath);
        if (!possible(jar, System.getProperty("os.name"), System.getenv("PROCLAB_CDS"))) {
            return List.of();
        }
        try {
            Path archive = archivePath(jar, cacheDir());
            List<String> flags = using(archive);
            if (flags.isEmpty()) {
                buildInBackground(jar, classpath, archive, baseFlags);
            }
            return flags;
        } catch (IOException | NoSuchAlgorithmException e) {
            return List.of(); // no archive: workers start a little slower
        }
    }

    /**
     * Whether workers can have an archive: only when ProcLab's classes come from a jar (not a folder of
     * classes), not on Windows, and unless {@code PROCLAB_CDS} is {@code off}.
     */
    static boolean possible(Path proclabJar, String osName, String cdsSetting) {
        return Files.isRegularFile(proclabJar) && !osName.startsWith("Windows") && !"off".equals(cdsSetting);
    }

    /** The flags that make a worker use {@code archive}, or none while it is not there (yet). */
    static List<String> using(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        // -Xlog:disable keeps archive notices out of the processes' output
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable");
    }

    /**
     * Archives of earlier builds are useless now: a build changes the jar, and so the archive's name. An
     * archive another app is still writing ({@code worker-….jsa.<pid>.tmp}) is left to it while that process
     * lives: deleting it would make that build fail. One whose writer has gone is removed.
     */
    static void removeOthers(Path keep) throws IOException {
        try (var files = Files.list(keep.getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!f.equals(keep) && name.startsWith("worker-") && !beingWritten(name)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Where process {@code pid} writes {@code archive} before moving it into place: its pid in the name. */
    static Path beingWrittenPath(Path archive, long pid) {
        return archive.resolveSibling(archive.getFileName() + "." + pid + WRITING);
    }

    private static final String WRITING = ".tmp";

    /** Whether {@code name} is an archive a live process is writing ({@link #beingWrittenPath}). */
    static boolean beingWritten(String name) {
        if (!name.endsWith(WRITING)) {
            return false;
        }
        String[] parts = name.split("\\.");
        try {
            long pid = Long.parseLong(parts[parts.length - 2]);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false; // not one of ours: an old leftover
        }
    }

    /** The archive for this jar and this JDK in {@code cacheDir}: another jar (or the same one rebuilt) or JDK, another name. */
    static Path archivePath(Path jar, Path cacheDir) throws IOException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        String key = System.getProperty("java.home") + "|" + System.getProperty("java.vm.version") + "|"
                + jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
        String hash = HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        return cacheDir.resolve("worker-" + hash + ".jsa");
    }

    /** This user's folder for what workers start faster with (the archive, JNA's native part): private to the user. */
    static Path cacheDir() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "proclab-cds-" + System.getProperty("user.name"));
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return dir;
    }

    private static void buildInBackground(Path jar, String classpath, Path archive, String baseFlags) {
        synchronized (LOCK) {
            if (building) {
                return;
            }
            building = true;
        }
        Thread t = new Thread(() -> {
            try {
                Path tmp = beingWrittenPath(archive, ProcessHandle.current().pid());
                List<String> cmd = new ArrayList<>();
                cmd.add(JavaExecutable.current().toString());
                cmd.addAll(List.of(baseFlags.trim().split("\\s+")));
                cmd.add("-XX:ArchiveClassesAtExit=" + tmp);
                cmd.add("-Xlog:disable");
                cmd.addAll(List.of("-cp", classpath, ArchiveTraining.class.getName()));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(tmp)) {
                    Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE);
                    removeOthers(archive);
                } else {
                    p.destroyForcibly();
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException | InterruptedException e) {
                // leave it: the next run tries again
            } finally {
                synchronized (LOCK) {
                    building = false;
                }
            }
        }, "proclab-cds-archive");
        t.setDaemon(true);
        t.start();
    }

}
