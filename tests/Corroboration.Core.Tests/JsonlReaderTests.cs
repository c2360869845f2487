using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Core.Tests;

public class JsonlReaderTests
{
    [Fact]
    public async Task ABadLineIsReportedWithItsNumberAndTheRestIsRead()
    {
        var text = """
            {"id":"a","source":"Reuters","text":"one"}

            {"id":"b", oops
            {"id":"c","source":"AFP","text":"three","claims":[{"killedMin":3,"weapons":["missile"]}]}
            null
            """;
        var lines = new List<JsonlLine<ReportPayload>>();
        await foreach (var line in JsonlReader.ReadAsync<ReportPayload>(new StringReader(text)))
        {
            lines.Add(line);
        }
        Assert.Equal([1, 3, 4, 5], lines.Select(l => l.LineNumber));
        Assert.Equal("a", lines[0].Value!.Id);
        Assert.Null(lines[1].Value);
        Assert.NotNull(lines[1].Error);
        Assert.Equal(3, lines[2].Value!.Claims![0].KilledMin);
        Assert.Equal(["missile"], lines[2].Value!.Claims![0].Weapons!);
        Assert.NotNull(lines[3].Error);
    }
}
