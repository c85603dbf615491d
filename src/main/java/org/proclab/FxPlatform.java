package org.proclab;

import java.util.Locale;
import java.util.Optional;

/**
 * The systems whose JavaFX jars ship under {@code lib/}, named by the classifier Maven gives those jars
 * ({@code javafx-graphics-21.0.11-win.jar}). JavaFX's classes are the same everywhere; its native code
 * (windowing, graphics, fonts) is per system, so only the running system's jars may be on the class path.
 */
enum FxPlatform {
    LINUX("linux", "Linux (x64)"),
    WINDOWS("win", "Windows (x64)"),
    MAC("mac", "macOS (Intel)"),
    MAC_AARCH64("mac-aarch64", "macOS (Apple silicon)");

    private final String classifier;
    private final String label;

    FxPlatform(String classifier, String label) {
        this.classifier = classifier;
        this.label = label;
    }

    String classifier() {
        return classifier;
    }

    String label() {
        return label;
    }

    /** This machine's, from {@code os.name} and {@code os.arch}. */
    static Optional<FxPlatform> current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The platform for an {@code os.name} and {@code os.arch}; empty for a system ProcLab ships no JavaFX for. */
    static Optional<FxPlatform> of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("windows")) {
            return x64 ? Optional.of(WINDOWS) : Optional.empty();
        }
        if (os.startsWith("mac os x") || os.startsWith("macos") || os.startsWith("darwin")) {
            return x64 ? Optional.of(MAC) : arm64 ? Optional.of(MAC_AARCH64) : Optional.empty();
        }
        if (os.startsWith("linux")) {
            return x64 ? Optional.of(LINUX) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The systems ProcLab's jar can open its window on, for a message. */
    static String supported() {
        StringBuilder b = new StringBuilder();
        for (FxPlatform p : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.label);
        }
        return b.toString();
    }

    /**
     * The platform a JavaFX jar of Maven's naming ({@code javafx-<module>-<version>-<classifier>.jar}) is
     * built for; empty for another jar, for JavaFX's empty placeholder jars (no classifier) and for a
     * system not listed here.
     */
    static Optional<FxPlatform> ofJar(String fileName) {
        if (!fileName.startsWith("javafx-") || !fileName.endsWith(".jar")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - ".jar".length());
        for (FxPlatform p : values()) {
            if (stem.endsWith("-" + p.classifier)) {
                return Optional.of(p);
            }
        }
        return Optional.empty(); // a placeholder, or a system ProcLab does not ship (linux-aarch64)
    }

    /** Whether a file in {@code lib/} is JavaFX at all (any platform's, or a placeholder). */
    static boolean isFx(String fileName) {
        return fileName.startsWith("javafx-") && fileName.endsWith(".jar");
    }
}
