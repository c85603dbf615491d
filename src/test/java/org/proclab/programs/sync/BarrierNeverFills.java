package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Barrier;
import org.proclab.mp.Process;

/** A hang: a barrier for three parties, but only two processes ever arrive, and main waits in join(). */
public class BarrierNeverFills {
    public static void main(String[] args) {
        Barrier meet = new Barrier(3);
        List<Process> two = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            two.add(new Process("party-" + i, () -> meet.await()));
        }
        two.forEach(Process::start);
        two.forEach(Process::join);
    }
}
