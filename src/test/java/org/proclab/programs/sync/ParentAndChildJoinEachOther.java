package org.proclab.programs.sync;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/** A hang: the child waits for its parent to end (parent_process().join()) while the parent joins the child. */
public class ParentAndChildJoinEachOther {
    public static void main(String[] args) {
        Process child = new Process("child", () -> MP.parentProcess().join());
        child.start();
        child.join();
    }
}
