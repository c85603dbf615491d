package org.proclab.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text ProcLab shows a person, in English or Simplified Chinese, from one pair of files:
 * {@code resources/i18n/messages.properties} and {@code messages_zh.properties}. The app's views (through
 * {@code ui.i18n.I18n}, which follows the Language menu) and the command line read them here. Needs no
 * JavaFX, so the command line can use it too.
 */
public final class Messages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
    private static final String BASE_NAME = "i18n.messages";

    private Messages() {}

    /** English or Chinese, whichever is nearer {@code l}: Chinese for any zh locale. */
    public static Locale supported(Locale l) {
        return l != null && "zh".equals(l.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The bundle for a locale; never falls back to the system locale (English is the base file). */
    public static ResourceBundle bundle(Locale l) {
        return ResourceBundle.getBundle(BASE_NAME, supported(l),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * A text from a bundle, formatted with MessageFormat when there are arguments; a missing key shows as
     * itself rather than failing.
     */
    public static String text(ResourceBundle b, String key, Object... args) {
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, b.getLocale()).format(args);
    }

    /** Whether the bundle has a text for {@code key}. */
    public static boolean has(ResourceBundle b, String key) {
        return b.containsKey(key);
    }
}
