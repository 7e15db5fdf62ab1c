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

class StoryDateInferenceTest {

    private static final String STORY = "Health Minister Laura Brandt of Norway said on %s that the Oslo clinic "
            + "would reopen, after talks with the Red Cross and the city of Bergen.\n\nBrandt said Oslo and Bergen "
            + "would share the cost with the Red Cross.";
    private static final String OTHER_STORY = "Storms hit the coast of Florida on %s, and the mayor of Miami ordered "
            + "schools closed while the National Guard patrolled Tampa and Orlando.";
    /** 2021-06-14 was a Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2021, 6, 14);

    @Test
    void undatedArticleTakesTheDateOfAMateReportingTheSameWeekday() {
        StoryDateInference inference = new StoryDateInference();
        Article undated = Articles.of(String.format(STORY, "Monday") + " Extra words.");
        inference.observe(undated);
        inference.observe(dated(String.format(STORY, "Monday"), MONDAY));
        Map<String, Sourced<LocalDate>> inferred = inference.infer();
        assertThat(inferred).containsOnlyKeys(undated.id());
        Sourced<LocalDate> date = inferred.get(undated.id());
        assertThat(date.value()).isEqualTo(MONDAY);
        assertThat(date.rule()).isEqualTo("story-weekday");
        assertThat(date.rawSpan().of(undated.rawText())).isEqualTo("Monday");
    }

    @Test
    void differentWeekdayGivesNoDate() {
        StoryDateInference inference = new StoryDateInference();
        inference.observe(Articles.of(String.format(STORY, "Sunday")));
        inference.observe(dated(String.format(STORY, "Monday"), MONDAY));
        assertThat(inference.infer()).isEmpty();
    }

    @Test
    void mateFromAnotherStoryGivesNoDate() {
        StoryDateInference inference = new StoryDateInference();
        inference.observe(Articles.of(String.format(STORY, "Monday")));
        inference.observe(dated(String.format(OTHER_STORY, "Monday"), MONDAY));
        assertThat(inference.infer()).isEmpty();
    }

    @Test
    void mateWhoseDateIsNotItsLeadWeekdayGivesNoDate() {
        StoryDateInference inference = new StoryDateInference();
        inference.observe(Articles.of(String.format(STORY, "Monday")));
        inference.observe(dated(String.format(STORY, "Monday"), MONDAY.plusDays(1)));
        assertThat(inference.infer()).isEmpty();
    }

    @Test
    void leadWeekdaySkipsOtherDaysAndQuotes() {
        assertThat(LeadWeekday.of(Articles.of("He said \"see you on Friday\" and left last Monday, then spoke on "
                + "Tuesday about it."))).get().extracting(LeadWeekday.Mention::day).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(LeadWeekday.of(Articles.of("Sunday's vote was close, said officials in the capital of the "
                + "country."))).isEmpty();
    }

    private static Article dated(String text, LocalDate date) {
        Article article = Articles.of(text);
        ArticleMetadata metadata = article.metadata().withPublished(Sourced.at(date, null, "test"), DateConfidence.STATED);
        return article.withMetadata(metadata);
    }
}
