using System.Text;
using Corroboration.Contracts;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using RabbitMQ.Client;
using Xunit.Abstractions;
using static Corroboration.EndToEnd.Tests.Reports;
using Report = Corroboration.Protos.V1.Report;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// Hostile and broken input over gRPC and over the bus, each with the answer it must get; the
/// table is printed for the record. Nothing bad is stored, and good input beside it still works.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class BadInputTests(EndToEndFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryBadRequestOverGrpcGetsItsOwnClearAnswer()
    {
        var valid = Report(Id("valid"), "Airwars", "ngo", "2023-02-02", "Shelling of Bakhmut", "Shelling hit a residential block in Bakhmut on 1 February 2023.");
        var cases = new (string Input, StatusCode Expected, Func<Task> Call)[]
        {
            ("malformed: empty id, publishedAt 'the twelfth of March'", StatusCode.InvalidArgument,
                () => Submit(fixture.Ingest.Channel, Report("", "Airwars", "ngo", "the twelfth of March", "t", "An airstrike hit a market."))),
            ("wrong types: claim lat 95, killed 5..2, stance 'maybe'", StatusCode.InvalidArgument,
                () => Submit(fixture.Ingest.Channel, WithBadClaim(valid))),
            ("oversized text: 1.5 MiB in one report", StatusCode.InvalidArgument,
                () => Submit(fixture.Ingest.Channel, Report(Id("big-text"), "Airwars", "ngo", "2023-02-02", "t", new string('a', 3 * 512 * 1024)))),
            ("oversized message: 5 MiB request", StatusCode.ResourceExhausted,
                () => Submit(fixture.Ingest.Channel, Report(Id("big-message"), "Airwars", "ngo", "2023-02-02", "t", new string('a', 5 * 1024 * 1024)))),
            ("unauthenticated: no token", StatusCode.Unauthenticated, () => Submit(Channel(null), valid)),
            ("unauthenticated: token signed with another key", StatusCode.Unauthenticated,
                () => Submit(Channel(TokenMinter.Mint(Convert.ToBase64String(new byte[32]), "mallory", Role.All, TimeSpan.FromMinutes(5))), valid)),
            ("unauthenticated: expired token", StatusCode.Unauthenticated,
                () => Submit(Channel(TokenMinter.Mint(fixture.SigningKey, "eve", Role.All, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1))), valid)),
            ("wrong role: a reader submits a report", StatusCode.PermissionDenied, () => Submit(Channel(Token(Role.Reader)), valid)),
            ("wrong role: an ingest client flags an incident", StatusCode.PermissionDenied,
                () => new ScoringService.ScoringServiceClient(Channel(Token(Role.Ingest), fixture.Scoring.Address))
                    .FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Refuted, Reason = "r" }, deadline: Deadline()).ResponseAsync),
        };

        var answers = new List<(string Input, StatusCode Expected, StatusCode Got, string Detail)>();
        foreach (var (input, expected, call) in cases)
        {
            var error = await Record.ExceptionAsync(call);
            var rpc = Assert.IsType<RpcException>(error);
            var fields = rpc.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Select(v => v.Field) ?? [];
            answers.Add((input, expected, rpc.StatusCode, rpc.Status.Detail + (fields.Any() ? $" [fields: {string.Join(", ", fields)}]" : "")));
        }
        foreach (var (input, _, got, detail) in answers)
        {
            output.WriteLine($"| {input} | {got} | {detail} |");
        }

        Assert.All(answers, a => Assert.True(a.Expected == a.Got, $"{a.Input}: expected {a.Expected}, got {a.Got} ({a.Detail})"));
        Assert.Contains("claims[0].lat", answers[1].Detail);
        Assert.Contains("text", answers[2].Detail);
        var stored = await Record.ExceptionAsync(() => new IngestService.IngestServiceClient(fixture.Ingest.Channel)
            .GetReportAsync(new GetReportRequest { Id = valid.Id }, deadline: Deadline()).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, Assert.IsType<RpcException>(stored).StatusCode); // nothing rejected was kept
    }

    [Fact]
    public async Task AnInvalidCommandFaultsAndUnreadableBytesGoToTheErrorQueue()
    {
        var rabbit = fixture.Infra.RabbitMq;
        var faults = new TaskCompletionSource<Fault<SubmitReport>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var invalidId = Id("bus-invalid");
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            });
            cfg.ReceiveEndpoint(endpoint => endpoint.Handler<Fault<SubmitReport>>(context =>
            {
                if (context.Message.Message.Report.Id == invalidId)
                {
                    faults.TrySetResult(context.Message);
                }
                return Task.CompletedTask;
            }));
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await bus.StartAsync(timeout.Token);
        try
        {
            await bus.Publish(new SubmitReport(new ReportPayload { Id = invalidId, Source = "Newsroom", PublishedAt = "soon", Text = "" }), timeout.Token);
            var fault = await faults.Task.WaitAsync(timeout.Token);
            output.WriteLine($"| bus: SubmitReport with publishedAt 'soon' and no text | Fault<SubmitReport>, to submit-report_error | {fault.Exceptions[0].Message} |");
            Assert.Contains("publishedAt", fault.Exceptions[0].Message);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        var messageId = Guid.NewGuid().ToString();
        var factory = new ConnectionFactory { HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password };
        await using var connection = await factory.CreateConnectionAsync(timeout.Token);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: timeout.Token);
        await channel.BasicPublishAsync("Corroboration.Contracts:SubmitReport", "", mandatory: false,
            new BasicProperties { MessageId = messageId, ContentType = "application/vnd.masstransit+json", Persistent = true },
            Encoding.UTF8.GetBytes("{ this is not JSON"), timeout.Token);
        var errorQueue = await FindAsync(channel, "submit-report_error", messageId, timeout.Token);
        output.WriteLine($"| bus: bytes that are not JSON on the SubmitReport exchange | moved to {errorQueue} | |");
        Assert.Equal("submit-report_error", errorQueue);
    }

    /// <summary>Waits for the message with <paramref name="messageId"/> in <paramref name="queue"/>; takes it, leaves the others.</summary>
    private static async Task<string> FindAsync(IChannel channel, string queue, string messageId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var waiting = (int)await channel.MessageCountAsync(queue, cancellationToken);
            var others = new List<ulong>();
            for (var i = 0; i < waiting; i++)
            {
                var message = await channel.BasicGetAsync(queue, autoAck: false, cancellationToken);
                if (message is null)
                {
                    break;
                }
                if (message.BasicProperties.MessageId == messageId)
                {
                    await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                    foreach (var tag in others)
                    {
                        await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
                    }
                    return queue;
                }
                others.Add(message.DeliveryTag);
            }
            foreach (var tag in others)
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private Report WithBadClaim(Report report)
    {
        var bad = report.Clone();
        bad.Id = Id("bad-claim");
        bad.Claims.Add(new Protos.V1.Claim { Lat = 95, Lon = 36, KilledMin = 5, KilledMax = 2, Stance = "maybe" });
        return bad;
    }

    private Task Submit(GrpcChannel channel, Report report) =>
        new IngestService.IngestServiceClient(channel).SubmitReportAsync(new SubmitReportRequest { Report = report }, deadline: Deadline()).ResponseAsync;

    private string Token(string role) => TokenMinter.Mint(fixture.SigningKey, "bad-input-" + role, [role], TimeSpan.FromMinutes(10));

    private GrpcChannel Channel(string? token, Uri? address = null) => GrpcChannel.ForAddress(address ?? fixture.Ingest.Address, new GrpcChannelOptions
    {
        Credentials = token is null ? null : ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return Task.CompletedTask;
        })),
        UnsafeUseInsecureChannelCallCredentials = token is not null,
    });

    private string Id(string name) => $"{name}-{fixture.RunId}";

    private static DateTime Deadline() => DateTime.UtcNow.AddSeconds(30);
}
