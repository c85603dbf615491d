package org.proclab.ui.playground;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.proclab.playground.Problem;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.source.CodeMarker;
import org.proclab.ui.source.MarkedLines;
import org.proclab.ui.source.MarkerGutter;

/**
 * The playground's Java editor (RichTextFX's {@link CodeArea}: undo and redo, selection, the usual keys):
 * Java's colours ({@link JavaSyntax}), and left of each line its number and the same process pills as the
 * lesson's source view, from the same {@link org.proclab.ui.source.CodeMarkersModel} (bind
 * {@link #markersProperty()} as the source view's is bound). The last compile's problems are underlined
 * ({@code .compile-error}, {@code .compile-warning}) until the text changes; {@link #goToLine} puts the caret
 * on a line and shows it. As in the source view, a line a process stands on is tinted in its colour
 * ({@code .marked-line}), a line a process waits on for its turn more strongly ({@code .pending-line}), and
 * {@link org.proclab.ui.source.SourcePane} points at the processes scrolled out of sight. Styled in
 * {@code styles/playground.css} and {@code styles/code-markers.css}.
 */
public final class ProgramEditor extends CodeArea implements MarkedLines {
    private static final double GUTTER_WIDTH = 60;
    private final ObjectProperty<List<CodeMarker>> markers = new SimpleObjectProperty<>(this, "markers", List.of());
    private final ObjectProperty<Map<Integer, Integer>> pendingLines =
            new SimpleObjectProperty<>(this, "pendingLines", Map.of());
    private final ReadOnlyIntegerWrapper firstVisibleLine = new ReadOnlyIntegerWrapper(this, "firstVisibleLine", 0);
    private final ReadOnlyIntegerWrapper lastVisibleLine = new ReadOnlyIntegerWrapper(this, "lastVisibleLine", 0);
    private Map<Integer, List<CodeMarker>> markersByLine = Map.of();
    private Map<Integer, List<String>> tinted = Map.of(); // paragraph -> its tint's style classes
    private boolean scrollFollowed; // a reading of the lines in view is on its way
    private final ObservableList<Problem> problems;

    /**
     * Counts the times a process moved to another line. The gutters on screen follow it, each redrawing only its
     * own line's pills: drawn anew for every move (the graphic factory reset), the 30-odd gutters in sight were
     * made and styled from scratch several times a second while 100 children started.
     */
    private final IntegerProperty markersMoved = new SimpleIntegerProperty();
    private static final String FOLLOWS_MARKERS = "proclab-follows-markers";

    public ProgramEditor(ObservableList<Problem> problems) {
        this.problems = problems;
        getStyleClass().add("program-editor");
        getStylesheets().add(ProgramEditor.class.getResource("/styles/code-markers.css").toExternalForm()); // the pills
        getStylesheets().add(PALETTE); // each process's colour for the tinted lines
        setId("program-editor");
        textProperty().addListener((o, a, b) -> colour(false)); // an edit moves lines: the underlines go until the next compile
        problems.addListener((ListChangeListener<Problem>) c -> colour(true));
        markers.addListener((o, a, m) -> {
            Map<Integer, List<CodeMarker>> byLine = new HashMap<>();
            for (CodeMarker k : m == null ? List.<CodeMarker>of() : m) {
                byLine.computeIfAbsent(k.line(), x -> new ArrayList<>()).add(k);
            }
            if (byLine.equals(markersByLine)) {
                return; // nobody moved to another line: the gutters stay as they are
            }
            markersByLine = byLine;
            markersMoved.set(markersMoved.get() + 1); // each gutter on screen redraws its pills if its line's changed
            tint();
        });
        pendingLines.addListener(o -> tint());
        textProperty().addListener((o, a, b) -> tint()); // an edit may add or remove lines under a tint
        setParagraphGraphicFactory(this::gutter);
        // read once the flow has laid its lines out, never from inside its layout (a blank editor in the window said so)
        InvalidationListener visible = o -> {
            if (!scrollFollowed) {
                scrollFollowed = true;
                javafx.application.Platform.runLater(this::followScrolling);
            }
        };
        estimatedScrollYProperty().addListener(visible);
        heightProperty().addListener(visible);
        textProperty().addListener(visible);
    }

    /** Each of the palette's colours as {@code -proc-color} under a class {@code proc-N}, for the tinted lines. */
    private static final String PALETTE = paletteStylesheet();

    private static String paletteStylesheet() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < ProcessPalette.size(); i++) {
            css.append(".program-editor .paragraph-text.proc-").append(i)
                    .append(" { -proc-color: ").append(ProcessPalette.web(ProcessPalette.color(i))).append("; }\n");
        }
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Tints the lines processes stand or wait on, and only those (a paragraph's style is redrawn only when it changes). */
    private void tint() {
        Map<Integer, List<String>> now = new HashMap<>();
        int lines = getParagraphs().size();
        java.util.Set<Integer> candidates = new java.util.HashSet<>(markersByLine.keySet());
        candidates.addAll(pendingLines.get().keySet());
        for (int line : candidates) {
            int colour = MarkerGutter.lineColour(line, pendingLines.get(), markersAt(line));
            if (line >= 1 && line <= lines && colour >= 0) {
                String kind = pendingLines.get().containsKey(line) ? "pending-line" : "marked-line";
                now.put(line - 1, List.of(kind, "proc-" + colour % ProcessPalette.size()));
            }
        }
        // an edit carries a paragraph's tint along with its text: every tinted paragraph is checked, not only the known ones
        for (int p = 0; p < lines; p++) {
            List<String> classes = now.getOrDefault(p, List.of());
            if (!new ArrayList<>(getParagraph(p).getParagraphStyle()).equals(classes)) {
                setParagraphStyle(p, classes);
            }
        }
        tinted = now;
    }

    /** The style classes of a line's tint (from 1): {@code marked-line} or {@code pending-line}, and its colour; or none. */
    public List<String> tintOf(int line) {
        return tinted.getOrDefault(line - 1, List.of());
    }

    private void followScrolling() {
        scrollFollowed = false;
        if (getVisibleParagraphs().isEmpty()) {
            firstVisibleLine.set(0);
            lastVisibleLine.set(0);
            return;
        }
        firstVisibleLine.set(firstVisibleParToAllParIndex() + 1);
        lastVisibleLine.set(lastVisibleParToAllParIndex() + 1);
    }

    /** Line numbers (from 1) where a process waits for its turn, each with that process's colour index. */
    public ObjectProperty<Map<Integer, Integer>> pendingLinesProperty() {
        return pendingLines;
    }

    @Override
    public ReadOnlyIntegerProperty firstVisibleLineProperty() {
        return firstVisibleLine.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty lastVisibleLineProperty() {
        return lastVisibleLine.getReadOnlyProperty();
    }

    @Override
    public void showLine(int line) {
        if (line >= 1 && line <= getParagraphs().size()) {
            showParagraphAtTop(Math.max(0, line - 4));
        }
    }

    /** Replaces the whole text (another program): its history starts here, so undo cannot bring the last one back. */
    public void show(String text) {
        replaceText(text);
        getUndoManager().forgetHistory();
        moveTo(0);
        requestFollowCaret();
    }

    /** The processes to mark, each on its line. */
    @Override
    public ObjectProperty<List<CodeMarker>> markersProperty() {
        return markers;
    }

    /** The processes standing on a line (from 1), in START order. */
    public List<CodeMarker> markersAt(int line) {
        return markersByLine.getOrDefault(line, List.of());
    }

    /** Puts the caret at the start of a line (from 1), scrolls it into view and takes the focus. */
    public void goToLine(int line) {
        int p = Math.max(0, Math.min(getParagraphs().size() - 1, line - 1));
        moveTo(p, 0);
        reveal(p + 1);
        requestFocus();
    }

    /** Scrolls a line (from 1) into view, unless it is already on screen; the caret stays where it is. */
    public void reveal(int line) {
        if (line <= 0 || line > getParagraphs().size()) {
            return;
        }
        int p = line - 1;
        // a line only half in sight at an edge counts as out of sight: it comes to the middle, with its context
        if (getVisibleParagraphs().isEmpty() || p <= firstVisibleParToAllParIndex() || p >= lastVisibleParToAllParIndex()) {
            showParagraphAtCenter(p);
        }
    }

    /**
     * Selects the next occurrence of {@code what} after the caret (from the top again at the end), ignoring
     * case; false when there is none.
     */
    public boolean find(String what) {
        if (what == null || what.isEmpty()) {
            return false;
        }
        String text = getText().toLowerCase(Locale.ROOT);
        String w = what.toLowerCase(Locale.ROOT);
        int from = getSelection().getLength() > 0 ? getSelection().getStart() + 1 : getCaretPosition();
        int at = text.indexOf(w, Math.min(from, text.length()));
        if (at < 0) {
            at = text.indexOf(w);
        }
        if (at < 0) {
            return false;
        }
        selectRange(at, at + w.length());
        requestFollowCaret();
        return true;
    }

    private void colour(boolean withProblems) {
        String text = getText();
        StyleSpans<Collection<String>> spans = JavaSyntax.highlight(text);
        if (withProblems) {
            for (Problem p : problems) {
                int start = p.start();
                int end = p.end();
                if (start < 0 && p.line() > 0 && p.line() <= getParagraphs().size()) { // a whole line, when javac gives no span
                    start = getAbsolutePosition((int) p.line() - 1, 0);
                    end = start + getParagraph((int) p.line() - 1).length();
                }
                if (start > 0 && (start >= text.length() || text.charAt(start) == '\n')) {
                    start--; // "';' expected" points past the line's end: underline its last character
                    end = start + 1;
                }
                if (start >= 0 && start < text.length()) {
                    end = Math.max(start + 1, Math.min(end, text.length()));
                    spans = JavaSyntax.add(spans, start, end, p.isError() ? "compile-error" : "compile-warning");
                }
            }
        }
        setStyleSpans(0, spans);
    }

    /** A line's number, and left of it a gutter of a fixed width with its processes' pills. */
    private Node gutter(int paragraph) {
        int line = paragraph + 1;
        HBox pills = MarkerGutter.create(GUTTER_WIDTH);
        MarkerGutter.fill(pills, markersAt(line));
        ChangeListener<Number> follow = (o, a, b) -> MarkerGutter.fill(pills, markersAt(line));
        pills.getProperties().put(FOLLOWS_MARKERS, follow); // the gutter holds it: a gutter gone is not kept
        markersMoved.addListener(new WeakChangeListener<>(follow));
        Label number = new Label(Integer.toString(line));
        number.getStyleClass().add("line-number");
        number.setMinWidth(24);
        number.setAlignment(Pos.CENTER_RIGHT);
        HBox box = new HBox(4, pills, number);
        box.getStyleClass().add("editor-gutter");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The style classes of the character at {@code position} (its colour, an underline). */
    public Collection<String> stylesAt(int position) {
        return getStyleOfChar(position);
    }
}
