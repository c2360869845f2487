using Corroboration.Core.Matching;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// A report as a batch holds it while clustering: its claims as the matcher compares them, and
/// where the rest (members and title) waits in the <see cref="MemberSpill"/>.
/// </summary>
public sealed record BatchReport(string ReportId, IReadOnlyList<ClaimProfile> Claims, long SpillOffset);
