package org.proclab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code proclab lessons}, {@code proclab run ...}, {@code proclab bench}. */
@Command(name = "proclab", mixinStandardHelpOptions = true, version = "ProcLab 0.1",
        description = "Teaches multi-process programming with real processes. Without arguments the app opens.",
        subcommands = {LessonsCommand.class, RunCommand.class, BenchCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
