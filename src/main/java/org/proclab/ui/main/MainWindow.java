package org.proclab.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.proclab.ui.console.ConsoleTabs;
import org.proclab.ui.control.ProcessTreeView;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonPane;
import org.proclab.ui.source.SourceView;

/**
 * The main window's content: lessons on the left; the live process tree beside the program's source in
 * the middle; the consoles below; a status bar at the bottom. It only binds to {@link MainViewModel}.
 */
public final class MainWindow extends BorderPane {
    private static final String STYLESHEET = "/styles/app.css";

    private final LessonPane lessonPane;
    private final ProcessTreeView tree;
    private final ConsoleTabs consoles;

    public MainWindow(MainViewModel vm, Runnable quit) {
        I18n i18n = vm.i18n();
        setId("main-window");
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());

        lessonPane = new LessonPane(vm.lessons(), i18n);
        tree = new ProcessTreeView(vm.runModel().processes());
        tree.setId("process-tree");
        tree.resourcesProperty().bind(i18n.bundleProperty());
        consoles = new ConsoleTabs(vm.runModel(), i18n);
        consoles.setId("consoles");
        tree.selectedPidProperty().addListener((o, a, pid) -> consoles.select(pid));

        ScrollPane treeScroll = new ScrollPane(tree);
        treeScroll.setFitToWidth(true);
        treeScroll.setFitToHeight(true);
        treeScroll.getStyleClass().add("tree-scroll");
        VBox treeBox = titled(i18n, "tree.heading", treeScroll);
        treeBox.setId("tree-pane");

        SourceView source = new SourceView(vm.lessons().sourceProperty(), i18n);
        source.setId("source-view");
        Label sourceTitle = title(i18n, "source.heading");
        sourceTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.lessons().sourceProperty().get().fileName().isEmpty()
                        ? i18n.get("source.heading")
                        : i18n.get("source.headingFile", vm.lessons().sourceProperty().get().fileName()),
                vm.lessons().sourceProperty(), i18n.localeProperty()));
        VBox sourceBox = new VBox(sourceTitle, source);
        VBox.setVgrow(source, Priority.ALWAYS);
        sourceBox.setId("source-pane");

        SplitPane treeAndSource = new SplitPane(treeBox, sourceBox);
        treeAndSource.setDividerPositions(0.55);
        SplitPane centre = new SplitPane(treeAndSource, consoles);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.58);
        SplitPane all = new SplitPane(lessonPane, centre);
        all.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(lessonPane, false);

        setTop(new VBox(new AppMenu(i18n, quit), new MainToolbar(vm)));
        setCenter(all);
        setBottom(new StatusBar(vm.runModel(), i18n));

        i18n.localeProperty().addListener((o, a, b) -> useFontsFor(i18n));
        useFontsFor(i18n);
    }

    /** Chinese needs a CJK font named outright on Linux (see {@link CjkFonts}). */
    private void useFontsFor(I18n i18n) {
        CjkFonts.stylesheet().ifPresent(css -> {
            getStylesheets().remove(css);
            if (I18n.CHINESE.equals(i18n.getLocale())) {
                getStylesheets().add(css);
            }
        });
    }

    private static VBox titled(I18n i18n, String key, javafx.scene.Node content) {
        VBox box = new VBox(title(i18n, key), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Label title(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add("pane-title");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    public LessonPane lessonPane() {
        return lessonPane;
    }

    public ProcessTreeView processTree() {
        return tree;
    }

    public ConsoleTabs consoles() {
        return consoles;
    }
}
