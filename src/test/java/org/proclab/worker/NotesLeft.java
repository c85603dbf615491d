package org.proclab.worker;

/** Not the API of {@link CallSitesTest}: what note a thread holds between the program's calls. */
public final class NotesLeft {
    private NotesLeft() {}

    public static void record(String tag) {
        FakeApi.SEEN.add(new FakeApi.Seen(tag, CallSites.take(), null));
    }
}
