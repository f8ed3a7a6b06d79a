using System.Globalization;

namespace ZoEngine.Tests.Workloads;

/// <summary>
/// Makes the current culture write 1.5 as "1,5" for the lifetime of the scope. Built from the invariant culture because
/// the build runs with invariant globalization, where named cultures such as de-DE are unavailable.
/// </summary>
internal sealed class CommaDecimalCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

    public CommaDecimalCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        CultureInfo.CurrentCulture = culture;
    }

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
}
