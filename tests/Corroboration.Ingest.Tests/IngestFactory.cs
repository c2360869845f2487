using Corroboration.Protos.V1;
using Corroboration.Testing;

namespace Corroboration.Ingest.Tests;

/// <summary>The Ingest service under test.</summary>
public static class IngestFactory
{
    public static ServiceFactory<Program> Create(IReadOnlyDictionary<string, string>? settings = null) => new(bus => bus.AddIngestConsumers(), settings);

    public static IngestService.IngestServiceClient Client(this ServiceFactory<Program> factory) => new(factory.CreateChannel());
}
