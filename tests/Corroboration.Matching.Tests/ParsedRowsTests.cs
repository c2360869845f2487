using Corroboration.Core.Matching;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Tests;

/// <summary>
/// Matching keeps profiles it has parsed, but an incident another replica or an analyst has
/// rewritten since must be read anew: a stale profile would link reports against an incident
/// that no longer looks like that.
/// </summary>
public class ParsedRowsTests
{
    [Fact]
    public void AProfileIsParsedAgainOnceTheStoredIncidentChanged()
    {
        var parsed = new ParsedRows();
        var ariha = Row(version: 3, updatedAt: "2026-11-26T10:00:00.0000000+00:00", Profile("ariha"));
        var rewrittenElsewhere = Row(version: 4, updatedAt: "2026-11-26T10:00:01.0000000+00:00", Profile("idlib"));

        var first = parsed.Profile(ariha);
        var again = parsed.Profile(ariha with { });
        var afterTheChange = parsed.Profile(rewrittenElsewhere);

        Assert.Same(first, again);
        Assert.Equal(["idlib"], afterTheChange.PlaceKeys);
    }

    [Fact]
    public void AProfileWrittenHereNeedsNoParsingButAnotherWriteOfTheSameVersionDoes()
    {
        var parsed = new ParsedRows();
        var written = Profile("ariha");
        var row = Row(version: 1, updatedAt: "2026-11-26T10:00:00.0000000+00:00", written);
        parsed.Remember(row, 1, written);

        // A write that rolled back and another that numbered the same version differ in their time.
        var sameVersionOtherWrite = Row(version: 1, updatedAt: "2026-11-26T10:00:05.0000000+00:00", Profile("idlib"));

        Assert.Same(written, parsed.Profile(row));
        Assert.Equal(["idlib"], parsed.Profile(sameVersionOtherWrite).PlaceKeys);
    }

    [Fact]
    public void AStampFindsTheProfileOnlyWhileTheRowItWasParsedFromIsCurrent()
    {
        var parsed = new ParsedRows();
        var row = Row(version: 2, updatedAt: "2026-11-26T10:00:00.0000000+00:00", Profile("ariha"));
        var unseen = parsed.Profile(Stamp(row));
        var profile = parsed.Profile(row);

        Assert.Null(unseen);
        Assert.Same(profile, parsed.Profile(Stamp(row)));
        Assert.Null(parsed.Profile(Stamp(row) with { Version = 3 }));
        Assert.Null(parsed.Profile(Stamp(row) with { UpdatedAt = "2026-11-26T10:00:07.0000000+00:00" }));
    }

    private static IncidentStamp Stamp(IncidentRow row) => new() { Id = row.Id, Version = row.Version, UpdatedAt = row.UpdatedAt };

    private static IncidentProfile Profile(string place) =>
        new(null, [place], null, null, [], null, null, ["AFP"], TermVector.Empty, 1);

    private static IncidentRow Row(long version, string updatedAt, IncidentProfile profile) =>
        new() { Id = "inc-000001", Version = version, UpdatedAt = updatedAt, ProfileJson = ProfileJson.Write(profile) };
}
