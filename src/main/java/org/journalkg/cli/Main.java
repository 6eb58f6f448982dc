package org.journalkg.cli;

import java.io.PrintWriter;
import org.journalkg.read.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * journal-kg: turns an issue of 《俄罗斯研究》 into an RDF knowledge graph in TDB2.
 * <pre>
 *   journal-kg build
 *   journal-kg query articles
 * </pre>
 */
@Command(name = "journal-kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a journal issue into an RDF knowledge graph in Apache Jena TDB2 and queries it.",
        subcommands = {BuildCommand.class, ExtractCommand.class, CheckCommand.class, QueryCommand.class, CitationsCommand.class, RefsCommand.class, AskCommand.class, CandidatesCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class, ValidateCommand.class,
                StatsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of a failure.")
    static boolean verbose;

    @Override
    public void run() {
        // Only reached with global options and no command; execute() answers that before.
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 failure, 2 usage error, 3 internal error (a bug). */
    public static int execute(String... args) {
        // Quiet logging unless asked: users see one line per failure, not library chatter.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            boolean loud = java.util.Arrays.asList(args).contains("--verbose");
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", loud ? "info" : "warn");
            if (!loud) {
                // POI logs an error with a stack trace when it cannot close a damaged .docx; the reader
                // already says what is wrong with the file in one line.
                System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "off");
            }
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        org.apache.jena.sys.JenaSystem.init();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> fail(e, cmd.getErr()));
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        if (args.length == 0) {
            cli.getErr().println("journal-kg: missing a command");
            cli.usage(cli.getErr());
            cli.getErr().flush();
            return 2;
        }
        return cli.execute(args);
    }

    /**
     * Reports a failure in one line and gives its exit code: bad input and a failing disk are the
     * user's to fix (1); anything else is a bug (3), and says so.
     */
    static int fail(Exception e, PrintWriter err) {
        if (verbose) {
            e.printStackTrace(err);
        }
        boolean bug = !(e instanceof InputException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException);
        err.println(bug ? "journal-kg: internal error: " + oneLine(e) + "; run with --verbose and report it" : "journal-kg: " + oneLine(e));
        err.flush();
        return bug ? 3 : 1;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replace('\n', ' ');
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"journal-kg " + (v == null ? "development" : v) + " (Apache Jena 5.6.0, Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
