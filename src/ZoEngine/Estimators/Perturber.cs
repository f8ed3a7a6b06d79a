namespace ZoEngine.Estimators;

/// <summary>
/// Tracks the displacement currently applied to θ and moves it from one probe point to the next in one pass:
/// undoing the previous displacement and applying the next are merged into a single term list (DESIGN §3).
/// In exact mode a backup copy replaces the undo, so every probe point is θ + c·z with one rounding.
/// </summary>
internal sealed class Perturber : IDisposable
{
    private readonly IZoBackend _backend;
    private readonly ParameterSet _theta;
    private readonly ParameterSet? _backup;
    private readonly NoiseTerm[] _applied;
    private readonly NoiseTerm[] _scratch;
    private readonly NoiseTerm[] _undo;
    private readonly NoiseTerm[] _negated;
    private int _appliedCount;
    private int _undoCount;

    public Perturber(IZoBackend backend, ParameterSet theta, PerturbationMode mode, int maxTerms)
    {
        _backend = backend;
        _theta = theta;
        _backup = mode == PerturbationMode.Exact ? theta.CloneLayout() : null;
        _applied = new NoiseTerm[maxTerms];
        _scratch = new NoiseTerm[2 * maxTerms];
        _undo = new NoiseTerm[maxTerms];
        _negated = new NoiseTerm[maxTerms];
    }

    /// <summary>Marks θ as the unperturbed point of a new step.</summary>
    public void Begin()
    {
        _appliedCount = 0;
        _undoCount = 0;
        if (_backup is not null)
            _backend.Copy(_theta, _backup);
    }

    /// <summary>Displaces θ by Σ target from its unperturbed value.</summary>
    public void MoveTo(ReadOnlySpan<NoiseTerm> target)
    {
        if (_backup is not null)
        {
            if (_appliedCount > 0)
                _backend.Copy(_backup, _theta);
            _backend.Combine(_theta, target);
        }
        else
        {
            int n = TermMath.Merge(Negated(), target, _scratch);
            _backend.Combine(_theta, _scratch.AsSpan(0, n));
        }
        target.CopyTo(_applied);
        _appliedCount = target.Length;
    }

    /// <summary>
    /// Terms that undo the current displacement, for fusing into the update pass. In exact mode θ is restored from
    /// the backup right here and nothing is pending.
    /// </summary>
    public ReadOnlySpan<NoiseTerm> TakePendingRestore()
    {
        if (_backup is not null)
        {
            if (_appliedCount > 0)
                _backend.Copy(_backup, _theta);
            _appliedCount = 0;
            return [];
        }
        var undo = Negated();
        undo.CopyTo(_undo);
        _undoCount = undo.Length;
        _appliedCount = 0;
        return _undo.AsSpan(0, _undoCount);
    }

    /// <summary>The restore list last handed out (still valid until the next step).</summary>
    public ReadOnlySpan<NoiseTerm> Pending => _undo.AsSpan(0, _undoCount);

    /// <summary>Returns θ to its unperturbed value now.</summary>
    public void RestoreNow()
    {
        if (_appliedCount > 0)
            MoveTo([]);
        if (_backup is null && _undoCount > 0)
        {
            _backend.Combine(_theta, _undo.AsSpan(0, _undoCount));
            _undoCount = 0;
        }
    }

    private ReadOnlySpan<NoiseTerm> Negated()
    {
        for (int i = 0; i < _appliedCount; i++)
            _negated[i] = _applied[i] with { Coefficient = -_applied[i].Coefficient };
        return _negated.AsSpan(0, _appliedCount);
    }

    public void Dispose() => _backup?.Dispose();
}

/// <summary>Operations on short term lists.</summary>
public static class TermMath
{
    /// <summary>
    /// Writes a followed by b into <paramref name="destination"/>, adding the coefficients of terms with the same
    /// seed and kind (in that order) and dropping terms whose coefficient becomes exactly zero. Returns the count.
    /// The destination must not overlap the inputs.
    /// </summary>
    public static int Merge(ReadOnlySpan<NoiseTerm> a, ReadOnlySpan<NoiseTerm> b, Span<NoiseTerm> destination)
    {
        int n = 0;
        foreach (var t in a)
            n = AddOne(destination, n, t);
        foreach (var t in b)
            n = AddOne(destination, n, t);
        int kept = 0;
        for (int i = 0; i < n; i++)
        {
            if (destination[i].Coefficient != 0f)
                destination[kept++] = destination[i];
        }
        return kept;
    }

    private static int AddOne(Span<NoiseTerm> destination, int n, NoiseTerm t)
    {
        for (int i = 0; i < n; i++)
        {
            if (destination[i].Seed == t.Seed && destination[i].Kind == t.Kind)
            {
                destination[i] = destination[i] with { Coefficient = destination[i].Coefficient + t.Coefficient };
                return n;
            }
        }
        destination[n] = t;
        return n + 1;
    }
}
