package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proclab.mp.Fn;

/** What a message may carry, what the receiver refuses and why, and what encoding costs. */
@Tag("unit")
class PayloadsTest {
    /** The test JVM has ProcLab's libraries on its class path, as a worker run from the jar does. */
    static final AllowedClasses PROGRAM_IS_THE_TESTS = new AllowedClasses(
            AllowedClasses.locationOf(Payloads.class), Set.of(AllowedClasses.locationOf(PayloadsTest.class)));

    record Point(int x, int y) implements Serializable {}

    enum Colour { RED, GREEN }

    static class NumberList extends ArrayList<Integer> {
        private static final long serialVersionUID = 1L;
    }

    static class Oops extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Oops(String m) {
            super(m);
        }
    }

    static Object roundTrip(Object value) throws IOException {
        return Payloads.decode(Payloads.encode(value), PROGRAM_IS_THE_TESTS);
    }

    static IOException refusal(Object value) {
        byte[] bytes = Payloads.encode(value);
        return assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS));
    }

    static Stream<Object> allowedValues() {
        return Stream.of(
                42, -7L, 2.5, true, (short) 3, (byte) -1, 'x', 1.5f, "plain", "grüß 你好 😀",
                new BigInteger("123456789012345678901234567890"), new BigDecimal("3.14159"),
                LocalDate.of(2026, 11, 29), LocalDateTime.of(2026, 1, 2, 3, 4), Instant.ofEpochSecond(1_700_000_000),
                ZonedDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneId.of("Asia/Shanghai")), Duration.ofMillis(1500),
                DayOfWeek.FRIDAY, TimeUnit.SECONDS, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                new Date(0), Locale.CHINA, BitSet.valueOf(new long[] {5}),
                new ArrayList<>(List.of(1, 2, 3)), new LinkedList<>(List.of("a", "b")), List.of(1, 2), List.of(),
                Arrays.asList("x", null), Collections.unmodifiableList(new ArrayList<>(List.of(4))),
                Collections.emptyList(), Collections.singletonList(5),
                new HashMap<>(Map.of("k", 1)), new LinkedHashMap<>(Map.of("k", List.of(1))), Map.of("a", 1, "b", 2),
                new TreeMap<>(Map.of("b", 1, "a", 2)), new HashSet<>(Set.of(1, 2)), new LinkedHashSet<>(List.of(3, 1)),
                Set.of("s"), new TreeSet<>(List.of(3, 1, 2)), new ConcurrentHashMap<>(Map.of(1, "one")),
                new CopyOnWriteArrayList<>(List.of(1)), new EnumMap<>(Map.of(DayOfWeek.MONDAY, 1)),
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), new Point(1, 2), Colour.GREEN,
                new HashMap<>(Map.of(Colour.RED, List.of(new Point(3, 4)))));
    }

    @ParameterizedTest
    @MethodSource("allowedValues")
    void decode_givesBackAnEqualValue_forEachAllowedKind(Object value) throws IOException {
        assertEquals(value, roundTrip(value));
    }

    @Test
    void decode_givesBackArraysAndValuesWithoutEquals_forTheirContents() throws IOException {
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) roundTrip(new byte[] {1, 2, 3}));
        assertArrayEquals(new int[] {4, 5}, (int[]) roundTrip(new int[] {4, 5}));
        assertArrayEquals(new String[] {"a", null}, (String[]) roundTrip(new String[] {"a", null}));
        assertArrayEquals(new Object[] {1, "b", List.of(2)}, (Object[]) roundTrip(new Object[] {1, "b", List.of(2)}));
        assertEquals(List.of(1, 2), List.of((Integer[]) roundTrip(new Integer[] {1, 2})));
        assertEquals("[5]", roundTrip(new LinkedBlockingQueue<>(List.of(5))).toString());
        assertEquals("[1, 2]", roundTrip(new ArrayDeque<>(List.of(1, 2))).toString());
        assertEquals(7, ((java.util.concurrent.atomic.AtomicInteger) roundTrip(new java.util.concurrent.atomic.AtomicInteger(7))).get());
        TreeMap<String, Integer> reversed = new TreeMap<>(Collections.reverseOrder());
        reversed.putAll(Map.of("a", 1, "b", 2));
        assertEquals(List.of("b", "a"), new ArrayList<>(((TreeMap<?, ?>) roundTrip(reversed)).keySet()));
        TreeSet<String> caseless = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        caseless.addAll(List.of("B", "a"));
        assertEquals(List.of("a", "B"), new ArrayList<>((TreeSet<?>) roundTrip(caseless)));
    }

    @Test
    void decode_givesBackExceptionsAndLambdas_ofTheProgram() throws Exception {
        Oops oops = (Oops) roundTrip(new Oops("boom"));
        assertEquals("boom", oops.getMessage());
        assertEquals("x", ((IllegalStateException) roundTrip(new IllegalStateException("x"))).getMessage());
        int offset = 10;
        Fn<Integer, Integer> add = x -> x + offset;
        @SuppressWarnings("unchecked")
        Fn<Integer, Integer> back = (Fn<Integer, Integer>) roundTrip(add);
        assertEquals(15, back.apply(5));
    }

    @Test
    void allowedClasses_jnaOnTheWorkersClassPath_isALibrary_notTheProgram() throws Exception {
        // the kernel puts JNA on every worker's class path after ProcLab's own (lesson 6's walker)
        Path jna = AllowedClasses.locationOf(com.sun.jna.Native.class);
        AllowedClasses worker = new AllowedClasses(AllowedClasses.locationOf(Payloads.class),
                Set.of(jna, AllowedClasses.locationOf(PayloadsTest.class)), Set.of(jna));
        assertEquals("a class of a library (" + jna.getFileName() + "), not of the program",
                worker.refusal(com.sun.jna.Pointer.class));
        assertNull(worker.refusal(Point.class), "the program's classes still travel");
        AllowedClasses unaware = new AllowedClasses(AllowedClasses.locationOf(Payloads.class),
                Set.of(jna, AllowedClasses.locationOf(PayloadsTest.class)));
        assertNull(unaware.refusal(com.sun.jna.Pointer.class), "what the test guards against: JNA taken for the program");
    }

    @Test
    void allowedClasses_allowProcLabsHandlesAndPoolWork_notItsOtherClasses() throws Exception {
        for (String name : List.of("org.proclab.mp.Connection", "org.proclab.mp.Queue", "org.proclab.mp.Lock",
                "org.proclab.mp.Value", "org.proclab.mp.PoolWork", "org.proclab.worker.PoolFailure",
                "org.proclab.worker.PoolRef", "org.proclab.mp.Task", "org.proclab.worker.ChildTask")) {
            assertNull(PROGRAM_IS_THE_TESTS.refusal(Class.forName(name)), name);
        }
        assertNull(PROGRAM_IS_THE_TESTS.refusal(java.lang.invoke.SerializedLambda.class));
        assertTrue(PROGRAM_IS_THE_TESTS.refusal(com.fasterxml.jackson.databind.node.ObjectNode.class).contains("library"));
    }

    @Test
    void nullIsNone_inEncodeDecodeAndDisplay() throws IOException {
        assertNull(roundTrip(null));
        assertEquals(1, Payloads.encode(null).length);
        assertEquals("None", Payloads.display(null));
        assertEquals("[a, null]", Payloads.display(Arrays.asList("a", null)));
    }

    @Test
    void decode_refusesJavaFxPair_asALibraryClass() {
        IOException e = refusal(new javafx.util.Pair<>("a", 1));
        assertTrue(e.getMessage().startsWith("refused javafx.util.Pair: it is a class of a library (javafx-base"),
                e.getMessage());
        assertTrue(e.getMessage().contains("only JDK value types and the program's own classes"), e.getMessage());
    }

    @Test
    void decode_refusesJacksonNodes_asALibraryClass() {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("a", 1);
        IOException e = refusal(node);
        assertTrue(e.getMessage().startsWith("refused com.fasterxml.jackson.databind.node.NodeSerialization: it is a class of a library (jackson-databind"),
                e.getMessage());
    }

    @Test
    void decode_refusesJdkClassesThatAreNotValues_evenInsideACollection() {
        IOException e = refusal(new ArrayList<>(List.of(1, java.net.URI.create("http://example.org/"))));
        assertTrue(e.getMessage().startsWith("refused java.net.URI: it is a JDK class that is not a value type"), e.getMessage());
        e = refusal(new StringBuilder("sb"));
        assertTrue(e.getMessage().startsWith("refused java.lang.StringBuilder: "), e.getMessage());
        e = refusal(new java.io.File("/tmp"));
        assertTrue(e.getMessage().startsWith("refused java.io.File: "), e.getMessage());
    }

    @Test
    void decode_refusesProxies() {
        Object proxy = java.lang.reflect.Proxy.newProxyInstance(PayloadsTest.class.getClassLoader(),
                new Class<?>[] {Runnable.class, Serializable.class}, new NamedHandler());
        IOException e = refusal(proxy);
        assertTrue(e.getMessage().startsWith("refused java.lang.Runnable, java.io.Serializable: a proxy"), e.getMessage());
    }

    static final class NamedHandler implements java.lang.reflect.InvocationHandler, Serializable {
        private static final long serialVersionUID = 1L;
        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
            return null;
        }
    }

    @Test
    void decode_refusesTheNestedSetBomb_quickly_namingHashSet() {
        byte[] bytes = Payloads.encode(org.proclab.programs.payload.HostileMessages.bomb());
        assertTrue(bytes.length < 10_000, "a few kilobytes: " + bytes.length);
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS)),
                "without the guard this takes longer than the universe has existed");
        assertTrue(e.getMessage().startsWith("refused java.util.HashSet: followed through its shared parts it unfolds to more than"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(a serialization bomb)"), e.getMessage());
    }

    @Test
    void decode_refusesListsThatShareListsInsideASet_quickly_namingArrayList() {
        // the same bomb without nested sets: each list holds the next one twice, and one set hashes the top
        List<List<Object>> lists = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            lists.add(new ArrayList<>());
        }
        Set<Object> set = new HashSet<>();
        set.add(lists.get(0)); // hashed while still empty: hashing it full would never end
        for (int i = 0; i < 60; i++) {
            lists.get(i).add(lists.get(i + 1));
            lists.get(i).add(lists.get(i + 1));
        }
        byte[] bytes = Payloads.encode(set);
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS)));
        assertTrue(e.getMessage().startsWith("refused java.util.ArrayList: followed through its shared parts"), e.getMessage());
    }

    @Test
    void decode_refusesAnIntArrayHeaderLongerThanTheMessage_beforeAllocating() {
        byte[] bytes = Payloads.encode(new Object[] {new int[] {0x7A7A7A7A, 0x7A7A7A7A, 0x7A7A7A7A}});
        int data = indexOf(bytes, new byte[] {0x7A, 0x7A, 0x7A, 0x7A});
        putInt(bytes, data - 4, Integer.MAX_VALUE - 8);
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS));
        assertTrue(e.getMessage().startsWith("refused int[]: an array of 2,147,483,639 elements, which the "), e.getMessage());
    }

    @Test
    void decode_acceptsAnArrayThatExactlyFillsTheRest() throws IOException {
        int[] back = (int[]) roundTrip(new int[1000]);
        assertEquals(1000, back.length);
    }

    @Test
    void decode_refusesAnArrayListWhoseSizeFieldLies_beforeAllocating() {
        ArrayList<Object> list = new ArrayList<>(Collections.nCopies(77, Colour.RED)); // not plain: serialized
        byte[] bytes = Payloads.encode(list);
        replaceInts(bytes, 77, Integer.MAX_VALUE - 8);
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS));
        assertTrue(e.getMessage().startsWith("refused java.lang.Object[]: an array of 2,147,483,639 elements"), e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void plainList_comesBackAsAnEqualMutableArrayList_withEveryKindOfElement() throws IOException {
        ArrayList<Object> list = new ArrayList<>(Arrays.asList(1, -7L, 2.5, -0.0, Double.NaN, true, null, "", "grüß 你好 😀",
                Integer.MIN_VALUE, Long.MAX_VALUE));
        byte[] bytes = Payloads.encode(list);
        assertEquals(8, bytes[0], "an ArrayList of plain values is written element by element");
        Object back = roundTrip(list);
        assertEquals(ArrayList.class, back.getClass());
        assertEquals(list, back);
        ((ArrayList<Object>) back).add("more"); // mutable, as a deserialized ArrayList is
        assertEquals(new ArrayList<>(), roundTrip(new ArrayList<>()));
        assertTrue(bytes.length < Payloads.serialize(list).length, "smaller than its serialization");
    }

    @Test
    void plainList_onlyForAnArrayListOfPlainValues_elseSerializedWithItsOwnClass() throws IOException {
        ArrayList<Object> nested = new ArrayList<>(List.of(1, new ArrayList<>(List.of(2))));
        ArrayList<Object> lone = new ArrayList<>(List.of("a\uD800b")); // a lone surrogate, which UTF-8 cannot carry
        ArrayList<Object> point = new ArrayList<>(List.of(new Point(1, 2)));
        NumberList sub = new NumberList();
        sub.add(1);
        for (Object value : List.of(nested, lone, point, List.of(1, 2), new LinkedList<>(List.of(1)), sub)) {
            assertEquals(7, Payloads.encode(value)[0], "serialized: " + value.getClass());
        }
        assertEquals(nested, roundTrip(nested));
        assertEquals("a\uD800b", ((List<?>) roundTrip(lone)).get(0));
        assertEquals(List.of(1, 2).getClass(), roundTrip(List.of(1, 2)).getClass());
    }

    @Test
    void plainList_refusesACountLongerThanTheMessage_beforeAllocating() {
        ArrayList<Object> list = new ArrayList<>(Collections.nCopies(77, null));
        byte[] bytes = Payloads.encode(list);
        replaceInts(bytes, 77, Integer.MAX_VALUE - 8);
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS));
        assertEquals("the message is damaged: a list of 2,147,483,639 elements in 77 bytes", e.getMessage());
    }

    @Test
    void plainList_refusesAnUnknownElementTag_orBytesAfterTheList() {
        byte[] bytes = Payloads.encode(new ArrayList<>(List.of(1, 2)));
        byte[] badTag = bytes.clone();
        badTag[10] = 42; // the second element's tag
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(badTag, PROGRAM_IS_THE_TESTS));
        assertEquals("the message is damaged: element 1 of a list has the unknown tag 42", e.getMessage());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
        e = assertThrows(IOException.class, () -> Payloads.decode(longer, PROGRAM_IS_THE_TESTS));
        assertEquals("the message is damaged: 2 bytes after its list", e.getMessage());
    }

    @Test
    void decode_refusesAHashMapWhoseSizeLies_beforeAllocatingItsTable() {
        HashMap<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < 77; i++) {
            map.put(i, null);
        }
        byte[] bytes = Payloads.encode(map);
        replaceInts(bytes, 77, 1 << 30);
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS));
        assertTrue(e.getMessage().startsWith("refused java.util.Map$Entry[]: an array of "), e.getMessage());
    }

    @Test
    void decode_refusesNestingDeeperThanTheLimit_andAcceptsLess() throws IOException {
        assertEquals(nested(150), roundTrip(nested(150)));
        IOException e = refusal(nested(PayloadFilter.MAX_DEPTH + 50));
        assertTrue(e.getMessage().startsWith("refused "), e.getMessage());
        assertTrue(e.getMessage().contains(": it is nested more than 200 levels deep"), e.getMessage());
    }

    @Test
    void decode_refusesAMessageThatWouldTakeMoreMemoryThanItsBudget() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add("s" + i);
        }
        for (List<String> l : List.of(many, new LinkedList<>(many))) { // written plainly, then serialized
            byte[] bytes = Payloads.encode(l);
            IOException e = assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS, 1 << 20));
            assertTrue(e.getMessage().contains("rebuilding the message would take more than 1 MB"), e.getMessage());
        }
    }

    @Test
    void decode_refusesAnEmptyOrTruncatedMessage_withAnIOException() {
        assertThrows(IOException.class, () -> Payloads.decode(new byte[0], PROGRAM_IS_THE_TESTS));
        assertThrows(IOException.class, () -> Payloads.decode(new byte[] {1, 0, 0}, PROGRAM_IS_THE_TESTS));
        byte[] list = Payloads.encode(new LinkedList<>(List.of("a", "b")));
        byte[] cut = Arrays.copyOf(list, list.length - 3);
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(cut, PROGRAM_IS_THE_TESTS));
        assertTrue(e.getMessage().startsWith("the message is damaged: java.io.EOFException"), e.getMessage());
        byte[] plain = Payloads.encode(new ArrayList<>(List.of("a", "b")));
        for (int keep = 1; keep < plain.length; keep++) {
            byte[] plainCut = Arrays.copyOf(plain, keep);
            IOException p = assertThrows(IOException.class, () -> Payloads.decode(plainCut, PROGRAM_IS_THE_TESTS));
            assertTrue(p.getMessage().startsWith("the message is"), p.getMessage());
        }
    }

    @Test
    void decode_turnsAFieldOfTheWrongType_intoAnIOException() {
        // a crafted stream: the names of fields a (String) and b (Integer) swapped, so "x" goes into b
        byte[] bytes = Payloads.encode(new TwoFields());
        int a = indexOf(bytes, new byte[] {'L', 0, 1, 'a'});
        int b = indexOf(bytes, new byte[] {'L', 0, 1, 'b'});
        bytes[a + 3] = 'b';
        bytes[b + 3] = 'a';
        IOException e = assertThrows(IOException.class, () -> Payloads.decode(bytes, PROGRAM_IS_THE_TESTS));
        assertTrue(e.getMessage().startsWith("the message is damaged: java.lang.ClassCastException: cannot assign"),
                e.getMessage());
    }

    static class TwoFields implements Serializable {
        private static final long serialVersionUID = 1L;
        String a = "x";
        Integer b = 5;
    }

    private static List<Object> nested(int depth) {
        List<Object> top = new ArrayList<>();
        for (int i = 1; i < depth; i++) {
            List<Object> up = new ArrayList<>();
            up.add(top);
            top = up;
        }
        return top;
    }

    private static int indexOf(byte[] in, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= in.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (in[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }

    private static void putInt(byte[] b, int at, int v) {
        java.nio.ByteBuffer.wrap(b).putInt(at, v);
    }

    /** Replaces every big-endian occurrence of {@code from}: a collection writes its size twice. */
    private static void replaceInts(byte[] b, int from, int to) {
        int n = 0;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
        for (int i = 0; i + 4 <= b.length; i++) {
            if (buf.getInt(i) == from) {
                buf.putInt(i, to);
                n++;
            }
        }
        assertTrue(n > 0);
    }
}
