package org.gilankg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An example query from {@code queries/}: its file name, the title and description from its
 * header comment, and its text.
 */
public record ExampleQuery(String name, String title, String description, String text) {

    /** The examples in a directory, by file name; none if the directory is missing. */
    public static List<ExampleQuery> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(ExampleQuery::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExampleQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> header = text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#\\s?", "")).toList();
            String title = header.isEmpty() ? file.getFileName().toString() : header.get(0);
            String description = header.stream().skip(1).collect(Collectors.joining(" ")).strip();
            return new ExampleQuery(file.getFileName().toString().replaceFirst("\\.rq$", ""), title, description, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
