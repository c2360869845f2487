using Corroboration.Storage;

namespace Corroboration.Scoring.Data;

/// <summary>
/// Scoring's tables: the current score of each incident (a tombstone once the incident is gone,
/// so a late message cannot bring it back) and every version ever computed, with its reason.
/// </summary>
public static class ScoringSchema
{
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
    ];
}
