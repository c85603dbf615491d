package org.proclab.ui.enumerate;

import java.text.MessageFormat;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.proclab.ui.i18n.I18n;

/**
 * The enumeration view's texts, English (the base bundle); {@code EnumerationTexts_zh} holds the
 * Chinese ones. Kept beside the view so they can be merged into the app's messages files in one move.
 */
public final class EnumerationTexts extends ListResourceBundle {
    private static final String BASE_NAME = EnumerationTexts.class.getName();

    /** The bundle for a locale: Chinese for any zh locale, English otherwise (never the system locale). */
    public static ResourceBundle bundle(Locale l) {
        Locale supported = l != null && "zh".equals(l.getLanguage()) ? I18n.CHINESE : I18n.ENGLISH;
        return ResourceBundle.getBundle(BASE_NAME, supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
    }

    /** A text; a missing key shows as {@code otherwise} (or the key) rather than failing. */
    public static String text(ResourceBundle b, String key, String otherwise, Object... args) {
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return otherwise != null ? otherwise : key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, b.getLocale()).format(args);
    }

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"placeholder", "Run lesson 6 with a few directories. Each version of the job appears here: a bar per"
                    + " directory that grows as its process finds files, and the versions' times side by side."},
            {"version.one-process", "One process"},
            {"version.many-processes", "A process per directory"},
            {"version.pool", "Pool"},
            {"version.batches-of-1000", "Batches of 1,000 paths"},
            {"version.one-per-file", "One message per file"},
            {"processes", "{0,choice,0#processes: \u2014|1#1 process|1<{0} processes}"},
            {"phase.WAITING", "waiting"},
            {"phase.RUNNING", "running"},
            {"phase.FINISHED", "finished"},
            {"lane.worker", "{0} \u00b7 pid {1,number,#}"},
            {"lane.files", "{0,number,integer}"},
            {"lane.unreadable", "{0,number,integer} unreadable"},
            {"lane.none", "no directory yet"},
            {"total", "{0,number,integer} files"},
            {"time", "{0,number,integer} ms"},
            {"time.unknown", "\u2014 ms"},
            {"fastest", "fastest"},
        };
    }
}
