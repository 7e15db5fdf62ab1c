package org.dossier.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.ArticleMetadata.DateConfidence;
import org.dossier.model.Sourced;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

class DateEvidenceTest {

    private static final String STORY = "Health Minister Laura Brandt of Norway said on %s that the Oslo clinic "
            + "would reopen, after talks with the Red Cross and the city of Bergen.\n\nBrandt said Oslo and Bergen "
            + "would share the cost with the Red Cross.";
    private static final String OTHER_STORY = "Storms hit the coast of Florida on %s, and the mayor of Miami ordered "
            + "schools closed while the National Guard patrolled Tampa and Orlando.";
    /** 2021-06-14 was a Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2021, 6, 14);

    @Test
    void undatedArticleTakesTheDateOfAMateReportingTheSameWeekday() {
        DateEvidence inference = DateEvidence.empty();
        Article undated = Articles.of(String.format(STORY, "Monday") + " Extra words.");
        inference.add(undated);
        inference.add(dated(String.format(STORY, "Monday"), MONDAY));
        Map<String, Sourced<LocalDate>> inferred = inference.infer();
        assertThat(inferred).containsOnlyKeys(undated.id());
        Sourced<LocalDate> date = inferred.get(undated.id());
        assertThat(date.value()).isEqualTo(MONDAY);
        assertThat(date.rule()).isEqualTo("story-weekday");
        assertThat(date.rawSpan().of(undated.rawText())).isEqualTo("Monday");
    }

    @Test
    void differentWeekdayGivesNoDate() {
        DateEvidence inference = DateEvidence.empty();
        inference.add(Articles.of(String.format(STORY, "Sunday")));
        inference.add(dated(String.format(STORY, "Monday"), MONDAY));
        assertThat(inference.infer()).isEmpty();
    }

    @Test
    void mateFromAnotherStoryGivesNoDate() {
        DateEvidence inference = DateEvidence.empty();
        inference.add(Articles.of(String.format(STORY, "Monday")));
        inference.add(dated(String.format(OTHER_STORY, "Monday"), MONDAY));
        assertThat(inference.infer()).isEmpty();
    }

    @Test
    void mateWhoseDateIsNotItsLeadWeekdayGivesNoDate() {
        DateEvidence inference = DateEvidence.empty();
        inference.add(Articles.of(String.format(STORY, "Monday")));
        inference.add(dated(String.format(STORY, "Monday"), MONDAY.plusDays(1)));
        assertThat(inference.infer()).isEmpty();
    }

    @Test
    void leadWeekdaySkipsOtherDaysAndQuotes() {
        assertThat(LeadWeekday.of(Articles.of("He said \"see you on Friday\" and left last Monday, then spoke on "
                + "Tuesday about it."))).get().extracting(LeadWeekday.Mention::day).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(LeadWeekday.of(Articles.of("Sunday's vote was close, said officials in the capital of the "
                + "country."))).isEmpty();
    }

    @Test
    void evidenceGatheredInPartsAndMergedInfersWhatTheWholeDoes() {
        Article undated = Articles.of(String.format(STORY, "Monday") + " Extra words.");
        Article mate = dated(String.format(STORY, "Monday"), MONDAY);
        Article otherUndated = Articles.of(String.format(OTHER_STORY, "Tuesday"));
        Article otherMate = dated(String.format(OTHER_STORY, "Tuesday") + " More.", MONDAY.plusDays(1));

        DateEvidence left = DateEvidence.of(undated).add(otherMate);
        DateEvidence right = DateEvidence.empty().add(mate).merge(DateEvidence.of(otherUndated));
        Map<String, Sourced<LocalDate>> merged = DateEvidence.empty().merge(left).merge(right).infer();

        assertThat(merged).containsOnlyKeys(undated.id(), otherUndated.id());
        assertThat(merged.get(undated.id()).value()).isEqualTo(MONDAY);
        assertThat(merged.get(otherUndated.id()).value()).isEqualTo(MONDAY.plusDays(1));
        assertThat(left.size()).isEqualTo(2);
        assertThat(DateEvidence.of(undated).add(mate).infer()).containsOnlyKeys(undated.id());
    }

    @Test
    void eachWeekdayInfersOnItsOwnWhatTheWholeDoes() {
        Article undated = Articles.of(String.format(STORY, "Monday") + " Extra words.");
        Article otherUndated = Articles.of(String.format(OTHER_STORY, "Tuesday"));
        DateEvidence whole = DateEvidence.of(undated).add(dated(String.format(STORY, "Monday"), MONDAY))
                .add(otherUndated).add(dated(String.format(OTHER_STORY, "Tuesday") + " More.", MONDAY.plusDays(1)))
                .add(Articles.of(String.format(STORY, "Tuesday") + " A third."));

        Map<DayOfWeek, DateEvidence> parts = whole.byWeekday();
        assertThat(parts).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        Map<String, Sourced<LocalDate>> fromParts = new java.util.HashMap<>();
        parts.values().forEach(part -> fromParts.putAll(part.infer()));
        assertThat(fromParts).isEqualTo(whole.infer()).containsOnlyKeys(undated.id(), otherUndated.id());
    }

    @Test
    void evidenceSurvivesJavaSerialization() throws Exception {
        Article undated = Articles.of(String.format(STORY, "Monday") + " Extra words.");
        DateEvidence evidence = DateEvidence.of(undated).add(dated(String.format(STORY, "Monday"), MONDAY));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(evidence);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((DateEvidence) in.readObject()).infer()).isEqualTo(evidence.infer()).hasSize(1);
        }
    }

    private static Article dated(String text, LocalDate date) {
        Article article = Articles.of(text);
        ArticleMetadata metadata = article.metadata().withPublished(Sourced.at(date, null, "test"), DateConfidence.STATED);
        return article.withMetadata(metadata);
    }
}
