namespace ZoEngine.Nn;

/// <summary>A float32 encoder's parameters as the core engine's <see cref="ParameterSet"/>.</summary>
public static class TransformerParameters
{
    /// <summary>
    /// The encoder's parameters as one <see cref="ParameterSet"/> in the encoder's memory, over its own buffers (host
    /// arrays pinned in place, device buffers addressed where they are; nothing is copied), as
    /// <see cref="ZoNetworkTrainer.WrapParameters"/> does for a <see cref="Sequential{T}"/>. Tensor i is named
    /// <c>names[i].Name</c> and holds the parameter at <c>names[i].Path</c>; when <paramref name="names"/> is null, every
    /// parameter under its own path in <see cref="TransformerEncoder{T}.Parameters"/> order. Dispose the set to unpin;
    /// the encoder must outlive it.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter is in another memory than the first, or a path is not the encoder's.</exception>
    public static unsafe ParameterSet Wrap(TransformerEncoder<float> encoder, IEnumerable<(string Name, string Path)>? names = null)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        names ??= encoder.Parameters.Select(p => (p.Name, p.Name));
        var set = new ParameterSet(encoder.Placement);
        try
        {
            foreach (var (name, path) in names)
            {
                Parameter<float> parameter;
                try
                {
                    parameter = encoder[path];
                }
                catch (KeyNotFoundException e)
                {
                    throw new ArgumentException(e.Message, nameof(names), e);
                }
                var value = parameter.Value;
                if (!ReferenceEquals(value.Placement, set.Memory))
                    throw new ArgumentException($"Parameter {path} is in {value.Placement.Name} memory and the first in {set.Memory.Name}: move the whole encoder (TransformerEncoder.MoveTo).", nameof(encoder));
                if (value.IsHost)
                    set.Add(name, value.Memory);
                else
                    set.AddExternal(name, value.DevicePointer, value.Length);
            }
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }
}
