using Corroboration.Storage;

namespace Corroboration.Matching.Data;

/// <summary>
/// Matching's tables: incidents with their profile, claim membership, the blocking index and
/// the last report version seen (so a redelivered message changes nothing).
/// </summary>
public static class MatchingSchema
{
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
    ];
}
