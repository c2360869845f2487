namespace Corroboration.Core.Matching;

/// <summary>
/// Which weapons reports of one attack may name differently: a drone strike is also reported as
/// an air strike, a rocket as artillery or a missile. Weapons of no common family (a car bomb
/// and an air raid) say the reports describe different attacks.
/// </summary>
public static class WeaponFamilies
{
    private static readonly Dictionary<string, string[]> Families = new(StringComparer.OrdinalIgnoreCase)
    {
        ["airstrike"] = ["air"],
        ["drone"] = ["air"],
        ["missile"] = ["air", "fire"],
        ["artillery"] = ["fire"],
        ["car bomb"] = ["explosive"],
        ["improvised explosive device"] = ["explosive"],
        ["landmine"] = ["explosive"],
        ["explosive remnants"] = ["explosive"],
        ["gunfire"] = ["ground"],
        ["ground raid"] = ["ground"],
    };

    /// <summary>Whether any weapon of one list shares a family with one of the other.</summary>
    public static bool Related(IEnumerable<string> weapons, IReadOnlyCollection<string> others)
    {
        // Loops, not a set: asked of every candidate of every claim that names a weapon, for lists a few long.
        foreach (var weapon in weapons)
        {
            foreach (var family in Of(weapon))
            {
                foreach (var other in others)
                {
                    if (Array.IndexOf(Of(other), family) >= 0)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static string[] Of(string weapon) => Families.GetValueOrDefault(weapon) ?? [weapon];
}
