using System.Text;
using System.Text.Json;
using Corroboration.Protos.V1;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// A newsroom system that is not .NET, following docs/integration.md: it publishes
/// <c>SubmitReport</c> as a hand-written JSON envelope over plain AMQP (RabbitMQ.Client, no
/// MassTransit types), and hears <c>IncidentScored</c> on a queue of its own; the example consumer
/// (examples/NewsroomConsumer) hears the same scores. PipelineTests covers the typed MassTransit
/// publisher; this covers the wire format the documentation promises.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class NewsroomIntegrationTests : IDisposable
{
    private const string SubmitReportExchange = "Corroboration.Contracts:SubmitReport";
    private const string IncidentScoredExchange = "Corroboration.Contracts:IncidentScored";
    private const string EnvelopeContentType = "application/vnd.masstransit+json";

    private readonly EndToEndFixture _fixture;
    private readonly ITestOutputHelper _output;
    private readonly IReadOnlyDictionary<string, long> _marks;

    public NewsroomIntegrationTests(EndToEndFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        _marks = fixture.OutputMarks();
    }

    public void Dispose() => _fixture.WriteOutputSince(_marks, _output);

    [Fact]
    public async Task RawAmqpSubmitReportEndsAsAScoredIncidentThatSubscribersHear()
    {
        var rabbit = _fixture.Infra.RabbitMq;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var factory = new ConnectionFactory { HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password };
        await using var connection = await factory.CreateConnectionAsync("newsroom-raw-amqp", timeout.Token);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: timeout.Token);

        // Subscribe first: a queue of our own, bound to the fanout exchange MassTransit created
        // (declared here with the same settings, so the order of start-up does not matter).
        await channel.ExchangeDeclareAsync(IncidentScoredExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: timeout.Token);
        var scores = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: timeout.Token)).QueueName;
        await channel.QueueBindAsync(scores, IncidentScoredExchange, "", cancellationToken: timeout.Token);
        var exampleQueue = $"newsroom-e2e-{_fixture.RunId}";
        await using var example = ServiceProcess.Start("newsroom-consumer", EndToEndFixture.ExampleDll("NewsroomConsumer"), new Dictionary<string, string>(),
            arguments: ["listen", "--queue", exampleQueue, "--rabbitmq", AmqpUri(rabbit)]);
        try
        {
            await Eventually.UntilAsync(() => Task.FromResult(example.Output.Lines().FirstOrDefault(l => l.Contains("listening:"))), TimeSpan.FromSeconds(60), () => example.Output.Text(50));

            var ngoId = $"newsroom-{_fixture.RunId}-ngo";
            var wireId = $"newsroom-{_fixture.RunId}-wire";
            var ngoMessageId = Guid.NewGuid();
            await PublishAsync(channel, ngoMessageId, SubmitReportEnvelope(ngoMessageId, ngoId, "Syrian Archive", "ngo", "2019-07-23",
                "Airstrike on Saraqib market",
                "Our team verified video showing an airstrike on the main market of Saraqib on 22 July 2019 that killed eleven civilians.",
                killed: 11), timeout.Token);
            // The same command again (a retry after a lost confirmation): the inbox drops it.
            await PublishAsync(channel, ngoMessageId, SubmitReportEnvelope(ngoMessageId, ngoId, "Syrian Archive", "ngo", "2019-07-23",
                "Airstrike on Saraqib market",
                "Our team verified video showing an airstrike on the main market of Saraqib on 22 July 2019 that killed eleven civilians.",
                killed: 11), timeout.Token);
            var wireMessageId = Guid.NewGuid();
            await PublishAsync(channel, wireMessageId, SubmitReportEnvelope(wireMessageId, wireId, "Agence France-Presse", "wire", "2019-07-22T17:05:00Z",
                "Strike kills civilians in Syria's Idlib province",
                "At least ten civilians were killed when warplanes struck a market in Saraqib on 22 July 2019, a monitor and rescuers said.",
                killed: 10), timeout.Token);

            // What a raw subscriber sees: the envelope, and the last score once both reports share an incident.
            var (envelope, scored) = await ScoreHoldingAsync(channel, scores, [ngoId, wireId], timeout.Token);
            Assert.Equal(["urn:message:Corroboration.Contracts:IncidentScored"], envelope.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
            Assert.True(Guid.TryParse(envelope.GetProperty("messageId").GetString(), out _));
            var incident = scored.GetProperty("incident");
            var incidentId = incident.GetProperty("id").GetString()!;
            var version = scored.GetProperty("version").GetInt64();
            Assert.Equal(2, incident.GetProperty("independentSources").GetInt32());
            Assert.Equal("2019-07-22", incident.GetProperty("occurredOn").GetString());
            Assert.NotEqual("weak", incident.GetProperty("grade").GetString());
            Assert.Equal(2, incident.GetProperty("explanation").GetArrayLength());

            // Read back over gRPC: the same incident, version, grade and confidence.
            var stored = await _fixture.ScoringClient.GetScoreAsync(new GetScoreRequest { IncidentId = incidentId }, deadline: DateTime.UtcNow.AddSeconds(30));
            Assert.Equal([ngoId, wireId], stored.ReportIds.Order(StringComparer.Ordinal));
            Assert.Equal(version, stored.Version);
            Assert.Equal(incident.GetProperty("grade").GetString(), stored.Grade);
            Assert.Equal(incident.GetProperty("confidence").GetDouble(), stored.Confidence, 6);
            var report = await _fixture.IngestClient.GetReportAsync(new GetReportRequest { Id = ngoId }, deadline: DateTime.UtcNow.AddSeconds(30));
            Assert.Equal(1, report.Version);
            Assert.Equal("Syrian Archive", report.Report.Source);
            Assert.Equal(35.8591, Assert.Single(report.Report.Claims).Lat, 4);

            // The example consumer printed the same score.
            var printed = await Eventually.UntilAsync(
                () => Task.FromResult(example.Output.Lines().FirstOrDefault(l => l.Contains($"IncidentScored {incidentId} v{version}:"))),
                TimeSpan.FromSeconds(30), () => example.Output.Text(50));
            Assert.Contains($"{stored.Grade}, confidence {stored.Confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}", printed);
            Assert.Contains(ngoId, printed);
        }
        finally
        {
            await channel.QueueDeleteAsync(exampleQueue, cancellationToken: CancellationToken.None);
            await channel.ExchangeDeleteAsync(exampleQueue, cancellationToken: CancellationToken.None);
        }
    }

    [Fact]
    public async Task ExampleSubmitSendsEachReportLineAsACommandAndTellsBadLines()
    {
        var id = $"newsroom-{_fixture.RunId}-file";
        var file = Path.Combine(Path.GetTempPath(), $"newsroom-{_fixture.RunId}.reports.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new
            {
                id,
                source = "Hawar News",
                sourceType = "media",
                publishedAt = "2018-01-23",
                title = "Shelling of Afrin",
                text = "Turkish shelling hit a residential street in Afrin on 22 January 2018, killing four civilians, residents said.",
            }),
            "{ not a report",
        ]);
        try
        {
            await using var submit = ServiceProcess.Start("newsroom-submit", EndToEndFixture.ExampleDll("NewsroomConsumer"), new Dictionary<string, string>(),
                arguments: ["submit", "--in", file, "--rabbitmq", AmqpUri(_fixture.Infra.RabbitMq)]);
            Assert.Equal(1, await submit.ExitCodeAsync(TimeSpan.FromSeconds(90))); // 1: a line was skipped
            Assert.Contains(submit.Output.Lines(), l => l.Contains($"{file}:2: not a report object"));
            Assert.Contains(submit.Output.Lines(), l => l.Contains("submit: 1 SubmitReport commands published") && l.Contains("(1 lines skipped)"));

            var score = await Eventually.UntilAsync(async () =>
                (await Eventually.AllScoresAsync(_fixture.ScoringClient)).SingleOrDefault(s => s.ReportIds.Contains(id)),
                Eventually.PipelineTimeout, () => $"no score holds {id}");
            Assert.Equal([id], score.ReportIds);
            Assert.Equal("2018-01-22", score.OccurredOn);
            var report = await _fixture.IngestClient.GetReportAsync(new GetReportRequest { Id = id }, deadline: DateTime.UtcNow.AddSeconds(30));
            Assert.True(report.ClaimsExtracted);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A <c>SubmitReport</c> exactly as docs/integration.md tells a foreign system to write it.</summary>
    private static string SubmitReportEnvelope(Guid messageId, string id, string source, string sourceType, string publishedAt, string title, string text, int killed) => $$"""
        {
          "messageId": "{{messageId}}",
          "messageType": ["urn:message:Corroboration.Contracts:SubmitReport"],
          "sentTime": "{{DateTime.UtcNow:O}}",
          "message": {
            "report": {
              "id": "{{id}}",
              "source": "{{source}}",
              "sourceType": "{{sourceType}}",
              "url": "https://newsroom.example/{{id}}",
              "publishedAt": "{{publishedAt}}",
              "language": "en",
              "title": "{{title}}",
              "text": "{{text}}",
              "claims": [
                {
                  "occurredOn": "2019-07-22",
                  "place": "Saraqib",
                  "country": "Syria",
                  "admin1": "Idlib",
                  "lat": 35.8591,
                  "lon": 36.7977,
                  "killedMin": {{killed}},
                  "killedMax": {{killed}},
                  "civilians": true,
                  "weapons": ["airstrike"],
                  "targets": ["market"]
                }
              ]
            }
          }
        }
        """;

    private static async Task PublishAsync(IChannel channel, Guid messageId, string envelope, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(SubmitReportExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var properties = new BasicProperties { MessageId = messageId.ToString(), ContentType = EnvelopeContentType, Persistent = true };
        await channel.BasicPublishAsync(SubmitReportExchange, "", mandatory: false, properties, Encoding.UTF8.GetBytes(envelope), cancellationToken);
    }

    /// <summary>Reads IncidentScored envelopes off <paramref name="queue"/> until one's incident holds exactly <paramref name="reportIds"/>.</summary>
    private async Task<(JsonElement Envelope, JsonElement Message)> ScoreHoldingAsync(IChannel channel, string queue, string[] reportIds, CancellationToken cancellationToken)
    {
        var seen = 0;
        var deadline = DateTime.UtcNow + Eventually.PipelineTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var delivery = await channel.BasicGetAsync(queue, autoAck: true, cancellationToken);
            if (delivery is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                continue;
            }
            seen++;
            Assert.Equal(EnvelopeContentType, delivery.BasicProperties.ContentType);
            var envelope = JsonDocument.Parse(delivery.Body).RootElement.Clone();
            var message = envelope.GetProperty("message");
            var held = message.GetProperty("incident").GetProperty("reportIds").EnumerateArray().Select(r => r.GetString()).ToHashSet();
            if (held.SetEquals(reportIds))
            {
                _output.WriteLine($"IncidentScored envelope as received:\n{envelope}");
                return (envelope, message);
            }
        }
        throw new TimeoutException($"no IncidentScored holding {string.Join(", ", reportIds)} within {Eventually.PipelineTimeout.TotalSeconds:0} s ({seen} other scores seen)");
    }

    private static string AmqpUri(RabbitMqSettings rabbit) =>
        $"amqp://{Uri.EscapeDataString(rabbit.Username)}:{Uri.EscapeDataString(rabbit.Password)}@{rabbit.Host}:{rabbit.Port}/{Uri.EscapeDataString(rabbit.VirtualHost)}";
}
