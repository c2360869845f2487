using Corroboration.Matching.Data;
using Corroboration.Scoring.Data;

namespace Corroboration.Cli.Pipeline;

/// <summary>One final incident of a batch, as Matching and Scoring store it: ready to write.</summary>
public sealed record BatchIncident(IncidentRow Row, IReadOnlyList<string> BlockKeys, IReadOnlyList<MemberRow> Members, ScoreRow Score, IReadOnlyList<string> SourceKeys);
