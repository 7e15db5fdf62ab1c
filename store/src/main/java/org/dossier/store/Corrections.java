package org.dossier.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.extract.dictionaries.CameoCodes;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.dossier.model.record.ArticleRecord.FigureRecord;
import org.dossier.model.record.ArticleRecord.QuoteRecord;
import org.dossier.model.record.StoryRecord;
import org.dossier.store.Correction.ItemKey;
import org.dossier.store.Correction.ItemKind;
import org.dossier.stories.build.StoryAssembler;

/**
 * What the corrections that apply amount to, and the one place they are applied to records: an article's items
 * (left out when rejected, with the actor, target, speaker or code set, names merged), and a story, put together
 * again from its corrected articles the way it was built, so that its merged events, timeline, actors, quotes,
 * figures and conflicts all follow. The store's SQL lists read the same state from the tables it is written to
 * ({@code item_corrections}, {@code actor_merges}). Immutable.
 */
public final class Corrections {

    /** An actor or target: a name and its CAMEO actor code (null when not known). */
    public record Party(String name, String code) {}

    /** An event's CAMEO code with what follows from it. */
    public record Code(String cameo, String root, String action, int quadClass, double goldstein) {

        /** The code's root, QuadClass, Goldstein value and, as its action, the root's name. */
        static Code of(String cameo, CameoCodes codes) {
            String name = codes.rootName(cameo);
            return new Code(cameo, CameoCodes.root(cameo), name.isEmpty() ? null : name.toUpperCase(Locale.ROOT),
                    CameoCodes.quadClass(cameo), codes.goldstein(cameo));
        }
    }

    /** What the corrections of one item set; null fields are left as the analysis gave them. */
    public record ItemFix(boolean rejected, Party actor, Party target, String speaker, Code code) {

        static final ItemFix NONE = new ItemFix(false, null, null, null, null);
    }

    /** The name a merged name reads as, with its actor code when the merge gave one. */
    public record Merge(String into, String code) {}

    public static final Corrections NONE = new Corrections(Map.of(), Map.of());

    private final Map<ItemKey, ItemFix> items;
    private final Map<String, Merge> merges;
    private final Set<String> articles;

    private Corrections(Map<ItemKey, ItemFix> items, Map<String, Merge> merges) {
        this.items = Map.copyOf(items);
        this.merges = Map.copyOf(merges);
        Set<String> touched = new HashSet<>();
        items.keySet().forEach(k -> touched.add(k.article()));
        this.articles = Set.copyOf(touched);
    }

    /**
     * The state the corrections amount to, applied in the order given (oldest first: a later one of the same item
     * and field wins); undone ones are skipped. A merge of a name into a name that is itself merged reads as the
     * last name of the chain.
     */
    public static Corrections of(List<Correction> history, CameoCodes codes) {
        Map<ItemKey, ItemFix> items = new LinkedHashMap<>();
        Map<String, Merge> merges = new LinkedHashMap<>();
        for (Correction c : history) {
            if (!c.active()) {
                continue;
            }
            if (c.kind() == Correction.Kind.merge_actor) {
                merges.put(key(c.before()), new Merge(c.value(), c.code()));
                continue;
            }
            ItemFix f = items.getOrDefault(c.item(), ItemFix.NONE);
            items.put(c.item(), switch (c.kind()) {
                case reject -> new ItemFix(true, f.actor(), f.target(), f.speaker(), f.code());
                case set_actor -> new ItemFix(f.rejected(), new Party(c.value(), c.code()), f.target(), f.speaker(),
                        f.code());
                case set_target -> new ItemFix(f.rejected(), f.actor(), new Party(c.value(), c.code()), f.speaker(),
                        f.code());
                case set_speaker -> new ItemFix(f.rejected(), f.actor(), f.target(), c.value(), f.code());
                case set_code -> new ItemFix(f.rejected(), f.actor(), f.target(), f.speaker(),
                        Code.of(c.value(), codes));
                case merge_actor -> throw new IllegalStateException();
            });
        }
        Map<String, Merge> resolved = new LinkedHashMap<>();
        merges.forEach((name, merge) -> resolved.put(name, resolve(merge, merges)));
        return new Corrections(items, resolved);
    }

    /** Follows a merge into a name that is merged itself, to the end of the chain (a cycle stops where it turns). */
    private static Merge resolve(Merge merge, Map<String, Merge> merges) {
        Set<String> seen = new HashSet<>();
        Merge at = merge;
        while (merges.containsKey(key(at.into())) && seen.add(key(at.into()))) {
            Merge next = merges.get(key(at.into()));
            at = new Merge(next.into(), next.code() != null ? next.code() : at.code());
        }
        return at;
    }

    static String key(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return items.isEmpty() && merges.isEmpty();
    }

    /** The corrections of each corrected item, for the SQL lists. */
    public Map<ItemKey, ItemFix> items() {
        return items;
    }

    /** Each merged name (lower case) with the name it reads as, for the SQL lists. */
    public Map<String, Merge> merges() {
        return merges;
    }

    /** What the corrections set for the item (NONE when nothing). */
    public ItemFix fix(ItemKey item) {
        return items.getOrDefault(item, ItemFix.NONE);
    }

    /** The name as it reads after merges. */
    public String name(String name) {
        Merge m = name == null ? null : merges.get(key(name));
        return m == null ? name : m.into();
    }

    /** The party as it reads after merges: the merged-into name, with the merge's code when it gave one. */
    public Party party(Party party) {
        Merge m = party.name() == null ? null : merges.get(key(party.name()));
        return m == null ? party : new Party(m.into(), m.code() != null ? m.code() : party.code());
    }

    /** Whether any correction concerns the article: an item fix, or a merged name among its names. */
    public boolean touches(ArticleRecord a) {
        if (articles.contains(a.id())) {
            return true;
        }
        if (merges.isEmpty()) {
            return false;
        }
        for (EventRecord e : a.events()) {
            if (merged(e.actor()) || merged(e.target())) {
                return true;
            }
        }
        return a.quotes().stream().anyMatch(q -> merged(q.speaker()))
                || a.figures().stream().anyMatch(f -> merged(f.source()));
    }

    private boolean merged(String name) {
        return name != null && merges.containsKey(key(name));
    }

    /** The article as corrected: rejected items left out, set values in place, merged names replaced. */
    public ArticleRecord apply(ArticleRecord a) {
        if (!touches(a)) {
            return a;
        }
        List<EventRecord> events = new ArrayList<>();
        for (EventRecord e : a.events()) {
            ItemFix f = fix(new ItemKey(a.id(), ItemKind.event, e.start(), e.end()));
            if (f.rejected()) {
                continue;
            }
            Party actor = party(f.actor() != null ? f.actor() : new Party(e.actor(), e.actorCode()));
            Party target = party(f.target() != null ? f.target() : new Party(e.target(), e.targetCode()));
            Code code = f.code() != null ? f.code()
                    : new Code(e.cameo(), e.root(), e.action(), e.quadClass(), e.goldstein());
            events.add(new EventRecord(e.date(), e.datePrecision(), e.dateBasis(), actor.name(), actor.code(),
                    code.action(), code.cameo(), code.root(), code.quadClass(), code.goldstein(), target.name(),
                    target.code(), e.location(), e.confidence(), e.text(), e.start(), e.end(), e.place()));
        }
        List<QuoteRecord> quotes = new ArrayList<>();
        for (QuoteRecord q : a.quotes()) {
            ItemFix f = fix(new ItemKey(a.id(), ItemKind.quote, q.start(), q.end()));
            if (f.rejected()) {
                continue;
            }
            String speaker = name(f.speaker() != null ? f.speaker() : q.speaker());
            quotes.add(speaker == null ? q : new QuoteRecord(speaker, q.text(), q.direct(), q.cue(), q.start(),
                    q.end(), q.speakerEntity(), q.speakerStart(), q.speakerEnd(), q.cueStart(), q.cueEnd(),
                    q.contextStart(), q.contextEnd(), q.parts(),
                    // a speaker the analyst set to other words is named by them; the same words, or a name merged
                    // into another, keep the flag
                    (f.speaker() == null || f.speaker().equals(q.speaker())) && q.speakerAnonymous()));
        }
        List<FigureRecord> figures = new ArrayList<>();
        for (FigureRecord fig : a.figures()) {
            if (fix(new ItemKey(a.id(), ItemKind.figure, fig.start(), fig.end())).rejected()) {
                continue;
            }
            figures.add(new FigureRecord(fig.value(), fig.qualifier(), fig.unit(), fig.what(), name(fig.source()),
                    fig.date(), fig.location(), fig.text(), fig.start(), fig.end(), fig.place()));
        }
        return new ArticleRecord(a.id(), a.source(), a.url(), a.title(), a.outlet(), a.published(),
                a.publishedConfidence(), a.dateline(), a.language(), a.text(), a.persons(), a.organizations(),
                a.locations(), quotes, a.dates(), figures, events, a.error(), a.errorStage(), a.skipped(),
                a.embedding(), a.places());
    }

    /**
     * Whether a correction may concern a story of these articles: one of their items is corrected, or names are
     * merged (which only the story's record tells).
     */
    public boolean mayTouch(java.util.Collection<String> articleIds) {
        return !merges.isEmpty() || articleIds.stream().anyMatch(articles::contains);
    }

    /** Whether any correction concerns the story: an item of one of its articles, or a merged name it holds. */
    public boolean touches(StoryRecord story) {
        if (story.articles().stream().anyMatch(a -> articles.contains(a.id()))) {
            return true;
        }
        if (merges.isEmpty()) {
            return false;
        }
        return story.actors().stream().anyMatch(r -> merged(r.name()))
                || story.figures().stream().anyMatch(f -> merged(f.reportedBy()));
    }

    /**
     * The story as corrected: put together again, the way it was built, from its articles as corrected, so that a
     * rejected event leaves its merged event (and the timeline, the actors, the counts), a changed actor can merge
     * with or part from others, a rejected figure leaves its conflicts. A story no correction concerns is returned
     * as it is.
     *
     * @param article the stored article of an id (an article missing from the store is left out of the story)
     */
    public StoryRecord apply(StoryRecord story, Function<String, Optional<ArticleRecord>> article) {
        if (!touches(story)) {
            return story;
        }
        List<ArticleRecord> corrected = new ArrayList<>();
        Map<String, String> duplicateOf = new HashMap<>();
        for (StoryRecord.StoryArticle a : story.articles()) {
            article.apply(a.id()).map(this::apply).ifPresent(corrected::add);
            if (a.duplicateOf() != null) {
                duplicateOf.put(a.id(), a.duplicateOf());
            }
        }
        return corrected.isEmpty() ? story : StoryAssembler.assemble(story.id(), corrected, duplicateOf);
    }
}
