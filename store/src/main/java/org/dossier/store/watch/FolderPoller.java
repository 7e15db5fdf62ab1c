package org.dossier.store.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.ingest.source.InputSource;

/**
 * Polls a folder (or a single input file): the files Dossier reads that are new or changed since they were last
 * stored, read lazily when the batch runs. A file modified in the last moments may still be being written and
 * waits for the next poll. Which files were stored is kept in memory only: after a restart every file is read
 * once more, and the store passes over the documents it holds (by content hash, as {@code dossier ingest} does).
 */
final class FolderPoller {

    /** Files younger than this may still be being written. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private record Stamp(long size, Instant modified) {}

    private final long maxBytes;
    private final InstantSource clock;
    private final Map<Path, Stamp> stored = new HashMap<>();

    FolderPoller(long maxBytes, InstantSource clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    SourcePoll poll(Path folder) {
        if (!Files.exists(folder)) {
            return SourcePoll.failure(folder + ": no such file or folder");
        }
        InputSource all;
        try {
            all = InputSource.of(List.of(folder), maxBytes);
        } catch (IOException | java.io.UncheckedIOException e) {
            return SourcePoll.failure(folder + ": cannot list: " + e.getMessage());
        }
        Instant settled = clock.instant().minus(SETTLE);
        Map<Path, Stamp> fresh = new HashMap<>();
        int settling = 0;
        for (Path file : all.files()) {
            Stamp stamp;
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toInstant());
            } catch (IOException e) {
                continue; // gone since the listing: nothing to read
            }
            if (stamp.equals(stored.get(file))) {
                continue;
            }
            if (stamp.modified().isAfter(settled)) {
                settling++;
                continue;
            }
            fresh.put(file, stamp);
        }
        InputSource news;
        try {
            news = InputSource.of(fresh.keySet().stream().sorted().toList(), maxBytes);
        } catch (IOException e) {
            return SourcePoll.failure(folder + ": cannot list: " + e.getMessage());
        }
        return new SourcePoll(news::items, fresh.size(), all.files().size(), settling, false, null, null, false,
                () -> stored.putAll(fresh));
    }
}
