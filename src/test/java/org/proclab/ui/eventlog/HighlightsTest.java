package org.proclab.ui.eventlog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.ui.control.SnapshotView;
import org.testfx.api.FxToolkit;

/** Which chosen object lights up which drawn one. SnapshotView is a Control, which needs the FX toolkit. */
@Tag("ui")
class HighlightsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void highlights_aPartHighlightsItsWhole() {
        assertTrue(SnapshotView.highlights("pipe-1:1", "pipe-1"));
        assertTrue(SnapshotView.highlights("pipe-1:1", "pipe-1:1"));
        assertFalse(SnapshotView.highlights("pipe-1:1", "pipe-1:0"));
        assertFalse(SnapshotView.highlights("lock-10", "lock-1"));
        assertTrue(SnapshotView.highlights("value-1.lock", "value-1"));
        assertFalse(SnapshotView.highlights(null, "value-1"));
    }
}
