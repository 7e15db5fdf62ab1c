package org.dossier.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EntityRecord;

/** Scores one article: cleaning, metadata fields, entities, and (through helpers) quotes, figures and events. */
final class ArticleScorer {

    private final GoldSet.Article gold;
    private final ArticleRecord system;
    private final String raw;
    private final String text;

    ArticleScorer(GoldSet.Article gold, ArticleRecord system, String raw) {
        this.gold = gold;
        this.system = system;
        this.raw = raw;
        this.text = system.text() == null ? "" : system.text();
    }

    void scoreInto(EvalResult result) {
        if (gold.eventsOnly()) {
            // Gold of figures alone (gold/figures) is scored for figures; gold of events (gold/events), and an
            // article of either that codes nothing, for events, as before.
            if (!gold.figures().isEmpty()) {
                new FigureScorer(gold, system, text).scoreInto(result);
            }
            if (gold.figures().isEmpty() || !gold.events().isEmpty() || !gold.nonEvents().isEmpty()) {
                new EventScorer(gold, system, text).scoreInto(result);
            }
            return;
        }
        scoreCleaning(result);
        result.add(field("title", gold.title(), system.title()));
        result.add(field("outlet", gold.outlet(), system.outlet()));
        result.add(field("published", gold.published(), Objects.toString(system.published(), null)));
        result.add(field("dateline", gold.dateline(), system.dateline()));
        result.add(entities("persons", gold.persons(), system.persons()));
        result.add(entities("organizations", gold.organizations(), system.organizations()));
        result.add(entities("locations", gold.locations(), system.locations()));
        new QuoteScorer(gold, system, text).scoreInto(result);
        new FigureScorer(gold, system, text).scoreInto(result);
        new EventScorer(gold, system, text).scoreInto(result);
    }

    /**
     * Body lines are the raw file's non-blank lines from the gold first to the gold last body line, without the
     * gold boilerplate lines; a body line is kept when the clean text contains it, a boilerplate line removed when
     * it does not.
     */
    private void scoreCleaning(EvalResult result) {
        List<String> body = bodyLines();
        int kept = 0;
        for (String line : body) {
            if (TextLocator.find(text, line) != null) {
                kept++;
            }
        }
        result.add(Score.accuracy("body lines kept", kept, body.size()));
        int removed = 0;
        for (String line : gold.boilerplateLines()) {
            if (TextLocator.find(text, line.strip()) == null) {
                removed++;
            }
        }
        result.add(Score.accuracy("boilerplate lines removed", removed, gold.boilerplateLines().size()));
    }

    private List<String> bodyLines() {
        List<String> lines = new ArrayList<>();
        if (raw == null) {
            lines.add(gold.bodyFirstLine());
            lines.add(gold.bodyLastLine());
            return lines;
        }
        Set<String> boilerplate = new HashSet<>();
        gold.boilerplateLines().forEach(b -> boilerplate.add(b.strip()));
        boolean inBody = false;
        for (String line : raw.split("\\R")) {
            String stripped = line.strip();
            if (!inBody && stripped.equals(gold.bodyFirstLine().strip())) {
                inBody = true;
            }
            if (inBody && !stripped.isEmpty() && !boilerplate.contains(stripped)) {
                lines.add(stripped);
            }
            if (inBody && stripped.equals(gold.bodyLastLine().strip())) {
                break;
            }
        }
        return lines;
    }

    /** Exact, case-insensitive. A value where gold has none is a false positive; none where gold has one, a miss. */
    static Score field(String name, String goldValue, String systemValue) {
        boolean hasGold = goldValue != null;
        boolean hasSystem = systemValue != null;
        boolean equal = hasGold && hasSystem && Names.fold(goldValue).equals(Names.fold(systemValue));
        int tp = equal ? 1 : 0;
        int fp = hasSystem && !equal ? 1 : 0;
        int fn = hasGold && !equal ? 1 : 0;
        return Score.counts(name, tp, fp, fn);
    }

    /** A system entity matches a gold one when its name or a mention equals the gold name or a gold mention. */
    static Score entities(String field, List<GoldSet.Entity> goldEntities, List<EntityRecord> systemEntities) {
        int matchedSystem = 0;
        for (EntityRecord s : systemEntities) {
            if (goldEntities.stream().anyMatch(g -> matches(g, s))) {
                matchedSystem++;
            }
        }
        int matchedGold = 0;
        for (GoldSet.Entity g : goldEntities) {
            if (systemEntities.stream().anyMatch(s -> matches(g, s))) {
                matchedGold++;
            }
        }
        return Score.counts(field, matchedSystem, systemEntities.size() - matchedSystem,
                goldEntities.size() - matchedGold);
    }

    static boolean matches(GoldSet.Entity gold, EntityRecord system) {
        Set<String> goldNames = Names.folded(gold.mentions());
        goldNames.add(Names.fold(gold.name()));
        if (goldNames.contains(Names.fold(system.name()))) {
            return true;
        }
        return system.mentions().stream().map(m -> Names.fold(m.text())).anyMatch(goldNames::contains);
    }

    /** The gold entity (any type) with this canonical name, for speaker and actor comparisons. */
    static GoldSet.Entity goldEntityNamed(GoldSet.Article gold, String name) {
        for (List<GoldSet.Entity> list : List.of(gold.persons(), gold.organizations(), gold.locations())) {
            for (GoldSet.Entity e : list) {
                if (Objects.equals(Names.fold(e.name()), Names.fold(name))) {
                    return e;
                }
            }
        }
        return null;
    }

    /** True when a system name denotes the gold name: equal, or equal to one of the gold entity's mentions. */
    static boolean sameName(GoldSet.Article gold, String goldName, String systemName, List<EntityRecord> systemEntities) {
        if (goldName == null || systemName == null) {
            return goldName == null && systemName == null;
        }
        Set<String> accepted = new HashSet<>();
        accepted.add(Names.fold(goldName));
        GoldSet.Entity entity = goldEntityNamed(gold, goldName);
        if (entity != null) {
            accepted.addAll(Names.folded(entity.mentions()));
        }
        if (accepted.contains(Names.fold(systemName))) {
            return true;
        }
        for (EntityRecord s : systemEntities) {
            if (Names.fold(s.name()).equals(Names.fold(systemName))
                    && s.mentions().stream().anyMatch(m -> accepted.contains(Names.fold(m.text())))) {
                return true;
            }
        }
        return false;
    }

    static List<EntityRecord> allEntities(ArticleRecord record) {
        List<EntityRecord> all = new ArrayList<>(record.persons());
        all.addAll(record.organizations());
        all.addAll(record.locations());
        return all;
    }
}
