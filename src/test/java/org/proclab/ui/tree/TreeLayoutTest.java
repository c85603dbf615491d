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

    /** Main (100) with {@code n} children 101.., child 101 with a grandchild when {@code grandchild}. */
    private static java.util.List<org.proclab.ui.model.ProcessNode> family(int n, boolean grandchild) {
        Events log = Events.log().main(100);
        for (int i = 1; i <= n; i++) {
            log.child(100 + i, "Process-" + i, 100);
        }
        if (grandchild) {
            log.child(900, "grandchild", 101);
        }
        return new ArrayList<>(log.tree().processes());
    }

    private static final TreeLayout.Compact SMALL = new TreeLayout.Compact(12, 60, 20, 4, 24, 100, Double.POSITIVE_INFINITY);

    @Test
    void place_bigFamily_drawsItsChildrenSmall_wrappedToTheWidthGiven() {
        var nodes = family(200, false);
        TreeLayout.Result r = TreeLayout.place(nodes, 170, pid -> 90, 28, 36, SMALL.within(1000));
        assertEquals(java.util.Set.of(100L), r.places().keySet(), "only main is a whole box");
        assertEquals(200, r.chips().size());
        TreeLayout.Group g = r.groups().get(100L);
        // 1000 wide: the details box (170) and a gap (28) leave 802 for chips 64 apart: 12 to a row
        assertEquals(12, g.columns());
        assertTrue(r.width() <= 1000, "fits the width: " + r.width());
        var first = r.chips().get(101L);
        var twelfth = r.chips().get(112L);
        var thirteenth = r.chips().get(113L);
        assertEquals(first.y(), twelfth.y(), "one row");
        assertEquals(first.x(), thirteenth.x(), "the 13th wraps under the first");
        assertEquals(first.y() + 24, thirteenth.y());
        assertEquals(g.x() + 170 + 28, first.x(), "right of the details box");
        assertEquals(90 + 36, g.y(), "a row below main");
        assertEquals(g.y() + 24, g.details().y(), "the details under the summary");
        // 200 chips in rows of 12: 17 rows
        assertEquals(24 + 17 * 24 - 4, g.height());
        assertEquals(g.y() + g.height(), r.height());
        var main = r.places().get(100L);
        assertEquals(g.x() + g.width() / 2, main.x() + 85, 0.001, "main centred above its family");
    }

    @Test
    void place_bigFamily_narrowerWidth_moreRows_neverFewerThanFourColumns() {
        var nodes = family(200, false);
        int wide = TreeLayout.place(nodes, 170, pid -> 90, 28, 36, SMALL.within(1600)).groups().get(100L).columns();
        int narrow = TreeLayout.place(nodes, 170, pid -> 90, 28, 36, SMALL.within(600)).groups().get(100L).columns();
        int tiny = TreeLayout.place(nodes, 170, pid -> 90, 28, 36, SMALL.within(100)).groups().get(100L).columns();
        assertEquals(21, wide);
        assertEquals(6, narrow);
        assertEquals(TreeLayout.Compact.MIN_COLUMNS, tiny);
        int natural = TreeLayout.place(nodes, 170, pid -> 90, 28, 36, SMALL).groups().get(100L).columns();
        assertEquals(TreeLayout.Compact.MIN_COLUMNS, natural, "as narrow as it goes when no width is given");
    }

    @Test
    void place_twelveChildren_stayWholeBoxes_thirteenAreSmall() {
        TreeLayout.Result twelve = TreeLayout.place(family(12, false), 100, pid -> 50, 20, 40, SMALL.within(2000));
        assertEquals(13, twelve.places().size());
        assertTrue(twelve.chips().isEmpty());
        TreeLayout.Result thirteen = TreeLayout.place(family(13, false), 100, pid -> 50, 20, 40, SMALL.within(2000));
        assertEquals(1, thirteen.places().size());
        assertEquals(13, thirteen.chips().size());
    }

    @Test
    void place_bigFamily_aChildWithChildrenStaysAWholeBox_besideTheGrid_andNothingOverlaps() {
        var nodes = family(40, true);
        TreeLayout.Result r = TreeLayout.place(nodes, 100, pid -> 50, 20, 40, SMALL.within(800));
        assertEquals(java.util.Set.of(100L, 101L, 900L), r.places().keySet());
        assertEquals(39, r.chips().size());
        TreeLayout.Group g = r.groups().get(100L);
        var child = r.places().get(101L);
        var grandchild = r.places().get(900L);
        assertTrue(child.x() + 100 <= g.x(), "the whole box left of the grid");
        assertEquals(child.y(), g.y(), "same generation, same row");
        assertTrue(grandchild.y() >= g.y() + g.height(), "the grandchildren's row under the tallest of the row");
        var boxes = new ArrayList<double[]>();
        r.places().values().forEach(p -> boxes.add(new double[] {p.x(), p.y(), 100, p.height()}));
        r.chips().values().forEach(p -> boxes.add(new double[] {p.x(), p.y(), 60, p.height()}));
        boxes.add(new double[] {g.details().x(), g.details().y(), 100, 100});
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assertTrue(apart, java.util.Arrays.toString(a) + " overlaps " + java.util.Arrays.toString(b));
            }
        }
    }
}
