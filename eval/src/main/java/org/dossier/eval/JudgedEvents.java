package org.dossier.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.Event;

/**
 * Events that Dossier coded, judged right or wrong by hand ({@code gold/events/calibration/judged.json}): what
 * {@code dossier calibrate-events} fits the confidence on. Each judgment names its event by the document's id and
 * benchmark file ({@code source}, as a gold's {@code file}), the event's character offsets and its CAMEO code; no
 * article text is needed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JudgedEvents(List<Judgment> events) {

    public JudgedEvents {
        events = events == null ? List.of() : List.copyOf(events);
        filesOf(events); // refuses a document named with two files
    }

    /**
     * One judged event: its document's id and file, where Dossier coded it, with which CAMEO code, root and actor
     * code (null: none), and whether it is right ({@code judgment} "right" or "wrong").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judgment(String id, String source, Integer start, Integer end, String cameo, String root,
            @JsonProperty("actor_code") String actorCode, String judgment) {
        public Judgment {
            if (id == null || source == null) {
                throw new IllegalArgumentException("a judged event needs its document's id and source file");
            }
            if (start == null || end == null || start < 0 || end <= start) {
                throw new IllegalArgumentException("a judged event of " + id + " needs offsets 0 <= start < end, was "
                        + start + ", " + end);
            }
            if (cameo == null || judgment == null) {
                throw new IllegalArgumentException("a judged event needs its cameo code and a judgment");
            }
            judgment = judgment.toLowerCase(Locale.ROOT);
            if (!judgment.equals("right") && !judgment.equals("wrong")) {
                throw new IllegalArgumentException("a judgment is right or wrong, was " + judgment);
            }
            if (root == null) {
                root = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
            }
        }

        public boolean right() {
            return judgment.equals("right");
        }

        /**
         * The event coded now at the same words with the same actor code and CAMEO code, else the same root; null
         * if none (a judgment is of its actor too, and does not pass to another).
         */
        public Event findIn(List<Event> coded) {
            Event sameRoot = null;
            for (Event e : coded) {
                String codedActor = e.actor() == null ? null : e.actor().code();
                if (e.span().start() == start && e.span().end() == end && Objects.equals(codedActor, actorCode)) {
                    if (e.cameo().equals(cameo)) {
                        return e;
                    }
                    if (sameRoot == null && root.equals(e.root())) {
                        sameRoot = e;
                    }
                }
            }
            return sameRoot;
        }
    }

    /** The file of each judged document, by id, in the order they come. */
    public Map<String, String> files() {
        return filesOf(events);
    }

    private static Map<String, String> filesOf(List<Judgment> events) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Judgment e : events) {
            String file = files.putIfAbsent(e.id(), e.source());
            if (file != null && !file.equals(e.source())) {
                throw new IllegalArgumentException("document " + e.id() + " is named with two files, " + file + " and "
                        + e.source());
            }
        }
        return files;
    }

    public static JudgedEvents read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), JudgedEvents.class);
    }
}
