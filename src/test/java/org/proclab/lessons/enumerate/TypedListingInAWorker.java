package org.proclab.lessons.enumerate;

import java.nio.file.Path;
import org.proclab.mp.Process;

/**
 * Lesson 6's typed listing, loaded in a worker and in its child as the walker loads it: prints whether it
 * loaded, how many entries of the directory given it lists, and where JNA found its native part.
 */
public class TypedListingInAWorker {
    public static void main(String[] args) throws Exception {
        report("main", args[0]);
        Process child = new Process(() -> report("child", args[0]));
        child.start();
        child.join();
    }

    private static void report(String who, String dir) {
        TypedListing listing = TypedListing.forThisSystem();
        System.out.println(who + " loaded: " + (listing != null));
        if (listing != null) {
            TypedListing.Entries e = listing.list(Path.of(dir), true);
            System.out.println(who + " entries: " + e.size);
        }
        System.out.println(who + " native part from: " + System.getProperty("jnidispatch.path"));
    }
}
