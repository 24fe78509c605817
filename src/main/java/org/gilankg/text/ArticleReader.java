package org.gilankg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gilankg.GilanKgException;

/** Reads the article file strictly: it must exist, be non-empty and be valid UTF-8. */
public final class ArticleReader {

    private ArticleReader() {}

    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GilanKgException(file + ": no such file");
        } catch (IOException e) {
            throw new GilanKgException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new GilanKgException(file + ":1: the article is empty");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            throw new GilanKgException(file + ":" + lineOf(bytes, bad) + ": not UTF-8 (invalid byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " at byte offset " + bad + ")");
        }
    }

    /** Finds the first byte at which strict UTF-8 decoding fails, to name the line in the error. */
    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
