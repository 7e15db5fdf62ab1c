package org.dossier.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.core.ResourceLines;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;

/**
 * Groups an article's mentions into entities under canonical names: "Assad", "Bashar Assad" and "President Bashar
 * al-Assad" are one person, named by the longest form without its title ("Bashar al-Assad"); "SOHR" is the
 * "Syrian Observatory for Human Rights" when the initials fit.
 *
 * <p>Longer names are placed first; a shorter mention joins an entity whose name contains all its words (for a
 * person, a surname alone is enough), choosing the nearest earlier such entity when several fit. A one-word
 * organization or location mention that is a person's surname joins the person, since the tagger often misreads
 * a bare surname.
 */
public final class EntityResolver implements ArticleStage {

    public static final String NAME = "entities.v1";
    /** Words too common in organization names to identify one on their own. */
    private static final Set<String> GENERIC_ORG_WORDS = Set.of("national", "international", "united", "state",
            "states", "union", "party", "group", "council", "committee", "ministry", "department", "agency",
            "office", "news", "press", "times", "post", "daily", "general", "federal", "central", "people", "force",
            "forces", "army", "front", "organization", "organisation", "association", "institute", "bank",
            "company", "corporation", "university", "school", "club", "team");

    /** Family names of traditions that write them first ("Liu Xiaoming", "Kim Jong Un"). */
    private static final Set<String> SURNAMES_FIRST =
            Set.copyOf(ResourceLines.read(EntityResolver.class, "surnames-first.txt"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        List<Mention> mentions = in.get(Layers.MENTIONS);
        List<Cluster> clusters = new ArrayList<>();
        List<Mention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((Mention m) -> -keysOf(m).size()).thenComparingInt(m -> m.span().start()));
        for (Mention mention : byLength) {
            List<String> keys = keysOf(mention);
            if (keys.isEmpty()) {
                continue;
            }
            Cluster home = bestCluster(clusters, mention, keys);
            if (home == null) {
                home = new Cluster(mention.type());
                clusters.add(home);
            }
            home.add(mention, keys);
        }
        return in.with(Layers.ENTITIES, toEntities(clusters));
    }

    private static List<String> keysOf(Mention mention) {
        return NameForms.keys(mention.text(), mention.type() == EntityType.PERSON);
    }

    private static Cluster bestCluster(List<Cluster> clusters, Mention mention, List<String> keys) {
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster cluster : clusters) {
            if (!cluster.accepts(mention, keys)) {
                continue;
            }
            int distance = cluster.distanceBefore(mention.span().start());
            if (best == null || distance < bestDistance) {
                best = cluster;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static List<Entity> toEntities(List<Cluster> clusters) {
        clusters.sort(Comparator.comparingInt(Cluster::firstStart));
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            entities.add(cluster.toEntity("e" + (entities.size() + 1)));
        }
        return entities;
    }

    /** The mentions of one entity while they are being grouped. */
    private static final class Cluster {
        private final EntityType type;
        private final List<Mention> mentions = new ArrayList<>();
        private final Map<String, Boolean> keys = new LinkedHashMap<>();
        private List<String> longestKeys = List.of();
        private String name = "";

        Cluster(EntityType type) {
            this.type = type;
        }

        void add(Mention mention, List<String> mentionKeys) {
            mentions.add(mention);
            mentionKeys.forEach(k -> keys.put(k, true));
            String display = NameForms.display(mention.text(), mention.type() == EntityType.PERSON);
            if (mention.type() == type && (mentionKeys.size() > longestKeys.size()
                    || mentionKeys.size() == longestKeys.size() && display.length() > name.length())) {
                longestKeys = mentionKeys;
                name = display;
            }
        }

        boolean accepts(Mention mention, List<String> mentionKeys) {
            if (mention.type() != type) {
                return type == EntityType.PERSON && mentionKeys.size() == 1 && longestKeys.size() > 1
                        && longestKeys.get(longestKeys.size() - 1).equals(mentionKeys.get(0));
            }
            if (type == EntityType.ORGANIZATION && mentionKeys.size() == 1 && isAcronymOf(mention.text())) {
                return true;
            }
            if (type == EntityType.LOCATION) {
                return longestKeys.equals(mentionKeys);
            }
            if (type == EntityType.ORGANIZATION && mentionKeys.size() < 2) {
                // "the Observatory" for "the Syrian Observatory for Human Rights", not "for" or "National".
                return longestKeys.equals(mentionKeys) || longestKeys.contains(mentionKeys.get(0))
                        && mentionKeys.get(0).length() >= 4 && !GENERIC_ORG_WORDS.contains(mentionKeys.get(0));
            }
            return keys.keySet().containsAll(mentionKeys) && (type != EntityType.PERSON || sharesSurname(mentionKeys));
        }

        /**
         * A shorter person name must keep the surname: "Bashar" alone is too weak, "Assad" is enough; in a name of
         * a tradition that puts the family name first, that first word ("Liu" of "Liu Xiaoming").
         */
        private boolean sharesSurname(List<String> mentionKeys) {
            return mentionKeys.contains(longestKeys.get(longestKeys.size() - 1)) || mentionKeys.size() > 1
                    || longestKeys.size() > 1 && mentionKeys.get(0).equals(longestKeys.get(0))
                            && SURNAMES_FIRST.contains(longestKeys.get(0));
        }

        private boolean isAcronymOf(String surface) {
            String acronym = surface.strip();
            return acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase)
                    && acronym.equals(NameForms.initials(name));
        }

        int distanceBefore(int offset) {
            int nearest = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                int d = offset - m.span().start();
                nearest = Math.min(nearest, d >= 0 ? d : Integer.MAX_VALUE / 2 - d);
            }
            return nearest;
        }

        int firstStart() {
            return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(0);
        }

        Entity toEntity(String id) {
            List<Mention> ordered = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                ordered.add(m.type() == type ? m : new Mention(m.articleId(), m.span(), m.text(), type));
            }
            ordered.sort(Comparator.comparing(Mention::span));
            return new Entity(id, name, type, ordered);
        }
    }
}
