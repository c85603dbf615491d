package org.proclab.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The source marks the lines where processes wait for their turn, in their colours. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SourceViewTest {
    private SourceView view;

    @Start
    void start(Stage stage) {
        view = new SourceView(new SimpleObjectProperty<>(ProgramSource.load("org.proclab.lessons.lockvalue.WithoutLock")),
                new I18n(I18n.ENGLISH));
        view.getStylesheets().add(SourceView.class.getResource("/styles/app.css").toExternalForm());
        stage.setScene(new Scene(view, 560, 420));
        stage.show();
    }

    private List<Node> pendingCells() {
        return UiSnapshots.onFx(() -> view.lookupAll(".list-cell").stream()
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("pending"))).toList());
    }

    @Test
    void pendingLines_areMarked_andScrolledIntoView() {
        UiSnapshots.onFx(() -> {
            view.setPendingLines(Map.of(17, 1, 18, 2));
            view.reveal(17);
            return null;
        });
        List<Node> marked = pendingCells();
        assertEquals(2, marked.size());
        assertTrue(marked.get(0).getStyle().contains("-proc-color"));
        UiSnapshots.save(view, "source-pending-lines");
        UiSnapshots.onFx(() -> {
            view.setPendingLines(Map.of());
            return null;
        });
        assertTrue(pendingCells().isEmpty());
    }
}
