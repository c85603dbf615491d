package org.proclab.ui.playground;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.proclab.playground.Problem;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.source.SourcePane;

/**
 * The playground in the source column: New, Open, Save, Compile and Find over the editor, a sentence on how
 * the last compile went (or that this Java cannot compile), and the problems, each with its line; a click on
 * one puts the caret on its line; the arguments the program's {@code main} gets, on a line of their own. The
 * processes scrolled out of sight are pointed at along the editor's edges ({@link SourcePane}, as in the lesson's
 * source). It only binds to {@link PlaygroundViewModel} and hands the rest to the window's actions (Run is the
 * window's, as for a lesson). Ctrl+S saves, Ctrl+F finds, F7 compiles.
 */
public final class PlaygroundPane extends VBox {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** What the pane asks of the window: replacing the program may need a question first. */
    public interface Actions {
        void newProgram();

        /** Runs {@code then} once unsaved edits may go (at once, or after asking). */
        void whenProgramMayGo(Runnable then);

        void open(Path file);

        void backToLesson();
    }

    private final PlaygroundViewModel vm;
    private final I18n i18n;
    private final ProgramEditor editor;
    private final ListView<Problem> problemList = new ListView<>();
    private final TextField findField = new TextField();
    private final TextField argumentsField = new TextField();
    private final Label status = new Label();
    private java.util.function.Function<FileChooser, File> openDialog = c -> c.showOpenDialog(getScene().getWindow());
    private java.util.function.Function<FileChooser, File> saveDialog = c -> c.showSaveDialog(getScene().getWindow());

    public PlaygroundPane(PlaygroundViewModel vm, I18n i18n, Actions actions) {
        this.vm = vm;
        this.i18n = i18n;
        setId("playground-pane");
        getStyleClass().add("playground-pane");
        getStylesheets().add(PlaygroundPane.class.getResource("/styles/playground.css").toExternalForm());

        editor = new ProgramEditor(vm.problems());
        vm.loadedProperty().addListener((o, a, p) -> {
            if (p != null) {
                editor.show(p.text());
            }
        });
        if (vm.loadedProperty().get() != null) {
            editor.show(vm.loadedProperty().get().text());
        }
        editor.textProperty().addListener((o, a, t) -> vm.textProperty().set(t));

        Button newButton = button("playground-new", "playground.new", "playground.newTip", actions::newProgram);
        Button open = button("playground-open", "playground.open", "playground.openTip",
                () -> actions.whenProgramMayGo(() -> chooseAndOpen(actions)));
        Button save = button("playground-save", "playground.save", "playground.saveTip", this::save);
        Button saveAs = button("playground-save-as", "playground.saveAs", "playground.saveAsTip", this::saveAs);
        Button compile = button("playground-compile", "playground.compile", "playground.compileTip", () -> vm.compileInBackground(c -> { }));
        compile.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.compilerAvailable() || vm.compilingProperty().get(), vm.compilingProperty()));
        findField.setId("playground-find");
        findField.setPrefColumnCount(9);
        findField.promptTextProperty().bind(i18n.text("playground.find"));
        findField.setOnAction(e -> {
            boolean found = editor.find(findField.getText());
            findField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-found"), !found);
        });
        Button back = button("playground-back", "playground.back", "playground.backTip", actions::backToLesson);
        // wraps onto a second row in a narrow column rather than hiding buttons behind an overflow arrow
        FlowPane bar = new FlowPane(4, 4, newButton, open, save, saveAs, compile, findField, back);
        bar.getStyleClass().add("playground-toolbar");

        status.setId("playground-status");
        status.getStyleClass().add("playground-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-compiler"), !vm.compilerAvailable());

        problemList.setId("problem-list");
        problemList.getStyleClass().add("problem-list");
        problemList.setItems(vm.problems());
        problemList.setCellFactory(v -> new ProblemCell());
        problemList.setFixedCellSize(24);
        // as tall as its problems, up to four rows: the editor keeps the room
        problemList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(4, Math.max(1, vm.problems().size())) * 24.0 + 4, vm.problems()));
        problemList.setMinHeight(28);
        problemList.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problemList.managedProperty().bind(problemList.visibleProperty());
        problemList.setOnMouseClicked(e -> goToChosen());
        problemList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goToChosen();
            }
        });
        i18n.localeProperty().addListener((o, a, l) -> problemList.refresh());
        // the first error comes into view (not the focus: the student may be typing elsewhere)
        vm.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> vm.problems().stream()
                .filter(p -> p.isError() && p.line() > 0).findFirst()
                .ifPresent(p -> editor.reveal((int) p.line())));

        VirtualizedScrollPane<ProgramEditor> scroll = new VirtualizedScrollPane<>(editor);
        SourcePane editorPane = new SourcePane(editor, scroll, i18n);
        editorPane.setId("editor-pane");
        VBox.setVgrow(editorPane, Priority.ALWAYS);
        getChildren().addAll(bar, argumentsRow(), editorPane, status, problemList);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
                e.consume();
            } else if (FIND.match(e)) {
                findField.requestFocus();
                findField.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.F7 && vm.compilerAvailable()) {
                vm.compileInBackground(c -> { });
                e.consume();
            }
        });
    }

    /** "Arguments: [...]": what main(String[] args) gets, as after -- on the command line. */
    private javafx.scene.Node argumentsRow() {
        Label label = new Label();
        label.textProperty().bind(i18n.text("playground.arguments"));
        label.setMinWidth(Label.USE_PREF_SIZE);
        argumentsField.setId("playground-arguments");
        argumentsField.promptTextProperty().bind(i18n.text("playground.argumentsPrompt"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("playground.argumentsTip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        argumentsField.setTooltip(tip);
        argumentsField.textProperty().bindBidirectional(vm.argumentsProperty());
        label.setLabelFor(argumentsField);
        javafx.scene.layout.HBox.setHgrow(argumentsField, Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, label, argumentsField);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("playground-arguments");
        return row;
    }

    public TextField argumentsField() {
        return argumentsField;
    }

    private Button button(String id, String key, String tipKey, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void goToChosen() {
        Problem p = problemList.getSelectionModel().getSelectedItem();
        if (p != null && p.line() > 0) {
            editor.goToLine((int) p.line());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(titleKey));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("playground.javaFiles"), "*.java"));
        Path p = vm.pathProperty().get();
        if (p != null && p.getParent() != null) {
            c.setInitialDirectory(p.getParent().toFile());
        }
        c.setInitialFileName(vm.fileNameProperty().get());
        return c;
    }

    private void chooseAndOpen(Actions actions) {
        File f = openDialog.apply(chooser("playground.openTitle"));
        if (f != null) {
            actions.open(f.toPath());
        }
    }

    /** Saves to the file it came from; a program not yet saved asks where. */
    public void save() {
        Path p = vm.pathProperty().get();
        if (p == null) {
            saveAs();
        } else {
            vm.saveTo(p);
        }
    }

    private void saveAs() {
        File f = saveDialog.apply(chooser("playground.saveTitle"));
        if (f != null) {
            Path p = f.toPath();
            vm.saveTo(p.getFileName().toString().endsWith(".java") ? p : p.resolveSibling(p.getFileName() + ".java"));
        }
    }

    /** For tests: what the Open and Save dialogs answer, instead of the native dialogs. */
    public void setDialogs(java.util.function.Function<FileChooser, File> open, java.util.function.Function<FileChooser, File> save) {
        openDialog = open;
        saveDialog = save;
    }

    public ProgramEditor editor() {
        return editor;
    }

    public ListView<Problem> problemList() {
        return problemList;
    }

    /** A problem as "Line 4: message", the hint under it, an error or a warning by its style class. */
    private final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || p == null) {
                setText(null);
                return;
            }
            Locale l = i18n.getLocale();
            String where = p.line() > 0 ? i18n.get(p.isError() ? "playground.errorAt" : "playground.warningAt", p.line())
                    : i18n.get(p.isError() ? "playground.error" : "playground.warning");
            setText(where + " " + p.text(l));
            getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
        }
    }
}
