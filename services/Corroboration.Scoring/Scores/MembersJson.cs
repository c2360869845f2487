using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Scoring.Scores;

/// <summary>An incident's members as stored beside its score.</summary>
public static class MembersJson
{
    public static string Write(IReadOnlyList<IncidentMember> members) => JsonSerializer.Serialize(members, InterchangeJson.Options);

    public static IReadOnlyList<IncidentMember> Read(string json) =>
        JsonSerializer.Deserialize<List<IncidentMember>>(json, InterchangeJson.Options) ?? [];
}
