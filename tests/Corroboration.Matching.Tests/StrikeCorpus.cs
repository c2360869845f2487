using Corroboration.Contracts;

namespace Corroboration.Matching.Tests;

/// <summary>
/// ReportIngested messages about 40 strikes, five reports each from different outlets sharing the
/// strike's date, place and words, plus ten updates that move a report to another strike. Two
/// strikes share each day and the next pair is a day later, so neighbouring strikes are each
/// other's candidates (an incident's day keys reach a day either side) without matching. The
/// order is shuffled, with a fixed seed, so reports of one new strike often arrive together.
/// </summary>
public static class StrikeCorpus
{
    public const int Strikes = 40;
    public const int ReportsPerStrike = 5;
    public const int Updates = 10;

    private static readonly string[] Outlets = ["Reuters", "AFP", "AP", "BBC", "Enab Baladi"];

    private static readonly string[] Targets =
    [
        "bakery", "hospital", "school", "mosque", "market", "clinic", "orchard", "camp", "bridge", "factory",
        "garage", "pharmacy", "stadium", "library", "warehouse", "quarry", "mill", "prison", "hotel", "farm",
        "courthouse", "cemetery", "church", "dairy", "tannery", "brickworks", "cinema", "museum", "laundry", "greenhouse",
        "slaughterhouse", "kindergarten", "orphanage", "barracks", "checkpoint", "depot", "refinery", "harbour", "vineyard", "apiary",
    ];

    public static List<ReportIngested> Messages()
    {
        var reports = new List<ReportIngested>();
        for (var strike = 0; strike < Strikes; strike++)
        {
            for (var outlet = 0; outlet < ReportsPerStrike; outlet++)
            {
                reports.Add(Report($"s{strike:D2}-{outlet}", 1, outlet, strike));
            }
        }
        var random = new Random(20231005);
        var shuffled = reports.ToArray();
        random.Shuffle(shuffled);
        var messages = shuffled.ToList();
        for (var strike = 0; strike < Updates; strike++)
        {
            // Last outlet's report of this strike turns out to be about another one.
            var update = Report($"s{strike:D2}-{ReportsPerStrike - 1}", 2, ReportsPerStrike - 1, strike + Strikes / 2);
            var first = messages.FindIndex(m => m.ReportId == update.ReportId);
            messages.Insert(random.Next(first + 1, messages.Count + 1), update);
        }
        return messages;
    }

    private static ReportIngested Report(string id, long version, int outlet, int strike)
    {
        var place = $"Kafr {Targets[strike][..1].ToUpperInvariant()}{Targets[strike][1..]}a";
        var date = new DateOnly(2023, 3, 1).AddDays(strike / 2).ToString("yyyy-MM-dd");
        var killed = 3 + strike;
        var target = Targets[strike];
        var text = (outlet % 3) switch
        {
            0 => $"An air strike hit the {target} in {place} on {date}, killing {killed} civilians, witnesses said.",
            1 => $"{killed} civilians were killed when warplanes bombed the {target} of {place}, rescuers reported.",
            _ => $"The {target} in {place} was destroyed by a strike; medics counted {killed} dead among civilians.",
        };
        var claim = new ClaimPayload
        {
            OccurredOn = date,
            Place = place,
            Admin1 = "Idlib",
            Lat = 34.0 + strike * 0.25,
            Lon = 36.0 + (strike % 2) * 1.5,
            KilledMin = killed,
            KilledMax = killed,
        };
        return new ReportIngested(id, version, Outlets[outlet], "wire", "en", date, $"Strike on {target} in {place}", text, [claim]);
    }
}
