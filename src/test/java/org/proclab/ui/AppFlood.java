package org.proclab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.proclab.kernel.ProgramSpec;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunState;

/**
 * Measures what a flood costs the app: opens the real main window, runs one program in it (its views show
 * the run: {@code org.proclab.bench.programs.PrintsALot} or {@code SendsALot}, $FLOOD_MB megabytes) and prints the
 * app's peak resident memory (VmHWM), its heap after GC and the time taken. Run it in a window, with the
 * app's heap limit:
 * <pre>FLOOD_MB=1024 xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx256m \
 *   -cp target/classes:target/test-classes:$(cat target/cp.txt) org.proclab.ui.AppFlood PrintsALot</pre>
 */
public final class AppFlood {
    private AppFlood() {}

    public static void main(String[] args) throws Exception {
        String program = "org.proclab.bench.programs." + args[0];
        Path programClasses = Path.of(Class.forName(program).getProtectionDomain().getCodeSource().getLocation().toURI());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainViewModel> vmRef = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            MainViewModel vm = new MainViewModel(LessonCatalog.builtIn(), Locale.ENGLISH);
            MainWindow window = new MainWindow(vm, Platform::exit);
            Stage stage = new Stage();
            stage.setScene(new Scene(window, 1280, 800));
            stage.show();
            vmRef.set(vm);
            shown.countDown();
        });
        shown.await();
        MainViewModel vm = vmRef.get();
        long t0 = System.nanoTime();
        // a controller of its own over the window's run model: the window's views show this run
        RunController controller = new RunController(vm.runModel());
        Platform.runLater(() -> controller.run(ProgramSpec.of(program).withClasspath(List.of(programClasses))));
        long peakHeap = 0;
        // until the run has ended and every event is folded into the views
        while (true) {
            Thread.sleep(1000);
            Runtime rt = Runtime.getRuntime();
            peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
            AtomicReference<Boolean> done = new AtomicReference<>(false);
            CountDownLatch asked = new CountDownLatch(1);
            Platform.runLater(() -> {
                var run = vm.runModel();
                done.set(run.getState() == RunState.FINISHED && run.shownProperty().get() + 1 == run.eventCountProperty().get());
                asked.countDown();
            });
            asked.await();
            if (done.get()) {
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] events = new long[1];
        CountDownLatch counted = new CountDownLatch(1);
        Platform.runLater(() -> {
            events[0] = vm.runModel().eventCountProperty().get();
            counted.countDown();
        });
        counted.await();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapAfterGc = rt.totalMemory() - rt.freeMemory();
        String status = Files.readString(Path.of("/proc/self/status"));
        System.out.printf(Locale.ROOT, "program=%s flood_mb=%s events=%d seconds=%.1f peak_rss_mb=%d rss_at_end_mb=%d"
                        + " heap_used_peak_mb=%.0f heap_after_gc_mb=%.0f max_heap_mb=%.0f%n",
                args[0], System.getenv().getOrDefault("FLOOD_MB", "1024"), events[0], seconds,
                kb(status, "VmHWM") / 1024, kb(status, "VmRSS") / 1024, peakHeap / 1e6, heapAfterGc / 1e6, rt.maxMemory() / 1e6);
        if (System.getenv("FLOOD_PNG") != null) { // a picture of the window as the flood left it
            CountDownLatch shot = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    javafx.scene.image.WritableImage image = javafx.stage.Window.getWindows().get(0).getScene().snapshot(null);
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                            Path.of(System.getenv("FLOOD_PNG")).toFile());
                } catch (java.io.IOException e) {
                    e.printStackTrace();
                }
                shot.countDown();
            });
            shot.await();
        }
        if (System.getenv("FLOOD_DUMP") != null) { // a heap dump of what is live, to see who holds what
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(System.getenv("FLOOD_DUMP"), true);
        }
        if (System.getenv("FLOOD_NMT") != null) { // where the resident memory outside the heap goes (-XX:NativeMemoryTracking=summary)
            Object nmt = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=MB"}}, new String[] {String[].class.getName()});
            nmt.toString().lines().filter(l -> l.contains("committed")).limit(30).forEach(System.out::println);
        }
        if (System.getenv("FLOOD_HISTO") != null) { // what the heap holds, the biggest first
            Object histo = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            histo.toString().lines().limit(30).forEach(System.out::println);
        }
        Platform.runLater(() -> {
            controller.close();
            vm.close();
            Platform.exit();
        });
        System.exit(0);
    }

    private static long kb(String status, String field) {
        return status.lines().filter(l -> l.startsWith(field + ":")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
    }
}
