package org.journalkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.issue.Issue;
import org.journalkg.mention.Candidates;
import org.journalkg.mention.Gazetteer;
import org.journalkg.mention.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "candidates", mixinStandardHelpOptions = true,
        description = {"Lists terms of the issue files that the knowledge base (ontology/entities.ttl) does not know yet:",
                "quoted terms, bilingual pairs 中文（English）, names ending in 走廊, 组织, 战略, 倡议, 计划 — with frequencies and articles."})
final class CandidatesCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--min-count", defaultValue = "1", paramLabel = "N", description = "Only terms found at least N times. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Override
    public Integer call() {
        String f = Choice.of("--format", format, List.of("text", "json"));
        List<Issue> issues = inputs.issues();
        KnowledgeBase kb = inputs.knowledgeBase();
        List<Candidates.Term> terms = new Candidates(new Gazetteer(kb)).find(issues).stream().filter(t -> t.count() >= minCount).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (f.equals("json")) {
            JsonArray a = new JsonArray();
            for (Candidates.Term t : terms) {
                JsonObject o = new JsonObject();
                o.put("term", t.term());
                o.put("kind", t.kind());
                o.put("count", JsonNumber.value(t.count()));
                JsonArray pages = new JsonArray();
                t.articles().forEach(p -> pages.add(JsonNumber.value(p)));
                o.put("articles", pages);
                if (t.translation() != null) {
                    o.put("translation", t.translation());
                }
                a.add(o);
            }
            out.println(JSON.toString(a));
        } else {
            out.println("count\tkind\tterm\ttranslation\tarticles (first page)");
            for (Candidates.Term t : terms) {
                out.println(t.count() + "\t" + t.kind() + "\t" + t.term() + "\t" + (t.translation() == null ? "" : t.translation())
                        + "\t" + t.articles().stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse(""));
            }
        }
        return 0;
    }
}
