package org.proclab.ui;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.proclab.i18n.Messages;

/**
 * What the app remembers between starts, in {@link java.util.prefs} (per user): the window's bounds, the
 * lesson (and variant) last chosen, the language, the zoom and whether the Python twin is shown. A value never saved, or one that does not
 * make sense any more, reads as absent, so the app falls back to its defaults.
 */
public final class AppPrefs {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String LESSON = "lesson";
    private static final String VARIANT = "variant";
    private static final String LANGUAGE = "language";
    private static final String ZOOM = "zoom";
    private static final String PYTHON_TWIN = "pythonTwin";

    private final Preferences node;

    /** The app's own node, under the user's preferences. */
    public static AppPrefs forUser() {
        return new AppPrefs(Preferences.userRoot().node("org/proclab/app"));
    }

    /** On any node (tests use a private one). */
    public AppPrefs(Preferences node) {
        this.node = node;
    }

    /** The window's bounds last time, or null. */
    public Rectangle2D window() {
        double w = node.getDouble(WIDTH, -1);
        double h = node.getDouble(HEIGHT, -1);
        if (w <= 0 || h <= 0) {
            return null;
        }
        return new Rectangle2D(node.getDouble(X, 0), node.getDouble(Y, 0), w, h);
    }

    public void setWindow(Rectangle2D r) {
        node.putDouble(X, r.getMinX());
        node.putDouble(Y, r.getMinY());
        node.putDouble(WIDTH, r.getWidth());
        node.putDouble(HEIGHT, r.getHeight());
    }

    /** The lesson last chosen, or null. */
    public String lesson() {
        return node.get(LESSON, null);
    }

    /** Its variant, or null for the lesson itself. */
    public String variant() {
        return node.get(VARIANT, null);
    }

    public void setLesson(String lesson, String variant) {
        if (lesson == null) {
            node.remove(LESSON);
        } else {
            node.put(LESSON, lesson);
        }
        if (variant == null) {
            node.remove(VARIANT);
        } else {
            node.put(VARIANT, variant);
        }
    }

    /** The language last chosen (English or Chinese), or null. */
    public Locale language() {
        String tag = node.get(LANGUAGE, null);
        return tag == null ? null : Messages.supported(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale l) {
        node.put(LANGUAGE, Messages.supported(l).toLanguageTag());
    }

    /** The zoom last set (1.0 is 100 %), or {@code otherwise}. */
    public double zoom(double otherwise) {
        double z = node.getDouble(ZOOM, otherwise);
        return z > 0 ? z : otherwise;
    }

    public void setZoom(double z) {
        node.putDouble(ZOOM, z);
    }

    /** Whether the source pane shows the program's Python twin (off until the user turns it on). */
    public boolean pythonTwin() {
        return node.getBoolean(PYTHON_TWIN, false);
    }

    public void setPythonTwin(boolean shown) {
        node.putBoolean(PYTHON_TWIN, shown);
    }

    /**
     * The arguments given to each of the student's own programs, in a node of their own: a key is the program's path
     * (or its name), shortened to a digest when it is longer than a preference key may be.
     */
    public org.proclab.ui.playground.PlaygroundViewModel.ArgumentsMemory programArguments() {
        Preferences args = node.node("programArguments");
        return new org.proclab.ui.playground.PlaygroundViewModel.ArgumentsMemory() {
            @Override
            public String get(String program) {
                return args.get(key(program), null);
            }

            @Override
            public void put(String program, String line) {
                if (line == null || line.isBlank()) {
                    args.remove(key(program));
                } else if (line.length() <= Preferences.MAX_VALUE_LENGTH) {
                    args.put(key(program), line);
                }
            }
        };
    }

    static String key(String program) {
        if (program.length() <= Preferences.MAX_KEY_LENGTH) {
            return program;
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(program.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Writes what was set to the backing store now; a failure only loses what is remembered. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            System.getLogger(AppPrefs.class.getName()).log(System.Logger.Level.WARNING,
                    "could not save the preferences: " + e.getMessage());
        }
    }
}
