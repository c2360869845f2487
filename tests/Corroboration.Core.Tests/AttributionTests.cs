using Corroboration.Contracts;
using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

public class AttributionTests
{
    private static EvidenceChain Chain(string id, string type, string? perpetrator, params string[] alsoBlamed)
    {
        var member = new IncidentMember(id, 0, id, type, null, null, new ClaimPayload
        {
            Perpetrator = perpetrator,
            AlsoBlamed = alsoBlamed.Length > 0 ? alsoBlamed : null,
        });
        return ChainBuilder.Build([member]).Single();
    }

    [Fact]
    public void CredibleChainsBlamingRussiaAndTheSyrianGovernmentAreContested()
    {
        Assert.True(Attribution.IsContested([Chain("a", "ngo", "Russia"), Chain("b", "local_monitor", "Syrian government")]));
    }

    [Fact]
    public void OneReportBlamingTwoPartiesIsContestedOnItsOwn()
    {
        Assert.True(Attribution.IsContested([Chain("cd", "ngo", "Syrian government", "Russia")]));
    }

    [Fact]
    public void BlamingTheSyrianGovernmentLeavesRussiaOpenButNotTheOtherWayRound()
    {
        Assert.True(Attribution.IsContested([Chain("a", "ngo", "Syrian government"), Chain("b", "media", "Syrian government")]));
        Assert.False(Attribution.IsContested([Chain("a", "ngo", "Russia"), Chain("b", "media", "Russia")]));
    }

    [Fact]
    public void ALoneDissentAgainstChainsThatAgreeIsNotAContestButAnEvenSplitIs()
    {
        EvidenceChain[] agreeing = [Chain("a", "ngo", "Turkey"), Chain("b", "wire", "Turkey"), Chain("c", "media", "Turkey")];

        Assert.False(Attribution.IsContested([.. agreeing, Chain("d", "local_monitor", "SDF")]));
        Assert.True(Attribution.IsContested([.. agreeing, Chain("d", "local_monitor", "SDF"), Chain("e", "ngo", "SDF")]));
    }

    [Fact]
    public void TheExplanationSaysWhichAllyABlameLeavesOpen()
    {
        var members = new[] { "ngo", "local_monitor" }.Select(type => new IncidentMember(type, 0, type + " source", type, null, null, new ClaimPayload { Perpetrator = "Syrian government" })).ToList();

        var scored = new CorroborationScorer().Score("inc", members);

        Assert.Equal("contested", scored.Grade);
        Assert.All(scored.Explanation!, line => Assert.Contains("blames Syrian government (not told apart from Russia)", line.Reason));
    }

    [Theory]
    [InlineData("US-led Coalition", "SDF")]
    [InlineData("Turkey", "Syrian National Army")]
    public void PartnersInJointOperationsAreOneSide(string lead, string partner)
    {
        Assert.False(Attribution.IsContested([Chain("a", "wire", lead), Chain("b", "media", partner), Chain("c", "ngo", lead, partner)]));
    }

    [Fact]
    public void UnknownAndUnnamedPerpetratorsBlameNoOne()
    {
        Assert.False(Attribution.IsContested([Chain("a", "ngo", "Russia"), Chain("b", "wire", "Unknown"), Chain("c", "media", null), Chain("d", "media", "")]));
    }

    [Fact]
    public void ASourceBelowCredibleDoesNotMakeItContested()
    {
        Assert.False(Attribution.IsContested([Chain("a", "ngo", "Russia"), Chain("b", "party", "Turkey")]));
    }

    [Fact]
    public void AChainWhoseLeaderNamesNoOneBlamesWhomItsOtherMembersName()
    {
        var leader = new IncidentMember("ngo", 0, "Amnesty International", "ngo", null, null, new ClaimPayload { Perpetrator = "Unknown" });
        var citing = new IncidentMember("media", 0, "Daily", "media", null, null, new ClaimPayload { Perpetrator = "Russian Military", Cites = ["Amnesty"] });

        Assert.Equal(["Russia"], Attribution.Blamed(ChainBuilder.Build([leader, citing]).Single()));
    }
}
