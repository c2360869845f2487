using Corroboration.Cli.Pipeline;

namespace Corroboration.Cli.Tests;

/// <summary>The batch's spill file gives back each report's title and members exactly as written, in any order.</summary>
public sealed class MemberSpillTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-spill-").FullName;

    [Fact]
    public void RecordsReadBackByOffsetInAnyOrderWithTheirTitlesAndArabicTextIntact()
    {
        using var spill = new MemberSpill(_folder);
        var written = new (string? Title, string[] Members)[]
        {
            ("Airstrike on Kafr Nabl market", ["{\"reportId\":\"r1\",\"claimIndex\":0}", "{\"reportId\":\"r1\",\"claimIndex\":1}"]),
            (null, ["{\"place\":\"معرة النعمان\"}"]),
            ("", []),
            (new string('x', 70_000), ["{}"]),
        };
        var offsets = written.Select(r => spill.Append(MemberSpill.Pack(r.Title, r.Members))).ToList();
        spill.Flush();

        var read = offsets.AsParallel().AsOrdered().Reverse().Select(spill.Read).Reverse().ToList();

        Assert.Equal(written.Length, read.Count);
        for (var i = 0; i < written.Length; i++)
        {
            Assert.Equal(written[i].Title, read[i].Title);
            Assert.Equal(written[i].Members, read[i].MemberJsons);
        }
    }

    [Fact]
    public void TheSpillFileIsGoneOnceClosed()
    {
        using (var spill = new MemberSpill(_folder))
        {
            spill.Append(MemberSpill.Pack("title", ["{}"]));
            spill.Flush();
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
