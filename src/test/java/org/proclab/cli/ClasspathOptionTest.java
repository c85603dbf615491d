package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code run --classpath} splits where the system separates paths, so a Windows drive letter stays whole. */
@Tag("unit")
class ClasspathOptionTest {

    private static List<Path> parsed(String separator, String value) {
        String was = System.getProperty("path.separator");
        System.setProperty("path.separator", separator);
        try {
            RunCommand run = new RunCommand();
            new CommandLine(run).parseArgs("--main", "my.Program", "--classpath", value);
            return run.classpath;
        } finally {
            System.setProperty("path.separator", was);
        }
    }

    @Test
    void classpath_splitsOnSemicolonsOnly_onWindows() {
        assertEquals(List.of(Path.of("C:\\course\\classes"), Path.of("D:\\lib\\extra.jar")),
                parsed(";", "C:\\course\\classes;D:\\lib\\extra.jar"));
    }

    @Test
    void classpath_splitsOnColonsAndSemicolons_onLinuxAndMacOs() {
        assertEquals(List.of(Path.of("build/classes"), Path.of("lib/a.jar"), Path.of("lib/b.jar")),
                parsed(":", "build/classes:lib/a.jar;lib/b.jar"));
    }
}
