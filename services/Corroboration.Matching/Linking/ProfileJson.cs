using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>How Matching's JSON columns are read and written.</summary>
public static class ProfileJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, InterchangeJson.Options);

    public static IncidentMember Member(MemberRow row) =>
        JsonSerializer.Deserialize<IncidentMember>(row.MemberJson, InterchangeJson.Options)!;

    public static TermVector Terms(MemberRow row) => Terms(row.TermsJson);

    public static TermVector Terms(string termsJson) =>
        new(JsonSerializer.Deserialize<Dictionary<string, double>>(termsJson, InterchangeJson.Options)!);

    public static IncidentProfile Profile(IncidentRow row) =>
        JsonSerializer.Deserialize<IncidentProfile>(row.ProfileJson, InterchangeJson.Options)!;

    public static ClaimProfile ClaimOf(MemberRow row) => ClaimOf(row, Member(row));

    /// <summary>The claim of a row whose member is already parsed.</summary>
    public static ClaimProfile ClaimOf(MemberRow row, IncidentMember member) => ClaimProfile.Of(member, Terms(row));
}
