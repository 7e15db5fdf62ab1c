package org.dossier.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Event;

/**
 * Events that Dossier coded, judged right or wrong by hand, by document: what {@code dossier calibrate-events}
 * fits the confidence on. Each judgment names the event by its document's id, its character offsets and its CAMEO
 * code, never by the article's words; the documents themselves are benchmark files named as in a gold of events
 * ({@link GoldSet}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JudgedEvents(List<Article> articles) {

    public JudgedEvents {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /** A judged document: its id, its file under the benchmark folder, and its judged events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String file, List<Judgment> judged) {
        public Article {
            if (id == null || file == null) {
                throw new IllegalArgumentException("a judged document needs an id and a file");
            }
            judged = judged == null ? List.of() : List.copyOf(judged);
        }
    }

    /**
     * One judged event: where Dossier coded it, with which CAMEO code and root, and whether it is right
     * ({@code judgment} "right" or "wrong").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judgment(int start, int end, String cameo, String root, String judgment) {
        public Judgment {
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

        /** The event coded now at the same words with the same code, else the same root; null if none. */
        public Event findIn(List<Event> events) {
            Event sameRoot = null;
            for (Event e : events) {
                if (e.span().start() == start && e.span().end() == end) {
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

    public static JudgedEvents read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), JudgedEvents.class);
    }
}
