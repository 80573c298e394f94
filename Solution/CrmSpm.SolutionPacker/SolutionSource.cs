using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// The unpacked solution (Solution/Dataverse, in the layout <c>pac solution unpack</c> writes), read from the copy
/// embedded in this assembly: the single schema source the packer, the embedded org and the tests read.
/// </summary>
public sealed class SolutionSource
{
    private const string Prefix = "Dataverse/";
    private readonly IReadOnlyDictionary<string, XDocument> _files;

    private SolutionSource(IReadOnlyDictionary<string, XDocument> files) => _files = files;

    /// <summary>The source embedded at build time.</summary>
    public static SolutionSource Embedded { get; } = LoadEmbedded();

    /// <summary>Relative paths of every XML file, '/'-separated, e.g. <c>Entities/crmspm_Scorecard/Entity.xml</c>.</summary>
    public IEnumerable<string> Paths => _files.Keys.OrderBy(p => p, StringComparer.Ordinal);

    public XDocument this[string path] =>
        _files.TryGetValue(path, out var doc)
            ? new XDocument(doc)
            : throw new FileNotFoundException($"The solution source has no '{path}'.", path);

    /// <summary>The files under <paramref name="folder"/> whose name matches <paramref name="fileName"/> (or all when null).</summary>
    public IEnumerable<string> Under(string folder, string? fileName = null) =>
        Paths.Where(p => p.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal)
                         && (fileName == null || p.EndsWith("/" + fileName, StringComparison.Ordinal)));

    private static SolutionSource LoadEmbedded()
    {
        var assembly = typeof(SolutionSource).Assembly;
        var files = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            files[path.Substring(Prefix.Length)] = XDocument.Load(stream, LoadOptions.None);
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException("No solution source is embedded in " + assembly.GetName().Name + ".");
        }

        return new SolutionSource(files);
    }
}
