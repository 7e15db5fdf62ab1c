package org.dossier.eval.places;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.PlaceMentionRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;

/**
 * Scores Dossier's place mentions against a gold of places: each gold mention is matched to the system mention
 * that overlaps it most; then it is found, within 161 km (100 miles, the customary geoparsing threshold) when both
 * have coordinates, of the right country, of the right precision code.
 */
public final class PlaceScorer {

    /** The distance within which coordinates count as right. */
    public static final double THRESHOLD_KM = 161;

    /** Counts of one kind of gold mention (or of all). */
    public static final class Tally {
        int mentions;
        int found;
        int withCoordinates;
        int within;
        int withCountry;
        int rightCountry;
        int withPrecision;
        int rightPrecision;

        public int mentions() {
            return mentions;
        }

        public int found() {
            return found;
        }

        public int within() {
            return within;
        }

        public int withCoordinates() {
            return withCoordinates;
        }

        public int rightCountry() {
            return rightCountry;
        }

        public int withCountry() {
            return withCountry;
        }

        public int rightPrecision() {
            return rightPrecision;
        }

        public int withPrecision() {
            return withPrecision;
        }
    }

    /** What a scoring found: per kind, over all kinds but regions, and the system's mentions that match no gold. */
    public record Result(Map<String, Tally> byKind, Tally places, int systemMentions, int spurious, int articles,
            int missingArticles) {

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "Articles: %d scored, %d of the gold not among the analyzed records%n", articles,
                    missingArticles);
            out.printf(Locale.ROOT, "Place mentions (all kinds but region): %d gold, %d system, %d system mentions "
                    + "overlapping no gold mention%n", places.mentions, systemMentions, spurious);
            line(out, "all but region", places);
            for (Map.Entry<String, Tally> e : byKind.entrySet()) {
                line(out, e.getKey(), e.getValue());
            }
        }

        private static void line(PrintStream out, String kind, Tally t) {
            out.printf(Locale.ROOT, "  %-15s n=%-4d found %s   within %.0f km %s   country %s   precision %s%n", kind,
                    t.mentions, ratio(t.found, t.mentions), THRESHOLD_KM, ratio(t.within, t.withCoordinates),
                    ratio(t.rightCountry, t.withCountry), ratio(t.rightPrecision, t.withPrecision));
        }

        private static String ratio(int n, int d) {
            return d == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) n / d, n, d);
        }
    }

    /** Scores the records of the gold's articles (other records are ignored). */
    public Result score(PlaceGold gold, List<ArticleRecord> records) {
        Map<String, ArticleRecord> byId = new LinkedHashMap<>();
        for (ArticleRecord r : records) {
            byId.put(r.id(), r);
        }
        Map<String, Tally> byKind = new LinkedHashMap<>();
        for (String kind : List.of("city", "district", "admin1", "country", "region")) {
            byKind.put(kind, new Tally());
        }
        Tally places = new Tally();
        int systemMentions = 0;
        int spurious = 0;
        int articles = 0;
        int missing = 0;
        for (PlaceGold.Article article : gold.articles()) {
            ArticleRecord record = byId.get(article.id());
            if (record == null) {
                missing++;
                continue;
            }
            articles++;
            List<PlaceMentionRecord> system = record.places();
            for (PlaceGold.Mention m : article.mentions()) {
                PlaceMentionRecord match = bestOverlap(system, m);
                Tally kind = byKind.computeIfAbsent(m.kind(), k -> new Tally());
                count(kind, m, match);
                if (!m.kind().equals("region")) {
                    count(places, m, match);
                }
            }
            for (PlaceMentionRecord s : system) {
                systemMentions++;
                if (article.mentions().stream().noneMatch(m -> m.start() < s.end() && s.start() < m.end())) {
                    spurious++;
                }
            }
        }
        return new Result(byKind, places, systemMentions, spurious, articles, missing);
    }

    private static PlaceMentionRecord bestOverlap(List<PlaceMentionRecord> system, PlaceGold.Mention m) {
        PlaceMentionRecord best = null;
        int bestOverlap = 0;
        for (PlaceMentionRecord s : system) {
            int overlap = Math.min(s.end(), m.end()) - Math.max(s.start(), m.start());
            if (overlap > bestOverlap) {
                best = s;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static void count(Tally t, PlaceGold.Mention gold, PlaceMentionRecord match) {
        t.mentions++;
        PlaceRecord p = match == null ? null : match.place();
        if (match != null) {
            t.found++;
        }
        if (gold.lat() != null && gold.lon() != null) {
            t.withCoordinates++;
            if (p != null && p.lat() != null && km(gold.lat(), gold.lon(), p.lat(), p.lon()) <= THRESHOLD_KM) {
                t.within++;
            }
        }
        if (gold.country() != null) {
            t.withCountry++;
            if (p != null && gold.country().equals(p.country())) {
                t.rightCountry++;
            }
        }
        if (gold.precision() != null) {
            t.withPrecision++;
            if (p != null && gold.precision().equals(p.precision())) {
                t.rightPrecision++;
            }
        }
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 12_742 * Math.asin(Math.sqrt(Math.min(1, a)));
    }
}
