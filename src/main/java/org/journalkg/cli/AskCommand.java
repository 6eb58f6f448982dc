package org.journalkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.journalkg.query.Ask;
import org.journalkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Which articles discuss TERM? TERM in Chinese, Russian or English, any label or abbreviation",
                "(上合组织, ШОС, SCO, Зангезурского коридора), case- and width-insensitive, a small typo forgiven.",
                "Articles come ranked (mentions in title, abstract and keywords weigh more than in notes) with up to three quotes."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Parameters(paramLabel = "TERM", arity = "1..*", description = "The name of an actor or concept.")
    List<String> term;

    @Override
    public Integer call() {
        String f = Choice.of("--format", format, List.of("text", "json"));
        String t = String.join(" ", term);
        Ask.Answer answer = new Ask(Store.open(db.path())).ask(t);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (answer.entities().isEmpty()) {
            System.err.println("journal-kg: no actor or concept is called \"" + t + "\"; nearest labels: " + String.join(", ", answer.nearest()));
        }
        if (f.equals("json")) {
            JsonArray a = new JsonArray();
            answer.articles().forEach(h -> a.add(h.toJson()));
            out.println(JSON.toString(a));
            return 0;
        }
        int rank = 0;
        for (Ask.Hit h : answer.articles()) {
            out.printf("%d. %s  %s  (%d mentions, score %.1f)%n   %s%n", ++rank, h.firstPage() > 0 ? "p." + h.firstPage() : "(no pages)",
                    h.title(), h.mentions(), h.score(), h.article());
            for (String e : h.evidence()) {
                out.println("   « " + e + " »");
            }
        }
        return 0;
    }
}
