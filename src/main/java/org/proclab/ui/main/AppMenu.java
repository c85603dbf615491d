package org.proclab.ui.main;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.present.PresentationModel;
import org.proclab.ui.present.Shortcuts;
import org.proclab.ui.present.ViewMenu;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.timeline.TraceActions;

/**
 * File (Open trace, Save trace, Export Chrome trace, Export view as PNG, Quit), View (zoom, full screen,
 * presentation mode, high contrast, panels, shortcuts) and Language (English, 简体中文).
 */
final class AppMenu extends MenuBar {
    AppMenu(I18n i18n, Runnable quit, RunViewModel run, TraceActions traces, PresentationModel view, Shortcuts shortcuts) {
        Menu file = new Menu();
        file.setId("menu-file");
        file.textProperty().bind(i18n.text("menu.file"));
        MenuItem open = item(i18n, "menu-open-trace", "menu.openTrace");
        open.setOnAction(e -> traces.chooseAndOpenTrace(window()));
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> run.getState().busy(), run.stateProperty()).or(traces.busyProperty()));
        MenuItem save = item(i18n, "menu-save-trace", "menu.saveTrace");
        save.setOnAction(e -> traces.chooseAndSaveTrace(window()));
        save.disableProperty().bind(run.eventCountProperty().isEqualTo(0).or(traces.busyProperty()));
        MenuItem chrome = item(i18n, "menu-export-chrome", "menu.exportChrome");
        chrome.setOnAction(e -> traces.chooseAndExportChrome(window()));
        chrome.disableProperty().bind(run.eventCountProperty().isEqualTo(0).or(traces.busyProperty()));
        MenuItem png = item(i18n, "menu-export-png", "menu.exportPng");
        png.setOnAction(e -> traces.chooseAndExportPng(window()));
        png.disableProperty().bind(traces.busyProperty());
        MenuItem quitItem = new MenuItem();
        quitItem.textProperty().bind(i18n.text("menu.quit"));
        quitItem.setOnAction(e -> quit.run());
        file.getItems().addAll(open, save, new SeparatorMenuItem(), chrome, png, new SeparatorMenuItem(), quitItem);

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
        getMenus().addAll(file, new ViewMenu(view, shortcuts, i18n), language);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static MenuItem item(I18n i18n, String id, String key) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(i18n.text(key));
        return m;
    }
}
