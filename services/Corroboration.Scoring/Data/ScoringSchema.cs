using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Scoring.Data;

/// <summary>
/// Scoring's tables: the current score of each incident (a tombstone once the incident is gone,
/// so a late message cannot bring it back) and every version ever computed, with its reason;
/// from version 2, what reliability learning needs and analysts' control over it; from version
/// 5, the columns ListScores filters and orders by, copied out of the incident JSON.
/// </summary>
public static class ScoringSchema
{
    /// <summary>The service's name: its migrations, its outbox and inbox tables.</summary>
    public const string Service = "scoring";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "scores and their history", """
            CREATE TABLE scoring_scores (
                incident_id TEXT PRIMARY KEY,
                version BIGINT NOT NULL,
                matching_version BIGINT NOT NULL,
                removed INTEGER NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                grade TEXT NOT NULL,
                incident_json TEXT NOT NULL,
                reason TEXT NOT NULL,
                scored_at TEXT NOT NULL);
            CREATE INDEX scoring_scores_grade ON scoring_scores (grade, confidence);
            CREATE TABLE scoring_history (
                incident_id TEXT NOT NULL,
                version BIGINT NOT NULL,
                matching_version BIGINT NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                grade TEXT NOT NULL,
                incident_json TEXT NOT NULL,
                reason TEXT NOT NULL,
                scored_at TEXT NOT NULL,
                PRIMARY KEY (incident_id, version));
            """),
        // The latest members let Scoring score an incident again, and learn from it, without
        // Matching. Sources are keyed by SourceNames.Key, as the trust table matches them. The
        // learned table holds what learning found, pins apart: a pin takes effect at once.
        new(2, "members, sources, analyst flags and pins, learned trust, audit log", """
            ALTER TABLE scoring_scores ADD COLUMN members_json TEXT;
            CREATE TABLE scoring_incident_sources (
                source_key TEXT NOT NULL,
                incident_id TEXT NOT NULL,
                PRIMARY KEY (source_key, incident_id));
            CREATE INDEX scoring_incident_sources_incident ON scoring_incident_sources (incident_id);
            CREATE TABLE scoring_flags (
                incident_id TEXT PRIMARY KEY,
                verdict TEXT NOT NULL,
                analyst TEXT NOT NULL,
                reason TEXT NOT NULL,
                flagged_at TEXT NOT NULL);
            CREATE TABLE scoring_pins (
                source_key TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                reliability DOUBLE PRECISION NOT NULL,
                analyst TEXT NOT NULL,
                reason TEXT NOT NULL,
                pinned_at TEXT NOT NULL);
            CREATE TABLE scoring_trust (
                source_key TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                source_type TEXT NOT NULL,
                prior DOUBLE PRECISION NOT NULL,
                learned DOUBLE PRECISION NOT NULL,
                incidents INTEGER NOT NULL,
                supported DOUBLE PRECISION NOT NULL,
                confirmed INTEGER NOT NULL,
                refuted INTEGER NOT NULL,
                learned_at TEXT NOT NULL);
            CREATE TABLE scoring_audit (
                id BIGINT PRIMARY KEY,
                acted_at TEXT NOT NULL,
                analyst TEXT NOT NULL,
                action TEXT NOT NULL,
                incident_id TEXT,
                source TEXT,
                source_key TEXT,
                details TEXT NOT NULL,
                reason TEXT NOT NULL);
            CREATE INDEX scoring_audit_incident ON scoring_audit (incident_id, id);
            CREATE INDEX scoring_audit_source ON scoring_audit (source_key, id);
            CREATE TABLE scoring_counters (
                name TEXT PRIMARY KEY,
                value BIGINT NOT NULL);
            INSERT INTO scoring_counters (name, value) VALUES ('audit', 0);
            """),
        OutboxSchema.Migration(3, Service),
        OutboxSchema.TraceContextMigration(4, Service),
        // Unknown dates and places are '' rather than NULL: both databases then sort them first
        // ascending and the keyset comparison of a page token needs no NULL cases. PostgreSQL
        // compares the text bytewise ("C"), as SQLite does, so a listing is the same on both.
        new(5, "date, place and report count of current scores, indexed for listing", """
            ALTER TABLE scoring_scores ADD COLUMN occurred_on TEXT NOT NULL DEFAULT '';
            ALTER TABLE scoring_scores ADD COLUMN place TEXT NOT NULL DEFAULT '';
            ALTER TABLE scoring_scores ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;
            UPDATE scoring_scores SET
                occurred_on = COALESCE(json_extract(incident_json, '$.occurredOn'), ''),
                place = COALESCE(json_extract(incident_json, '$.place'), ''),
                report_count = COALESCE(json_array_length(incident_json, '$.reportIds'), 0);
            """ + ListingIndexes, """
            ALTER TABLE scoring_scores
                ADD COLUMN occurred_on TEXT COLLATE "C" NOT NULL DEFAULT '',
                ADD COLUMN place TEXT COLLATE "C" NOT NULL DEFAULT '',
                ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;
            UPDATE scoring_scores SET
                occurred_on = COALESCE(incident_json::jsonb ->> 'occurredOn', ''),
                place = COALESCE(incident_json::jsonb ->> 'place', ''),
                report_count = COALESCE(jsonb_array_length(incident_json::jsonb -> 'reportIds'), 0);
            """ + ListingIndexes),
    ];

    // One per order of ListScores, ending in the incident id that breaks ties.
    private const string ListingIndexes = """
        CREATE INDEX scoring_scores_by_confidence ON scoring_scores (confidence, incident_id);
        CREATE INDEX scoring_scores_by_occurred_on ON scoring_scores (occurred_on, incident_id);
        CREATE INDEX scoring_scores_by_place ON scoring_scores (place, incident_id);
        CREATE INDEX scoring_scores_by_report_count ON scoring_scores (report_count, incident_id);
        """;
}
