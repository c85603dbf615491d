package org.proclab.ui.lessons;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.proclab.lesson.Text;
import org.proclab.ui.i18n.I18n;

/**
 * The directories a lesson such as lesson 6 runs on, below its summary: a heading with Add… (a directory
 * chooser) and Remove, and the list, two rows high (it scrolls). Shown only while such a lesson is selected; the list is the lesson's own.
 */
final class DirectoriesBox extends VBox {
    private final LessonsViewModel vm;
    private final I18n i18n;

    DirectoriesBox(LessonsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("directories-box");
        getStyleClass().add("directories-box");

        Label title = new Label();
        title.textProperty().bind(i18n.text("directories.heading"));
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);

        ListView<Path> list = new ListView<>(vm.directoriesProperty());
        list.setId("directories-list");
        list.getStyleClass().add("directories-list");
        list.setCellFactory(v -> new DirectoryCell());
        Label none = new Label();
        none.textProperty().bind(i18n.text("directories.none"));
        none.setWrapText(true);
        none.getStyleClass().add("directories-placeholder");
        list.setPlaceholder(none);

        Button add = new Button();
        add.setId("directories-add");
        add.textProperty().bind(i18n.text("directories.add"));
        add.setOnAction(e -> choose());
        Button remove = new Button();
        remove.setId("directories-remove");
        remove.textProperty().bind(i18n.text("directories.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeDirectory(list.getSelectionModel().getSelectedItem()));
        // the buttons share the heading's row: at 1280 x 800 lesson 6's column has no height to spare
        HBox heading = new HBox(6, title, add, remove);
        heading.getStyleClass().add("directories-heading");
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);

        VBox body = new VBox(list);
        body.getStyleClass().add("directories-body");
        getChildren().addAll(heading, body);
        visibleProperty().bind(vm.takesDirectoriesProperty());
        managedProperty().bind(visibleProperty());
    }

    /** Asks for a directory with the system's chooser, titled with the lesson's hint in the UI's language. */
    private void choose() {
        LessonEntry e = vm.getSelected();
        if (e == null) {
            return;
        }
        Text hint = e.lesson().argsHint();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(hint != null ? hint.in(i18n.getLocale()) : i18n.get("directories.heading"));
        // directories to compare are usually siblings: start beside the last one chosen
        if (!vm.directoriesProperty().isEmpty()) {
            Path parent = vm.directoriesProperty().get(vm.directoriesProperty().size() - 1).getParent();
            if (parent != null && Files.isDirectory(parent)) {
                chooser.setInitialDirectory(parent.toFile());
            }
        }
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            vm.addDirectory(dir.toPath());
        }
    }

    /** A path, cut at its start when too long (its end says most), whole in a tooltip. */
    private static final class DirectoryCell extends ListCell<Path> {
        DirectoryCell() {
            setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            setPrefWidth(0); // as wide as the list, not the path: cut, rather than a horizontal scroll bar
        }

        @Override
        protected void updateItem(Path p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.toString());
            setTooltip(empty || p == null ? null : new Tooltip(p.toString()));
        }
    }
}
