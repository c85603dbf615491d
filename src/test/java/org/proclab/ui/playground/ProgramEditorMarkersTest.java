package org.proclab.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.playground.Problem;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.source.CodeMarker;
import org.proclab.ui.source.SourcePane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor marks processes as the lesson's source view does: tinted lines, and pointers to those out of sight. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProgramEditorMarkersTest {
    private ProgramEditor editor;
    private SourcePane pane;

    @Start
    void start(Stage stage) {
        editor = new ProgramEditor(FXCollections.<Problem>observableArrayList());
        editor.show(IntStream.rangeClosed(1, 60).mapToObj(i -> "System.out.println(" + i + ");").collect(Collectors.joining("\n")));
        pane = new SourcePane(editor, new VirtualizedScrollPane<>(editor), new I18n(I18n.ENGLISH));
        pane.getStylesheets().add(ProgramEditor.class.getResource("/styles/playground.css").toExternalForm());
        stage.setScene(new Scene(pane, 520, 300));
        stage.show();
    }

    @Test
    void processBelowTheView_pointedAtAtTheBottom_clickScrollsThere_andItsWaitingLineIsTinted() {
        UiSnapshots.onFx(() -> {
            editor.markersProperty().set(List.of(new CodeMarker(11, "child", 1, 3), new CodeMarker(12, "MainProcess", 0, 50)));
            editor.pendingLinesProperty().set(Map.of(50, 0)); // MainProcess waits for its turn on line 50
            editor.showParagraphAtTop(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.lastVisibleLineProperty().get() < 50, "line 50 is out of sight: " + editor.lastVisibleLineProperty().get());
        assertNull(UiSnapshots.onFx(() -> pane.lookup("#off-screen-11")), "the child's line 3 is in sight");
        Label down = UiSnapshots.onFx(() -> (Label) pane.lookup("#off-screen-12"));
        assertNotNull(down, "MainProcess below the view is pointed at");
        assertEquals("\u25BC MainProcess \u00B7 line 50", down.getText());
        assertEquals(List.of("marked-line", "proc-1"), editor.tintOf(3), "the child's line, in its colour");
        assertEquals(List.of("pending-line", "proc-0"), editor.tintOf(50), "a waiting line is tinted as waiting");
        assertEquals(List.of(), editor.tintOf(4));
        UiSnapshots.save(pane, "editor-markers-off-screen");

        new FxRobot().clickOn(down);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.firstVisibleLineProperty().get() <= 50 && editor.lastVisibleLineProperty().get() >= 50,
                "scrolled to line 50: " + editor.firstVisibleLineProperty().get() + ".." + editor.lastVisibleLineProperty().get());
        assertNull(UiSnapshots.onFx(() -> pane.lookup("#off-screen-12")), "in sight now: no pointer");
        Label up = UiSnapshots.onFx(() -> (Label) pane.lookup("#off-screen-11"));
        assertNotNull(up, "now the child, above, is pointed at");
        // the waiting line is drawn in MainProcess's colour, lightened, as in the source view
        Region line50 = UiSnapshots.onFx(() -> (Region) editor.lookupAll(".paragraph-text.pending-line").iterator().next());
        Color fill = UiSnapshots.onFx(() -> (Color) line50.getBackground().getFills().get(0).getFill());
        assertEquals(ProcessPalette.color(0).getHue(), fill.getHue(), 2.0, "its hue: " + fill);
        assertTrue(fill.getBrightness() > 0.8, "light enough to read code over: " + fill);
        UiSnapshots.save(pane, "editor-markers-pending");
    }

    @Test
    void processMovingFromLineToLine_itsPillIsDrawnWhereItIsNow() {
        for (int line : new int[] {2, 9, 20}) {
            UiSnapshots.onFx(() -> {
                editor.markersProperty().set(List.of(new CodeMarker(11, "consumer", 1, line), new CodeMarker(12, "MainProcess", 0, 45)));
                return null;
            });
        }
        UiSnapshots.onFx(() -> {
            editor.showParagraphInViewport(19);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(UiSnapshots.onFx(() -> editor.lookup("#marker-11")), "the pill on line 20");
        assertEquals(List.of("marked-line", "proc-1"), editor.tintOf(20));
        assertEquals(List.of(), editor.tintOf(9));
    }

    @Test
    void edit_movesNoStaleTint_markersGone_tintGone() {
        UiSnapshots.onFx(() -> {
            editor.markersProperty().set(List.of(new CodeMarker(11, "child", 1, 5)));
            return null;
        });
        assertEquals(List.of("marked-line", "proc-1"), editor.tintOf(5));
        UiSnapshots.onFx(() -> {
            editor.insertText(0, "// a new first line\n"); // line 5's text moves to line 6, with its paragraph style
            editor.markersProperty().set(List.of());
            return null;
        });
        for (int line = 1; line <= editor.getParagraphs().size(); line++) {
            int l = line;
            assertTrue(UiSnapshots.onFx(() -> editor.getParagraph(l - 1).getParagraphStyle().isEmpty()), "line " + line + " untinted");
        }
    }

    /** Drawn anew whenever any process moved, the gutters in sight were made and styled several times a second. */
    @Test
    void aProcessMoves_theOtherLinesKeepTheirPills_itsOwnMoveWithIt() {
        UiSnapshots.onFx(() -> {
            editor.showParagraphAtTop(0);
            editor.markersProperty().set(List.of(new CodeMarker(11, "child", 1, 3), new CodeMarker(12, "MainProcess", 0, 5)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node child = UiSnapshots.onFx(() -> editor.lookup("#marker-11"));
        assertNotNull(child);
        UiSnapshots.onFx(() -> {
            editor.markersProperty().set(List.of(new CodeMarker(11, "child", 1, 3), new CodeMarker(12, "MainProcess", 0, 7)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(child, UiSnapshots.onFx(() -> editor.lookup("#marker-11")), "line 3's pill kept");
        Node main = UiSnapshots.onFx(() -> editor.lookup("#marker-12"));
        assertNotNull(main);
        assertEquals(7, UiSnapshots.onFx(() -> lineOf(main)), "MainProcess's pill on line 7 now");
        assertEquals(List.of("marked-line", "proc-0"), editor.tintOf(7));
        assertEquals(List.of(), editor.tintOf(5));
    }

    /**
     * Children arriving one by one at a line where many stand: the pill stays, the count grows. The editor's gutter
     * is narrow: beside one pill the count has room, beside two it would be cut.
     */
    @Test
    void manyOnOneLine_moreArrive_thePillStays_theCountAndItsTooltipGrow() {
        List<CodeMarker> here = new java.util.ArrayList<>();
        for (long pid = 20; pid < 25; pid++) {
            here.add(new CodeMarker(pid, "child-" + pid, 1, 4));
        }
        UiSnapshots.onFx(() -> {
            editor.showParagraphAtTop(0);
            editor.markersProperty().set(List.copyOf(here));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node first = UiSnapshots.onFx(() -> editor.lookup("#marker-20"));
        Label more = UiSnapshots.onFx(() -> (Label) editor.lookup(".more-markers"));
        assertEquals("+4", more.getText());
        here.add(new CodeMarker(25, "child-25", 1, 4));
        UiSnapshots.onFx(() -> {
            editor.markersProperty().set(List.copyOf(here));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(first, UiSnapshots.onFx(() -> editor.lookup("#marker-20")));
        assertSame(more, UiSnapshots.onFx(() -> editor.lookup(".more-markers")));
        assertEquals("+5", UiSnapshots.onFx(more::getText));
        assertEquals("child-21 (21)\nchild-22 (22)\nchild-23 (23)\nchild-24 (24)\nchild-25 (25)",
                UiSnapshots.onFx(() -> more.getTooltip().getText()));
    }

    /** However many stand on a line, its count is drawn whole, inside the gutter (it was cut to "…" at two digits). */
    @Test
    void aCountOfAnySize_isDrawnWhole_insideTheGutter() {
        for (int standing : new int[] {2, 3, 12, 101, 201}) {
            List<CodeMarker> here = new java.util.ArrayList<>();
            for (long pid = 1000; pid < 1000 + standing; pid++) {
                here.add(new CodeMarker(pid, "Process-" + (pid - 999), (int) pid % 8, 4));
            }
            UiSnapshots.onFx(() -> {
                editor.showParagraphAtTop(0);
                editor.markersProperty().set(List.copyOf(here));
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            UiSnapshots.afterPulses(2);
            String seen = UiSnapshots.onFx(() -> {
                Node pill = editor.lookup("#marker-1000");
                Region gutter = (Region) pill.getParent();
                Label more = (Label) gutter.lookup(".more-markers");
                int pills = gutter.lookupAll(".code-marker").size();
                if (more == null) {
                    return pills + " pills";
                }
                javafx.geometry.Bounds b = more.getBoundsInParent();
                assertTrue(b.getMaxX() <= gutter.getWidth() + 0.5, standing + " standing: the count ends at " + b.getMaxX()
                        + " in a gutter " + gutter.getWidth() + " wide");
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) more.lookup(".text");
                return pills + " pills " + drawn.getText();
            });
            String expected = switch (standing) {
                case 2 -> "2 pills";
                default -> "1 pills +" + (standing - 1);
            };
            assertEquals(expected, seen, standing + " standing");
        }
        UiSnapshots.save(editor, "editor-markers-many-on-a-line");
    }

    /** The line whose gutter holds {@code pill}: the number beside it. */
    private static int lineOf(Node pill) {
        javafx.scene.Parent gutter = pill.getParent().getParent(); // pills, then the line's gutter
        return Integer.parseInt(((Label) gutter.lookup(".line-number")).getText());
    }
}
