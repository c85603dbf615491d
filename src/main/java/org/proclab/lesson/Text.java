package org.proclab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/** A text in several languages, keyed by language tag ("en", "zh"); English is the fallback. */
public record Text(Map<String, String> byLanguage) {
    @JsonCreator
    public Text {
        byLanguage = Map.copyOf(byLanguage);
    }

    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    public String in(Locale locale) {
        String s = byLanguage.get(locale.getLanguage());
        return s != null ? s : en();
    }

    public String en() {
        return byLanguage.getOrDefault("en", "");
    }

    public static Text of(String en) {
        return new Text(Map.of("en", en));
    }
}
