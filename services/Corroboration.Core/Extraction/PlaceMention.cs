namespace Corroboration.Core.Extraction;

/// <summary>
/// A gazetteer place named in the text. <see cref="AsArea"/> is set when the text uses it as a
/// region ("ريف إدلب", "Idlib countryside"), which makes it less specific than the place itself.
/// </summary>
public sealed record PlaceMention(int Offset, int Length, GazetteerPlace Place, bool AsArea)
{
    public int Specificity => AsArea ? Math.Min(Place.Specificity, 1) - (Place.IsGovernorate ? 1 : 0) : Place.Specificity;
}
