using System.Data.Common;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Curation;

/// <summary>
/// Keeps manual changes within the constraints: compares the constraints on the involved
/// incidents before and after the change, and fails it when one that held no longer does.
/// (One that was already broken, by a report update, does not block unrelated work.)
/// </summary>
public sealed class ConstraintCheck(ConstraintStore constraints)
{
    public async Task<HashSet<string>> ViolatedAsync(DbTransaction tx, IReadOnlyCollection<string> incidentIds) =>
        (await constraints.StatesAsync(tx, incidentIds)).Where(s => s.IsViolated).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Throws FAILED_PRECONDITION, so the caller's transaction is rolled back, when the change broke a constraint.</summary>
    public async Task ThrowIfBrokenAsync(DbTransaction tx, IReadOnlyCollection<string> incidentIds, IReadOnlySet<string> violatedBefore)
    {
        var broken = (await constraints.StatesAsync(tx, incidentIds)).Where(s => s.IsViolated && !violatedBefore.Contains(s.Id)).ToList();
        if (broken.Count > 0)
        {
            throw CurationErrors.ConstraintsBroken(broken);
        }
    }
}
