using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Protos;

namespace Corroboration.Ingest.Tests;

public class ClaimMapperTests
{
    [Fact]
    public void EveryClaimFieldSurvivesTheTripThroughGrpc()
    {
        var claim = new ClaimPayload
        {
            OccurredOn = "2023-10-06", OccurredWeekday = "friday", Place = "Ariha", Country = "Syria", Admin1 = "Idlib",
            Lat = 35.81, Lon = 36.61, KilledMin = 3, KilledMax = 5, InjuredMin = 2, Civilians = true,
            Perpetrator = "Syrian government", AlsoBlamed = ["Russia"], Weapons = ["airstrike"], Targets = ["market"],
            Evidence = ["witness"], Stance = "asserts", Cites = ["Amnesty International"],
        };

        var back = ClaimMapper.ToPayload(ClaimMapper.ToProto(claim));

        Assert.Equal(JsonSerializer.Serialize(claim, InterchangeJson.Options), JsonSerializer.Serialize(back, InterchangeJson.Options));
    }
}
