package org.dossier.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.store.ChartRows;
import org.dossier.store.ChartRows.Interval;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreRows.EventFilter;

/**
 * The charts' and actor pages' endpoints. The charts take the filters of {@code /api/events} (read by {@link
 * ApiHandlers#eventFilter}) and answer the store's counts, grouped in the database; their {@code limit} is how many
 * actors, pairs or figures a chart shows.
 */
final class ChartHandlers {

    /** The parameters of an event filter that say nothing about figures. */
    private static final List<String> EVENT_ONLY = List.of("actor", "cameo", "location", "min_confidence");

    private final DossierStore store;

    ChartHandlers(DossierStore store) {
        this.store = store;
    }

    void eventsOverTime(Context ctx) {
        EventFilter filter = ApiHandlers.eventFilter(ctx, false);
        Interval interval = interval(ctx.queryParam("interval"));
        ChartRows.EventsOverTime chart;
        try {
            chart = store.charts().eventsOverTime(filter, interval);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interval", chart.interval().name().toLowerCase(Locale.ROOT));
        body.put("periods", chart.periods());
        body.put("dated", chart.dated());
        body.put("undated", chart.undated());
        ApiHandlers.json(ctx, body);
    }

    void topActors(Context ctx) {
        EventFilter filter = ApiHandlers.eventFilter(ctx, false);
        int limit = top(ctx, 10, 100);
        ChartRows.TopActors top = store.charts().topActors(filter, limit);
        ApiHandlers.json(ctx, ApiHandlers.page("actors", top.actors(), top.total(), limit, 0));
    }

    void dyads(Context ctx) {
        EventFilter filter = ApiHandlers.eventFilter(ctx, false);
        int limit = top(ctx, 10, 100);
        ChartRows.Dyads dyads = store.charts().dyads(filter, limit);
        ApiHandlers.json(ctx, ApiHandlers.page("dyads", dyads.dyads(), dyads.total(), limit, 0));
    }

    void network(Context ctx) {
        EventFilter filter = ApiHandlers.eventFilter(ctx, false);
        int limit = top(ctx, 40, 200);
        ChartRows.Network network = store.charts().network(filter, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodes", network.nodes());
        body.put("edges", network.edges());
        body.put("total", network.totalDyads());
        body.put("limit", limit);
        ApiHandlers.json(ctx, body);
    }

    void figures(Context ctx) {
        EventFilter filter = ApiHandlers.eventFilter(ctx, false);
        int limit = top(ctx, 500, 1000);
        ChartRows.FiguresOverTime figures = store.charts().figuresOverTime(filter, limit);
        List<String> notApplied = new ArrayList<>();
        for (String name : EVENT_ONLY) {
            if (ApiHandlers.blankToNull(ctx.queryParam(name)) != null) {
                notApplied.add(name);
            }
        }
        Map<String, Object> body = ApiHandlers.page("figures", figures.figures(), figures.total(), limit, 0);
        body.put("left_out", figures.leftOut());
        body.put("conflicts", figures.conflicts());
        body.put("not_applied", notApplied);
        ApiHandlers.json(ctx, body);
    }

    void actors(Context ctx) {
        String q = ApiHandlers.blankToNull(ctx.queryParam("q"));
        if (q != null && q.length() > ApiHandlers.MAX_QUERY_CHARS) {
            throw new ApiError(414, "the actor query 'q' is " + q.length() + " characters long; it may hold at most "
                    + ApiHandlers.MAX_QUERY_CHARS + " characters");
        }
        int limit = top(ctx, 50, 1000);
        int offset = ApiHandlers.offset(ctx);
        ChartRows.Listed<ChartRows.ActorCount> actors = store.actors().list(q == null ? null : q.strip(), limit,
                offset);
        ApiHandlers.json(ctx, ApiHandlers.page("actors", actors.items(), actors.total(), limit, offset));
    }

    void actor(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = top(ctx, 50, 1000);
        int offset = ApiHandlers.offset(ctx);
        ChartRows.ActorProfile profile;
        try {
            profile = store.actors().profile(id, limit, offset)
                    .orElseThrow(() -> ApiError.notFound("no actor " + id + " in the store: no event, quote or "
                            + "figure names it (see /api/actors for the store's actors)"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", profile.actor());
        body.put("names", profile.names());
        body.put("as_actor", profile.asActor());
        body.put("as_target", profile.asTarget());
        body.put("events", ApiHandlers.page("events", profile.events().items(), profile.events().total(), limit,
                offset));
        body.put("quotes", listed("quotes", profile.quotes()));
        body.put("figures", listed("figures", profile.figures()));
        body.put("stories", listed("stories", profile.stories()));
        ApiHandlers.json(ctx, body);
    }

    /** The first items of a list (up to {@link org.dossier.store.StoreActors#MAX_ITEMS}) and their total. */
    private static Map<String, Object> listed(String name, ChartRows.Listed<?> list) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, list.items());
        body.put("total", list.total());
        return body;
    }

    /** The {@code interval} parameter: day, month or year; null (chosen by the span) when absent or "auto". */
    static Interval interval(String value) {
        String v = ApiHandlers.blankToNull(value);
        if (v == null || v.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Interval.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("parameter 'interval' must be day, month, year or auto, was '" + value + "'");
        }
    }

    /** The {@code limit} parameter of a chart: how many actors, pairs or figures, from 1 to {@code max}. */
    private static int top(Context ctx, int fallback, int max) {
        int limit = ApiHandlers.intParam(ctx, "limit", fallback);
        if (limit < 1 || limit > max) {
            throw ApiError.badRequest("parameter 'limit' must be between 1 and " + max + " here, was " + limit);
        }
        return limit;
    }
}
