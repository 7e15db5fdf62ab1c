package org.dossier.extract.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.actors.ActorResolver;

/**
 * The features the event model weighs for a proposed event: its CAMEO root and the source of the proposal (verb,
 * noun, statement), what the rules noted (passive, intent, light verb, pattern, mutual, ...), the trigger word,
 * what kind of actor and target it has (a person, a state, a sector from the phrase or from the article, an
 * organization, none), where the trigger sits in the parse, the domain words of its sentence (nature, sports,
 * disease, accident, markets), the root with the sector of its actor, and the kinds of named entity its sentence
 * holds. All features are binary, named "group=value".
 */
final class EventFeatures {

    private static final Set<String> RELATIONS = Set.of("root", "ccomp", "xcomp", "advcl", "conj", "parataxis",
            "acl:relcl", "obj", "nsubj", "obl", "nmod", "dep", "csubj", "appos");

    private final Map<String, String> domains;

    private EventFeatures(Map<String, String> domains) {
        this.domains = Map.copyOf(domains);
    }

    static EventFeatures standard() {
        return new EventFeatures(WordTables.map("events/context-words.tsv"));
    }

    /** The features of an event a verb or noun states. */
    List<String> ofTrigger(VerbCoder.Coded coded, SentenceView s, boolean lead, boolean quoted) {
        Set<String> out = common(coded.code(), coded.actor(), coded.target(), coded.traits(), s, lead, quoted);
        out.add("source=" + (coded.traits().contains("noun") ? "noun" : "verb"));
        out.add("trigger=" + coded.trigger());
        out.add("root=" + root(coded.code()) + "&trigger=" + coded.trigger());
        String relation = s.relation(coded.verb());
        out.add("relation=" + (RELATIONS.contains(relation) ? relation : "other"));
        out.add("tense=" + s.pos(coded.verb()));
        return List.copyOf(out);
    }

    /** The features of an event a quoted or reported statement states. */
    List<String> ofStatement(StatementCoder.Coded coded, String cue, SentenceView s, boolean lead) {
        Set<String> out = common(coded.code(), coded.actor(), coded.target(), coded.traits(), s, lead, false);
        out.add("source=statement");
        out.add("cue=" + cue);
        return List.copyOf(out);
    }

    private Set<String> common(String code, ActorResolver.Resolved actor, ActorResolver.Resolved target,
            Set<String> traits, SentenceView s, boolean lead, boolean quoted) {
        Set<String> out = new TreeSet<>();
        String root = root(code);
        out.add("root=" + root);
        out.add("code=" + code);
        for (String trait : traits) {
            if (!VerbCoder.UNSEEN_TARGET_TRAITS.contains(trait)) {
                out.add("trait=" + trait);
            }
        }
        String actorKind = kind(actor);
        // a target found only by whom force was aimed at, or in a complement's object-case subject, is not seen:
        // the model was fitted without it
        boolean unseen = traits.stream().anyMatch(VerbCoder.UNSEEN_TARGET_TRAITS::contains);
        String targetKind = kind(unseen ? null : target);
        out.add("actor=" + actorKind);
        out.add("target=" + targetKind);
        out.add("root=" + root + "&actor=" + actorKind);
        out.add("root=" + root + "&target=" + targetKind);
        if (actor != null && actor.actor().code() == null) {
            out.add("actor-uncoded");
        }
        if (actor != null && actor.actor().code() != null && actor.actor().code().startsWith("---")) {
            out.add("actor-country-unknown");
        }
        if (actor != null && actor.actor().code() != null && actor.actor().code().contains(";")) {
            out.add("actor-several");
        }
        // which parties do what: police who arrest and armies who strike are acts far more often than civilians
        // who "fight" or companies who "meet" (docs/events.md, session twenty-four)
        out.add("root=" + root + "&actor-sector=" + sector(actor));
        if (lead) {
            out.add("sentence=lead");
        }
        if (quoted) {
            out.add("sentence=quoted");
        }
        for (int i = 0; i < s.size(); i++) {
            // what the sentence is about in general terms: a dated sentence tells an act more often than one of
            // persons and firms alone
            String entity = s.token(i).ner();
            if (entity != null && !entity.equals("O")) {
                out.add("sentence-entity=" + entity);
            }
            String domain = domains.get(s.lemma(i));
            if (domain != null) {
                out.add("domain=" + domain);
                out.add("domain=" + domain + "&root=" + root);
            }
        }
        return out;
    }

    /**
     * The sector of an actor's (first) code: "GOV" of "SYRGOV", "CVL" of "---CVL", "country" for a bare country or
     * organization code, "uncoded" for an actor with no code, "none" for no actor.
     */
    static String sector(ActorResolver.Resolved r) {
        if (r == null) {
            return "none";
        }
        List<String> codes = ActorSectors.codes(r.actor());
        if (codes.isEmpty()) {
            return "uncoded";
        }
        String first = codes.get(0);
        return first.length() <= 3 ? "country" : first.substring(3, Math.min(6, first.length()));
    }

    private static String kind(ActorResolver.Resolved r) {
        if (r == null) {
            return "none";
        }
        String kind = r.kind().name().toLowerCase(java.util.Locale.ROOT);
        return r.contextual() ? kind + "-context" : kind;
    }

    private static String root(String code) {
        return code.substring(0, 2);
    }
}
