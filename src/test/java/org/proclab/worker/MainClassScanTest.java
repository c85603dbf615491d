package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MainClassScanTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void aClassNamingProcessPoolOrManager_mayStartProcesses() {
        assertTrue(MainClassScan.mayStartProcesses("org.proclab.programs.spare.TwoChildren", loader), "Process");
        assertTrue(MainClassScan.mayStartProcesses("org.proclab.lessons.pool.PoolMap", loader), "Pool");
        assertTrue(MainClassScan.mayStartProcesses("org.proclab.lessons.manager.ManagerLesson", loader), "Manager");
    }

    @Test
    void aClassNamingNone_doesNot_andOneThatCannotBeRead_may() {
        assertFalse(MainClassScan.mayStartProcesses("org.proclab.programs.spare.PrintsOnly", loader));
        assertFalse(MainClassScan.mayStartProcesses(String.class.getName(), loader), "a JDK class names none");
        assertTrue(MainClassScan.mayStartProcesses("org.example.NotThere", loader), "unknown: as if it did");
    }
}
