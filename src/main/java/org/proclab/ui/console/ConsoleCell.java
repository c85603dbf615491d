package org.proclab.ui.console;

import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.DeadlockStory;
import org.proclab.ui.timeline.EventText;
import org.proclab.ui.model.ConsoleLine;

/**
 * One console line, in its process's colour; in the All console it starts with the process's name and
 * pid. The stream is a pseudo-class (:stderr :jvm :exit :kernel) so CSS can mark it.
 */
final class ConsoleCell extends ListCell<ConsoleLine> {
    private static final PseudoClass[] STREAMS = {
        PseudoClass.getPseudoClass("stdout"), PseudoClass.getPseudoClass("stderr"),
        PseudoClass.getPseudoClass("jvm"), PseudoClass.getPseudoClass("exit"), PseudoClass.getPseudoClass("kernel"),
        PseudoClass.getPseudoClass("elided")};

    private final Label prefix = new Label();
    private final boolean showPrefix;
    private final I18n i18n;
    private final javafx.beans.value.ObservableValue<DeadlockStory> deadlock;

    ConsoleCell(boolean showPrefix, I18n i18n, javafx.beans.value.ObservableValue<DeadlockStory> deadlock) {
        this.showPrefix = showPrefix;
        this.i18n = i18n;
        this.deadlock = deadlock;
        getStyleClass().add("console-cell");
        prefix.getStyleClass().add("console-prefix");
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(8);
    }

    @Override
    protected void updateItem(ConsoleLine line, boolean empty) {
        super.updateItem(line, empty);
        for (PseudoClass pc : STREAMS) {
            pseudoClassStateChanged(pc, !empty && line != null && pc == STREAMS[line.stream().ordinal()]);
        }
        if (empty || line == null) {
            setText(null);
            setGraphic(null);
            ProcessPalette.mark(this, null);
            return;
        }
        ProcessPalette.mark(this, line.colorIndex()); // a pseudo-class: an inline style restyled the line from scratch
        setText(textOf(line));
        if (showPrefix) {
            prefix.setText(line.pid() == 0 ? line.name() : line.name() + " " + line.pid());
            setGraphic(prefix);
        } else {
            setGraphic(null);
        }
    }

    private String textOf(ConsoleLine line) {
        return switch (line.stream()) {
            case EXIT -> {
                String how = EventText.how(line.text(), i18n.bundleProperty().get());
                yield line.exitCode() == null
                        ? i18n.get("console.endedUnknown", how)
                        : i18n.get("console.ended", how, Integer.toString(line.exitCode()));
            }
            case STDERR -> line.text();
            case JVM -> i18n.get("console.jvm", line.text());
            case KERNEL -> { // the deadlock's line is told from the folds, in the UI language
                DeadlockStory story = deadlock.getValue();
                yield story != null && story.seq() == line.seq() ? story.textWithLead(i18n.getBundle()) : line.text();
            }
            case ELIDED -> i18n.get("console.elided", line.text());
            default -> line.text();
        };
    }
}
