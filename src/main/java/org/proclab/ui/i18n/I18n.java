package org.proclab.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.proclab.i18n.Messages;

/**
 * The UI's texts in the chosen language (from {@link Messages}, the one place every text comes from).
 * Views bind to {@link #text}, so switching the language relabels the whole window without rebuilding it.
 */
public final class I18n {
    public static final Locale ENGLISH = Messages.ENGLISH;
    public static final Locale CHINESE = Messages.CHINESE;
    public static final List<Locale> SUPPORTED = Messages.SUPPORTED;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final ObjectBinding<ResourceBundle> bundle = Bindings.createObjectBinding(() -> bundle(getLocale()), locale);

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** English or Chinese, whichever is nearer the system's locale. */
    public static Locale systemDefault() {
        return supported(Locale.getDefault());
    }

    static Locale supported(Locale l) {
        return Messages.supported(l);
    }

    /** The bundle for a locale; never falls back to the system locale (English is the base file). */
    public static ResourceBundle bundle(Locale l) {
        return Messages.bundle(l);
    }

    /** A text from a bundle; a missing key shows as itself rather than failing. */
    public static String text(ResourceBundle b, String key, Object... args) {
        return Messages.text(b, key, args);
    }

    public String get(String key, Object... args) {
        return text(bundle.get(), key, args);
    }

    /** A text that follows the language switch. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), bundle);
    }

    /** A text whose arguments change too. */
    public StringBinding textOf(String key, ObservableValue<?>... args) {
        Object[] deps = new Object[args.length + 1];
        System.arraycopy(args, 0, deps, 0, args.length);
        deps[args.length] = bundle;
        return Bindings.createStringBinding(() -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].getValue();
            }
            return get(key, values);
        }, java.util.Arrays.copyOf(deps, deps.length, javafx.beans.Observable[].class));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(supported(l));
    }

    public ObjectBinding<ResourceBundle> bundleProperty() {
        return bundle;
    }

    public ResourceBundle getBundle() {
        return bundle.get();
    }
}
