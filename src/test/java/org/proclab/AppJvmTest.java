package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the relaunched app JVM is given. */
@Tag("unit")
class AppJvmTest {

    @Test
    void jvmOptions_addsTheAppsHeapAndQuickCompiler_whenNoneWasGiven() {
        assertEquals(List.of("-Dfile.encoding=UTF-8", "-Xmx256m", "-XX:TieredStopAtLevel=1"),
                AppJvm.jvmOptions(List.of("-Dfile.encoding=UTF-8")));
    }

    @Test
    void jvmOptions_keepsTheUsersHeap_andDropsAgents() {
        assertEquals(List.of("-Xmx1g", "-Duser.language=zh", "-XX:TieredStopAtLevel=1"), AppJvm.jvmOptions(List.of(
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Xmx1g", "-javaagent:x.jar", "-Duser.language=zh")));
    }

    @Test
    void jvmOptions_keepsTheUsersCompilerChoice() {
        assertEquals(List.of("-XX:TieredStopAtLevel=4", "-Xmx256m"), AppJvm.jvmOptions(List.of("-XX:TieredStopAtLevel=4")));
        assertEquals(List.of("-XX:-TieredCompilation", "-Xmx256m"), AppJvm.jvmOptions(List.of("-XX:-TieredCompilation")));
    }

}
