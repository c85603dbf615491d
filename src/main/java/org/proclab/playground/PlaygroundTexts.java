package org.proclab.playground;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.proclab.lesson.Text;

/** The playground's own sentences, from the message files, in both languages at once (no JavaFX). */
final class PlaygroundTexts {
    private static final String BASE_NAME = "i18n.messages";

    private PlaygroundTexts() {}

    static Text text(String key, Object... args) {
        return new Text(Map.of("en", format(Locale.ENGLISH, key, args), "zh", format(Locale.SIMPLIFIED_CHINESE, key, args)));
    }

    private static String format(Locale l, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BASE_NAME, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(b.getString(key), l).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
