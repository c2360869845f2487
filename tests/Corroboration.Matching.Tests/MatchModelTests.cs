using System.Text.Json;
using Corroboration.Core.Interchange;
using Corroboration.Protos.V1;
using Corroboration.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using CoreModel = Corroboration.Core.Matching.MatchModel;

namespace Corroboration.Matching.Tests;

/// <summary>The match model is inspectable over gRPC, and a model learned offline can be put in service.</summary>
public sealed class MatchModelTests
{
    [Fact]
    public async Task GetMatchModelShowsEveryLevelOfTheDefaultModel()
    {
        await using var host = await MatchingHost.StartAsync();
        var model = await host.Client.GetMatchModelAsync(new GetMatchModelRequest());
        Assert.Equal("default", model.Origin);
        Assert.Equal(CoreModel.Default.Features.Select(f => f.Name), model.Features.Select(f => f.Name));
        var sameDay = model.Features.Single(f => f.Name == "date").Levels.Single(l => l.Name == "same day");
        Assert.Equal(Math.Log(sameDay.M / sameDay.U), sameDay.Weight, 6);
    }

    [Fact]
    public async Task AModelFileIsLoadedAndShown()
    {
        var file = Path.Combine(Path.GetTempPath(), $"corro-model-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(CoreModel.Default with { Prior = 0.02 }, InterchangeJson.Options));
        try
        {
            await using var factory = new ServiceFactory<Program>(bus => bus.AddMatchingConsumers());
            await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Matching:ModelFile", file));
            var client = new MatchingService.MatchingServiceClient(TestChannels.Signed(configured.Server));
            var model = await client.GetMatchModelAsync(new GetMatchModelRequest());
            Assert.Equal(file, model.Origin);
            Assert.Equal(0.02, model.Prior, 6);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AFileThatIsNoModelForTheseComparisonsIsRefusedWithItsReason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"corro-model-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(CoreModel.Default with { Features = CoreModel.Default.Features.Take(3).ToList() }, InterchangeJson.Options));
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => Linking.MatchModelSource.Load(file));
            Assert.Contains("is not a match model for this version", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
