using System.Globalization;
using Corroboration.Core.Text;

namespace Corroboration.Core.Extraction;

/// <summary>
/// The place list extraction resolves names against (built by tools/gazetteer from Airwars'
/// incident places). Lookup folds transliteration and Arabic spacing, see <see cref="PlaceKeys"/>.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Bundled = new(() => LoadFile(BundledPath()));
    // Names longer than this are looked up through strings (no place name comes near it).
    private const int MaxSpanName = 256;
    private readonly Dictionary<string, List<GazetteerPlace>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerPlace>> bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerPlace> governorates = new(StringComparer.Ordinal);
    // Made once at load so that lookups in report text allocate nothing and normalize nothing.
    private readonly Dictionary<string, List<GazetteerPlace>>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    private readonly Dictionary<string, List<GazetteerPlace>>.AlternateLookup<ReadOnlySpan<char>> bySkeletonSpan;
    private readonly Dictionary<GazetteerPlace, string[]> nameKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string[]> governorateCues = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> arabicKeyPrefixes = [];

    public Gazetteer(IEnumerable<GazetteerPlace> places)
    {
        Places = places.ToList();
        foreach (var place in Places)
        {
            foreach (var name in place.AltNames.Prepend(place.Name))
            {
                Index(place, name);
            }
            if (place.IsGovernorate)
            {
                governorates[place.Admin1] = place;
            }
            nameKeys[place] = place.AltNames.Prepend(place.Name).Select(KeyOf).ToArray();
        }
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in byKey.Keys.Where(PlaceKeys.IsArabic))
        {
            var hash = PrefixHash.Empty;
            foreach (var c in key)
            {
                arabicKeyPrefixes.Add(hash = PrefixHash.Add(hash, c));
            }
        }
        bySkeletonSpan = bySkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var admin1 in Places.Select(p => p.Admin1).Where(a => !string.IsNullOrEmpty(a)).Distinct())
        {
            if (Governorate(admin1) is { } governorate)
            {
                governorateCues[admin1] = governorate.AltNames.Prepend(governorate.Name)
                    .Where(name => name.Length > 3)
                    .Select(name => PlaceKeys.IsArabic(name) ? TextNormalizer.Normalize(name) : name.ToLowerInvariant())
                    .ToArray();
            }
        }
    }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    /// <summary>The gazetteer shipped as data/gazetteer.tsv next to the Core assembly (loaded once).</summary>
    public static Gazetteer LoadBundled() => Bundled.Value;

    /// <summary>Reads the TSV written by tools/gazetteer/build_gazetteer.py (header line first).</summary>
    public static Gazetteer Load(TextReader reader)
    {
        var places = new List<GazetteerPlace>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (header)
            {
                header = false;
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 8 || f[0].Length == 0)
            {
                continue;
            }
            places.Add(new GazetteerPlace(
                f[0],
                f[1].Split('|', StringSplitOptions.RemoveEmptyEntries),
                ParseDouble(f[2]),
                ParseDouble(f[3]),
                f[4],
                f[5],
                f[6],
                int.TryParse(f[7], out var n) ? n : 0));
        }
        return new Gazetteer(places);
    }

    /// <summary>All places a name may denote, best known first.</summary>
    public IReadOnlyList<GazetteerPlace> FindAll(string name) => Find(KeyOf(name), PlaceKeys.IsArabic(name));

    /// <summary><see cref="FindAll(string)"/> for a name read out of a text, without making a string of it.</summary>
    public IReadOnlyList<GazetteerPlace> FindAll(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[Math.Min(name.Length, MaxSpanName) * 4];
        return name.Length <= MaxSpanName && PlaceKeys.TryKey(name, key, out var length)
            ? Find(key[..length], PlaceKeys.IsArabic(name))
            : FindAll(name.ToString());
    }

    /// <summary>
    /// True when no Arabic name of the gazetteer has a key starting with this word's key, so no
    /// name beginning with the word can be found (false when unsure: a hash may collide).
    /// </summary>
    internal bool StartsNoArabicName(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxSpanName || !PlaceKeys.IsArabic(word))
        {
            return false;
        }
        Span<char> key = stackalloc char[word.Length * 4];
        if (!PlaceKeys.TryKey(word, key, out var length) || !PlaceKeys.IsArabic(key[..length]))
        {
            return false; // only keys with Arabic letters are in the prefix set
        }
        var hash = PrefixHash.Empty;
        foreach (var c in key[..length])
        {
            hash = PrefixHash.Add(hash, c);
        }
        return !arabicKeyPrefixes.Contains(hash);
    }

    private IReadOnlyList<GazetteerPlace> Find(ReadOnlySpan<char> key, bool arabic)
    {
        if (key.Length < 2)
        {
            return [];
        }
        if (byKeySpan.TryGetValue(key, out var exact))
        {
            return exact;
        }
        if (arabic || key.Length < 5)
        {
            return [];
        }
        Span<char> skeleton = stackalloc char[key.Length];
        var skeletonLength = PlaceKeys.Skeleton(key, skeleton);
        if (skeletonLength < 3 || !bySkeletonSpan.TryGetValue(skeleton[..skeletonLength], out var loose))
        {
            return [];
        }
        // A shared skeleton alone is too loose ("Syria's" ~ "Siris", "Ariha in" ~ "Rihaniya"): the
        // spellings must also be close, as transliterations are (Qamishly ~ Qamishli).
        var near = new List<GazetteerPlace>();
        foreach (var place in loose)
        {
            foreach (var nameKey in nameKeys[place])
            {
                if (PlaceKeys.IsNear(key, nameKey))
                {
                    near.Add(place);
                    break;
                }
            }
        }
        return near;
    }

    /// <summary>The best known place of that name (most incidents, with coordinates first).</summary>
    public bool TryFind(string name, out GazetteerPlace place)
    {
        var all = FindAll(name);
        place = all.Count > 0 ? all[0] : null!;
        return all.Count > 0;
    }

    /// <summary>The governorate entry for an admin1 name in any spelling ("Idleb", "ريف إدلب", "Deir ez-Zor").</summary>
    public GazetteerPlace? Governorate(string name)
    {
        var canonical = GovernorateName(name);
        return canonical is not null && governorates.TryGetValue(canonical, out var place) ? place : null;
    }

    /// <summary>The canonical admin1 name for a governorate spelling, or null.</summary>
    public string? GovernorateName(string name)
    {
        var trimmed = name.Replace("governorate", "", StringComparison.OrdinalIgnoreCase)
            .Replace("province", "", StringComparison.OrdinalIgnoreCase)
            .Replace("محافظة", "").Replace("ريف", "").Trim();
        foreach (var place in FindAll(trimmed))
        {
            if (place.IsGovernorate)
            {
                return place.Admin1;
            }
        }
        return governorates.ContainsKey(trimmed) ? trimmed : null;
    }

    /// <summary>
    /// The folded names that show a text is about the governorate of <paramref name="admin1"/>
    /// (its names longer than three letters), or null when the gazetteer has no such governorate.
    /// </summary>
    internal IReadOnlyList<string>? GovernorateCues(string admin1) => governorateCues.GetValueOrDefault(admin1);

    internal static string KeyOf(string name) => PlaceKeys.IsArabic(name) ? PlaceKeys.Arabic(name) : PlaceKeys.Latin(name);

    private void Index(GazetteerPlace place, string name)
    {
        var key = KeyOf(name);
        if (key.Length < 2)
        {
            return;
        }
        Add(byKey, key, place);
        // Short skeletons ("n" for "Awaina") would match almost anything.
        if (!PlaceKeys.IsArabic(name) && PlaceKeys.Skeleton(key).Length >= 3)
        {
            Add(bySkeleton, PlaceKeys.Skeleton(key), place);
        }
    }

    private static void Add(Dictionary<string, List<GazetteerPlace>> index, string key, GazetteerPlace place)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (list.Contains(place))
        {
            return;
        }
        list.Add(place);
        // Governorates and well-known places with coordinates come first.
        list.Sort((a, b) => Rank(b).CompareTo(Rank(a)));
    }

    private static long Rank(GazetteerPlace p) => (p.Lat is null ? 0 : 1_000_000L) + (p.IsGovernorate ? 500_000L : 0) + p.Importance;

    private static double? ParseDouble(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string BundledPath()
    {
        // The build copies Core's Data folder next to the assembly; accept either case of its name.
        var folders = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Gazetteer).Assembly.Location) ?? "" };
        var candidates = folders.SelectMany(f => new[] { Path.Combine(f, "data", "gazetteer.tsv"), Path.Combine(f, "Data", "gazetteer.tsv") }).ToArray();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("Bundled gazetteer not found next to the Core assembly.", candidates[0]);
    }

    private static Gazetteer LoadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Load(reader);
    }
}
