namespace Corroboration.Core.Synthetic;

/// <summary>A cardinal direction, with the words English and Arabic reports use for it.</summary>
internal sealed record Compass(string Adjective, string Adverb, string ArabicAdjective, string ArabicAdverb)
{
    public static Compass North { get; } = new("northern", "north", "الشمالي", "شمالي");
    public static Compass South { get; } = new("southern", "south", "الجنوبي", "جنوبي");
    public static Compass East { get; } = new("eastern", "east", "الشرقي", "شرقي");
    public static Compass West { get; } = new("western", "west", "الغربي", "غربي");

    /// <summary>The direction from one point to another, or null when they are within a few kilometres.</summary>
    public static Compass? From(double lat0, double lon0, double lat, double lon)
    {
        var dy = lat - lat0;
        var dx = (lon - lon0) * Math.Cos(lat0 * Math.PI / 180);
        if (Math.Sqrt((dx * dx) + (dy * dy)) * 111 < 6)
        {
            return null;
        }
        return Math.Abs(dy) >= Math.Abs(dx) ? (dy > 0 ? North : South) : (dx > 0 ? East : West);
    }
}
