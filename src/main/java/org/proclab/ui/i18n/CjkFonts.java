package org.proclab.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Fonts for Chinese text. On Linux, JavaFX's fallback for its System and Monospaced fonts comes from
 * fontconfig for the JVM's locale, so under an English locale it holds no CJK font and Chinese shows
 * as boxes. When the UI is in Chinese we therefore name an installed CJK family outright, or, where
 * none is installed, ProcLab's own: {@code fonts/ProcLabCJK-*.otf}, a subset of Noto Sans CJK SC with every
 * character of ProcLab's Chinese texts and the 3,755 common ones of GB 2312 ({@code tools/subset-cjk-font.py}).
 */
public final class CjkFonts {
    /** Linux, Windows and macOS families, best first. */
    private static final List<String> SANS = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
            "SimHei", "Droid Sans Fallback");
    private static final List<String> MONO = List.of("Noto Sans Mono CJK SC", "Sarasa Mono SC",
            "WenQuanYi Zen Hei Mono", "WenQuanYi Micro Hei Mono");

    /** The bundled family, used only when no installed one is known. */
    public static final String BUNDLED = "ProcLab CJK";
    private static final List<String> BUNDLED_FILES = List.of("/fonts/ProcLabCJK-Regular.otf", "/fonts/ProcLabCJK-Bold.otf");

    private static volatile Optional<String> stylesheet;

    private CjkFonts() {}

    /**
     * A stylesheet (a data: URL) that sets installed CJK families on the window and on its monospaced
     * parts; empty when no known CJK family is installed.
     */
    public static Optional<String> stylesheet() {
        Optional<String> s = stylesheet;
        if (s == null) {
            s = build(Set.copyOf(Font.getFamilies()));
            stylesheet = s;
        }
        return s;
    }

    static Optional<String> build(Set<String> installed) {
        Optional<String> sans = SANS.stream().filter(installed::contains).findFirst();
        if (sans.isEmpty()) {
            sans = loadBundled();
        }
        if (sans.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> cjkMono = MONO.stream().filter(installed::contains).findFirst();
        String mono = cjkMono.orElse(sans.get());
        // the program's source is the lesson's Java: without a CJK monospaced font it keeps its own, aligned
        String source = cjkMono.isPresent() ? " .source-view .list-cell, .source-view .line-number," : "";
        String css = ".root { -fx-font-family: \"" + sans.get() + "\"; }\n"
                + ".console .list-cell, .console .console-prefix," + source
                + " .process-node .pid, .process-node .ppid, .lesson-problems .problem, .process-node .blocked-marker,"
                + " .pending-list .pending-what, .pending-list .pending-where, .pool-lane .lane-task, .pool-lane .lane-facts,"
                + " .pool-slots .task-chip, .pool-slots .result-call, .gantt-bar, .gantt-mark-label"
                + " { -fx-font-family: \"" + mono + "\"; }\n";
        return Optional.of("data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /** Registers the bundled regular and bold faces with JavaFX; their family, or empty if they cannot be read. */
    static Optional<String> loadBundled() {
        String family = null;
        for (String file : BUNDLED_FILES) {
            try (InputStream in = CjkFonts.class.getResourceAsStream(file)) {
                Font f = in == null ? null : Font.loadFont(in, 12);
                if (f != null && file.endsWith("Regular.otf")) {
                    family = f.getFamily();
                }
            } catch (IOException e) {
                return Optional.empty(); // then Chinese shows as boxes, as before: nothing worse
            }
        }
        return Optional.ofNullable(family);
    }
}
