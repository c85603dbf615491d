package org.proclab.ui.source;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;

/**
 * The source files of a program of several (lesson 6's main class and its helper classes), one button each, the
 * shown one pressed; beside a file's name a dot in the colour of each process that is in it now, so the student
 * sees where to look. A click shows that file, through {@code choose}. Wraps onto more rows in a narrow column.
 */
public final class SourceFileBar extends FlowPane {
    private final ToggleGroup group = new ToggleGroup();

    public SourceFileBar(ObservableValue<List<ProgramSource>> sources, ObservableValue<ProgramSource> shown,
                         ObservableValue<Map<String, List<CodeMarker>>> processesByFile, Consumer<String> choose, I18n i18n) {
        super(4, 3);
        setId("source-files");
        getStyleClass().add("source-files");
        InvalidationListener draw = o -> draw(sources.getValue(), shown.getValue(), processesByFile.getValue(), choose, i18n);
        sources.addListener(draw);
        shown.addListener(draw);
        processesByFile.addListener(draw);
        i18n.localeProperty().addListener(draw);
        draw.invalidated(null);
    }

    private void draw(List<ProgramSource> sources, ProgramSource shown, Map<String, List<CodeMarker>> byFile,
                      Consumer<String> choose, I18n i18n) {
        getChildren().clear();
        group.getToggles().clear();
        for (ProgramSource s : sources == null ? List.<ProgramSource>of() : sources) {
            ToggleButton b = new ToggleButton(s.fileName());
            b.setId("source-file-" + s.fileName().replace('.', '-'));
            b.getStyleClass().add("source-file");
            b.setToggleGroup(group);
            b.setSelected(shown != null && s.fileName().equals(shown.fileName()));
            List<CodeMarker> here = byFile == null ? List.of() : byFile.getOrDefault(s.fileName(), List.of());
            if (!here.isEmpty()) {
                javafx.scene.layout.HBox dots = new javafx.scene.layout.HBox(2);
                dots.setAlignment(javafx.geometry.Pos.CENTER);
                for (CodeMarker m : here) {
                    Circle dot = new Circle(4, ProcessPalette.color(m.colorIndex()));
                    dot.getStyleClass().add("process-dot");
                    dots.getChildren().add(dot);
                }
                b.setGraphic(dots);
                b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                b.setTooltip(new Tooltip(i18n.get("source.fileHas", s.fileName(),
                        String.join(", ", here.stream().map(CodeMarker::name).toList()))));
            } else {
                b.setTooltip(new Tooltip(i18n.get("source.fileShow", s.fileName())));
            }
            b.setOnAction(e -> {
                b.setSelected(true); // a pressed button stays pressed: one file is always shown
                choose.accept(s.fileName());
            });
            getChildren().add(b);
        }
    }

    /** The file buttons, in order (for tests). */
    public List<ToggleButton> buttons() {
        return getChildren().stream().map(ToggleButton.class::cast).toList();
    }
}
