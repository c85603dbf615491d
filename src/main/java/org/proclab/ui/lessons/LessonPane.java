package org.proclab.ui.lessons;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Lesson;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.NarrationPanel;
import org.proclab.ui.narration.PredictionCard;

/**
 * The left side: above, lessons with their variants and any lesson files that failed to load; below, the
 * chosen one's summary, its narration and prediction card during a run and, for a lesson that runs on
 * directories, the directories to give it.
 */
public final class LessonPane extends VBox {
    private final TreeView<LessonEntry> tree = new TreeView<>(new TreeItem<>());
    private PredictionCard card;
    private boolean showingSelected; // the list is being made to show the view model's choice
    private final SplitPane split;
    private final double listShare;
    private final VBox list;
    private final VBox words;

    public LessonPane(LessonsViewModel vm, I18n i18n) {
        this(vm, i18n, null);
    }

    /** With the lesson's narration and prediction card below the summary (when {@code narration} is not null). */
    public LessonPane(LessonsViewModel vm, I18n i18n, NarrationModel narration) {
        getStyleClass().add("lesson-pane");
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("lessons.heading"));
        heading.getStyleClass().add("pane-title");
        heading.setMaxWidth(Double.MAX_VALUE);

        tree.setId("lesson-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new EntryCell(i18n, tree));
        for (Lesson l : vm.lessons()) {
            TreeItem<LessonEntry> item = new TreeItem<>(new LessonEntry(l, null));
            l.variants().forEach(v -> item.getChildren().add(new TreeItem<>(new LessonEntry(l, v))));
            item.setExpanded(true); // until one is chosen
            tree.getRoot().getChildren().add(item);
        }
        // every lesson in sight: only the chosen lesson shows its variants (the arrows open the others); a pick
        // may be held back (the running lesson asks first): then the list shows the lesson still chosen
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            TreeItem<LessonEntry> lesson = b == null ? null : b.getParent() == tree.getRoot() ? b : b.getParent();
            for (TreeItem<LessonEntry> item : tree.getRoot().getChildren()) {
                item.setExpanded(item == lesson);
            }
            if (!showingSelected && !vm.choose(b == null ? null : b.getValue())) {
                Platform.runLater(() -> showSelected(vm.getSelected()));
            }
        });
        vm.selectedProperty().addListener((o, a, e) -> showSelected(e));
        i18n.localeProperty().addListener((o, a, b) -> tree.refresh());
        // the arrow keys go on from the chosen row (building the tree leaves the focus row elsewhere)
        tree.focusedProperty().addListener((o, was, now) -> {
            int chosen = tree.getSelectionModel().getSelectedIndex();
            if (now && chosen >= 0 && tree.getFocusModel().getFocusedIndex() != chosen) {
                tree.getFocusModel().focus(chosen);
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);

        Label summaryTitle = new Label();
        summaryTitle.getStyleClass().add("summary-title");
        summaryTitle.setWrapText(true);
        summaryTitle.textProperty().bind(Bindings.createStringBinding(
                () -> vm.getSelected() == null ? "" : vm.getSelected().title(i18n.getLocale()),
                vm.selectedProperty(), i18n.localeProperty()));
        Label summary = new Label();
        summary.setId("lesson-summary");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> vm.getSelected() == null ? i18n.get("lessons.pick") : vm.getSelected().summary(i18n.getLocale()),
                vm.selectedProperty(), i18n.localeProperty()));
        VBox summaryBox = new VBox(6, summaryTitle, summary);
        summaryBox.getStyleClass().add("summary-box");
        ScrollPane summaryScroll = new ScrollPane(summaryBox);
        summaryScroll.setFitToWidth(true);
        summaryScroll.getStyleClass().add("summary-scroll");
        summaryScroll.setPrefViewportHeight(190);

        // the list above, the lesson's words below: a split, so the narration never squeezes the list away
        VBox list = new VBox(heading, tree);
        list.getStyleClass().add("lesson-list");
        if (!vm.problems().isEmpty()) {
            list.getChildren().add(problems(vm.problems(), i18n));
        }
        VBox words = new VBox(summaryScroll);
        words.getStyleClass().add("lesson-words");
        VBox.setVgrow(summaryScroll, Priority.ALWAYS);
        if (narration != null) {
            summaryScroll.setPrefViewportHeight(80);
            NarrationPanel panel = new NarrationPanel(narration, i18n);
            PredictionCard card = new PredictionCard(narration, i18n);
            narration.setShown(true);
            card.visibleProperty().bind(narration.predictionProperty().isNotNull());
            card.managedProperty().bind(card.visibleProperty());
            // the summary above shrinks first; then the card's verdict scrolls (its question never does)
            // a run paused for the prediction: the card takes the keys (1-4, Enter)
            narration.pausedAtProperty().addListener((o, a, b) -> {
                if (b != null) {
                    card.requestFocus();
                }
            });
            this.card = card;
            // short of height, the card gives up its verdict's blank lines (down to its minimum) before the
            // directories below are cut
            VBox.setVgrow(card, Priority.SOMETIMES);
            words.getChildren().addAll(panel, card);
        }
        words.getChildren().add(new DirectoriesBox(vm, i18n));
        split = new SplitPane(list, words);
        this.list = list;
        this.words = words;
        split.setOrientation(Orientation.VERTICAL);
        listShare = narration == null ? 0.6 : 0.41; // seven lessons and the open one's variants in sight at 1280x800
        split.setDividerPositions(listShare);
        ListFit fit = ListFit.keep(split, list, tree, listShare); // no blank rows: what the list does not need goes to the words
        i18n.localeProperty().addListener((o, a, b) -> fit.queue()); // titles wrap differently in another language
        split.getStyleClass().add("lesson-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
    }

    /** The lesson list above and the lesson's words below: each may be taken out (presentation mode). */
    public SplitPane split() {
        return split;
    }

    /** The most of the split the list takes (less if the words below would go under their minimum height). */
    public double listShare() {
        return listShare;
    }

    /** The lessons, their variants and any files that failed to load. */
    public VBox listPart() {
        return list;
    }

    /** The chosen lesson's summary, narration, prediction card and directories. */
    public VBox wordsPart() {
        return words;
    }

    /** The prediction card, or null when this pane shows no narration. */
    public PredictionCard predictionCard() {
        return card;
    }

    private static VBox problems(List<String> problems, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("lessons.problems"));
        title.getStyleClass().add("problems-title");
        title.setWrapText(true);
        VBox box = new VBox(4, title);
        box.setId("lesson-problems");
        box.getStyleClass().add("lesson-problems");
        box.setMinHeight(Region.USE_PREF_SIZE); // the tree above shrinks first: a problem must stay readable
        for (String p : problems) {
            Label l = new Label(p);
            l.setWrapText(true);
            l.getStyleClass().add("problem");
            box.getChildren().add(l);
        }
        return box;
    }

    /** The list shows the entry the view model has chosen. */
    private void showSelected(LessonEntry e) {
        TreeItem<LessonEntry> item = itemOf(e);
        if (tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        showingSelected = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
            }
        } finally {
            showingSelected = false;
        }
    }

    private TreeItem<LessonEntry> itemOf(LessonEntry e) {
        for (TreeItem<LessonEntry> item : tree.getRoot().getChildren()) {
            if (item.getValue().equals(e)) {
                return item;
            }
            for (TreeItem<LessonEntry> v : item.getChildren()) {
                if (v.getValue().equals(e)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Selects a lesson (variant null) or one of its variants, as a click in the list does. */
    public void select(String lessonId, String variantId) {
        for (TreeItem<LessonEntry> item : tree.getRoot().getChildren()) {
            if (item.getValue().lesson().id().equals(lessonId)) {
                TreeItem<LessonEntry> pick = item;
                for (TreeItem<LessonEntry> v : item.getChildren()) {
                    if (variantId != null && variantId.equals(v.getValue().variant().id())) {
                        pick = v;
                    }
                }
                tree.getSelectionModel().select(pick);
            }
        }
    }

    public TreeView<LessonEntry> tree() {
        return tree;
    }

    /** A lesson's row: its whole title, wrapped to the list's width rather than cut or scrolled sideways. */
    private static final class EntryCell extends TreeCell<LessonEntry> {
        private final I18n i18n;

        EntryCell(I18n i18n, TreeView<LessonEntry> tree) {
            this.i18n = i18n;
            setWrapText(true);
            // no wider than the list: the flow then has nothing to scroll sideways, and the text wraps
            setPrefWidth(0);
            maxWidthProperty().bind(tree.widthProperty().subtract(20));
        }

        @Override
        protected void updateItem(LessonEntry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("lesson", "variant");
            if (empty || e == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(e.title(i18n.getLocale()));
                setTooltip(null);
                getStyleClass().add(e.variant() == null ? "lesson" : "variant");
            }
        }
    }
}
