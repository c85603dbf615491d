package org.proclab.ui.main;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.proclab.ui.i18n.I18n;

/** File (Quit) and Language (English, 简体中文). */
final class AppMenu extends MenuBar {
    AppMenu(I18n i18n, Runnable quit) {
        Menu file = new Menu();
        file.textProperty().bind(i18n.text("menu.file"));
        MenuItem quitItem = new MenuItem();
        quitItem.textProperty().bind(i18n.text("menu.quit"));
        quitItem.setOnAction(e -> quit.run());
        file.getItems().add(quitItem);

        Menu language = new Menu();
        language.setId("menu-language");
        language.textProperty().bind(i18n.text("menu.language"));
        ToggleGroup group = new ToggleGroup();
        for (Locale l : I18n.SUPPORTED) {
            // each language is named in itself, so a user who cannot read the current one still finds theirs
            RadioMenuItem item = new RadioMenuItem(I18n.bundle(l).getString("language.self"));
            item.setId("lang-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(l.equals(i18n.getLocale()));
            item.setOnAction(e -> i18n.setLocale(l));
            language.getItems().add(item);
        }
        i18n.localeProperty().addListener((o, a, b) -> group.getToggles().forEach(
                t -> t.setSelected(((RadioMenuItem) t).getId().equals("lang-" + b.getLanguage()))));
        getMenus().addAll(file, language);
    }
}
