package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;

/**
 * Narration never contradicts the diagrams, whatever order the processes ran in. Every recorded run of a lesson is
 * replayed as recorded and in many other orders its processes could have run in ({@link Interleavings}); at every
 * line the script says, what the line states ({@link #CLAIMS}) and the condition the lesson file gives it are
 * checked against what the diagrams draw at that event (their own folds, {@link DiagramState}).
 */
@Tag("unit")
class StoriesInAnyOrderTest {
    private static final int ORDERS = 60;
    private static final Path TRACES = Path.of("src/test/resources/traces");

    /** The recordings of earlier versions of the programs, and the lesson (and variant) each is a run of. */
    private static final Map<String, String> OLDER = Map.ofEntries(
            Map.entry("pipe-lesson.jsonl", "pipe"),
            Map.entry("pipe-lesson-stepped.jsonl", "pipe"),
            Map.entry("pipe-forgot-close.jsonl", "pipe--forgot-close"),
            Map.entry("queue-lesson.jsonl", "queue"),
            Map.entry("lock-value.jsonl", "lock-value"),
            Map.entry("lock-value-no-lock-stepped.jsonl", "lock-value--no-lock"),
            Map.entry("pool-lesson.jsonl", "pool"),
            Map.entry("pool-terminate.jsonl", "pool--terminate"),
            Map.entry("enumerate.jsonl", "enumerate"),
            Map.entry("zombie-orphan.jsonl", "create-process--zombie-orphan"),
            Map.entry("exit-codes.jsonl", "create-process--exit-codes"));

    /**
     * What the lines that state a fact about the run say, written here once more, apart from the lesson files'
     * conditions: keyed by a piece of the line's English text, each is checked against the diagrams wherever the
     * line is said. A fact line a lesson file forgot to condition shows up here as a contradiction in some order.
     */
    private static final Map<String, Script.Condition> CLAIMS = Map.ofEntries(
            Map.entry("join() waits: the main program stops here until the child has ended",
                    claim().state("MainProcess", "blocked").state("Process-1", "alive").done()),
            Map.entry("The child returned from its task, so its exit code is 0", claim().state("Process-1", "ended").done()),
            Map.entry("now the child is gone from the process table", claim().state("Process-1", "joined").done()),
            Map.entry("Nobody has joined it yet: it is a zombie", claim().state("quick", "zombie").done()),
            Map.entry("the grandchild lives on", claim().state("grandchild", "alive").done()),
            Map.entry("The grandchild is an orphan now", claim().state("grandchild", "orphan").done()),
            Map.entry("join() collected \"middle\"", claim().state("middle", "joined").done()),
            Map.entry("join() collected the zombie", claim().state("quick", "joined").done()),
            Map.entry("the list now waits inside the queue", claim().queued("queue-1", 1).done()),
            Map.entry("its list is still in the queue", claim().queued("queue-1", 1).state("producer", "ended").done()),
            Map.entry("The main program waits in get() on the second queue", claim().state("MainProcess", "blocked").done()),
            Map.entry("The queue is empty now: the consumer's second get() is blocked",
                    claim().queued("queue-1", 0).state("consumer", "blocked").done()),
            Map.entry("four handles in all", claim().open("pipe-1:0", "MainProcess", "consumer").open("pipe-1:1", "MainProcess", "consumer").done()),
            Map.entry("Only the main process's write handle is still open", claim().open("pipe-1:1", "MainProcess").done()),
            Map.entry("no write handle is open any more", claim().open("pipe-1:1").done()),
            Map.entry("The consumer's copy is still open", claim().open("pipe-1:1", "consumer").done()),
            Map.entry("that was the last write handle open", claim().open("pipe-1:1").done()),
            Map.entry("The pipe is empty, but the main process still holds a write handle",
                    claim().state("consumer", "blocked").queued("pipe-1:0", 0).open("pipe-1:1", "MainProcess").done()),
            Map.entry("Every write handle in every process is closed", claim().open("pipe-1:1").done()),
            Map.entry("that write handle is still open", claim().open("pipe-1:1", "consumer").done()),
            Map.entry("the pipe is empty, and one write handle is still open, in the consumer itself",
                    claim().state("consumer", "blocked").queued("pipe-1:0", 0).open("pipe-1:1", "consumer").done()),
            Map.entry("The consumer's loop ended and it exited", claim().state("consumer", "ended").done()),
            Map.entry("With the lock no update is lost", claim().lost("value-1", 0, 0).done()),
            Map.entry("This write was based on an old read", claim().lost("value-1", 1, null).done()),
            Map.entry("No update was lost this time", claim().lost("value-1", 0, 0).done()),
            Map.entry("what is missing went with the lost updates", claim().lost("value-1", 1, null).done()),
            Map.entry("five run now, five wait", claim().tasks("pool-1", 5, 5).done()),
            Map.entry("in the middle of their tasks (SIGTERM)", claim().running("pool-1", 1).done()),
            Map.entry("before they could take the remaining tasks", claim().tasks("pool-1", 0, null).done()));

    /** Every recording: file → "lesson" or "lesson--variant". traces/stories/ has a run of every story's program. */
    private static Map<Path, String> recordings() throws Exception {
        Map<Path, String> out = new LinkedHashMap<>();
        OLDER.forEach((f, story) -> out.put(TRACES.resolve(f), story));
        try (Stream<Path> files = Files.list(TRACES.resolve("stories"))) {
            // "pool.jsonl", "pool.crowded.jsonl" (recorded under ../shared/tools/crowded): runs of the lesson "pool"
            files.sorted().forEach(f -> out.put(f, f.getFileName().toString().split("\\.")[0]));
        }
        return out;
    }

    private static Script scriptOf(String story) {
        String[] parts = story.split("--");
        Lesson l = LessonCatalog.builtIn().find(parts[0]).orElseThrow(() -> new AssertionError("no lesson " + parts[0]));
        return l.scriptFor(parts.length < 2 ? null : l.variant(parts[1]).orElseThrow(() -> new AssertionError("no " + story)));
    }

    @Test
    void everyLineSaid_agreesWithTheDiagrams_inTheRecordedOrderAndInOtherOrders() throws Exception {
        List<String> contradictions = new ArrayList<>();
        Map<String, BitSet> saidSomewhere = new LinkedHashMap<>();
        for (Map.Entry<Path, String> r : recordings().entrySet()) {
            Script script = scriptOf(r.getValue());
            BitSet said = saidSomewhere.computeIfAbsent(r.getValue(), k -> new BitSet());
            Interleavings orders = new Interleavings(TraceFiles.read(r.getKey()));
            Random random = new Random(r.getKey().getFileName().toString().hashCode());
            for (int n = 0; n <= ORDERS; n++) {
                List<Event> events = n == 0 ? orders.recorded() : orders.random(random);
                String where = r.getKey().getFileName() + (n == 0 ? " as recorded" : " order " + n);
                contradictions.addAll(contradictions(script, events, where, said));
            }
        }
        if (!contradictions.isEmpty()) {
            fail(contradictions.size() + " lines contradict the diagrams, for example:\n"
                    + String.join("\n", contradictions.subList(0, Math.min(10, contradictions.size()))));
        }
        saidSomewhere.forEach((story, said) -> assertTrue(said.cardinality() > 0, story + " said nothing"));
    }

    @Test
    void everyStory_hasARecordedRun_andEveryConditionedLine_hasItsClaimHere() throws Exception {
        java.util.Set<String> recorded = new java.util.HashSet<>(recordings().values());
        List<String> texts = new ArrayList<>();
        for (Lesson l : LessonCatalog.builtIn().lessons()) {
            List<Lesson.Variant> all = new ArrayList<>(l.variants());
            all.add(0, null);
            for (Lesson.Variant v : all) {
                String story = l.id() + (v == null ? "" : "--" + v.id());
                boolean own = v == null || !v.script().isEmpty();
                assertTrue(!own || recorded.contains(story), "no recorded run of " + story + " under src/test/resources/traces/stories");
                for (Script.Narration n : l.scriptFor(v).narrations()) {
                    texts.add(n.say().en());
                    if (n.otherwise() != null) {
                        texts.add(n.otherwise().en());
                    }
                    if (n.test() != null) {
                        assertTrue(claimOf(n.say().en()) != null, "a conditioned line with no claim in CLAIMS: " + n.say().en());
                    }
                }
            }
        }
        for (String piece : CLAIMS.keySet()) {
            assertTrue(texts.stream().anyMatch(t -> t.contains(piece)), "no line says \"" + piece + "\" any more");
        }
    }

    @Test
    void theChecker_findsTheWalkthroughsContradiction_inAScriptWithoutConditions() throws Exception {
        // the pipe script as it was in the walkthrough (finding 7): the line fires on the consumer's close, whatever happened before
        Script old = new Script(List.of(new Script.Narration(new Script.Match(EventKind.CLOSE, "consumer", "pipe-1:1", null),
                Text.of("The consumer closes its copy of the write end. Only the main process's write handle is still open."))),
                List.of());
        List<String> found = contradictions(old, new Interleavings(TraceFiles.read(TRACES.resolve("pipe-lesson.jsonl"))).recorded(),
                "pipe-lesson.jsonl", new BitSet());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("the pipe view shows [], the line says [MainProcess]"), found.get(0));
    }

    /**
     * Plays the script event by event; each line said is checked against the diagrams of the same prefix: its
     * condition (so the story's fold and the diagrams' agree; an else text only where the condition fails there),
     * and the claim of its text in {@link #CLAIMS}.
     */
    private static List<String> contradictions(Script script, List<Event> events, String where, BitSet said) {
        List<String> out = new ArrayList<>();
        ScriptPlayer player = new ScriptPlayer(script);
        int shown = 0;
        for (int i = 0; i < events.size(); i++) {
            player.accept(events.get(i));
            List<ScriptPlayer.Line> lines = player.lines();
            for (; shown < lines.size(); shown++) {
                ScriptPlayer.Line line = lines.get(shown);
                said.set(line.index());
                Script.Condition c = script.narrations().get(line.index()).test();
                Script.Condition claim = claimOf(line.text().en());
                if (c == null && claim == null) {
                    continue; // a line worded to be true in any order: it states no fact about the state
                }
                DiagramState diagrams = new DiagramState(events, i + 1);
                String at = where + ", event " + i + " (" + events.get(i).kind().wireName() + "): \"" + line.text().en() + "\": ";
                if (c != null && line.otherwise() == diagrams.mismatches(c).isEmpty()) {
                    out.add(at + (line.otherwise() ? "said as the else, but its condition holds" : diagrams.mismatches(c)));
                }
                if (claim != null && !diagrams.mismatches(claim).isEmpty()) {
                    out.add(at + diagrams.mismatches(claim));
                }
            }
        }
        return out;
    }

    private static Script.Condition claimOf(String text) {
        return CLAIMS.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Claim claim() {
        return new Claim();
    }

    /** A condition written out in the test. */
    private static final class Claim {
        private final Map<String, List<String>> open = new LinkedHashMap<>();
        private final Map<String, Script.Count> queued = new LinkedHashMap<>();
        private final Map<String, Script.Count> lost = new LinkedHashMap<>();
        private final Map<String, Script.Count> running = new LinkedHashMap<>();
        private final Map<String, Script.Count> waiting = new LinkedHashMap<>();
        private final Map<String, Script.ProcessIs> state = new LinkedHashMap<>();

        Claim open(String end, String... holders) {
            List<String> names = new ArrayList<>(List.of(holders));
            names.sort(null);
            open.put(end, names);
            return this;
        }

        Claim queued(String id, int n) {
            queued.put(id, Script.Count.exactly(n));
            return this;
        }

        Claim lost(String id, Integer min, Integer max) {
            lost.put(id, new Script.Count(min, max));
            return this;
        }

        Claim running(String pool, int atLeast) {
            running.put(pool, new Script.Count(atLeast, null));
            return this;
        }

        Claim tasks(String pool, int running, Integer waiting) {
            this.running.put(pool, Script.Count.exactly(running));
            if (waiting != null) {
                this.waiting.put(pool, Script.Count.exactly(waiting));
            }
            return this;
        }

        Claim state(String process, String is) {
            state.put(process, Script.ProcessIs.valueOf(is.toUpperCase(java.util.Locale.ROOT)));
            return this;
        }

        Script.Condition done() {
            return new Script.Condition(open, queued, lost, running, waiting, state);
        }
    }

    @Test
    void interleavings_reachBothOrdersOfTheTwoWriteEndCloses_andKeepEveryCause() throws Exception {
        List<Event> recorded = TraceFiles.read(TRACES.resolve("pipe-lesson.jsonl"));
        Interleavings orders = new Interleavings(recorded);
        Random random = new Random(3);
        boolean consumerFirst = false;
        boolean mainFirst = false;
        for (int n = 0; n < 200; n++) {
            List<Event> events = orders.random(random);
            assertEquals(recorded.size(), events.size());
            int mainClose = indexOf(events, e -> e.kind() == EventKind.CLOSE && "pipe-1:1".equals(e.obj()) && e.file() != null
                    && e.file().equals("PipeLesson.java") && e.line() == 45);
            int consumerClose = indexOf(events, e -> e.kind() == EventKind.CLOSE && "pipe-1:1".equals(e.obj()) && e.line() == 18);
            consumerFirst |= consumerClose < mainClose;
            mainFirst |= mainClose < consumerClose;
            int eof = indexOf(events, e -> e.kind() == EventKind.EOF);
            assertTrue(eof > mainClose && eof > consumerClose, "end-of-file only after both write handles closed");
            for (int msg = 1; msg <= 4; msg++) {
                long m = msg;
                assertTrue(indexOf(events, e -> e.kind() == EventKind.SEND && e.num() == m)
                        < indexOf(events, e -> e.kind() == EventKind.RECV && e.num() == m), "message " + msg + " sent before received");
            }
            assertTrue(indexOf(events, e -> e.kind() == EventKind.START && "consumer".equals(e.text()))
                    < indexOf(events, e -> e.kind() == EventKind.CLOSE && "pipe-1:0".equals(e.obj()) && e.line() == 43),
                    "start() returned before the main process went on");
        }
        assertTrue(consumerFirst && mainFirst, "both orders of the closes are tried");
    }

    private static int indexOf(List<Event> events, java.util.function.Predicate<Event> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
