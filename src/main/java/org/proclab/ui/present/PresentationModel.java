package org.proclab.ui.present;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the main window is shown, apart from what it shows: zoom, theme, full screen, which panels are
 * visible, the shortcuts help, and presentation mode, which is full screen without the lesson list and the
 * consoles (the diagram gets the room; Ctrl+3 brings the consoles back), zoomed so that the screen holds
 * what a 1280-pixel-wide window holds (150 % on a 1920 × 1080 projector, 100 % on a 1280 × 800 one), and
 * gives back the previous state when left. Plain observable state; it never touches nodes.
 */
public final class PresentationModel {
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 2.0;
    public static final double ZOOM_STEP = 0.1;
    public static final double PRESENTATION_ZOOM = 1.5;
    /** The width the main window's layout is made for: presentation mode zooms a wider screen to it. */
    public static final double DESIGN_WIDTH = 1280;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final BooleanProperty helpShown = new SimpleBooleanProperty(this, "helpShown");
    private final Map<Panel, BooleanProperty> shown = new EnumMap<>(Panel.class);
    private Before before; // what presentation mode changed, to give it back
    private java.util.function.DoubleSupplier screenWidth = () -> PRESENTATION_ZOOM * DESIGN_WIDTH;

    private record Before(boolean fullScreen, double zoom, boolean lessons, boolean consoles) {}

    public PresentationModel() {
        for (Panel p : Panel.values()) {
            shown.put(p, new SimpleBooleanProperty(this, p.id() + "Shown", true));
        }
        // leaving full screen (Esc, the window manager) ends presentation mode too
        fullScreen.addListener((o, was, now) -> {
            if (!now && presenting.get()) {
                before = new Before(false, before.zoom(), before.lessons(), before.consoles());
                leavePresentation();
            }
        });
    }

    /** Sets the zoom, kept between 50 % and 200 % and rounded to whole percents. */
    public void setZoom(double z) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        zoom.set(Math.round(clamped * 100) / 100.0);
    }

    public void zoomIn() {
        setZoom(getZoom() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(getZoom() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1.0);
    }

    public double getZoom() {
        return zoom.get();
    }

    /** The zoom, 1.0 for 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The zoom in whole percents, for texts. */
    public int zoomPercent() {
        return (int) Math.round(getZoom() * 100);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggleHighContrast() {
        theme.set(theme.get() == Theme.HIGH_CONTRAST ? Theme.LIGHT : Theme.HIGH_CONTRAST);
    }

    /** Whether the stage should be full screen; the stage also writes back here (Esc leaves full screen). */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** Where presentation mode will show: the width of the screen the window is on. */
    public void setScreenWidth(java.util.function.DoubleSupplier width) {
        this.screenWidth = width;
    }

    /** The zoom presentation mode uses on a screen this wide: as much as keeps 1280 pixels' room, 100 % to 150 %. */
    public static double presentationZoom(double screenWidth) {
        double z = Math.max(1.0, Math.min(PRESENTATION_ZOOM, screenWidth / DESIGN_WIDTH));
        return Math.floor(z * 20) / 20; // in steps of 5 %
    }

    /** Full screen, zoomed for the screen (or more, if already larger), no lesson list and no consoles (the narration stays). */
    public void enterPresentation() {
        if (presenting.get()) {
            return;
        }
        before = new Before(fullScreen.get(), getZoom(), shown.get(Panel.LESSONS).get(), shown.get(Panel.CONSOLES).get());
        fullScreen.set(true);
        setZoom(Math.max(presentationZoom(screenWidth.getAsDouble()), getZoom()));
        shown.get(Panel.LESSONS).set(false);
        shown.get(Panel.CONSOLES).set(false);
        presenting.set(true);
    }

    /** Gives back the full screen, zoom, lesson list and consoles from before presentation mode. */
    public void leavePresentation() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false); // first: giving back full screen below must not leave twice
        fullScreen.set(before.fullScreen());
        setZoom(before.zoom());
        shown.get(Panel.LESSONS).set(before.lessons());
        shown.get(Panel.CONSOLES).set(before.consoles());
    }

    public void togglePresentation() {
        if (presenting.get()) {
            leavePresentation();
        } else {
            enterPresentation();
        }
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether a panel is on screen. */
    public BooleanProperty shownProperty(Panel p) {
        return shown.get(p);
    }

    public void togglePanel(Panel p) {
        shown.get(p).set(!shown.get(p).get());
    }

    /** The shortcuts help over the window. */
    public BooleanProperty helpShownProperty() {
        return helpShown;
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }
}
