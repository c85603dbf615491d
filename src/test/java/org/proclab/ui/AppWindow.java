package org.proclab.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.present.PresentationModel;
import org.proclab.ui.present.PresentationShell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app's main window on TestFX's stage, new for every test and closed after it (its runs stopped,
 * its JVMs ended). Use it instead of {@code @ExtendWith(ApplicationExtension.class)} and a {@code @Start}
 * method (TestFX finds no inherited {@code @Start}, so the window is built here):
 * <pre>{@code
 * @Tag("ui")
 * class MyViewTest {
 *     @RegisterExtension
 *     final AppWindow app = AppWindow.english();
 *     private MainWindow window;            // filled before each test, as are MainViewModel, Scene and Stage fields
 *
 *     @Test
 *     void run_showsTheTree(FxRobot robot) { robot.clickOn("#run-button"); ... }
 * }
 * }</pre>
 * Before each test the extension sets the test's own (non-static, non-final) fields of type
 * {@link MainViewModel}, {@link MainWindow}, {@link Scene}, {@link Stage}, {@link PresentationModel} and
 * (with {@link #inPresentationShell()}) {@link PresentationShell}; {@link #vm()},
 * {@link #window()}, {@link #scene()} and {@link #stage()} give the same objects. Test methods may take an
 * {@link FxRobot} parameter.
 */
public final class AppWindow implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final Supplier<MainViewModel> model;
    private boolean inShell;
    private double width = 1280;
    private double height = 800;
    private Consumer<MainWindow> beforeShow = w -> { };
    private final FxRobot robot = new FxRobot();

    private MainViewModel vm;
    private MainWindow window;
    private PresentationShell shell;
    private Scene scene;
    private Stage stage;

    private AppWindow(Supplier<MainViewModel> model) {
        this.model = model;
    }

    /** The built-in lessons, in English: what most tests need. */
    public static AppWindow english() {
        return of(() -> new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH));
    }

    /** The built-in lessons in another language. */
    public static AppWindow in(Locale locale) {
        return of(() -> new MainViewModel(LessonCatalog.builtIn(), locale));
    }

    /** A view model of the test's own making (another catalog, problems in lesson files…). */
    public static AppWindow of(Supplier<MainViewModel> model) {
        return new AppWindow(model);
    }

    /** The window inside the presentation shell, as the app shows it (F10, F9, zoom, the F1 overlay). */
    public AppWindow inPresentationShell() {
        inShell = true;
        return this;
    }

    /** The scene's size (1280 × 800 unless said). */
    public AppWindow size(double width, double height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** Something to do to the window on the FX thread before the stage is shown, e.g. pick a lesson. */
    public AppWindow beforeShow(Consumer<MainWindow> action) {
        this.beforeShow = action;
        return this;
    }

    public MainViewModel vm() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }

    public PresentationShell shell() {
        return shell;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public FxRobot robot() {
        return robot;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            stage = s;
            vm = model.get();
            window = new MainWindow(vm, () -> { });
            beforeShow.accept(window);
            shell = inShell ? new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n()) : null;
            scene = new Scene(inShell ? shell : window, width, height);
            s.setScene(scene);
            s.show();
        });
        inject(context.getRequiredTestInstance());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (vm != null) {
                vm.close(); // what closing the window does: no JVM of the run outlives the test
            }
        } finally {
            FxToolkit.cleanupInput(robot);
            FxToolkit.cleanupStages();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    private void inject(Object test) throws IllegalAccessException {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                    continue;
                }
                Object value = f.getType() == MainViewModel.class ? vm
                        : f.getType() == MainWindow.class ? window
                        : f.getType() == Scene.class ? scene
                        : f.getType() == Stage.class ? stage
                        : f.getType() == PresentationModel.class ? window.presentation()
                        : f.getType() == PresentationShell.class ? shell
                        : null;
                if (value != null) {
                    f.setAccessible(true);
                    f.set(test, value);
                }
            }
        }
    }
}
