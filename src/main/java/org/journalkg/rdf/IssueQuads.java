package org.journalkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.cite.CitationReader;
import org.journalkg.cite.ParsedNotes;
import org.journalkg.issue.Issue;
import org.journalkg.mention.Gazetteer;
import org.journalkg.mention.KnowledgeBase;
import org.journalkg.mention.MentionReader;

/**
 * Every quad of a build, issue by issue, so that a build of hundreds of issues streams into the
 * store instead of holding all quads at once. What must see all issues first (keyword labels,
 * one node per cited work, the issue's own people) is prepared up front; the heavy per-issue work
 * (the issue's graph and its mentions) runs on several threads, and the quads are handed on in
 * the order of the issues, so the output does not depend on timing.
 * <pre>
 *   new IssueQuads(iris, issues, KnowledgeBase.load(iris.base())).stream(quad -> loader.quad(quad), 2, done -> progress.step());
 * </pre>
 */
public final class IssueQuads {

    private final List<Issue> issues;
    private final IssueGraph issueGraph;
    private final Labels labels;
    private final CitationGraph citationGraph;
    private final CitationReader.Reading citations;
    private final Map<String, Node> people;
    private final KnowledgeBase kb;
    private final MentionGraph mentionGraph;
    private final MentionReader mentions;

    public IssueQuads(Iris iris, List<Issue> issues, KnowledgeBase kb) {
        this(iris, issues, kb, new ParsedNotes(issues));
    }

    /** The same, with the notes parsed already (a build shares that parse with its editorial report). */
    public IssueQuads(Iris iris, List<Issue> issues, KnowledgeBase kb, ParsedNotes parsed) {
        this.issues = List.copyOf(issues);
        this.issueGraph = new IssueGraph(iris);
        this.labels = Labels.of(issues);
        this.citationGraph = new CitationGraph(iris);
        this.citations = CitationReader.read(issues, parsed);
        this.people = citationGraph.issuePeople(citations);
        this.kb = kb;
        this.mentionGraph = new MentionGraph(iris);
        this.mentions = new MentionReader(new Gazetteer(kb));
    }

    /** What the footnotes of the issues cite (one node per work across all of them). */
    public CitationReader.Reading citations() { return citations; }

    /** All quads in one list: for extract and for tests. */
    public List<Quad> all() {
        List<Quad> out = new ArrayList<>();
        stream(out::add, 1, i -> { });
        return out;
    }

    /** Hands every quad to the sink; {@code done} hears of each issue finished. */
    public void stream(Consumer<Quad> sink, int threads, Consumer<Integer> done) {
        mentionGraph.knowledgeBase(kb).forEach(sink);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Quad>>> pending = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < issues.size(); i++) {
                // At most a few issues ahead of the one being written: memory stays bounded.
                while (next < issues.size() && next < i + Math.max(2, threads * 2)) {
                    Issue issue = issues.get(next++);
                    pending.add(pool.submit(() -> independent(issue)));
                }
                independentQuads(pending.get(i)).forEach(sink);
                pending.set(i, null);
                citationGraph.quads(citations, citations.issues().get(i), people).forEach(sink);
                done.accept(i + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Quad> independent(Issue issue) {
        List<Quad> out = new ArrayList<>(issueGraph.quads(issue, labels));
        out.addAll(mentionGraph.quads(issue, mentions.read(issue)));
        return out;
    }

    private static List<Quad> independentQuads(Future<List<Quad>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
