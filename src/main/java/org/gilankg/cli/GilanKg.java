package org.gilankg.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.gilankg.GilanKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar gilan-kg.jar build|serve|query …}. */
@Command(name = "gilan-kg", mixinStandardHelpOptions = true, versionProvider = GilanKg.Version.class,
        description = "A knowledge graph of the Persian Socialist Soviet Republic, derived from its Wikipedia article.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, LinkCommand.class, ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class GilanKg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code -V} on every command: the version the jar was built as. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GilanKg.class.getPackage().getImplementationVersion();
            return new String[] {"gilan-kg " + (v != null ? v : "(development build, not from a jar)")};
        }
    }

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
        cli.setUsageHelpAutoWidth(true);
        cli.setUsageHelpLongOptionsMaxWidth(30);
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
        // The list of commands shows each command's whole description, not its first line.
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> {
            Map<String, CommandLine.Help> subs = help.subcommands();
            int width = subs.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
            CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
                    new CommandLine.Help.Column(width + 2, 2, CommandLine.Help.Column.Overflow.SPAN),
                    new CommandLine.Help.Column(Math.max(40, cli.getCommandSpec().usageMessage().width() - width - 2), 1,
                            CommandLine.Help.Column.Overflow.WRAP));
            subs.forEach((name, sub) -> table.addRowValues(name, String.join(" ", sub.commandSpec().usageMessage().description()).replace("%n", " ").strip()));
            return table.toString();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message;
            // A held lock first: the store's own one-line refusal wraps it, but only here is the server named.
            if (lockFailure(e)) {
                Path store = storeOf(commandLine);
                message = Servers.lockHolder(store).map(pid -> Servers.inUse(store, pid))
                        .orElse(store + " is locked by another process: stop it, or use `query --endpoint URL`");
            } else if (e instanceof GilanKgException) {
                message = e.getMessage();
            } else if (Failures.isBusyPort(e)) {
                message = "the port is already in use (another server?): choose another with --port";
            } else if (Failures.has(e, java.net.ConnectException.class) || Failures.has(e, java.net.UnknownHostException.class)
                    || Failures.has(e, java.net.http.HttpTimeoutException.class)) {
                message = "no answer from the network: " + Failures.oneLine(e);
            } else {
                throw e;
            }
            commandLine.getErr().println("gilan-kg: error: " + message.lines().collect(Collectors.joining(" ")));
            return 1;
        });
        return cli.execute(args);
    }

    /** TDB2 refuses a store another process has open. */
    static boolean lockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if ((name.startsWith("org.apache.jena.dboe") || name.startsWith("org.apache.jena.tdb2"))
                    && t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                return true;
            }
        }
        return false;
    }

    private static Path storeOf(CommandLine command) {
        CommandLine.Model.OptionSpec option = command.getCommandSpec().findOption("--store");
        Object value = option == null ? null : option.getValue();
        return value instanceof Path p ? p : Path.of("run/store");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
