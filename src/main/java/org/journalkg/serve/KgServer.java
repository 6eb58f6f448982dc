package org.journalkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.journalkg.read.InputException;

/**
 * The embedded SPARQL server: the dataset at /kg (SPARQL Protocol at /kg/sparql and /kg/query,
 * Graph Store Protocol read-only at /kg/get), the web page at /, its API at /api, resource pages
 * at /resource. Read-only unless updates are allowed, and then only behind a password; SERVICE
 * is refused; a query timeout bounds what clients ask for; results are capped in rows.
 * <pre>
 *   FusekiServer s = KgServer.builder(dataset).port(0).build();
 *   s.start(); … s.stop();
 * </pre>
 */
public final class KgServer {

    /** The server's settings, with the defaults of `journal-kg serve`. */
    public static final class Builder {
        private final Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private long timeoutMillis = 10_000;
        private long maxRows = 10_000;
        private boolean allowUpdate;
        private Path passwordFile;
        private Path report;
        private ServedDatabase served;

        private Builder(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder timeoutMillis(long t) { this.timeoutMillis = t; return this; }
        public Builder maxRows(long n) { this.maxRows = n; return this; }
        /** The editorial report build wrote beside the data (json), shown by the page's Report view. */
        public Builder report(Path file) { this.report = file; return this; }

        /** Allows SPARQL Update and Graph Store writes, for the users of a Jetty password file. */
        public Builder allowUpdate(Path passwordFile) {
            this.allowUpdate = true;
            this.passwordFile = Objects.requireNonNull(passwordFile, "passwordFile");
            return this;
        }

        public FusekiServer build() {
            if (allowUpdate && !Files.isReadable(passwordFile)) {
                throw new InputException(passwordFile, "no such password file (lines of user: password)");
            }
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            context.set(ARQ.httpServiceAllowed, false);
            // Fuseki executes queries with the dataset's context: the limits go there too (and into every database a reload opens).
            java.util.function.Consumer<Dataset> limits = ds -> {
                ds.getContext().set(ARQ.httpServiceAllowed, false);
                ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            };
            if (served != null) {
                served.onOpen(limits);
            } else {
                limits.accept(dataset);
            }
            FusekiServer.Builder b = FusekiServer.create(OperationRegistry.createStd(), context)
                    .port(port)
                    .loopback(isLoopback(host))
                    .enableCors(true)
                    .registerOperation(Operation.Query, new CappedQuery(maxRows))
                    .add("/kg", dataset.asDatasetGraph(), allowUpdate)
                    .addServlet("/api/ping", new PingServlet())
                    .addServlet("/api/*", new Api(dataset, report, served != null ? served : Derived.once(dataset)))
                    .addServlet("/resource", new ResourcePage(dataset))
                    .addServlet("/webjars/*", new ClasspathFiles("META-INF/resources/webjars/", null))
                    // The page's scripts and styles (web/app.css also styles /resource).
                    .addServlet("/web/*", new ClasspathFiles("web/", null))
                    .addServlet("/index.html", new ClasspathFiles("web/", "index.html"))
                    // The page's own addresses: a typed page per resource (/id/… mirrors the IRI's path) and one per view.
                    .addServlet("/id/*", ClasspathFiles.page("web/", "index.html"))
                    .addServlet("/graph", ClasspathFiles.page("web/", "index.html"))
                    .addServlet("/sparql", ClasspathFiles.page("web/", "index.html"))
                    .addServlet("/report", ClasspathFiles.page("web/", "index.html"))
                    .addServlet("", new ClasspathFiles("web/", "index.html"));
            if (served != null) {
                // Requests wait while a reload switches the database; in-flight ones run out first (a query is bounded by the timeout).
                b.addFilter("/*", served.gate())
                        .addServlet("/api/reload", new ReloadServlet(served, Math.max(60_000, 3 * timeoutMillis)));
            }
            if (allowUpdate) {
                b.securityHandler(JettySecurityLib.makeSecurityHandler("journal-kg", userStore(passwordFile), AuthScheme.BASIC))
                        .auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER);
            }
            FusekiServer server = b.build();
            if (!isLoopback(host)) {
                // Fuseki's builder knows only "loopback" or "every interface": the connector is told the one address asked for.
                for (org.eclipse.jetty.server.Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            return server;
        }

        /**
         * The users of a password file (lines of user: password), read once. Fuseki's own password
         * option starts a store that rescans the file on a thread of its own, which outlives the server.
         */
        private static org.eclipse.jetty.security.UserStore userStore(Path file) {
            org.eclipse.jetty.security.PropertyUserStore store = new org.eclipse.jetty.security.PropertyUserStore();
            store.setConfig(org.eclipse.jetty.util.resource.ResourceFactory.root().newResource(file.toAbsolutePath()));
            store.setReloadInterval(0);
            try {
                store.start();
            } catch (Exception e) {
                throw new InputException(file, "cannot be read as a password file (" + e.getMessage() + ")");
            }
            return store;
        }

        private static boolean isLoopback(String host) {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }

    private KgServer() { }

    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /**
     * A server whose database a build can exchange while it runs (`serve --reload`): requests are
     * held at a gate during the switch, and /api/reload starts it.
     */
    public static Builder builder(ServedDatabase served) {
        Builder b = new Builder(served.dataset());
        b.served = served;
        return b;
    }
}
