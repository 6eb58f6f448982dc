package org.journalkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.journalkg.bench.Benchmark;
import org.journalkg.bench.Corpus;
import org.journalkg.read.InputException;
import org.journalkg.read.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.CorpusCommand.class, BenchCommand.RunCommand.class, BenchCommand.AskCommand.class},
        description = "Scale: write a corpus of renumbered issues, or measure building, loading, ask and the endpoint (see BENCHMARKS.md).")
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        throw new InputException("bench needs a subcommand: corpus, run or ask (see journal-kg bench --help)");
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true, description = "Writes N issues in the bundled format, renumbered so that each is a distinct issue.")
    static final class CorpusCommand implements Callable<Integer> {
        @Option(names = "--issues", required = true, paramLabel = "N")
        int issues;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR")
        Path output;

        @Override
        public Integer call() throws Exception {
            if (issues < 1) {
                throw new InputException("--issues " + issues + ": expected 1 or more");
            }
            List<Path> files = Corpus.write(TextReader.readBundled(), issues, output);
            System.out.println("wrote " + files.size() + " issues to " + output);
            return 0;
        }
    }

    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = {"Times ask on a built database: the first page with its quotes, warm, for terms that name entities and for terms",
                    "answered from the full text, over several runs. Prints median and p99 per run."})
    static final class AskCommand implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DbOption db;

        @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
        int runs;

        @Override
        public Integer call() {
            org.apache.jena.query.Dataset ds = org.journalkg.store.Store.open(db.path());
            try {
                org.journalkg.query.Ask ask = new org.journalkg.query.Ask(ds);
                for (int r = 1; r <= runs; r++) {
                    double[] entity = Benchmark.askLatency(ask, Benchmark.TERMS);
                    double[] text = Benchmark.askLatency(ask, Benchmark.TEXT_TERMS);
                    System.out.printf(java.util.Locale.ROOT, "run %d: entity answers median %.1f ms, p99 %.1f ms; text answers median %.1f ms, p99 %.1f ms%n",
                            r, entity[0], entity[1], text[0], text[1]);
                }
            } finally {
                org.journalkg.store.Store.release(ds);
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"For each N: builds N issues (wall time, quads/s, peak memory), loads the same quads with tdb2.tdbloader --loader=parallel,",
                    "measures ask (median, p99, warm) and endpoint throughput under 8 clients beside stock Fuseki. Prints a Markdown table."})
    static final class RunCommand implements Callable<Integer> {
        @Option(names = "--issues", defaultValue = "1,20,100", split = ",", paramLabel = "N,N,…", description = "Default: ${DEFAULT-VALUE}.")
        List<Integer> issues;

        @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR", description = "Scratch folder. Default: ${DEFAULT-VALUE}.")
        Path work;

        @Option(names = "--fuseki-jar", paramLabel = "JAR", description = "jena-fuseki-server-5.6.0.jar, for the stock-Fuseki comparison.")
        Path fusekiJar;

        @Option(names = "--jvm", defaultValue = "-Xmx1200m", split = " ", paramLabel = "OPTIONS",
                description = "Options of every child JVM; the default is bin/journal-kg's. Default: ${DEFAULT-VALUE}.")
        List<String> jvm;

        @Option(names = "--seconds", defaultValue = "15", paramLabel = "S", description = "How long each throughput run lasts. Default: ${DEFAULT-VALUE}.")
        int seconds;

        @Override
        public Integer call() throws Exception {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) {
                throw new InputException("bench run measures the built jar: run it as java -jar target/journal-kg.jar bench run");
            }
            if (fusekiJar != null && !Files.isRegularFile(fusekiJar)) {
                throw new InputException(fusekiJar, "no such jar");
            }
            Files.createDirectories(work);
            Benchmark b = new Benchmark(jar, jvm, work, fusekiJar, seconds);
            List<Benchmark.Result> results = new ArrayList<>();
            for (int n : issues) {
                System.err.println("bench: " + n + " issue(s)…");
                results.add(b.run(n));
                System.err.print(Benchmark.table(results));
            }
            System.out.print(Benchmark.table(results));
            return 0;
        }
    }
}
