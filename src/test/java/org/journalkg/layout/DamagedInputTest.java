package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.journalkg.read.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged copies of every sample and of the bundled issue, made from a fixed seed: lines deleted,
 * duplicated, swapped or cut, bytes flipped, the file truncated. Whatever the damage, a reader
 * ends in records or in bad input (InputException, one line naming the file), never in another
 * exception; every fourth copy read is taken on to quads. Not a fuzzer: the same 24 copies of each file every run, so a failure can be replayed
 * from the seed and the kind of damage the message names.
 */
class DamagedInputTest {

    static final int COPIES = 24;
    static final org.journalkg.mention.KnowledgeBase KB = org.journalkg.mention.KnowledgeBase.load(org.journalkg.rdf.Iris.DEFAULT_BASE);

    static Stream<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/samples"))) {
            s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(out::add);
        }
        out.add(Path.of("data/russian-studies-2026-02.md"));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void damage_ends_in_records_or_bad_input(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Random random = new Random(file.getFileName().toString().hashCode());
        int read = 0;
        int refused = 0;
        for (int i = 0; i < COPIES; i++) {
            String kind = KINDS[i % KINDS.length];
            byte[] damaged = damage(original, kind, random);
            String name = file.getFileName() + "#" + i;
            try {
                Layouts.Reading r = Layouts.read(new InputFile(name, damaged), null);
                if (i % 4 == 0) {
                    // Every fourth copy goes on to the graph: citations, mentions and quads take what the reader made.
                    new org.journalkg.rdf.IssueQuads(new org.journalkg.rdf.Iris(org.journalkg.rdf.Iris.DEFAULT_BASE), List.of(r.issue()), KB).all();
                }
                read++;
            } catch (InputException e) {
                if (!e.getMessage().startsWith(name + ": ") || e.getMessage().contains("\n")) {
                    fail(name + " (" + kind + "): the message must be one line naming the file: " + e.getMessage());
                }
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(name + " (" + kind + ", seed " + file.getFileName().toString().hashCode() + "): " + e, e);
            }
        }
        assertEquals(COPIES, read + refused);
    }

    static final String[] KINDS = {"delete-lines", "duplicate-lines", "swap-lines", "cut-line", "flip-bytes", "truncate"};

    static byte[] damage(byte[] original, String kind, Random random) {
        if (kind.equals("flip-bytes")) {
            byte[] b = original.clone();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            return b;
        }
        if (kind.equals("truncate")) {
            return java.util.Arrays.copyOf(original, Math.max(1, random.nextInt(original.length)));
        }
        // Line damage only where the file is text: a Word file is a ZIP, and its lines mean nothing.
        if (original.length > 2 && original[0] == 'P' && original[1] == 'K') {
            byte[] b = original.clone();
            b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
            return b;
        }
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (kind) {
            case "delete-lines" -> {
                int n = 1 + random.nextInt(Math.min(40, lines.size() - at));
                lines.subList(at, at + n).clear();
            }
            case "duplicate-lines" -> {
                int n = 1 + random.nextInt(Math.min(20, lines.size() - at));
                lines.addAll(at, new ArrayList<>(lines.subList(at, at + n)));
            }
            case "swap-lines" -> {
                int other = random.nextInt(lines.size());
                String t = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, t);
            }
            default -> {
                String l = lines.get(at);
                lines.set(at, l.substring(0, l.isEmpty() ? 0 : random.nextInt(l.length())));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
