package org.proclab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.worker.Caller;
import org.proclab.worker.DeepInside;

/** Outside ProcLab's own packages, as a program is: the line each event points at is the program's own line, also when call sites are remembered. */
@Tag("unit")
class CallerTest {

    @Test
    void find_givesTheCallingLine_eachTimeFromTheSameSiteAndApartForAnother() {
        List<Caller.Site> sites = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sites.add(Caller.find()); int here = new Throwable().getStackTrace()[0].getLineNumber();
            assertEquals(new Caller.Site("CallerTest.java", here), sites.get(i));
        }
        Caller.Site other = Caller.find();
        assertNotEquals(sites.get(0).line(), other.line());
        assertEquals("CallerTest.java", other.file());
    }

    @Test
    void site_carriesItsFileInUtf8_andIsEqualByFileAndLine() {
        Caller.Site site = new Caller.Site("Büro✓.java", 12);
        assertArrayEquals("Büro✓.java".getBytes(StandardCharsets.UTF_8), site.fileUtf8());
        assertEquals(new Caller.Site("Büro✓.java", 12), site);
        assertEquals(new Caller.Site("Büro✓.java", 12).hashCode(), site.hashCode());
        assertNotEquals(new Caller.Site("Büro✓.java", 13), site);
        assertNull(new Caller.Site(null, 0).fileUtf8());
    }

    @Test
    void find_throughReflection_givesTheLineThatInvoked() throws Exception {
        Method find = Caller.class.getMethod("find");
        Caller.Site site = (Caller.Site) find.invoke(null); int here = new Throwable().getStackTrace()[0].getLineNumber();
        assertEquals(new Caller.Site("CallerTest.java", here), site);
    }

    @Test
    void find_belowManyFramesOfProcLabsOwnCode_givesTheProgramLine() {
        // more internal frames than the walker's first batch holds, so the walk goes on into further batches
        Caller.Site site = DeepInside.find(40); int here = new Throwable().getStackTrace()[0].getLineNumber();
        assertEquals(new Caller.Site("CallerTest.java", here), site);
    }

    @Test
    void find_readsTheSiteAWalkFinds_fromALambdaAnAnonymousClassAndAnotherThread() throws Exception {
        List<Caller.Site[]> found = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Runnable lambda = () -> {
            found.add(DeepInside.bothWays()); lines.add(new Throwable().getStackTrace()[0].getLineNumber());
        };
        lambda.run();
        new Object() {
            void run() {
                found.add(DeepInside.bothWays()); lines.add(new Throwable().getStackTrace()[0].getLineNumber());
            }
        }.run();
        Thread t = new Thread(lambda);
        t.start();
        t.join();
        assertEquals(3, found.size());
        for (int i = 0; i < found.size(); i++) {
            assertEquals(new Caller.Site("CallerTest.java", lines.get(i)), found.get(i)[0], "read from the backtrace");
            assertEquals(found.get(i)[1], found.get(i)[0], "the same as walked");
        }
    }
}
