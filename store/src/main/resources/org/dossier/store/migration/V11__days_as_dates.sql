-- Days are stored as DATE, no longer as their ISO text (VARCHAR), so that the store hands out and compares days and
-- nothing re-parses what it wrote: articles' published, events' event_day, figures' figure_day, stories' first_day
-- and last_day. Here the views that read those columns and the events' day indexes (V9) are dropped, as PostgreSQL
-- changes no column's type under a view; 11.1 (DaysAsDates, Java) writes every value as the ISO date of the day it
-- names (an ISO timestamp an earlier version may have stored becomes its day; a value that is no day becomes null,
-- its article's record still holding what it said); 11.2 changes the columns' type and makes the views and indexes
-- again. All in the SQL that both H2 and PostgreSQL accept.
DROP VIEW corrected_events;
DROP VIEW corrected_events_all;
DROP VIEW corrected_figures;
DROP INDEX events_day_asc;
DROP INDEX events_day_desc;
