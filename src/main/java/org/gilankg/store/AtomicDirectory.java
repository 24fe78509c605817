package org.gilankg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.gilankg.GilanKgException;

/**
 * A directory replaced only when its new contents are complete: the new contents are staged
 * beside it ({@code DIR.new}), and {@link #commit()} swaps them in with renames. Until then the
 * old directory is untouched; {@link #abandon()} removes the staging directory.
 */
public final class AtomicDirectory {

    private final Path target;
    private final Path staging;

    public AtomicDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.staging = this.target.resolveSibling(this.target.getFileName() + ".new");
    }

    /** A fresh, not yet existing staging path; an old one left by a crash is removed. */
    public Path staging() {
        deleteRecursively(staging);
        try {
            Files.createDirectories(staging.getParent());
        } catch (IOException e) {
            throw new GilanKgException(staging.getParent() + ": cannot create: " + e.getMessage(), e);
        }
        return staging;
    }

    public Path target() {
        return target;
    }

    public void commit() {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        try {
            deleteRecursively(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(old);
        } catch (IOException e) {
            throw new GilanKgException(target + ": cannot replace: " + e.getMessage(), e);
        }
    }

    public void abandon() {
        deleteRecursively(staging);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
