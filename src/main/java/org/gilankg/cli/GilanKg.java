package org.gilankg.cli;

import org.gilankg.GilanKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar gilan-kg.jar build|serve|query …}. */
@Command(name = "gilan-kg", mixinStandardHelpOptions = true, version = "gilan-kg 0.1.0",
        description = "A knowledge graph of the Persian Socialist Soviet Republic, derived from its Wikipedia article.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, LinkCommand.class, ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class GilanKg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 on success, 1 on a failure, 2 on a usage error. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command line writing to the given streams (for tests and embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GilanKg());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof GilanKgException) {
                commandLine.getErr().println("gilan-kg: error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
