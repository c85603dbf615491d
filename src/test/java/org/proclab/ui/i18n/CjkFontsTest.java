package org.proclab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.ui.UiSnapshots;
import org.testfx.framework.junit5.ApplicationExtension;

/** The bundled CJK font: it has every character of ProcLab's Chinese texts, and the app uses it when no CJK font is installed. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CjkFontsTest {
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private static boolean cjk(int c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /** Every CJK character in the translations, the lesson files and the Java sources (the *_zh texts). */
    private static Set<Integer> shippedChinese() throws Exception {
        Set<Integer> out = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("resources")), Files.walk(Path.of("src/main/java")))) {
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(properties|json|java)")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Matcher m = ESCAPE.matcher(text);
                text = m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
                text.codePoints().filter(CjkFontsTest::cjk).forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void bundledFont_hasEveryChineseCharacterProcLabShips() throws Exception {
        Set<Integer> used = shippedChinese();
        assertTrue(used.size() > 300, "the translations were found: " + used.size());
        for (String file : new String[] {"/fonts/ProcLabCJK-Regular.otf", "/fonts/ProcLabCJK-Bold.otf"}) {
            java.awt.Font font;
            try (InputStream in = CjkFonts.class.getResourceAsStream(file)) {
                font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            }
            StringBuilder missing = new StringBuilder();
            used.stream().filter(c -> !font.canDisplay(c)).forEach(missing::appendCodePoint);
            assertEquals("", missing.toString(), file + " lacks these: run python3 tools/subset-cjk-font.py");
        }
    }

    @Test
    void withNoCjkFontInstalled_theBundledOneIsNamed() throws Exception {
        String css = UiSnapshots.onFx(() -> CjkFonts.build(Set.of("DejaVu Sans")).orElseThrow());
        String decoded = new String(Base64.getDecoder().decode(css.substring(css.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(decoded.contains("-fx-font-family: \"" + CjkFonts.BUNDLED + "\""), decoded);

        VBox box = UiSnapshots.onFx(() -> {
            Text regular = new Text("进程、管道、队列、锁与共享值：每个句柄都看得见。");
            regular.setFont(Font.font(CjkFonts.BUNDLED, 22));
            Text bold = new Text("死锁：没有任何进程能够继续");
            bold.setFont(Font.font(CjkFonts.BUNDLED, FontWeight.BOLD, 22));
            VBox b = new VBox(8, regular, bold);
            b.setStyle("-fx-padding: 12; -fx-background-color: white;");
            new Scene(b);
            return b;
        });
        assertEquals(CjkFonts.BUNDLED, UiSnapshots.onFx(() -> ((Text) box.getChildren().get(0)).getFont().getFamily()));
        UiSnapshots.save(box, "cjk-bundled-font");
    }
}
