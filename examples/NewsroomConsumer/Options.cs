namespace NewsroomConsumer;

/// <summary>The command line: a command, <c>--name value</c> pairs, the broker from <c>--rabbitmq</c> or <c>RABBITMQ_URI</c>.</summary>
public sealed record Options(string Command, BrokerAddress Broker, string Queue, string? Input)
{
    public const string Usage = """
        usage: newsroom-consumer listen [--queue NAME] [--rabbitmq URI]
               newsroom-consumer submit --in FILE.jsonl [--rabbitmq URI]
          URI: amqp://USER:PASSWORD@HOST:PORT/VHOST (default: $RABBITMQ_URI, else amqp://guest:guest@127.0.0.1:5672/)
        """;

    public const string DefaultQueue = "newsroom-incident-scored";

    public static Options Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("listen" or "submit"))
        {
            throw new UsageException(args.Length == 0 ? "no command" : $"unknown command '{args[0]}'");
        }
        var values = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new UsageException($"expected --name value, got '{args[i]}'");
            }
            values[args[i][2..]] = args[i + 1];
        }
        var allowed = args[0] == "listen" ? new[] { "queue", "rabbitmq" } : ["in", "rabbitmq"];
        if (values.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } unknown)
        {
            throw new UsageException($"--{unknown} is not an option of {args[0]}");
        }
        var uri = values.GetValueOrDefault("rabbitmq") ?? Environment.GetEnvironmentVariable("RABBITMQ_URI") ?? "amqp://guest:guest@127.0.0.1:5672/";
        var input = values.GetValueOrDefault("in");
        if (args[0] == "submit" && input is null)
        {
            throw new UsageException("submit needs --in FILE.jsonl");
        }
        return new Options(args[0], BrokerAddress.Parse(uri), values.GetValueOrDefault("queue") ?? DefaultQueue, input);
    }
}
