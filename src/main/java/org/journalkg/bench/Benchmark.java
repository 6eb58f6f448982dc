package org.journalkg.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.journalkg.query.Ask;
import org.journalkg.read.TextReader;
import org.journalkg.store.Store;

/**
 * Measures, for a number of issues: the build (wall time, quads per second, peak memory of the
 * building process), the stock bulk loader on the same quads, ask latency, and endpoint
 * throughput under 8 concurrent clients beside a stock Fuseki server on the same database. Builds
 * and servers run as child processes of the jar, with default settings, as a user would run them.
 */
public final class Benchmark {

    /** What one run measured. */
    public record Result(int issues, long quads, double buildSeconds, Memory build, double loaderSeconds, Memory loader,
                         double askMedianMs, double askP99Ms, double textMedianMs, double textP99Ms, double ourQps, double stockQps) {

        public double ratio() {
            return buildSeconds / loaderSeconds;
        }
    }

    /**
     * The peak resident memory of a process (VmHWM) and the peak of its anonymous part (RssAnon:
     * heap and native memory, without the pages of memory-mapped files such as TDB2's indexes).
     */
    public record Memory(long peakRssKb, long peakAnonKb) {

        static Memory max(Memory a, Memory b) {
            return new Memory(Math.max(a.peakRssKb(), b.peakRssKb()), Math.max(a.peakAnonKb(), b.peakAnonKb()));
        }
    }

    static final String QUERY = "SELECT ?p ?t WHERE { GRAPH ?g { ?a a <http://purl.org/ontology/bibo/AcademicArticle> ; "
            + "<http://purl.org/ontology/bibo/pageStart> ?p ; <http://purl.org/dc/terms/title> ?t } } ORDER BY ?p ?t LIMIT 200";
    public static final List<String> TERMS = List.of("SCO", "ШОС", "上合组织", "Zangezur corridor", "Зангезурского коридора", "TRIPP",
            "Belt and Road", "Global South", "Siberianization", "欧亚主义");
    /**
     * Terms that name no entity of the knowledge base, rare to common (one issue holds 能源 in 6
     * articles): ask answers them from the full-text index.
     */
    public static final List<String> TEXT_TERMS = List.of("大交易", "叶夫列缅科", "Высшая школа экономики", "能源安全", "sanctions",
            "供应链", "地缘政治", "交通走廊", "energy", "能源");

    private final Path jar;
    private final List<String> jvm;
    private final Path work;
    private final Path fusekiJar;
    private final int seconds;

    /** jvm: the options every child JVM gets, as bin/journal-kg gives them (-Xmx1200m). */
    public Benchmark(Path jar, List<String> jvm, Path work, Path fusekiJar, int seconds) {
        this.jar = jar;
        this.jvm = List.copyOf(jvm);
        this.work = work;
        this.fusekiJar = fusekiJar;
        this.seconds = seconds;
    }

    public Result run(int issues) throws Exception {
        Path dir = work.resolve("n" + issues);
        Store.deleteTree(dir);
        List<Path> files = Corpus.write(TextReader.readBundled(), issues, dir.resolve("corpus"));
        Path nq = dir.resolve("all.nq");
        List<String> extract = new ArrayList<>(List.of("extract", "--format", "nq", "-o", nq.toString()));
        files.forEach(f -> extract.add(f.toString()));
        java(extract, "-jar", jar.toString());
        long quads = lines(nq);

        // The build and the stock loader twice each, in the order build, loader, loader, build,
        // each into a fresh folder: drift in the machine's state (page cache, other tenants of a
        // shared machine) falls on both alike. Times are the means, memory the higher peak.
        Path db = dir.resolve("db");
        Timed build1 = build(files, db);
        Timed loader1 = load(nq, dir.resolve("db-tdbloader"));
        Timed loader2 = load(nq, dir.resolve("db-tdbloader-2"));
        Timed build2 = build(files, dir.resolve("db-2"));
        Store.deleteTree(dir.resolve("db-2"));
        Store.deleteTree(dir.resolve("db-tdbloader-2"));
        double buildSeconds = (build1.seconds() + build2.seconds()) / 2;
        double loaderSeconds = (loader1.seconds() + loader2.seconds()) / 2;
        Memory built = Memory.max(build1.memory(), build2.memory());
        Memory loader = Memory.max(loader1.memory(), loader2.memory());

        double[] ask = askLatency(db, TERMS);
        double[] text = askLatency(db, TEXT_TERMS);
        List<String> ourServer = command("-jar", jar.toString(), "serve", "--db", db.toString(), "--port", "3931");
        double ours;
        double stock = Double.NaN;
        if (fusekiJar == null) {
            ours = throughput(ourServer, 3931);
        } else {
            // Two rounds in the order ours, stock, stock, ours: drift in the machine's state
            // (page cache, CPU clock) falls on both alike; each figure is the mean of its two runs.
            List<String> stockServer = command("-jar", fusekiJar.toString(), "--tdb2", "--loc=" + db, "--port=3932", "/kg");
            double ours1 = throughput(ourServer, 3931);
            double stock1 = throughput(stockServer, 3932);
            double stock2 = throughput(stockServer, 3932);
            double ours2 = throughput(ourServer, 3931);
            System.err.printf(Locale.ROOT, "bench: %d issue(s): req/s journal-kg %.0f, stock %.0f, stock %.0f, journal-kg %.0f%n",
                    issues, ours1, stock1, stock2, ours2);
            ours = (ours1 + ours2) / 2;
            stock = (stock1 + stock2) / 2;
        }
        return new Result(issues, quads, buildSeconds, built, loaderSeconds, loader, ask[0], ask[1], text[0], text[1], ours, stock);
    }

    /** A child process's wall time and peak memory. */
    private record Timed(double seconds, Memory memory) { }

    /** journal-kg build of the files into a new database, as a user runs it. */
    private Timed build(List<Path> files, Path db) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--quiet", "--db", db.toString()));
        files.forEach(f -> args.add(f.toString()));
        long t0 = System.nanoTime();
        Memory m = java(args, "-jar", jar.toString());
        return new Timed((System.nanoTime() - t0) / 1e9, m);
    }

    /** tdb2.tdbloader --loader=parallel of the N-Quads into a new database. */
    private Timed load(Path nq, Path db) throws Exception {
        long t0 = System.nanoTime();
        Memory m = java(List.of("--loader=parallel", "--loc", db.toString(), nq.toString()), "-cp", jar.toString(), "tdb2.tdbloader");
        return new Timed((System.nanoTime() - t0) / 1e9, m);
    }

    /** Median and 99th percentile of ask (its first page, with quotes), warm, over the terms, in milliseconds. */
    private static double[] askLatency(Path db, List<String> terms) {
        Dataset ds = Store.open(db);
        try {
            return askLatency(new Ask(ds), terms);
        } finally {
            Store.release(ds);
        }
    }

    /** As above, on an open Ask: 30 asks to warm up, then 200 timed, the terms in turn. */
    public static double[] askLatency(Ask ask, List<String> terms) {
        for (int i = 0; i < 30; i++) {
            ask.ask(terms.get(i % terms.size()));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            ask.ask(terms.get(i % terms.size()));
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(Double::compare);
        return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1)};
    }

    /** Requests per second of 8 clients running the benchmark query for the set time. */
    private double throughput(List<String> command, int port) throws Exception {
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("server-" + port + ".log").toFile()).start();
        try {
            waitForPort(port, server);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/kg/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
            HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build();
            // Warm up under the same load for as long as the measurement: on two cores the JIT
            // needs that long before a server runs at its steady rate.
            clients(http, req, seconds);
            return clients(http, req, seconds);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Requests per second of 8 clients sending the request for the given time. */
    private static double clients(HttpClient http, HttpRequest req, int forSeconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> clients = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    while (!stop.get()) {
                        check(http.send(req, HttpResponse.BodyHandlers.ofString()));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(forSeconds * 1000L);
            stop.set(true);
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            return done.get() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200 || !r.body().contains("bindings")) {
            throw new IllegalStateException("the server answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(200, r.body().length())));
        }
    }

    private static void waitForPort(int port, Process p) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server stopped before it served (exit " + p.exitValue() + ")");
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("no server on port " + port + " after 60 s");
    }

    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a java child process to its end; returns its peak memory. */
    private Memory java(List<String> args, String... launch) throws Exception {
        List<String> cmd = command(launch);
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        long anon = 0;
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    } else if (line.startsWith("RssAnon:")) {
                        anon = Math.max(anon, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException ignored) {
                // The process ended between the check and the read.
            }
            Thread.sleep(50);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd.subList(0, Math.min(cmd.size(), 6))) + " … failed with exit " + p.exitValue());
        }
        return new Memory(peak, anon);
    }

    private static long lines(Path p) throws IOException {
        try (var s = Files.lines(p)) {
            return s.count();
        }
    }

    /** The results as the Markdown table of BENCHMARKS.md. */
    public static String table(List<Result> results) {
        StringBuilder b = new StringBuilder("| issues | quads | build (s) | quads/s | build peak RSS / anonymous (MiB) | tdb2.tdbloader (s) | loader peak RSS / anonymous (MiB) "
                + "| build ÷ loader | ask median (ms) | ask p99 (ms) | text ask median (ms) | text ask p99 (ms) | journal-kg (req/s) | stock Fuseki (req/s) | ratio |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f | %d / %d | %.1f | %d / %d | %.2f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %.2f |%n",
                    r.issues(), r.quads(), r.buildSeconds(), r.quads() / r.buildSeconds(), r.build().peakRssKb() / 1024, r.build().peakAnonKb() / 1024,
                    r.loaderSeconds(), r.loader().peakRssKb() / 1024, r.loader().peakAnonKb() / 1024,
                    r.ratio(), r.askMedianMs(), r.askP99Ms(), r.textMedianMs(), r.textP99Ms(), r.ourQps(), r.stockQps(), r.ourQps() / r.stockQps()));
        }
        return b.toString();
    }
}
