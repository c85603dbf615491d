package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which JavaFX jars fit a system, from the names Java gives the system and its processor. */
@Tag("unit")
class FxPlatformTest {

    @Test
    void of_namesTheClassifierOfEachShippedSystem_fromJavasOsNameAndArch() {
        assertEquals(Optional.of(FxPlatform.LINUX), FxPlatform.of("Linux", "amd64"));
        assertEquals(Optional.of(FxPlatform.WINDOWS), FxPlatform.of("Windows 10", "amd64"));
        assertEquals(Optional.of(FxPlatform.WINDOWS), FxPlatform.of("Windows 11", "amd64"));
        assertEquals(Optional.of(FxPlatform.MAC), FxPlatform.of("Mac OS X", "x86_64"));
        assertEquals(Optional.of(FxPlatform.MAC_AARCH64), FxPlatform.of("Mac OS X", "aarch64"));
        assertEquals("mac-aarch64", FxPlatform.MAC_AARCH64.classifier());
        assertEquals("win", FxPlatform.WINDOWS.classifier());
    }

    @Test
    void of_empty_forSystemsWithoutShippedJavaFx() {
        assertEquals(Optional.empty(), FxPlatform.of("Linux", "aarch64"));
        assertEquals(Optional.empty(), FxPlatform.of("Windows 10", "x86"));
        assertEquals(Optional.empty(), FxPlatform.of("FreeBSD", "amd64"));
    }

    @Test
    void ofJar_readsTheClassifier_andIgnoresPlaceholdersAndOtherLibraries() {
        assertEquals(Optional.of(FxPlatform.MAC), FxPlatform.ofJar("javafx-graphics-21.0.11-mac.jar"));
        assertEquals(Optional.of(FxPlatform.MAC_AARCH64), FxPlatform.ofJar("javafx-graphics-21.0.11-mac-aarch64.jar"));
        assertEquals(Optional.of(FxPlatform.WINDOWS), FxPlatform.ofJar("javafx-base-21.0.11-win.jar"));
        assertEquals(Optional.of(FxPlatform.LINUX), FxPlatform.ofJar("javafx-swing-21.0.11-linux.jar"));
        assertEquals(Optional.empty(), FxPlatform.ofJar("javafx-graphics-21.0.11-linux-aarch64.jar"));
        assertEquals(Optional.empty(), FxPlatform.ofJar("javafx-controls-21.0.11.jar"));
        assertEquals(Optional.empty(), FxPlatform.ofJar("jackson-core-2.21.3.jar"));
    }
}
