package org.proclab.ui.timeline;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.proclab.trace.Event;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.RunViewModel;

/**
 * The timeline under the centre views: a slider over the run's events (0..n-1), the shown event's seq,
 * time, process and what it did, and a Live button. Dragging the slider, or ← → Home End while it has
 * the focus, shows every view as it was at that event; while a run goes on the slider follows the end
 * until it is moved back, and Live returns to the end.
 */
public final class TimelineBar extends VBox {
    private static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");

    private final RunViewModel run;
    private final I18n i18n;
    private final Slider slider = new Slider(0, 0, 0);
    private final Label position = new Label();
    private final Label info = new Label();
    private final Label message = new Label();
    private final Button live = new Button();
    private boolean syncing; // the slider is being moved to match the view model, not by the user
    private boolean seekPending;
    private int requested;

    public TimelineBar(RunViewModel run, I18n i18n, ReadOnlyStringProperty messageText) {
        this.run = run;
        this.i18n = i18n;
        setId("timeline");
        getStyleClass().add("timeline");

        slider.setId("timeline-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setFocusTraversable(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.valueProperty().addListener((o, a, b) -> userMoved(b.doubleValue()));
        slider.disableProperty().bind(run.eventCountProperty().isEqualTo(0));

        position.setId("timeline-position");
        position.getStyleClass().add("timeline-position");

        live.setId("timeline-live");
        live.getStyleClass().add("timeline-live");
        live.textProperty().bind(i18n.text("timeline.live"));
        live.disableProperty().bind(run.followingProperty());
        live.setOnAction(e -> run.followLive());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("timeline.liveTip"));
        live.setTooltip(tip);

        info.setId("timeline-info");
        info.getStyleClass().add("timeline-info");
        info.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(info, Priority.ALWAYS);
        message.setId("timeline-message");
        message.getStyleClass().add("timeline-message");
        message.textProperty().bind(messageText);

        message.setMaxWidth(260);
        message.setMinWidth(0);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(messageText);
        message.setTooltip(messageTip);
        message.visibleProperty().bind(messageText.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Tooltip infoTip = new Tooltip();
        infoTip.textProperty().bind(info.textProperty());
        info.setTooltip(infoTip);

        HBox top = new HBox(8, live, slider, position, message);
        top.getStyleClass().add("timeline-row");
        HBox bottom = new HBox(info);
        bottom.getStyleClass().add("timeline-row");
        getChildren().addAll(top, bottom);

        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        InvalidationListener sync = o -> sync();
        run.shownProperty().addListener(sync);
        run.eventCountProperty().addListener(sync);
        run.followingProperty().addListener(sync);
        i18n.localeProperty().addListener(sync);
        sync();
    }

    /** ← → one event back or forward, Home the first event, End the last (and following again). */
    private void keys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || run.events().isEmpty()) {
            return;
        }
        int k = run.shownProperty().get();
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> run.showAt(Math.max(0, k - 1));
            case RIGHT, KP_RIGHT -> run.showAt(k + 1);
            case HOME -> run.showAt(0);
            case END -> run.followLive();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Dragging folds at most once a pulse, however many values the slider went through. */
    private void userMoved(double value) {
        if (syncing) {
            return;
        }
        requested = (int) Math.round(value);
        run.pauseFollowing(); // at once, so a batch arriving meanwhile does not move the views on
        if (!seekPending) {
            seekPending = true;
            Platform.runLater(() -> {
                seekPending = false;
                run.showAt(requested);
            });
        }
    }

    private void sync() {
        int n = run.events().size();
        int k = run.shownProperty().get();
        syncing = true;
        try {
            slider.setMax(Math.max(0, n - 1));
            if (!seekPending) {
                slider.setValue(Math.max(0, k));
            }
        } finally {
            syncing = false;
        }
        position.setText(n == 0 ? "" : i18n.get("timeline.position", k + 1, n));
        pseudoClassStateChanged(LIVE, run.followingProperty().get() && run.getState().busy());
        if (k < 0 || k >= n) {
            info.setText(i18n.get("timeline.none"));
            return;
        }
        Event e = run.events().get(k);
        String who = EventText.who(e.pid(), run.tree(), i18n.getBundle()) + (e.pid() > 1 ? " " + e.pid() : "");
        info.setText(i18n.get("timeline.event", String.valueOf(e.seq()), EventText.millis(e), who, EventText.describe(e, i18n.getBundle())));
    }

    public Slider slider() {
        return slider;
    }

    /** The shown event as one line. */
    public String infoText() {
        return info.getText();
    }

    public String positionText() {
        return position.getText();
    }
}
