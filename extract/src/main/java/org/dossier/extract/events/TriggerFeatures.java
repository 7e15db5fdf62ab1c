package org.dossier.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.extract.SentenceView;
import org.dossier.extract.actors.ActorResolver;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.extract.dictionaries.VerbDictionary;
import org.dossier.extract.dictionaries.VerbEntries;

/**
 * What the trigger model reads of a verb: its lemma (alone and with its relation and particle), its tag, its place
 * in the parse and the verb it depends on, the lemmas of its subject, object, complements and prepositional
 * phrases, the kind of actor its subject and object name, negation, modality and intention, what root the CAMEO
 * dictionary gives it, and whether it stands in a quotation. All features are binary, named "group=value".
 */
final class TriggerFeatures {

    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "xcomp", "ccomp",
            "compound:prt", "advmod", "obl", "obl:agent", "aux", "aux:pass", "mark");
    private static final Set<String> GOVERNED = Set.of("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl",
            "parataxis");

    private TriggerFeatures() {}

    /** The features of the verb at {@code v}. */
    static List<String> of(SentenceView s, int v, VerbDictionary verbs, ActorResolver actors, boolean quoted) {
        Set<String> out = new TreeSet<>();
        String lemma = lower(s.lemma(v));
        String relation = s.relation(v);
        out.add("lemma=" + lemma);
        out.add("tag=" + s.pos(v));
        out.add("relation=" + relation);
        out.add("lemma=" + lemma + "&relation=" + relation);
        int particle = s.firstChild(v, Set.of("compound:prt"));
        VerbEntries.Verb entry = verbs.find(s.lemma(v), particle < 0 ? null : s.word(particle));
        out.add("dictionary=" + (entry == null ? "absent"
                : entry.code().equals(VerbEntries.NO_EVENT) ? "no-event" : CameoCodes.root(entry.code())));
        int governor = s.head(v);
        if (governor >= 0 && GOVERNED.contains(relation)) {
            out.add("governor=" + lower(s.lemma(governor)));
            out.add("governor=" + lower(s.lemma(governor)) + "&relation=" + relation);
        }
        for (int c : s.children(v)) {
            String r = s.relation(c);
            if (!ARGUMENTS.contains(r)) {
                continue;
            }
            String word = r.startsWith("aux") || r.equals("mark") || r.equals("advmod") ? lower(s.word(c))
                    : lower(s.lemma(c));
            String marker = s.caseMarker(c);
            String key = r.equals("obl") && marker != null ? "obl:" + lower(marker) : r;
            out.add("has=" + key);
            out.add(key + "=" + word);
            out.add("lemma=" + lemma + "&" + key + "=" + word);
        }
        String subject = kind(actors, s, VerbCoder.subjectOf(s, v, 0));
        out.add("subject=" + subject);
        out.add("object=" + kind(actors, s, VerbCoder.objectOf(s, v)));
        out.add("lemma=" + lemma + "&subject=" + subject);
        if (VerbCoder.negated(s, v)) {
            out.add("negated");
        }
        if (VerbCoder.hypothetical(s, v)) {
            out.add("hypothetical");
        }
        if (VerbCoder.intended(s, v)) {
            out.add("intended");
        }
        for (int t : VerbCoder.ownClause(s, v)) {
            if (t != v && (s.pos(t).startsWith("NN") || s.pos(t).startsWith("VB") || s.pos(t).startsWith("JJ"))) {
                out.add("clause=" + lower(s.lemma(t)));
            }
        }
        if (quoted) {
            out.add("quoted");
        }
        if (v + 1 < s.size()) {
            out.add("next=" + lower(s.word(v + 1)));
        }
        return List.copyOf(out);
    }

    /**
     * The kind of actor a phrase names, with the sector of its code when it has one ("state", "sector:GOV",
     * "person:GOV"); "none" for a phrase that names no actor, "absent" for no phrase.
     */
    private static String kind(ActorResolver actors, SentenceView s, int head) {
        if (head < 0) {
            return "absent";
        }
        ActorResolver.Resolved r = actors.peek(s, head);
        if (r == null) {
            return "none";
        }
        String code = r.actor().code();
        String kind = r.kind().name().toLowerCase(Locale.ROOT);
        return code != null && code.length() >= 6 ? kind + ":" + code.substring(3, 6) : kind;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
