using System.Security.Cryptography;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults.Security;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// Authentication as a deployment meets it: real processes on real sockets. The all-in-one host
/// serves every gRPC service, so one process answers for all of them; it needs no RabbitMQ or
/// PostgreSQL (in-memory bus, a throwaway SQLite file).
/// </summary>
public sealed class SecurityTests : IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"corro-security-{Guid.NewGuid():N}.db");
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Every method of every service in the generated code: a new one is walked without editing this test.</summary>
    public static IEnumerable<MethodDescriptor> EveryMethod() =>
        typeof(IngestService).Assembly.GetTypes()
            .Select(type => type.GetProperty("Descriptor", typeof(FileDescriptor))?.GetValue(null))
            .OfType<FileDescriptor>()
            .SelectMany(file => file.Services)
            .SelectMany(service => service.Methods);

    [Fact]
    public void TheGeneratedCodeHasTheThreeServices() =>
        Assert.Equal(["IngestService", "MatchingService", "ScoringService"], EveryMethod().Select(m => m.Service.Name).Distinct().Order());

    [Fact]
    public async Task EveryMethodOfEveryServiceRequiresATokenAndExactlyOneRole()
    {
        await using var host = await StartHostAsync();
        using var anonymous = Channel(host, token: null);
        using var roleless = Channel(host, Token());
        var byRole = Role.All.ToDictionary(role => role, role => Channel(host, Token(role)));
        try
        {
            foreach (var method in EveryMethod())
            {
                Assert.True(StatusCode.Unauthenticated == await CallAsync(anonymous, method), $"{method.FullName} answered a call without a token");
                Assert.True(StatusCode.PermissionDenied == await CallAsync(roleless, method), $"{method.FullName} answered a token without roles");
                var admitted = new List<string>();
                foreach (var (role, channel) in byRole)
                {
                    var code = await CallAsync(channel, method);
                    Assert.NotEqual(StatusCode.Unauthenticated, code);
                    if (code != StatusCode.PermissionDenied)
                    {
                        admitted.Add(role);
                    }
                }
                Assert.True(admitted.Count == 1, $"{method.FullName} admits {(admitted.Count == 0 ? "no role" : string.Join(", ", admitted))}, not exactly one");
            }
        }
        finally
        {
            foreach (var channel in byRole.Values)
            {
                channel.Dispose();
            }
        }
    }

    [Fact]
    public async Task TheRolesAreTheOnesTheIssueNames()
    {
        await using var host = await StartHostAsync();
        using var ingest = Channel(host, Token(Role.Ingest));
        using var reader = Channel(host, Token(Role.Reader));
        using var analyst = Channel(host, Token(Role.Analyst));

        Assert.NotEqual(StatusCode.PermissionDenied, await CallAsync(ingest, Method("IngestService", "SubmitReport")));
        Assert.Equal(StatusCode.PermissionDenied, await CallAsync(reader, Method("IngestService", "SubmitReport")));
        Assert.Equal(StatusCode.PermissionDenied, await CallAsync(ingest, Method("ScoringService", "ListScores")));
        Assert.NotEqual(StatusCode.PermissionDenied, await CallAsync(reader, Method("ScoringService", "WatchScores")));
        Assert.NotEqual(StatusCode.PermissionDenied, await CallAsync(analyst, Method("MatchingService", "MergeIncidents")));
        Assert.NotEqual(StatusCode.PermissionDenied, await CallAsync(analyst, Method("ScoringService", "SetSourceReliability")));
        Assert.Equal(StatusCode.PermissionDenied, await CallAsync(reader, Method("ScoringService", "FlagIncident")));
    }

    [Fact]
    public async Task ABadSignatureOrAnExpiredTokenIsUnauthenticated()
    {
        await using var host = await StartHostAsync();
        var otherKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var forged = Channel(host, TokenMinter.Mint(otherKey, "mallory", Role.All, TimeSpan.FromHours(1)));
        using var expired = Channel(host, TokenMinter.Mint(_key, "alice", Role.All, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1)));
        using var garbage = Channel(host, "not-a-jwt");
        var list = Method("ScoringService", "ListScores");

        Assert.Equal(StatusCode.Unauthenticated, await CallAsync(forged, list));
        Assert.Equal(StatusCode.Unauthenticated, await CallAsync(expired, list));
        Assert.Equal(StatusCode.Unauthenticated, await CallAsync(garbage, list));
    }

    [Fact]
    public async Task HealthAndReflectionNeedNoToken()
    {
        await using var host = await StartHostAsync(); // waiting until SERVING already asks health without a token
        using var anonymous = Channel(host, token: null);
        var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(anonymous);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "corroboration.v1.ScoringService");
        await call.RequestStream.CompleteAsync();
    }

    [Fact]
    public async Task AServiceWithoutAuthenticationSettingsRefusesToStart()
    {
        await using var ingest = ServiceProcess.Start("ingest", EndToEndFixture.ServiceDll("Ingest"), Sqlite());

        var code = await ingest.ExitCodeAsync(StartupTimeout);

        Assert.NotNull(code);
        Assert.NotEqual(0, code);
        Assert.Contains("authentication is not configured: set Auth:SigningKey", ingest.Output.Text(200));
    }

    [Fact]
    public async Task OpenModeIsRefusedOnANonLoopbackAddress()
    {
        var settings = new Dictionary<string, string>(Sqlite()) { ["Auth__Open"] = "true", ["Urls"] = $"http://0.0.0.0:{ServiceProcess.FreePort()}" };
        await using var host = ServiceProcess.Start("host", EndToEndFixture.ServiceDll("Host"), settings);

        var code = await host.ExitCodeAsync(StartupTimeout);

        Assert.NotNull(code);
        Assert.NotEqual(0, code);
        Assert.Contains("Auth:Open=true is allowed on loopback only", host.Output.Text(200));
    }

    [Fact]
    public async Task OpenModeOnLoopbackServesWithoutATokenAndSaysSo()
    {
        var settings = new Dictionary<string, string>(Sqlite()) { ["Auth__Open"] = "true" };
        await using var host = ServiceProcess.Start("host", EndToEndFixture.ServiceDll("Host"), settings);
        await host.WaitUntilServingAsync(StartupTimeout);

        Assert.Equal(StatusCode.OK, await CallAsync(host.Channel, Method("ScoringService", "ListScores")));
        Assert.Contains("NO AUTHENTICATION", host.Output.Text(200));
    }

    public void Dispose()
    {
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task<ServiceProcess> StartHostAsync()
    {
        var settings = new Dictionary<string, string>(Sqlite())
        {
            ["Auth__Open"] = "false",
            ["Auth__SigningKey"] = _key,
            ["Limits__RequestsPerWindow"] = "0", // this test calls every method several times
        };
        var host = ServiceProcess.Start("host", EndToEndFixture.ServiceDll("Host"), settings);
        try
        {
            await host.WaitUntilServingAsync(StartupTimeout);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private Dictionary<string, string> Sqlite() => new()
    {
        ["Database__Provider"] = "sqlite",
        ["Database__ConnectionString"] = $"Data Source={_database}",
        ["Bus__Transport"] = "inmemory",
    };

    private string Token(params string[] roles) => TokenMinter.Mint(_key, "alice", roles, TimeSpan.FromHours(1));

    private static GrpcChannel Channel(ServiceProcess host, string? token) => GrpcChannel.ForAddress(host.Address, new GrpcChannelOptions
    {
        Credentials = token is null ? null : ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return Task.CompletedTask;
        })),
        UnsafeUseInsecureChannelCallCredentials = token is not null,
    });

    private static MethodDescriptor Method(string service, string name) =>
        EveryMethod().Single(m => m.Service.Name == service && m.Name == name);

    /// <summary>Calls <paramref name="method"/> with an empty request, whatever its shape, and returns the status it ends with.</summary>
    private static async Task<StatusCode> CallAsync(GrpcChannel channel, MethodDescriptor method)
    {
        var type = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var bytes = Marshallers.Create<byte[]>(b => b, b => b);
        var raw = new Method<byte[], byte[]>(type, method.Service.FullName, method.Name, bytes, bytes);
        var invoker = channel.CreateCallInvoker();
        // A watch stays open when admitted: the deadline ends it, and DEADLINE_EXCEEDED means it was let in.
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5));
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(raw, null, options, []).ResponseAsync;
                    break;
                case MethodType.ClientStreaming:
                    using (var call = invoker.AsyncClientStreamingCall(raw, null, options))
                    {
                        await call.RequestStream.CompleteAsync();
                        await call.ResponseAsync;
                    }
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(raw, null, options, []))
                    {
                        while (await call.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }
                    break;
                default:
                    using (var call = invoker.AsyncDuplexStreamingCall(raw, null, options))
                    {
                        await call.RequestStream.CompleteAsync();
                        while (await call.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }
                    break;
            }
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}
