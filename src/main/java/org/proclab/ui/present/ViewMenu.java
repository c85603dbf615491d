package org.proclab.ui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.proclab.ui.i18n.I18n;

/**
 * The View menu: zoom, full screen, presentation mode, high contrast, the panels and the shortcuts
 * help. Each item runs its entry of {@link Shortcuts} and shows that entry's key.
 */
public final class ViewMenu extends Menu {
    private final Shortcuts shortcuts;
    private final I18n i18n;

    public ViewMenu(PresentationModel view, Shortcuts shortcuts, I18n i18n) {
        this.shortcuts = shortcuts;
        this.i18n = i18n;
        setId("menu-view");
        textProperty().bind(i18n.text("menu.view"));

        MenuItem zoomIn = item("zoom-in", "menu.zoomIn");
        MenuItem zoomOut = item("zoom-out", "menu.zoomOut");
        MenuItem zoomReset = item("zoom-reset", "menu.zoomReset");
        // the reset item says how far the window is zoomed now
        zoomReset.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("menu.zoomReset", view.zoomPercent()),
                view.zoomProperty(), i18n.localeProperty()));
        zoomIn.disableProperty().bind(view.zoomProperty().greaterThanOrEqualTo(PresentationModel.MAX_ZOOM));
        zoomOut.disableProperty().bind(view.zoomProperty().lessThanOrEqualTo(PresentationModel.MIN_ZOOM));

        CheckMenuItem full = check("full-screen", "menu.fullScreen", view.fullScreenProperty());
        CheckMenuItem presenting = check("presentation", "menu.presentation", view.presentingProperty());
        CheckMenuItem contrast = check("high-contrast", "menu.highContrast",
                Bindings.createBooleanBinding(() -> view.themeProperty().get() == Theme.HIGH_CONTRAST, view.themeProperty()));

        getItems().addAll(zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), full, presenting, contrast,
                new SeparatorMenuItem());
        for (Panel p : Panel.values()) {
            getItems().add(check("panel-" + p.id(), "menu.panel." + p.id(), view.shownProperty(p)));
        }
        getItems().addAll(new SeparatorMenuItem(), item("help", "menu.shortcuts"));
    }

    private MenuItem item(String shortcut, String key) {
        return wire(new MenuItem(), shortcut, key);
    }

    /** A check item that shows the model's state; choosing it toggles that state through the shortcut. */
    private CheckMenuItem check(String shortcut, String key, ObservableValue<Boolean> state) {
        CheckMenuItem c = wire(new CheckMenuItem(), shortcut, key);
        state.addListener((o, a, b) -> c.setSelected(b));
        c.setSelected(state.getValue());
        c.setOnAction(e -> {
            shortcuts.find(shortcut).orElseThrow().action().run();
            c.setSelected(state.getValue());
        });
        return c;
    }

    private <T extends MenuItem> T wire(T m, String shortcut, String key) {
        Shortcut s = shortcuts.find(shortcut).orElseThrow();
        m.setId("menu-" + shortcut);
        m.textProperty().bind(i18n.text(key));
        m.setAccelerator(s.keys().get(0));
        m.setOnAction(e -> s.action().run());
        return m;
    }
}
