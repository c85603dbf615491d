package org.proclab.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.StartMethod;
import org.proclab.playground.ProgramCompiler;
import org.proclab.ui.i18n.I18n;

/** The playground's view model (no window): unsaved work, files, compiling for a run, no compiler; and the editor's colours. */
@Tag("unit")
class PlaygroundViewModelTest {

    @Test
    void edits_makeItDirty_saveToClearsIt_andOpenReadsItBack(@TempDir Path dir) throws Exception {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH));
        assertFalse(vm.isDirty(), "an untouched template loses nothing");
        assertEquals("MyProgram.java", vm.fileNameProperty().get());
        vm.textProperty().set("public class Mine { public static void main(String[] a) {} }");
        assertTrue(vm.isDirty());

        Path file = dir.resolve("Mine.java");
        assertTrue(vm.saveTo(file));
        assertFalse(vm.isDirty());
        assertEquals("public class Mine { public static void main(String[] a) {} }", Files.readString(file));
        assertEquals("Mine.java", vm.fileNameProperty().get());
        assertEquals("Saved to Mine.java.", vm.statusProperty().get());

        vm.newProgram();
        assertTrue(vm.open(file));
        assertEquals("public class Mine { public static void main(String[] a) {} }", vm.loadedProperty().get().text());
        assertEquals(file, vm.pathProperty().get());
        assertFalse(vm.isDirty());
    }

    @Test
    void open_notUtf8OrMissing_saysSoInASentence_keepsTheProgram(@TempDir Path dir) throws Exception {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH));
        Path bin = Files.write(dir.resolve("Blob.java"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        String before = vm.textProperty().get();
        assertFalse(vm.open(bin));
        assertEquals("Blob.java is not a text file in UTF-8.", vm.statusProperty().get());
        assertEquals(before, vm.textProperty().get());
        assertFalse(vm.open(dir.resolve("Gone.java")));
        assertEquals("Gone.java is not there any more.", vm.statusProperty().get());
    }

    @Test
    void compileForRun_specRunsTheMainClassFromItsOwnDirectory_nextCompileAndCloseDeleteIt() {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH));
        ProgramSpec spec = vm.compileForRun(StartMethod.SPAWN);
        assertEquals("MyProgram", spec.mainClass());
        assertEquals(StartMethod.SPAWN, spec.startMethod());
        Path classes = spec.classpath().get(0);
        assertTrue(Files.isRegularFile(classes.resolve("MyProgram.class")));
        assertTrue(Files.isRegularFile(classes.resolve("MyProgram$Greeting.class")), "its own record travels with it");
        assertEquals("Compiled: MyProgram runs when you press Run.", vm.statusProperty().get());

        Path next = vm.compileForRun(StartMethod.FORK).classpath().get(0);
        assertFalse(Files.exists(classes), "the last compile's classes go");
        vm.close();
        assertFalse(Files.exists(next), "closing the window deletes them");
    }

    @Test
    void arguments_reachTheSpec_rememberedPerProgram_andFollowItsFileWhenSaved(@TempDir Path dir) throws Exception {
        java.util.Map<String, String> remembered = new java.util.HashMap<>();
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH));
        vm.setArgumentsMemory(PlaygroundViewModel.ArgumentsMemory.in(remembered));
        vm.argumentsProperty().set("/usr/lib \"my dir\"");
        assertEquals(List.of("/usr/lib", "my dir"), vm.compileForRun(StartMethod.FORK).args(), "as after -- on the command line");

        Path mine = dir.resolve("MyProgram.java");
        assertTrue(vm.saveTo(mine));
        assertEquals("/usr/lib \"my dir\"", remembered.get(mine.toAbsolutePath().normalize().toString()), "saved: its file keeps them");

        vm.copyOf("PipeLesson.java", List.of("public class PipeLesson { public static void main(String[] a) {} }"));
        assertEquals("", vm.argumentsProperty().get(), "another program has its own (none yet)");
        vm.argumentsProperty().set("3");
        assertTrue(vm.open(mine));
        assertEquals("/usr/lib \"my dir\"", vm.argumentsProperty().get(), "back to the file: its arguments are back");
        vm.copyOf("PipeLesson.java", List.of("public class PipeLesson { public static void main(String[] a) {} }"));
        assertEquals("3", vm.argumentsProperty().get());
        vm.close();
    }

    @Test
    void compileForRun_errors_listedWithLines_noSpec_statusCountsThem() {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.CHINESE));
        vm.textProperty().set("public class A {\n  public static void main(String[] a) {\n    int x = \"s\";\n    y = 2;\n  }\n}\n");
        assertNull(vm.compileForRun(StartMethod.FORK));
        assertEquals(2, vm.problems().size());
        assertEquals(3, vm.problems().get(0).line());
        assertEquals(4, vm.problems().get(1).line());
        assertEquals("2 个错误：没有运行。点击错误可跳到它所在的行。", vm.statusProperty().get());
    }

    @Test
    void noCompiler_saidPlainlyFromTheStart_andRunGivesNoSpec() {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH), new ProgramCompiler(() -> null));
        assertFalse(vm.compilerAvailable());
        assertTrue(vm.statusProperty().get().startsWith("This Java has no compiler"), vm.statusProperty().get());
        assertNull(vm.compileForRun(StartMethod.FORK));
        assertTrue(vm.statusProperty().get().startsWith("This Java has no compiler"), vm.statusProperty().get());
    }

    @Test
    void highlight_coloursKeywordsApiStringsComments_andAddUnderlinesARange() {
        String code = "Process p = new Process(\"x\"); // go";
        StyleSpans<Collection<String>> spans = JavaSyntax.highlight(code);
        assertEquals(code.length(), spans.length());
        assertEquals(List.of("java-api"), styleAt(spans, 0));
        assertEquals(List.of(), styleAt(spans, 8), "a plain name");
        assertEquals(List.of("java-keyword"), styleAt(spans, code.indexOf("new")));
        assertEquals(List.of("java-string"), styleAt(spans, code.indexOf("\"x\"") + 1));
        assertEquals(List.of("java-comment"), styleAt(spans, code.indexOf("// go") + 3));

        StyleSpans<Collection<String>> under = JavaSyntax.add(spans, 4, 14, "compile-error");
        assertEquals(code.length(), under.length());
        assertEquals(List.of("java-api"), styleAt(under, 3));
        assertEquals(List.of("java-api", "compile-error"), styleAt(under, 4));
        assertEquals(List.of("compile-error"), styleAt(under, 8));
        assertEquals(List.of("java-keyword", "compile-error"), styleAt(under, 12));
        assertEquals(List.of("java-keyword"), styleAt(under, 14));
    }

    private static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int position) {
        return spans.getStyleSpan(spans.offsetToPosition(position, TwoDimensional.Bias.Forward).getMajor()).getStyle();
    }
}
