package org.proclab.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.ui.model.Events;
import org.proclab.ui.tree.skin.TreeLayout;

@Tag("unit")
class TreeLayoutTest {

    @Test
    void place_parentCentredAboveChildren_leavesInStartOrder() {
        var nodes = new ArrayList<>(Events.log().main(100).child(101, "a", 100).child(102, "b", 100).tree().processes());
        TreeLayout.Result r = TreeLayout.place(nodes, 100, 50, 20, 40);
        assertEquals(0, r.places().get(101L).x());
        assertEquals(120, r.places().get(102L).x());
        assertEquals(60, r.places().get(100L).x());
        assertEquals(0, r.places().get(100L).y());
        assertEquals(90, r.places().get(101L).y());
        assertEquals(220, r.width());
        assertEquals(140, r.height());
    }

    @Test
    void place_grandchildren_getTheirOwnRow_andNoBoxesOverlap() {
        var nodes = new ArrayList<>(Events.zombieAndOrphan().tree().processes());
        TreeLayout.Result r = TreeLayout.place(nodes, 100, 50, 20, 40);
        assertEquals(180, r.places().get(103L).y());
        var places = new ArrayList<>(r.places().values());
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                var a = places.get(i);
                var b = places.get(j);
                assertTrue(Math.abs(a.x() - b.x()) >= 100 || Math.abs(a.y() - b.y()) >= 50, a + " overlaps " + b);
            }
        }
    }

    @Test
    void place_rowHeight_isItsTallestBox_only() {
        var nodes = new ArrayList<>(Events.log().main(100).child(101, "a", 100).child(102, "b", 100).tree().processes());
        TreeLayout.Result r = TreeLayout.place(nodes, 100, pid -> pid == 102 ? 80 : 50, 20, 40);
        assertEquals(50, r.places().get(100L).height());
        assertEquals(80, r.places().get(101L).height());
        assertEquals(90, r.places().get(101L).y());
        assertEquals(170, r.height());
    }

    @Test
    void place_nothing_takesNoRoom() {
        TreeLayout.Result r = TreeLayout.place(new ArrayList<>(), 100, 50, 20, 40);
        assertEquals(0, r.width());
        assertEquals(0, r.height());
    }
}
