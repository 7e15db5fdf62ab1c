package org.dossier.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Actor;

/**
 * A rally that an official, a candidate, a legislator or a party holds is a campaign event, not a protest: CAMEO's
 * root 14 is collective action against a target, and "Trump held a rally in Iowa" or "the president's rallies" are
 * none. On main's analyze of the broad bench pages 15 protests by such actors were coded and none was right; the
 * development gold codes one protest by party leaders, a march (docs/events.md, session fourteen). A rally the
 * sentence sets against someone, or calls a protest or a march, stays; so do rallies of the opposition, of armed
 * groups and of everyone else.
 */
final class CampaignRallies {

    private static final Set<String> RALLY_WORDS = WordTables.set("events/campaign-rally-words.txt");
    private static final Set<String> PROTEST_WORDS = WordTables.set("events/protest-words.txt");
    /** Agent codes of those who campaign: elites (candidates, former officials), government, legislators, parties. */
    private static final List<String> CAMPAIGNERS = List.of("ELI", "GOV", "LEG", "PTY");
    /** Agent codes whose rallies are protests or force, whatever else the code says. */
    private static final List<String> PROTESTERS = List.of("OPP", "MIL", "COP", "REB", "INS", "UAF", "CRM");

    private CampaignRallies() {
    }

    /** Whether the proposal is a protest (root 14) that is a campaigner's rally. */
    static boolean isCampaignRally(EventExtractor.Proposal proposal, ArticleContext context) {
        if (!"14".equals(proposal.event().root()) || proposal.trigger() < 0
                || !campaigns(proposal.event().actor())) {
            return false;
        }
        SentenceView s = context.sentence(proposal.sentence());
        if (s == null) {
            return false;
        }
        boolean rally = false;
        for (int i = 0; i < s.size(); i++) {
            String lemma = lower(s.lemma(i));
            if (PROTEST_WORDS.contains(lemma) && !s.pos(i).startsWith("NNP")) {
                return false; // a protest word, not a name: "March 3", "the Marchers' Club"
            }
            // the event's own words: "his rally", or a light verb's noun ("held a campaign rally")
            rally |= RALLY_WORDS.contains(lemma) && proposal.event().span().contains(s.token(i).span());
        }
        return rally;
    }

    /** "USAELI", "GBRLEG", a candidate coded by his role; not "USAOPP", a police force or a code-less name. */
    private static boolean campaigns(Actor actor) {
        if (actor == null || actor.code() == null) {
            return false;
        }
        for (String code : actor.code().split(";")) {
            String agents = code.length() > 3 ? code.substring(3) : "";
            if (agents.isEmpty() || PROTESTERS.stream().anyMatch(agents::contains)
                    || CAMPAIGNERS.stream().noneMatch(agents::contains)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String word) {
        return word == null ? "" : word.toLowerCase(Locale.ROOT);
    }
}
