package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.ipc.ViewTests.byId;
import static org.proclab.ui.ipc.ViewTests.has;
import static org.proclab.ui.ipc.ViewTests.texts;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the shared-array view draws: each cell's value and the process that wrote it last, in English and Chinese. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ArrayViewTest {
    private final SimpleObjectProperty<ArraysModel.Snapshot> source = new SimpleObjectProperty<>(ArraysModel.Snapshot.EMPTY);
    private ArrayView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ArrayView(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    private void show(ArraysModel.Snapshot s, Locale locale) {
        UiSnapshots.onFx(() -> {
            view.setLocale(locale);
            source.set(s);
            ViewTests.fit(stage);
            return null;
        });
    }

    /** Five ints; squarer wrote a[1] and a[4], then main wrote a[4] again; a[0], a[2], a[3] never written. */
    private static IpcEvents squares() {
        return IpcEvents.log().main(100).array(100, "array-1", "i:[1, 2, 3, 4, 5]", 5)
                .child(101, "squarer", 100).handle(101, "array-1", "fork")
                .setCell(101, "array-1", 1, "4").setCell(101, "array-1", 4, "25").setCell(100, "array-1", 4, "26");
    }

    @Test
    void cells_showValuesAndTheirLastWriter_theLatestWriteMarked() {
        show(squares().arrays(), I18n.ENGLISH);
        Node array = byId(view, "array-array-1");
        assertEquals(List.of("[0]", "[1]", "[2]", "[3]", "[4]"), texts(array, "cell-index"));
        assertEquals(List.of("1", "4", "3", "4", "26"), texts(array, "cell-value"));
        assertEquals(List.of("not written", "squarer", "not written", "not written", "MainProcess"), texts(array, "cell-writer"));
        assertTrue(has(byId(view, "cell-array-1-1"), "written"));
        assertFalse(has(byId(view, "cell-array-1-0"), "written"));
        assertTrue(has(byId(view, "cell-array-1-4"), "newest"));
        assertFalse(has(byId(view, "cell-array-1-1"), "newest"));
        assertEquals(List.of("5 cells"), texts(array, "array-length"));
        assertEquals(List.of("0 reads \u00b7 3 writes"), texts(array, "array-counts"));
        UiSnapshots.save(view, "array-view-last-writers");
    }

    @Test
    void wholeWriteAndLongArray_inChinese() {
        StringBuilder shown = new StringBuilder("d:[");
        for (int i = 0; i < ArraysModel.SHOWN; i++) {
            shown.append(i == 0 ? "" : ", ").append(i * 0.5);
        }
        IpcEvents log = squares().add(101, EventKind.ARRAY_SET, "array-1", "[0, 0, 0, 0, 0]", Event.NO_NUM)
                .array(100, "array-2", shown.append(", \u2026]").toString(), 100).setCell(101, "array-2", 3, "9.0");
        show(log.arrays(), I18n.CHINESE);
        assertEquals(List.of("squarer", "squarer", "squarer", "squarer", "squarer"),
                texts(byId(view, "array-array-1"), "cell-writer"));
        Node longOne = byId(view, "array-array-2");
        assertEquals(ArraysModel.SHOWN, texts(longOne, "cell-value").size());
        assertEquals(List.of("还有 68 个格子未显示"), texts(longOne, "more-cells"));
        assertEquals("尚未写入", texts(longOne, "cell-writer").get(0));
        UiSnapshots.save(view, "array-view-whole-write-long-zh");
    }

    @Test
    void highlightedArray_isOutlined() {
        show(squares().arrays(), I18n.ENGLISH);
        UiSnapshots.onFx(() -> {
            view.setHighlightedObject("array-1");
            return null;
        });
        assertTrue(has(byId(view, "array-array-1"), "highlighted"));
    }

    @Test
    void noArrays_showsPlaceholder() {
        show(ArraysModel.Snapshot.EMPTY, I18n.ENGLISH);
        assertTrue(texts(view, "placeholder").get(0).startsWith("No shared array yet."));
    }
}
