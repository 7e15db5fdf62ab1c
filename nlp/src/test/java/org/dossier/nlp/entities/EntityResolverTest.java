package org.dossier.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Span;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

/** Runs the resolver on mentions marked by hand in texts written for the test, without any model. */
class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    @Test
    void variantsOfAPersonBecomeOneEntityNamedByTheLongestForm() {
        String text = "Assad spoke. Later Bashar Assad met aides, and President Bashar al-Assad's office said so. "
                + "Assad left.";
        List<Entity> entities = resolve(text, List.of(
                m(text, "Assad", 0, EntityType.PERSON), m(text, "Bashar Assad", 0, EntityType.PERSON),
                m(text, "President Bashar al-Assad's", 0, EntityType.PERSON), m(text, "Assad", 2, EntityType.PERSON)));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Bashar al-Assad");
        assertThat(entities.get(0).mentions()).hasSize(4);
    }

    @Test
    void aPoliceRankOrAnOfficeBeforeASurnameIsThePersonNamedBefore() {
        String text = "Inspector Dave Gaskin said so. Insp Gaskin said more. Taoiseach Leo Varadkar spoke.";
        List<Entity> entities = resolve(text, List.of(m(text, "Dave Gaskin", 0, EntityType.PERSON),
                m(text, "Insp Gaskin", 0, EntityType.PERSON),
                m(text, "Taoiseach Leo Varadkar", 0, EntityType.PERSON)));
        assertThat(entities).extracting(Entity::name).containsExactly("Dave Gaskin", "Leo Varadkar");
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void accentsAndCaseDoNotSplitAPerson() {
        String text = "François Hollande spoke. Hollande and HOLLANDE agreed.";
        List<Entity> entities = resolve(text, List.of(m(text, "François Hollande", 0, EntityType.PERSON),
                m(text, "Hollande", 1, EntityType.PERSON), m(text, "HOLLANDE", 0, EntityType.PERSON)));
        assertThat(entities).singleElement().extracting(Entity::name).isEqualTo("François Hollande");
    }

    @Test
    void differentPeopleWithDifferentNamesStayApart() {
        String text = "John Kerry met Sergei Lavrov. Kerry said Lavrov agreed.";
        List<Entity> entities = resolve(text, List.of(m(text, "John Kerry", 0, EntityType.PERSON),
                m(text, "Sergei Lavrov", 0, EntityType.PERSON), m(text, "Kerry", 1, EntityType.PERSON),
                m(text, "Lavrov", 1, EntityType.PERSON)));
        assertThat(entities).extracting(Entity::name).containsExactly("John Kerry", "Sergei Lavrov");
        assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void aFamilyNameWrittenFirstIsThePersonButAGivenNameIsNot() {
        String text = "Liu Xiaoming met John Kerry. Liu said Kerry agreed, and John left.";
        List<Entity> entities = resolve(text, List.of(m(text, "Liu Xiaoming", 0, EntityType.PERSON),
                m(text, "John Kerry", 0, EntityType.PERSON), m(text, "Liu", 1, EntityType.PERSON),
                m(text, "Kerry", 1, EntityType.PERSON), m(text, "John", 1, EntityType.PERSON)));
        assertThat(entities).extracting(Entity::name).containsExactly("Liu Xiaoming", "John Kerry", "John");
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void acronymJoinsItsOrganization() {
        String text = "The Syrian Observatory for Human Rights (SOHR) said the SOHR counts deaths.";
        List<Entity> entities = resolve(text, List.of(
                m(text, "Syrian Observatory for Human Rights", 0, EntityType.ORGANIZATION),
                m(text, "SOHR", 0, EntityType.ORGANIZATION), m(text, "SOHR", 1, EntityType.ORGANIZATION)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Syrian Observatory for Human Rights");
            assertThat(e.mentions()).hasSize(3);
        });
    }

    @Test
    void bareSurnameTaggedAsPlaceJoinsThePerson() {
        String text = "Vladimir Putin arrived. Putin said nothing.";
        List<Entity> entities = resolve(text, List.of(m(text, "Vladimir Putin", 0, EntityType.PERSON),
                m(text, "Putin", 1, EntityType.LOCATION)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.mentions()).allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
        });
    }

    @Test
    void placesMatchOnlyExactly() {
        String text = "Aleppo and East Aleppo and Aleppo.";
        List<Entity> entities = resolve(text, List.of(m(text, "Aleppo", 0, EntityType.LOCATION),
                m(text, "East Aleppo", 0, EntityType.LOCATION), m(text, "Aleppo", 2, EntityType.LOCATION)));
        assertThat(entities).extracting(Entity::name).containsExactly("Aleppo", "East Aleppo");
    }

    private List<Entity> resolve(String text, List<Mention> mentions) {
        AnnotatedArticle article = AnnotatedArticle.of(Articles.of(text)).with(Layers.MENTIONS, mentions);
        return resolver.apply(article).get(Layers.ENTITIES);
    }

    /** The {@code occurrence}-th (from 0) occurrence of {@code surface}, as a mention. */
    private static Mention m(String text, String surface, int occurrence, EntityType type) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(surface, at + 1);
        }
        String id = Articles.of(text).id();
        return new Mention(id, new Span(at, at + surface.length()), surface, type);
    }

}
