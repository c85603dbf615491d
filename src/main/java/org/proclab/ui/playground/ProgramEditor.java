package org.proclab.ui.playground;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.proclab.playground.Problem;
import org.proclab.ui.source.CodeMarker;
import org.proclab.ui.source.SourceView;

/**
 * The playground's Java editor (RichTextFX's {@link CodeArea}: undo and redo, selection, the usual keys):
 * Java's colours ({@link JavaSyntax}), and left of each line its number and the same process pills as the
 * lesson's source view, from the same {@link org.proclab.ui.source.CodeMarkersModel} (bind
 * {@link #markersProperty()} as the source view's is bound). The last compile's problems are underlined
 * ({@code .compile-error}, {@code .compile-warning}) until the text changes; {@link #goToLine} puts the caret
 * on a line and shows it. Styled in {@code styles/playground.css}.
 */
public final class ProgramEditor extends CodeArea {
    private static final double GUTTER_WIDTH = 60;
    private final ObjectProperty<List<CodeMarker>> markers = new SimpleObjectProperty<>(this, "markers", List.of());
    private Map<Integer, List<CodeMarker>> markersByLine = Map.of();
    private final ObservableList<Problem> problems;

    public ProgramEditor(ObservableList<Problem> problems) {
        this.problems = problems;
        getStyleClass().add("program-editor");
        getStylesheets().add(ProgramEditor.class.getResource("/styles/code-markers.css").toExternalForm()); // the pills
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
            setParagraphGraphicFactory(null); // drawn again, with the pills where they are now
            setParagraphGraphicFactory(this::gutter);
        });
        setParagraphGraphicFactory(this::gutter);
    }

    /** Replaces the whole text (another program): its history starts here, so undo cannot bring the last one back. */
    public void show(String text) {
        replaceText(text);
        getUndoManager().forgetHistory();
        moveTo(0);
        requestFollowCaret();
    }

    /** The processes to mark, each on its line. */
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
        List<CodeMarker> here = markersAt(line);
        HBox pills = new HBox(2);
        pills.getStyleClass().add("marker-gutter");
        pills.setAlignment(Pos.CENTER_LEFT);
        pills.setMinWidth(GUTTER_WIDTH);
        pills.setPrefWidth(GUTTER_WIDTH);
        pills.setMaxWidth(GUTTER_WIDTH);
        boolean compact = here.size() > 1;
        here.stream().limit(2).forEach(m -> pills.getChildren().add(SourceView.pill(m, compact)));
        if (here.size() > 2) {
            Label more = new Label("+" + (here.size() - 2));
            more.getStyleClass().add("more-markers");
            pills.getChildren().add(more);
        }
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
