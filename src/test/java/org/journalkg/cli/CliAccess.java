package org.journalkg.cli;

/** Lets tests of other packages run the command line. */
public final class CliAccess {

    private CliAccess() { }

    public static int run(String... args) {
        return Cli.run(args).exit();
    }
}
