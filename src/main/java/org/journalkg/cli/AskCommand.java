package org.journalkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.journalkg.query.Ask;
import org.journalkg.query.AskClient;
import org.journalkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Which articles discuss TERM? TERM in Chinese, Russian or English, any label or abbreviation",
                "(上合组织, ШОС, SCO, Зангезурского коридора), case- and width-insensitive, a small typo forgiven.",
                "Articles come ranked (mentions in title, abstract and keywords weigh more than in notes) with up to three quotes.",
                "A term that names no actor or concept of the knowledge base is looked up in the full text instead",
                "(a text match: every article whose titles, abstracts, keywords, paragraphs or notes contain it)."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    ReadDbOption db;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--limit", defaultValue = "" + Ask.DEFAULT_LIMIT, paramLabel = "N", description = "Articles shown. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Articles skipped, for the next page. Default: ${DEFAULT-VALUE}.")
    int offset;

    @Option(names = "--text", description = "Also list the articles whose text contains TERM but that mention none of the entities it names.")
    boolean text;

    @Parameters(paramLabel = "TERM", arity = "1..*", description = "The name of an actor or concept, or any word or phrase.")
    List<String> term;

    @Override
    public Integer call() {
        String f = Choice.of("--format", format, List.of("text", "json"));
        if (limit < 1 || offset < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--limit must be 1 or more and --offset 0 or more");
        }
        String t = String.join(" ", term);
        Ask.Request request = new Ask.Request(t, limit, offset, text);
        var server = db.server();
        Ask.Answer answer;
        boolean textIndexed;
        if (server.isPresent()) {
            answer = AskClient.ask(server.get().url(), request);
            textIndexed = Store.hasTextIndex(db.path());
        } else {
            Ask ask = new Ask(db.open());
            answer = ask.ask(request);
            textIndexed = ask.hasTextIndex();
        }
        if (!textIndexed && (answer.entities().isEmpty() || text)) {
            System.err.println("journal-kg: " + db.path() + " has no full-text index (built by an older journal-kg); build it again for text matches");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (answer.entities().isEmpty()) {
            System.err.println("journal-kg: no actor or concept is called \"" + t + "\"" + (answer.match() == Ask.Match.TEXT
                    ? "; " + answer.total() + " article(s) contain it (a text match)" : "") + "; nearest labels: " + String.join(", ", answer.nearest()));
        }
        if (f.equals("json")) {
            JsonArray a = new JsonArray();
            answer.articles().forEach(h -> a.add(h.toJson()));
            out.println(JSON.toString(a));
        } else {
            int rank = answer.offset();
            for (Ask.Hit h : answer.articles()) {
                String count = h.match() == Ask.Match.TEXT ? h.mentions() + " text part(s) contain it" : h.mentions() + " mentions";
                out.printf("%d. %s  %s  (%s, score %.1f)%s%n   %s%n", ++rank, h.firstPage() > 0 ? "p." + h.firstPage() : "(no pages)",
                        h.title(), count, h.score(), answer.match() == Ask.Match.ENTITY && h.match() == Ask.Match.TEXT ? "  [text match]" : "", h.article());
                for (String e : h.evidence()) {
                    out.println("   « " + e + " »");
                }
            }
        }
        int shown = answer.articles().size();
        if (answer.offset() + shown < answer.total() || answer.offset() > 0) {
            System.err.println("journal-kg: articles " + (shown == 0 ? "none" : (answer.offset() + 1) + "–" + (answer.offset() + shown))
                    + " of " + answer.total() + (answer.offset() + shown < answer.total() ? "; --offset " + (answer.offset() + shown) + " shows the next" : ""));
        }
        return 0;
    }
}
