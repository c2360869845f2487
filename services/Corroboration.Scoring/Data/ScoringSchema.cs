using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Scoring.Data;

/// <summary>
/// Scoring's tables: the current score of each incident (a tombstone once the incident is gone,
/// so a late message cannot bring it back) and every version ever computed, with its reason;
/// from version 2, what reliability learning needs and analysts' control over it.
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
    ];
}
