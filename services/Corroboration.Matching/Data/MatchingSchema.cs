using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Matching.Data;

/// <summary>
/// Matching's tables: incidents with their profile, claim membership, the blocking index and
/// the last report version seen (so a redelivered message changes nothing); from version 2,
/// analysts' constraints, their audit log and who placed a claim by hand.
/// </summary>
public static class MatchingSchema
{
    /// <summary>The service's name: its migrations, its outbox and inbox tables.</summary>
    public const string Service = "matching";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "incidents, members, blocking keys", """
            CREATE TABLE matching_incidents (
                id TEXT PRIMARY KEY,
                version BIGINT NOT NULL,
                occurred_on TEXT,
                place TEXT,
                profile_json TEXT NOT NULL,
                search_text TEXT NOT NULL,
                member_count INTEGER NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE TABLE matching_members (
                report_id TEXT NOT NULL,
                claim_index INTEGER NOT NULL,
                incident_id TEXT NOT NULL,
                member_json TEXT NOT NULL,
                terms_json TEXT NOT NULL,
                title TEXT,
                match_probability DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (report_id, claim_index));
            CREATE INDEX matching_members_incident ON matching_members (incident_id);
            CREATE TABLE matching_block_keys (
                block_key TEXT NOT NULL,
                incident_id TEXT NOT NULL,
                PRIMARY KEY (block_key, incident_id));
            CREATE INDEX matching_block_keys_incident ON matching_block_keys (incident_id);
            CREATE TABLE matching_reports (
                report_id TEXT PRIMARY KEY,
                version BIGINT NOT NULL);
            CREATE TABLE matching_counters (
                name TEXT PRIMARY KEY,
                value BIGINT NOT NULL);
            INSERT INTO matching_counters (name, value) VALUES ('incident', 0);
            """),
        // A constraint's claims are stored in a fixed order (report id, then claim index), so a
        // pair has at most one constraint. They name claims, not incidents: a claim keeps its
        // constraints wherever it goes, and one its report no longer has is simply not enforced.
        new(2, "analyst constraints, audit log, placed claims", """
            ALTER TABLE matching_members ADD COLUMN placed_by TEXT;
            CREATE TABLE matching_constraints (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                report_a TEXT NOT NULL,
                claim_a INTEGER NOT NULL,
                report_b TEXT NOT NULL,
                claim_b INTEGER NOT NULL,
                analyst TEXT NOT NULL,
                reason TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (report_a, claim_a, report_b, claim_b));
            CREATE INDEX matching_constraints_b ON matching_constraints (report_b, claim_b);
            CREATE TABLE matching_audit (
                id BIGINT PRIMARY KEY,
                acted_at TEXT NOT NULL,
                analyst TEXT NOT NULL,
                action TEXT NOT NULL,
                details TEXT NOT NULL,
                reason TEXT NOT NULL);
            CREATE TABLE matching_audit_incidents (
                incident_id TEXT NOT NULL,
                audit_id BIGINT NOT NULL,
                PRIMARY KEY (incident_id, audit_id));
            CREATE INDEX matching_audit_incidents_audit ON matching_audit_incidents (audit_id);
            INSERT INTO matching_counters (name, value) VALUES ('constraint', 0);
            INSERT INTO matching_counters (name, value) VALUES ('audit', 0);
            """),
        OutboxSchema.Migration(3, Service),
        OutboxSchema.TraceContextMigration(4, Service),
        // Counts the transactions that changed the linking tables other than by linking statement by
        // statement, so that a linker holding them in memory sees that someone else wrote them.
        new(5, "tables counter", "INSERT INTO matching_counters (name, value) VALUES ('tables', 0);"),
    ];
}
