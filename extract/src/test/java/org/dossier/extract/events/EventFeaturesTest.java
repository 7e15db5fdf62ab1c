package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.model.Actor;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {

    private final EventFeatures features = EventFeatures.standard();

    @Test
    void theRootIsWeighedWithTheSectorOfItsActor() {
        // "Norland police detained two men on Tuesday, a spokesman said"
        List<String> police = features.ofStatement(coded("173", party("Norland police", "NORCOP"), null), "say",
                sentence(), false);
        assertThat(police).contains("root=17&actor-sector=COP");
        assertThat(features.ofStatement(coded("173", party("Norland", "NOR"), null), "say", sentence(), false))
                .contains("root=17&actor-sector=country");
        assertThat(features.ofStatement(coded("173", party("Ann Vale", "---CVL;NORBUS"), null), "say", sentence(),
                false)).as("the first of several codes").contains("root=17&actor-sector=CVL");
        assertThat(features.ofStatement(coded("173", party("the crowd", null), null), "say", sentence(), false))
                .contains("root=17&actor-sector=uncoded");
        assertThat(features.ofStatement(coded("173", null, null), "say", sentence(), false))
                .contains("root=17&actor-sector=none");
    }

    @Test
    void theKindsOfNamedEntityOfTheSentenceAreFeatures() {
        List<String> out = features.ofStatement(coded("173", party("Norland police", "NORCOP"), null), "say",
                sentence(), false);
        assertThat(out).contains("sentence-entity=ORGANIZATION", "sentence-entity=NUMBER", "sentence-entity=DATE")
                .noneMatch(f -> f.equals("sentence-entity=O") || f.equals("sentence-entity=PERSON"));
    }

    private static StatementCoder.Coded coded(String code, ActorResolver.Resolved actor,
            ActorResolver.Resolved target) {
        return new StatementCoder.Coded(code, "arrest", actor, target, Set.of());
    }

    private static ActorResolver.Resolved party(String name, String code) {
        return new ActorResolver.Resolved(new Actor(name, code), List.of(0), ActorResolver.Kind.SECTOR, false);
    }

    /** "Norland police detained two men on Tuesday", with its named-entity tags. */
    private static SentenceView sentence() {
        String[] words = {"Norland", "police", "detained", "two", "men", "on", "Tuesday"};
        String[] lemmas = {"Norland", "police", "detain", "two", "man", "on", "Tuesday"};
        String[] tags = {"ORGANIZATION", "ORGANIZATION", "O", "NUMBER", "O", "O", "DATE"};
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(new Span(offset, offset + words[i].length()), words[i], lemmas[i], "NN", tags[i]));
            offset += words[i].length() + 1;
        }
        return new SentenceView(new Sentence(0, new Span(0, offset - 1), tokens), null);
    }
}
