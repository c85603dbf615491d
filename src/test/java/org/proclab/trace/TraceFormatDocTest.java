package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** docs/trace-format.md is what someone reading a trace file has: it must name every kind a trace can hold. */
@Tag("unit")
class TraceFormatDocTest {

    @Test
    void traceFormatDoc_listsEveryEventKind_withItsFieldNames() throws Exception {
        String doc = Files.readString(Path.of("docs/trace-format.md"));
        List<String> missing = Arrays.stream(EventKind.values())
                .filter(k -> !doc.contains("`" + k.name().toLowerCase(Locale.ROOT) + "`"))
                .map(Enum::name).toList();
        assertTrue(missing.isEmpty(), "docs/trace-format.md does not list: " + missing);
        List<String> unnamed = new java.util.ArrayList<>();
        for (EventKind k : EventKind.values()) {
            String name = "`" + k.name().toLowerCase(Locale.ROOT) + "`";
            String row = doc.lines().filter(l -> l.startsWith("| ") && l.contains(name)).findFirst().orElse("");
            for (String field : new String[] {k.objName(), k.textName(), k.numName()}) {
                if (field != null && !row.contains("`" + field + "`")) {
                    unnamed.add(k + "." + field);
                }
            }
        }
        assertTrue(unnamed.isEmpty(), "fields the rows of docs/trace-format.md do not name: " + unnamed);
    }
}
