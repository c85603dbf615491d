package org.proclab.i18n;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two message files say the same things: every key in both, with the same arguments. */
@Tag("unit")
class MessagesTest {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    /** A file as written (a bundle would also answer, in Chinese, the English keys the file lacks). */
    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyKey_isInBothLanguages() throws IOException {
        Set<String> en = file("messages.properties").stringPropertyNames();
        Set<String> zh = file("messages_zh.properties").stringPropertyNames();
        Set<String> onlyEnglish = new TreeSet<>(en);
        onlyEnglish.removeAll(zh);
        Set<String> onlyChinese = new TreeSet<>(zh);
        onlyChinese.removeAll(en);
        assertEquals(Set.of(), onlyEnglish, "keys with no Chinese text");
        assertEquals(Set.of(), onlyChinese, "keys with no English text");
    }

    @Test
    void everyText_takesTheSameArguments_inBothLanguages() throws IOException {
        Properties en = file("messages.properties");
        Properties zh = file("messages_zh.properties");
        List<String> differ = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            String other = zh.getProperty(k, "");
            if (!args(en.getProperty(k)).equals(args(other))) {
                differ.add(k + ": " + args(en.getProperty(k)) + " vs " + args(other));
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void everyTextWithArguments_isAValidPattern() {
        for (Locale l : Messages.SUPPORTED) {
            ResourceBundle b = Messages.bundle(l);
            for (String k : b.keySet()) {
                String p = b.getString(k);
                if (ARG.matcher(p).find()) {
                    new MessageFormat(p, l); // throws on a broken pattern
                }
            }
        }
    }

    @Test
    void bundle_isChineseForAnyChinese_andEnglishOtherwise() {
        ResourceBundle zh = Messages.bundle(Locale.forLanguageTag("zh-TW"));
        assertEquals("已结束：SIGTERM", Messages.text(zh, "lane.endedHow", "SIGTERM"));
        assertEquals("no.such.key", Messages.text(zh, "no.such.key"), "a missing key shows as itself");
        assertEquals("ended: SIGTERM", Messages.text(Messages.bundle(Locale.GERMAN), "lane.endedHow", "SIGTERM"));
    }

    private static Set<String> args(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
