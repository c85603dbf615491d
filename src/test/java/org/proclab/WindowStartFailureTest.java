package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.i18n.Messages;

@Tag("unit")
class WindowStartFailureTest {
    private static final ResourceBundle EN = Messages.bundle(Locale.ENGLISH);
    private static final ResourceBundle ZH = Messages.bundle(Locale.SIMPLIFIED_CHINESE);

    @Test
    void noDisplay_saysSoAndHowToStartItAnyway_inBothLanguages() {
        String en = WindowStartFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY"), EN).orElseThrow();
        assertTrue(en.startsWith("ProcLab cannot open its window: there is no display to draw on"), en);
        assertTrue(en.contains("xvfb-run -a java -jar proclab.jar") && en.contains("proclab run --lesson pipe"), en);
        String zh = WindowStartFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY"), ZH).orElseThrow();
        assertTrue(zh.startsWith("ProcLab 无法打开窗口"), zh);
    }

    @Test
    void noGtk_namesThePackageToInstall_evenWhenItIsTheCause() {
        RuntimeException wrapped = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        String en = WindowStartFailure.explain(wrapped, EN).orElseThrow();
        assertTrue(en.contains("no GTK 3 library") && en.contains("sudo apt-get install libgtk-3-0"), en);
    }

    @Test
    void anyOtherFailure_isNotExplainedAway() {
        assertEquals(Optional.empty(), WindowStartFailure.explain(new IllegalStateException("a bug of ours"), EN));
    }
}
