package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.PlaceRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.ArticleRecord.SpanText;

/** Article records written for the store tests: two outlets reporting one strike, and an unrelated story. */
public final class StoreFixtures {

    private StoreFixtures() {}

    public static final String STRIKE_A = "Warplanes bombed a hospital in Aleppo on Monday, killing 40 people. "
            + "\"This is a war crime,\" said Jean-Marc Ayrault, the French foreign minister. "
            + "The Syrian Observatory said the strikes hit the eastern districts of Aleppo.";
    public static final String STRIKE_B = "A hospital in eastern Aleppo was bombed by warplanes on Monday. "
            + "Rescuers said 65 people were killed in the strike on the hospital. "
            + "Ayrault said the bombing of Aleppo hospitals must stop and the Syrian Observatory counted the dead.";
    public static final String HARVEST = "Farmers in Iowa began the corn harvest early this year after a dry summer. "
            + "Prices for corn fell as the harvest started, traders in Chicago said. "
            + "\"We have never seen yields like this,\" said Mary Olsen, who farms near Ames.";

    /** Aleppo (GeoNames 170063) in Aleppo governorate (admin1 09), Syria, and a part of it. */
    public static final PlaceRecord ALEPPO = new PlaceRecord("Aleppo", 170063L, "SY", "09", 36.20124, 37.16117, 1);
    public static final PlaceRecord EAST_ALEPPO = new PlaceRecord("Aleppo", 170063L, "SY", "09", 36.20124, 37.16117,
            2);

    public static ArticleRecord strikeA() {
        return record("aaaa000000000001", "Hospital bombed in Aleppo", "Daily Planet", "2016-10-03", STRIKE_A,
                List.of(entity(STRIKE_A, "Jean-Marc Ayrault")), List.of(entity(STRIKE_A, "Syrian Observatory")),
                List.of(entity(STRIKE_A, "Aleppo")),
                List.of(quote(STRIKE_A, "Jean-Marc Ayrault", "This is a war crime")),
                List.of(figure(STRIKE_A, 40, "killing 40 people", "2016-10-03", null)),
                List.of(placed(event(STRIKE_A, "Warplanes bombed a hospital", "2016-10-03", "warplanes", "MIL",
                        "195", "hospital", "MED", "Aleppo", 0.9), ALEPPO)));
    }

    public static ArticleRecord strikeB() {
        return record("bbbb000000000002", "Aleppo hospital hit by airstrike", "Evening Star", "2016-10-03", STRIKE_B,
                List.of(entity(STRIKE_B, "Ayrault")), List.of(entity(STRIKE_B, "Syrian Observatory")),
                List.of(entity(STRIKE_B, "Aleppo")),
                List.of(quote(STRIKE_B, "Ayrault", "the bombing of Aleppo hospitals must stop")),
                List.of(figure(STRIKE_B, 65, "65 people were killed", "2016-10-03", "Rescuers")),
                List.of(placed(event(STRIKE_B, "was bombed by warplanes", "2016-10-03", "warplanes", "MIL", "195",
                        "hospital", "MED", "Aleppo", 0.4), EAST_ALEPPO)));
    }

    public static ArticleRecord harvest() {
        return record("cccc000000000003", "Early corn harvest in Iowa", "Farm Weekly", "2016-09-20", HARVEST,
                List.of(entity(HARVEST, "Mary Olsen")), List.of(), List.of(entity(HARVEST, "Iowa")),
                List.of(quote(HARVEST, "Mary Olsen", "We have never seen yields like this")), List.of(),
                List.of());
    }

    public static ArticleRecord failed(String id) {
        return new ArticleRecord(id, "broken/" + id + ".html", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, "not a text document: binary content", "read", null);
    }

    public static ArticleRecord record(String id, String title, String outlet, String published, String text,
            List<EntityRecord> persons, List<EntityRecord> organizations, List<EntityRecord> locations,
            List<QuoteRecord> quotes, List<FigureRecord> figures, List<EventRecord> events) {
        return new ArticleRecord(id, "fixtures/" + id + ".txt", "https://example.org/" + id, title, outlet,
                day(published),
                "stated", null, "en", text, persons, organizations, locations, quotes, List.of(), figures, events,
                null, null, null);
    }

    private static int at(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the fixture text");
        }
        return i;
    }

    public static EntityRecord entity(String text, String name) {
        int i = at(text, name);
        return new EntityRecord(name.toLowerCase(java.util.Locale.ROOT), name,
                List.of(new SpanText(name, i, i + name.length())));
    }

    public static QuoteRecord quote(String text, String speaker, String said) {
        int i = at(text, said);
        int s = at(text, speaker);
        return new QuoteRecord(speaker, said, true, "said", i, i + said.length(), speaker, s, s + speaker.length(),
                null, null, 0, text.length());
    }

    /** A quote of a speaker the article does not name ("a rebel source"). */
    public static QuoteRecord anonymousQuote(String text, String speaker, String said) {
        QuoteRecord q = quote(text, speaker, said);
        return new QuoteRecord(q.speaker(), q.text(), q.direct(), q.cue(), q.start(), q.end(), null,
                q.speakerStart(), q.speakerEnd(), null, null, q.contextStart(), q.contextEnd(), null, true);
    }

    public static FigureRecord figure(String text, long value, String phrase, String date, String source) {
        int i = at(text, phrase);
        return new FigureRecord(value, null, "people", "killed", source, day(date), null, phrase, i,
                i + phrase.length());
    }

    public static EventRecord placed(EventRecord e, PlaceRecord place) {
        return new EventRecord(e.date(), e.datePrecision(), e.dateBasis(), e.actor(), e.actorCode(), e.action(),
                e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.target(), e.targetCode(), place.name(),
                e.confidence(), e.text(), e.start(), e.end(), place);
    }

    public static FigureRecord placed(FigureRecord f, PlaceRecord place) {
        return new FigureRecord(f.value(), f.qualifier(), f.unit(), f.what(), f.source(), f.date(), place.name(),
                f.text(), f.start(), f.end(), place);
    }

    public static EventRecord event(String text, String phrase, String date, String actor, String actorCode, String cameo,
            String target, String targetCode, String location, double confidence) {
        int i = at(text, phrase);
        return new EventRecord(day(date), date == null ? null : "day", date == null ? null : "stated", actor, actorCode,
                "bomb", cameo, cameo.substring(0, 2), 4, -10.0, target, targetCode, location, confidence, phrase, i,
                i + phrase.length());
    }

    /** The day of an ISO date, or null. */
    public static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
